// Loads catalogue/tools/*.json and checks every entry against catalogue/schema.json
// and the catalogue-wide rules that a JSON Schema cannot express.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const catalogueDir = fileURLToPath(new URL('../../catalogue/', import.meta.url));
export const toolsDir = join(catalogueDir, 'tools');

const schema = JSON.parse(readFileSync(join(catalogueDir, 'schema.json'), 'utf8'));

/**
 * Fields whose known values must rest on at least one fact with a source: every field
 * a fact can support, except the verdict on suitability, which is a judgement.
 */
const SOURCED_FIELDS = schema.definitions.fact.properties.about.items.enum.filter((field) => field !== 'suitability');

/** Entries whose last check is older than this many months get a freshness warning. */
export const STALE_AFTER_MONTHS = 12;

export function createValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Reads every tool file; returns `{ file, entry, parseError }` per file, sorted by file name. */
export function readToolFiles() {
  return readdirSync(toolsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(toolsDir, name);
      try {
        return { file, entry: JSON.parse(readFileSync(file, 'utf8')) };
      } catch (error) {
        return { file, parseError: error.message };
      }
    });
}

/** Returns true when a field's value says nothing is known. */
function isUnknown(field, value) {
  if (value === 'unknown') return true;
  if (value === undefined) return true;
  switch (field) {
    case 'vendor':
      return value.name === 'unknown' && value.country === 'unknown';
    case 'pricing':
      return value.model === 'unknown';
    case 'clientJoin':
      return Object.values(value).every((flag) => flag === 'unknown');
    case 'hostAccount':
      return value.required === 'unknown' && value.via === 'unknown';
    case 'e2ee':
      return value.mode === 'unknown';
    default:
      return false;
  }
}

/** Checks the rules across fields and entries; returns a list of problems as strings. */
export function checkRules(files, { today = new Date() } = {}) {
  const problems = [];
  const ids = new Map();
  const names = new Map();
  const todayText = today.toISOString().slice(0, 10);

  for (const { file, entry } of files) {
    if (!entry) continue;
    const where = basename(file);

    if (`${entry.id}.json` !== where) {
      problems.push(`${where}: id "${entry.id}" must equal the file name without .json`);
    }
    if (ids.has(entry.id)) problems.push(`${where}: id "${entry.id}" is also used by ${ids.get(entry.id)}`);
    ids.set(entry.id, where);
    const nameKey = String(entry.name).toLowerCase();
    if (names.has(nameKey)) problems.push(`${where}: name "${entry.name}" is also used by ${names.get(nameKey)}`);
    names.set(nameKey, where);

    // A tool is either free, freemium or paid: a free tier on a paid tool would make it both.
    if (entry.pricing?.model === 'paid' && entry.pricing.freeTier) {
      problems.push(`${where}: pricing.model is "paid" but pricing.freeTier is set; use "freemium" instead`);
    }
    if (entry.status?.state === 'discontinued' && !entry.status.since) {
      problems.push(`${where}: status "discontinued" needs status.since with the date it stopped`);
    }
    // The advice lists a tool's conditions, so only a conditional tool may have them.
    if (entry.suitability !== 'conditional' && entry.conditions?.length > 0) {
      problems.push(`${where}: conditions must be [] unless suitability is "conditional"`);
    }
    if (entry.suitability === 'suitable' && entry.kind === 'consumer') {
      problems.push(`${where}: a consumer app cannot be "suitable" for privacy-sensitive conversations`);
    }

    const facts = Array.isArray(entry.facts) ? entry.facts : [];
    const covered = new Set(facts.flatMap((fact) => fact.about ?? []));
    for (const field of SOURCED_FIELDS) {
      if (!isUnknown(field, entry[field]) && !covered.has(field)) {
        problems.push(`${where}: field "${field}" has a known value but no fact with a source has it in "about"; add a fact or set it to "unknown"`);
      }
    }
    facts.forEach((fact, index) => {
      if (fact.checked > todayText) problems.push(`${where}: facts[${index}].checked ${fact.checked} lies in the future`);
      if (fact.checked > entry.checked) {
        problems.push(`${where}: facts[${index}].checked ${fact.checked} is later than the entry's checked date ${entry.checked}`);
      }
    });
    if (entry.checked > todayText) problems.push(`${where}: checked ${entry.checked} lies in the future`);
  }
  return problems;
}

/** Returns the entries whose check is older than STALE_AFTER_MONTHS. */
export function findStaleEntries(entries, { today = new Date() } = {}) {
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
  const limitText = limit.toISOString().slice(0, 10);
  return entries.filter((entry) => entry.checked < limitText);
}

/** Validates every file; returns `{ entries, problems }`. */
export function checkCatalogue(options) {
  const validate = createValidator();
  const files = readToolFiles();
  const problems = [];
  for (const { file, entry, parseError } of files) {
    const where = basename(file);
    if (parseError) {
      problems.push(`${where}: invalid JSON: ${parseError}`);
      continue;
    }
    if (!validate(entry)) {
      for (const error of validate.errors) {
        const path = error.instancePath || '(entry)';
        const detail = error.params?.allowedValues ? ` (allowed: ${error.params.allowedValues.join(', ')})` : '';
        problems.push(`${where}: ${path} ${error.message}${detail}`);
      }
    }
  }
  problems.push(...checkRules(files, options));
  const entries = files.filter((item) => item.entry).map((item) => item.entry);
  return { entries, problems };
}
