// Fails when any message in xliff/*.xlf lacks a translation, so a missing text can
// never reach users in the source language. Run after `lit-localize extract`, which
// adds every new message to the files. An optional argument names another project
// folder with its own lit-localize.json (the tests use one).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(projectDir, 'lit-localize.json'), 'utf8'));
const problems = [];

for (const locale of config.targetLocales) {
  const path = `${config.interchange.xliffDir.replace(/\/$/, '')}/${locale}.xlf`;
  const xliff = readFileSync(join(projectDir, path), 'utf8');
  const units = xliff.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
  if (units.length === 0) problems.push(`${path}: no messages found`);
  for (const unit of units) {
    const id = unit.match(/id="([^"]+)"/)?.[1] ?? '(no id)';
    const source = unit.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = unit.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined || target.trim() === '') {
      problems.push(`${path}: message ${id} has no translation: "${source.slice(0, 70)}"`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Translation check failed: ${problems.length} message(s) lack a translation.`);
  for (const problem of problems.slice(0, 50)) console.error(`  - ${problem}`);
  if (problems.length > 50) console.error(`  ... and ${problems.length - 50} more`);
  console.error('Add a <target> for each message in the xliff files, then run `npm run localize:build` again.');
  process.exit(1);
}
console.log(`Translations: every message has a translation in ${config.targetLocales.join(', ')}.`);
