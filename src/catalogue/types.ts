/**
 * Types of a catalogue entry, and the list of fields a fact can support. They mirror
 * catalogue/schema.json; any value that is not known is the string "unknown".
 */

export type Unknown = 'unknown';

/** A yes/no fact that may be unknown. */
export type Flag = boolean | Unknown;

/** A count or duration: a number, no limit at all, or unknown. */
export type Limit = number | 'unlimited' | Unknown;

export type Locale = 'nl' | 'en' | 'fr';

/** A text in each of the widget's languages. */
export type LocalizedText = Record<Locale, string>;

export type ToolKind = 'care-platform' | 'business' | 'open-source' | 'messenger' | 'consumer';

export type Deployment = 'cloud' | 'self-hosted' | 'cloud-or-self-hosted';

export type BusinessLicence = 'microsoft-365' | 'google-workspace';

export type ToolStatus =
  | { state: 'active' }
  | { state: 'discontinued'; since: string }
  | { state: 'unverified' };

export type PricingModel = 'free' | 'freemium' | 'paid' | Unknown;

export interface FreeTier {
  oneToOneMinutes: Limit;
  groupMinutes: Limit;
  maxParticipants: Limit;
}

export interface Pricing {
  model: PricingModel;
  freeTier?: FreeTier;
}

/** Requirements for the client to join a call. */
export interface ClientJoin {
  /** The client can join from a link in a browser, without an account or an app. */
  browserLink: Flag;
  account: Flag;
  app: Flag;
  phoneNumber: Flag;
}

export type HostAccountVia =
  | 'vendor'
  | 'third-party-login'
  | 'organisation'
  | 'phone-number'
  | 'none'
  | Unknown;

export interface HostAccount {
  required: Flag;
  via: HostAccountVia;
}

export type E2eeMode = 'default' | 'optional' | 'none' | Unknown;

export interface E2ee {
  mode: E2eeMode;
  limits?: LocalizedText;
}

export type DataLocation = 'eu' | 'eu-option' | 'outside-eu' | 'switzerland' | 'own-server' | Unknown;

export type Certification = 'ISO 27001' | 'NEN 7510' | 'ISO 27017' | 'ISO 27018' | 'ISO 27701' | 'SOC 2' | 'C5';

export type Suitability = 'suitable' | 'conditional' | 'not-suitable';

/** A condition to arrange before a tool fits a privacy-sensitive conversation. */
export type ConditionCode =
  | 'dpa-signed'
  | 'informed-consent'
  | 'necessary-cookies-only'
  | 'host-account'
  | 'enable-e2ee'
  | 'self-host'
  | 'business-licence'
  | 'privacy-settings'
  | 'no-health-data'
  | 'exceptional-only'
  | 'verify-vendor';

/** Fields of an entry that a fact can support, in the order the widget shows them. */
export const FACT_FIELDS = [
  'status',
  'vendor',
  'pricing',
  'clientJoin',
  'hostAccount',
  'e2ee',
  'dataLocation',
  'dpa',
  'certifications',
  'healthcareFocus',
  'openSource',
  'selfHostable',
  'maxParticipants',
  'suitability',
] as const;

/** A field of an entry that a fact can support. */
export type FactField = (typeof FACT_FIELDS)[number];

export interface Source {
  url: string;
  title: string;
  /** Language of the title (ISO 639-1), so screen readers pronounce it right. */
  lang?: 'nl' | 'en' | 'fr' | 'de';
  /** The date the source shows (YYYY, YYYY-MM or YYYY-MM-DD), or unknown. */
  published: string;
}

/** A sourced claim that supports one or more fields of the entry. */
export interface Fact {
  about: FactField[];
  note?: LocalizedText;
  source: Source;
  /** The date someone opened the source and confirmed the claim (YYYY-MM-DD). */
  checked: string;
}

export interface ToolTexts {
  summary: LocalizedText;
  strengths: LocalizedText[];
  drawbacks: LocalizedText[];
}

export interface Tool {
  id: string;
  name: string;
  vendor: { name: string; country: string };
  url: string;
  kind: ToolKind;
  deployment: Deployment;
  includedIn?: BusinessLicence;
  status: ToolStatus;
  /** The date the entry as a whole was last checked (YYYY-MM-DD). */
  checked: string;
  pricing: Pricing;
  clientJoin: ClientJoin;
  hostAccount: HostAccount;
  e2ee: E2ee;
  dataLocation: DataLocation;
  dpa: Flag;
  certifications: Certification[] | Unknown;
  healthcareFocus: Flag;
  openSource: Flag;
  selfHostable: Flag;
  maxParticipants: Limit;
  suitability: Suitability;
  conditions: ConditionCode[];
  texts: ToolTexts;
  facts: Fact[];
  /** Set on tools the host page added; their facts come from the host organisation. */
  addedByHost?: boolean;
}
