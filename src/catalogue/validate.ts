/**
 * Runtime validation of the tools a host page adds. It accepts the catalogue's JSON
 * format with most fields optional (a missing value becomes "unknown"), and rejects
 * an entry whose value is invalid, naming the entry and the field.
 */
import { FACT_FIELDS, type LocalizedText, type Tool } from './types.js';

/** A problem with one host entry: which entry, which field, and what is wrong. */
export interface CatalogueIssue {
  entry: string;
  field: string;
  message: string;
}

class InvalidField extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

const LOCALES = ['nl', 'en', 'fr'] as const;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // JSON.stringify throws on a BigInt or a circular object, so describe those without it.
    text = typeof value === 'bigint' ? `${value}` : Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Describes a value for a message: as JSON, cut off after 60 characters. */
export { describe as describeValue };

/** Returns `value` when it is one of `allowed`, `fallback` when it is missing; throws otherwise. */
function oneOf<T extends string | boolean>(field: string, value: unknown, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new InvalidField(field, `must be one of ${allowed.map((item) => describe(item)).join(', ')}, not ${describe(value)}`);
}

function flag(field: string, value: unknown): boolean | 'unknown' {
  return oneOf<boolean | 'unknown'>(field, value, [true, false, 'unknown'], 'unknown');
}

function limit(field: string, value: unknown): number | 'unlimited' | 'unknown' {
  if (value === undefined) return 'unknown';
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  return oneOf<'unlimited' | 'unknown'>(field, value, ['unlimited', 'unknown']);
}

function text(field: string, value: unknown, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new InvalidField(field, `must be a non-empty string, not ${describe(value)}`);
}

/** Returns a real calendar date as YYYY-MM-DD, not later than today. */
function date(field: string, value: unknown): string {
  // A date such as 2026-02-31 matches the pattern, but the calendar moves it to March.
  const real = typeof value === 'string' && DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!real) throw new InvalidField(field, `must be a date as YYYY-MM-DD, not ${describe(value)}`);
  if (value > new Date().toISOString().slice(0, 10)) throw new InvalidField(field, `lies in the future: ${value}`);
  return value;
}

/** Returns the URL when it is an absolute http or https URL; anything else could run script. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    // "https:example.org" parses, but a browser resolves it against the page as a path.
    const absolute = /^https?:\/\//i.test(value.trim());
    return absolute && (url.protocol === 'https:' || url.protocol === 'http:') ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

function url(field: string, value: unknown): string {
  const result = safeUrl(value);
  if (result) return result;
  throw new InvalidField(field, `must be an absolute http or https URL, not ${describe(value)}`);
}

/** Accepts one string for every language, or an object with nl, en and fr. */
function localized(field: string, value: unknown): LocalizedText {
  if (typeof value === 'string') {
    const same = text(field, value, true) as string;
    return { nl: same, en: same, fr: same };
  }
  if (!isObject(value)) throw new InvalidField(field, `must be a string or an object with nl, en and fr, not ${describe(value)}`);
  const result = {} as LocalizedText;
  for (const locale of LOCALES) result[locale] = text(`${field}.${locale}`, value[locale], true) as string;
  return result;
}

function list<T>(field: string, value: unknown, item: (field: string, value: unknown) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidField(field, `must be a list, not ${describe(value)}`);
  return value.map((element, index) => item(`${field}[${index}]`, element));
}

function object(field: string, value: unknown): Json {
  if (value === undefined) return {};
  if (isObject(value)) return value;
  throw new InvalidField(field, `must be an object, not ${describe(value)}`);
}

function status(value: unknown): Tool['status'] {
  const raw = object('status', value);
  const state = oneOf('status.state', raw.state, ['active', 'discontinued', 'unverified'] as const, 'active');
  if (state === 'discontinued') return { state, since: date('status.since', raw.since) };
  return { state };
}

function pricing(value: unknown): Tool['pricing'] {
  const raw = object('pricing', value);
  const model = oneOf('pricing.model', raw.model, ['free', 'freemium', 'paid', 'unknown'] as const, 'unknown');
  if (raw.freeTier === undefined) return { model };
  if (model === 'paid') throw new InvalidField('pricing.freeTier', 'is not allowed on a paid tool; use "freemium"');
  const tier = object('pricing.freeTier', raw.freeTier);
  return {
    model,
    freeTier: {
      oneToOneMinutes: limit('pricing.freeTier.oneToOneMinutes', tier.oneToOneMinutes),
      groupMinutes: limit('pricing.freeTier.groupMinutes', tier.groupMinutes),
      maxParticipants: limit('pricing.freeTier.maxParticipants', tier.maxParticipants),
    },
  };
}

function fact(field: string, value: unknown): Tool['facts'][number] {
  const raw = object(field, value);
  const about = list(`${field}.about`, raw.about, (name, item) => oneOf(name, item, FACT_FIELDS));
  if (about.length === 0) throw new InvalidField(`${field}.about`, 'must name at least one field');
  const source = object(`${field}.source`, raw.source);
  const result: Tool['facts'][number] = {
    about,
    source: {
      url: url(`${field}.source.url`, source.url),
      title: text(`${field}.source.title`, source.title, true) as string,
      published: text(`${field}.source.published`, source.published, false) ?? 'unknown',
    },
    checked: date(`${field}.checked`, raw.checked),
  };
  if (source.lang !== undefined) {
    result.source.lang = oneOf(`${field}.source.lang`, source.lang, ['nl', 'en', 'fr', 'de'] as const);
  }
  if (raw.note !== undefined) result.note = localized(`${field}.note`, raw.note);
  return result;
}

function parseTool(raw: Json): Tool {
  const id = text('id', raw.id, true) as string;
  if (!ID_PATTERN.test(id)) throw new InvalidField('id', `must be lower-case letters, digits and dashes, not ${describe(id)}`);

  const vendor = object('vendor', raw.vendor);
  const clientJoin = object('clientJoin', raw.clientJoin);
  const hostAccount = object('hostAccount', raw.hostAccount);
  const e2ee = object('e2ee', raw.e2ee);
  const texts = object('texts', raw.texts);

  const suitability = oneOf('suitability', raw.suitability, ['suitable', 'conditional', 'not-suitable'] as const);
  const conditions = list('conditions', raw.conditions, (field, item) =>
    oneOf(field, item, [
      'dpa-signed',
      'informed-consent',
      'necessary-cookies-only',
      'host-account',
      'enable-e2ee',
      'self-host',
      'business-licence',
      'privacy-settings',
      'no-health-data',
      'exceptional-only',
      'verify-vendor',
    ] as const),
  );
  if (suitability === 'conditional' && conditions.length === 0) {
    throw new InvalidField('conditions', 'must name at least one condition when suitability is "conditional"');
  }
  if (suitability !== 'conditional' && conditions.length > 0) {
    throw new InvalidField('conditions', 'must be empty unless suitability is "conditional"');
  }

  const certifications =
    raw.certifications === undefined || raw.certifications === 'unknown'
      ? 'unknown'
      : list('certifications', raw.certifications, (field, item) =>
          oneOf(field, item, ['ISO 27001', 'NEN 7510', 'ISO 27017', 'ISO 27018', 'ISO 27701', 'SOC 2', 'C5'] as const),
        );

  const tool: Tool = {
    id,
    name: text('name', raw.name, true) as string,
    vendor: {
      name: text('vendor.name', vendor.name, false) ?? 'unknown',
      country: text('vendor.country', vendor.country, false) ?? 'unknown',
    },
    url: url('url', raw.url),
    kind: oneOf('kind', raw.kind, ['care-platform', 'business', 'open-source', 'messenger', 'consumer'] as const, 'business'),
    deployment: oneOf('deployment', raw.deployment, ['cloud', 'self-hosted', 'cloud-or-self-hosted'] as const, 'cloud'),
    status: status(raw.status),
    checked: date('checked', raw.checked),
    pricing: pricing(raw.pricing),
    clientJoin: {
      browserLink: flag('clientJoin.browserLink', clientJoin.browserLink),
      account: flag('clientJoin.account', clientJoin.account),
      app: flag('clientJoin.app', clientJoin.app),
      phoneNumber: flag('clientJoin.phoneNumber', clientJoin.phoneNumber),
    },
    hostAccount: {
      required: flag('hostAccount.required', hostAccount.required),
      via: oneOf(
        'hostAccount.via',
        hostAccount.via,
        ['vendor', 'third-party-login', 'organisation', 'phone-number', 'none', 'unknown'] as const,
        'unknown',
      ),
    },
    e2ee: { mode: oneOf('e2ee.mode', e2ee.mode, ['default', 'optional', 'none', 'unknown'] as const, 'unknown') },
    dataLocation: oneOf(
      'dataLocation',
      raw.dataLocation,
      ['eu', 'eu-option', 'outside-eu', 'switzerland', 'own-server', 'unknown'] as const,
      'unknown',
    ),
    dpa: flag('dpa', raw.dpa),
    certifications,
    healthcareFocus: flag('healthcareFocus', raw.healthcareFocus),
    openSource: flag('openSource', raw.openSource),
    selfHostable: flag('selfHostable', raw.selfHostable),
    maxParticipants: limit('maxParticipants', raw.maxParticipants),
    suitability,
    conditions,
    texts: {
      summary: texts.summary === undefined ? { nl: '', en: '', fr: '' } : localized('texts.summary', texts.summary),
      strengths: list('texts.strengths', texts.strengths, localized),
      drawbacks: list('texts.drawbacks', texts.drawbacks, localized),
    },
    facts: list('facts', raw.facts, fact),
  };
  // A consumer app processes data for its own ends, so it cannot be suitable.
  if (tool.kind === 'consumer' && suitability === 'suitable') {
    throw new InvalidField('suitability', 'cannot be "suitable" for a consumer app');
  }
  if (e2ee.limits !== undefined) tool.e2ee.limits = localized('e2ee.limits', e2ee.limits);
  if (raw.includedIn !== undefined) {
    tool.includedIn = oneOf('includedIn', raw.includedIn, ['microsoft-365', 'google-workspace'] as const);
  }
  return tool;
}

/**
 * Validates one entry a host page adds. Returns the tool with missing values set to
 * "unknown", or the issue that rules it out.
 */
export function validateTool(raw: unknown, position: number): { tool: Tool } | { issue: CatalogueIssue } {
  const entry = isObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#${position + 1}`;
  if (!isObject(raw)) {
    return { issue: { entry, field: '(entry)', message: `must be an object, not ${describe(raw)}` } };
  }
  try {
    return { tool: parseTool(raw) };
  } catch (error) {
    if (error instanceof InvalidField) return { issue: { entry, field: error.field, message: error.message } };
    throw error;
  }
}
