// Imports the decision entry point the way a CMS plugin does: in Node, without a DOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as decision from 'beeldbel-keuzehulp/decision';
import { readToolFiles } from '../../scripts/lib/catalogue-check.mjs';

describe('decision entry point', () => {
  it('runs without a DOM', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.customElements, 'undefined');
  });

  it('exports questions, advise and the catalogue', () => {
    assert.equal(typeof decision.advise, 'function');
    assert.deepEqual(
      decision.questions.map((question) => question.id).slice(0, 2),
      ['privacy', 'budget'],
    );
    assert.ok(decision.catalogue.length >= 24);
    assert.match(decision.catalogueDate, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists the fact fields of the schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../catalogue/schema.json', import.meta.url), 'utf8'));
    assert.deepEqual([...decision.FACT_FIELDS].sort(), [...schema.definitions.fact.properties.about.items.enum].sort());
  });

  it('declares its TypeScript types', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const types = manifest.exports['./decision'].types;
    const declaration = readFileSync(new URL(`../../${types}`, import.meta.url), 'utf8');
    assert.match(declaration, /decision\/index\.js/);
    assert.match(declaration, /catalogue/);
  });

  it('bundles the catalogue files as they are', () => {
    const files = readToolFiles().map(({ entry }) => {
      const { $schema: _schema, ...tool } = entry;
      return tool;
    });
    assert.deepEqual(
      [...decision.catalogue].sort((a, b) => a.id.localeCompare(b.id)),
      files.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('accepts every bundled entry as a host entry', () => {
    decision.catalogue.forEach((tool, position) => {
      const result = decision.validateTool(tool, position);
      assert.ok('tool' in result, `${tool.id}: ${JSON.stringify(result.issue)}`);
      assert.deepEqual(result.tool, tool);
    });
  });
});

describe('host catalogue merge', () => {
  const ownTool = {
    id: 'eigen-teams',
    name: 'Teams van onze organisatie',
    url: 'https://www.example.org/teams',
    checked: '2026-11-01',
    suitability: 'conditional',
    conditions: ['business-licence'],
    texts: { summary: 'Our own Teams licence.' },
  };

  it('adds a valid host tool', () => {
    const { tools, issues } = decision.mergeCatalogue(decision.catalogue, { add: [ownTool] });
    assert.deepEqual(issues, []);
    const added = tools.find((tool) => tool.id === 'eigen-teams');
    assert.equal(added.pricing.model, 'unknown');
    assert.equal(added.texts.summary.fr, 'Our own Teams licence.');
  });

  it('hides tools by id', () => {
    const { tools, issues } = decision.mergeCatalogue(decision.catalogue, { hide: ['whatsapp', 'messenger'] });
    assert.deepEqual(issues, []);
    assert.equal(tools.length, decision.catalogue.length - 2);
    assert.ok(!tools.some((tool) => tool.id === 'whatsapp'));
  });

  const invalid = [
    ['url', { ...ownTool, url: 'javascript:alert(1)' }],
    ['suitability', { ...ownTool, suitability: 'great' }],
    ['checked', { ...ownTool, checked: '1 November' }],
    ['conditions', { ...ownTool, conditions: [] }],
    ['conditions', { ...ownTool, suitability: 'suitable', conditions: ['dpa-signed'] }],
    ['name', { ...ownTool, name: '' }],
    ['pricing.model', { ...ownTool, pricing: { model: 'cheap' } }],
    ['facts[0].source.url', { ...ownTool, facts: [{ about: ['dpa'], source: { url: 'ftp://x', title: 't' }, checked: '2026-01-01' }] }],
    ['texts.summary.fr', { ...ownTool, texts: { summary: { nl: 'a', en: 'b' } } }],
    ['url', { ...ownTool, url: 'https:example.org' }],
    ['checked', { ...ownTool, checked: '2999-01-01' }],
    ['checked', { ...ownTool, checked: '2026-02-31' }],
    ['suitability', { ...ownTool, kind: 'consumer', suitability: 'suitable', conditions: [] }],
    ['name', { ...ownTool, name: 'zoom' }],
  ];
  for (const [field, entry] of invalid) {
    it(`leaves out an invalid ${field}`, () => {
      const { tools, issues } = decision.mergeCatalogue(decision.catalogue, { add: [entry] });
      assert.equal(tools.length, decision.catalogue.length);
      assert.equal(issues.length, 1);
      assert.equal(issues[0].entry, 'eigen-teams');
      assert.equal(issues[0].field, field);
    });
  }

  it('marks tools the host added', () => {
    const { tools } = decision.mergeCatalogue(decision.catalogue, { add: [ownTool] });
    assert.equal(tools.find((tool) => tool.id === 'eigen-teams').addedByHost, true);
    assert.equal(tools.find((tool) => tool.id === 'zoom').addedByHost, undefined);
  });

  it('hides an id listed twice once', () => {
    const { tools, issues } = decision.mergeCatalogue(decision.catalogue, { hide: ['zoom', 'zoom'] });
    assert.deepEqual(issues, []);
    assert.equal(tools.length, decision.catalogue.length - 1);
  });

  it('keeps the catalogue frozen', () => {
    assert.ok(Object.isFrozen(decision.catalogue));
    assert.ok(Object.isFrozen(decision.catalogue[0].facts[0].source));
    assert.throws(() => {
      decision.catalogue[0].name = 'changed';
    }, TypeError);
  });

  it('reports an unknown id to hide', () => {
    const { issues } = decision.mergeCatalogue(decision.catalogue, { hide: ['no-such-tool'] });
    assert.deepEqual(issues.map((issue) => [issue.entry, issue.field]), [['no-such-tool', 'hide']]);
  });
});
