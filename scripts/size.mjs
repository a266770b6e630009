// Prints raw, gzip and brotli bytes of both bundles, and fails when the classic
// bundle is over its gzip budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Budget for the classic bundle, gzip bytes. The bundle carries the whole catalogue
 * (27 tools with sourced facts in three languages, about 20 KB gzip) and every text in
 * three languages (about 14 KB gzip for English and French). A 30 KB budget cannot hold
 * that. docs/size.md has the measured breakdown.
 */
const CLASSIC_GZIP_BUDGET = 64 * 1024;

const bundles = ['dist/beeldbel-keuzehulp.js', 'dist/beeldbel-keuzehulp.iife.js'];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let classicGzip = 0;
console.log('bundle                              raw        gzip     brotli');
for (const file of bundles) {
  let source;
  try {
    source = readFileSync(new URL(`../${file}`, import.meta.url));
  } catch {
    console.error(`${file} not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  if (file.endsWith('.iife.js')) classicGzip = gzip;
  console.log(`${file.padEnd(34)} ${kb(source.length).padStart(9)} ${kb(gzip).padStart(10)} ${kb(brotli).padStart(10)}`);
}

if (classicGzip > CLASSIC_GZIP_BUDGET) {
  console.error(`The classic bundle is ${kb(classicGzip)} gzip, over its budget of ${kb(CLASSIC_GZIP_BUDGET)}.`);
  process.exit(1);
}
console.log(`The classic bundle is within its budget of ${kb(CLASSIC_GZIP_BUDGET)} gzip.`);
