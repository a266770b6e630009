// Runs the translation check on copies of the project's files, to show that it fails
// when a message lacks a translation and passes when every message has one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const checkScript = join(projectDir, 'scripts/check-translations.mjs');
const copyDir = mkdtempSync(join(tmpdir(), 'keuzehulp-translations-'));
cpSync(join(projectDir, 'lit-localize.json'), join(copyDir, 'lit-localize.json'));
cpSync(join(projectDir, 'xliff'), join(copyDir, 'xliff'), { recursive: true });
after(() => rmSync(copyDir, { recursive: true, force: true }));

const runCheck = () => spawnSync(process.execPath, [checkScript, copyDir], { encoding: 'utf8' });

describe('translation check', () => {
  it('passes on the project files', () => {
    const result = runCheck();
    assert.equal(result.status, 0, result.stderr);
  });

  it('fails on a missing French text', () => {
    const path = join(copyDir, 'xliff/fr.xlf');
    const xliff = readFileSync(path, 'utf8');
    writeFileSync(path, xliff.replace(/<target>[\s\S]*?<\/target>/, ''));
    const result = runCheck();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /fr\.xlf: message \S+ has no translation/);
  });
});
