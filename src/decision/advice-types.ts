import type { ConditionCode, FactField, Tool } from '../catalogue/types.js';
import type { Route } from './questions.js';

export type Verdict = 'recommended' | 'possible' | 'not-suitable' | 'discontinued';

/**
 * positive: speaks for the tool. caution: the tool may fit, but something must be
 * checked first. negative: rules the tool out in this situation.
 */
export type ReasonEffect = 'positive' | 'caution' | 'negative';

export type ReasonCode =
  // Status of the tool.
  | 'discontinued'
  | 'unverified'
  // Suitability for privacy-sensitive conversations.
  | 'not-suitable-for-sensitive'
  | 'suitable-for-sensitive'
  | 'has-conditions'
  | 'healthcare-focus'
  | 'dpa-offered'
  | 'dpa-unknown'
  // Budget.
  | 'paid-no-budget'
  | 'paid-within-budget'
  | 'paid-check-budget'
  | 'price-unknown'
  | 'free-to-use'
  | 'quote-for-several-workers'
  // Call length and size.
  | 'free-time-limit-too-short'
  | 'free-time-limit-check'
  | 'paid-plan-lifts-time-limit'
  | 'too-few-participants'
  | 'free-participant-limit'
  | 'participants-unknown'
  // How the client joins.
  | 'browser-join'
  | 'client-needs-phone-number'
  | 'client-needs-account'
  | 'client-needs-app'
  | 'browser-join-unknown'
  // Business licence.
  | 'licence-available'
  | 'needs-licence'
  | 'check-licence'
  // Self-hosting.
  | 'needs-self-hosting'
  | 'self-hosting-possible'
  | 'check-self-hosting'
  // Encryption and data.
  | 'e2ee-default'
  | 'e2ee-optional'
  | 'e2ee-none'
  | 'data-in-eu'
  | 'open-source'
  // The open route.
  | 'open-route-widely-used'
  | 'open-route-consumer-app'
  | 'open-route-free-service'
  | 'open-route-not-needed';

/** One reason behind a verdict, with the catalogue fields it rests on. */
export interface Reason {
  code: ReasonCode;
  effect: ReasonEffect;
  /** Fields of the tool's entry whose facts support this reason. */
  facts: FactField[];
  /** Values the text needs, such as a number of minutes. */
  params?: Record<string, string | number>;
}

export interface ToolAdvice {
  tool: Tool;
  verdict: Verdict;
  /** Reasons in order of weight: negative first, then caution, then positive. */
  reasons: Reason[];
  /** Conditions to arrange before this tool fits, from the catalogue. */
  conditions: ConditionCode[];
}

export type RouteReason = 'privacy-yes' | 'privacy-unknown' | 'privacy-no';

export type CautionCode =
  | 'organisation-responsible'
  | 'not-gdpr-compliant'
  | 'inform-users'
  | 'may-advise-against'
  | 'location-data'
  | 'stay-professional';

export type ChecklistCode =
  | 'dpa'
  | 'informed-consent'
  | 'necessary-cookies'
  | 'privacy-settings'
  | 'enable-e2ee'
  | 'private-room'
  | 'no-recording'
  | 'phone-fallback'
  | 'dpia'
  | 'inform-users'
  | 'no-location-sharing';

export interface ChecklistItem {
  code: ChecklistCode;
  /** Tools this item applies to; empty when it applies to every tool. */
  toolIds: string[];
}

export type NextStepCode =
  | 'compare-shortlist'
  | 'arrange-checklist'
  | 'talk-to-dpo'
  | 'consider-paid-tool'
  | 'use-phone';

export interface Advice {
  route: Route;
  routeReason: RouteReason;
  /** Every tool of the catalogue, ranked: best fit first. */
  tools: ToolAdvice[];
  cautions: CautionCode[];
  checklist: ChecklistItem[];
  /** True when no tool is recommended or possible. */
  noFit: boolean;
  nextSteps: NextStepCode[];
}
