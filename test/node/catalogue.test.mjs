// Checks every catalogue file against the schema and the catalogue-wide rules, and
// warns (without failing) about entries whose last check is more than 12 months old.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  checkRules,
  createValidator,
  findStaleEntries,
  readToolFiles,
  STALE_AFTER_MONTHS,
} from '../../scripts/lib/catalogue-check.mjs';

const files = readToolFiles();
const entries = files.map((file) => file.entry);
const validate = createValidator();
const clone = (value) => JSON.parse(JSON.stringify(value));
const byId = (id) => clone(entries.find((entry) => entry.id === id));

describe('catalogue files', () => {
  it('holds at least 24 tools', () => {
    assert.ok(entries.length >= 24, `only ${entries.length} tools`);
  });

  for (const { file, entry, parseError } of files) {
    it(`${entry?.id ?? file} passes the schema`, () => {
      assert.equal(parseError, undefined);
      const valid = validate(entry);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    });
  }

  it('passes the catalogue-wide rules', () => {
    assert.deepEqual(checkRules(files), []);
  });

  it('names the 14 tools of the 2020 aid', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    for (const id of [
      'webcamconsult',
      'mobilea',
      'kara-connect',
      'zoom-for-healthcare',
      'whereby',
      'facetalk',
      'licom',
      'zoom',
      'jitsi-meet',
      'signal',
      'skype',
      'facetime',
      'whatsapp',
      'messenger',
    ]) {
      assert.ok(ids.has(id), `${id} is missing`);
    }
  });

  it('marks Skype discontinued since 5 May 2025', () => {
    assert.deepEqual(byId('skype').status, { state: 'discontinued', since: '2025-05-05' });
  });

  it('gives every fact a source and a check date', () => {
    for (const entry of entries) {
      for (const fact of entry.facts) {
        assert.match(fact.source.url, /^https?:\/\//, `${entry.id}: ${fact.source.url}`);
        assert.ok(fact.source.title.length > 0, `${entry.id}: a source has no title`);
        assert.match(fact.checked, /^\d{4}-\d{2}-\d{2}$/, `${entry.id}: ${fact.checked}`);
      }
    }
  });

  it('warns about stale entries', (context) => {
    const stale = findStaleEntries(entries);
    for (const entry of stale) {
      context.diagnostic(`${entry.id} was last checked on ${entry.checked}, over ${STALE_AFTER_MONTHS} months ago`);
      console.warn(`Warning: catalogue entry ${entry.id} was last checked on ${entry.checked}; check it again.`);
    }
    const later = new Date();
    later.setMonth(later.getMonth() + STALE_AFTER_MONTHS + 1);
    assert.equal(findStaleEntries(entries, { today: later }).length, entries.length, 'every entry is stale 13 months on');
  });
});

describe('catalogue rules', () => {
  const check = (entry, file = `${entry.id}.json`) => checkRules([{ file: `/x/${file}`, entry }]);

  it('rejects a file name unlike the id', () => {
    assert.match(check(byId('zoom'), 'other.json').join('\n'), /must equal the file name/);
  });

  it('rejects a paid tool with a free tier', () => {
    const entry = byId('zoom');
    entry.pricing.model = 'paid';
    assert.match(check(entry).join('\n'), /both|use "freemium"/);
  });

  it('rejects a known field without a fact', () => {
    const entry = byId('zoom');
    entry.facts = entry.facts.filter((fact) => !fact.about.includes('e2ee'));
    assert.match(check(entry).join('\n'), /field "e2ee" has a known value but no fact/);
  });

  it('rejects a suitable consumer app', () => {
    const entry = byId('whatsapp');
    entry.suitability = 'suitable';
    assert.match(check(entry).join('\n'), /consumer app cannot be "suitable"/);
  });

  it('rejects conditions on a suitable tool', () => {
    const entry = byId('kara-connect');
    entry.conditions = ['dpa-signed'];
    assert.match(check(entry).join('\n'), /conditions must be \[\] unless/);
  });

  it('rejects a check date in the future', () => {
    const entry = byId('zoom');
    entry.checked = '2999-01-01';
    assert.match(check(entry).join('\n'), /lies in the future/);
  });

  it('rejects duplicate ids', () => {
    const entry = byId('zoom');
    const problems = checkRules([
      { file: '/x/zoom.json', entry },
      { file: '/x/zoom.json', entry: clone(entry) },
    ]);
    assert.match(problems.join('\n'), /also used by/);
  });
});

describe('catalogue schema', () => {
  it('rejects a discontinued tool without a date', () => {
    const entry = byId('skype');
    delete entry.status.since;
    assert.equal(validate(entry), false);
  });

  it('rejects freemium without free tier', () => {
    const entry = byId('zoom');
    delete entry.pricing.freeTier;
    assert.equal(validate(entry), false);
  });

  it('rejects a text missing French', () => {
    const entry = byId('zoom');
    delete entry.texts.summary.fr;
    assert.equal(validate(entry), false);
  });

  it('rejects conditional without conditions', () => {
    const entry = byId('zoom');
    entry.conditions = [];
    assert.equal(validate(entry), false);
  });

  it('rejects a source that is not a web URL', () => {
    const entry = byId('zoom');
    entry.facts[0].source.url = 'javascript:alert(1)';
    assert.equal(validate(entry), false);
  });

  it('keeps its README beside it', () => {
    const readme = readFileSync(new URL('../../catalogue/README.md', import.meta.url), 'utf8');
    assert.match(readme, /npm run catalogue/);
  });
});
