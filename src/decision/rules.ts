/**
 * The policy behind the verdicts, one small rule per concern. Each rule looks at one
 * tool and the answers, and returns the reasons that concern adds. A negative reason
 * rules the tool out; a caution asks the worker to check something; a positive reason
 * speaks for the tool. An answer of "unknown" (weet ik niet) never adds a negative
 * reason: at most a caution.
 */
import type { Limit, Tool } from '../catalogue/types.js';
import type { Reason } from './advice-types.js';
import type { Answers } from './questions.js';

export interface Rule {
  id: string;
  /** Returns the reasons this concern adds for `tool`, given `answers`. */
  evaluate: (tool: Tool, answers: Answers) => Reason[];
}

const positive = (code: Reason['code'], facts: Reason['facts'], params?: Reason['params']): Reason =>
  params ? { code, effect: 'positive', facts, params } : { code, effect: 'positive', facts };
const caution = (code: Reason['code'], facts: Reason['facts'], params?: Reason['params']): Reason =>
  params ? { code, effect: 'caution', facts, params } : { code, effect: 'caution', facts };
const negative = (code: Reason['code'], facts: Reason['facts'], params?: Reason['params']): Reason =>
  params ? { code, effect: 'negative', facts, params } : { code, effect: 'negative', facts };

/** Returns true for a call of three or more people: a group call, or several workers with one client. */
export function needsGroupCall(answers: Answers): boolean {
  return answers.groupSize === 'group' || answers.severalWorkers === 'yes';
}

/** Returns true when a tool is paid for, so it needs a budget. */
const isPaid = (tool: Tool): boolean => tool.pricing.model === 'paid';

/** Returns true when a tool has a free version that can be used without a budget. */
const hasFreeUse = (tool: Tool): boolean => tool.pricing.model === 'free' || tool.pricing.model === 'freemium';

/** Returns the free tier's time limit for the call size the answers describe, in minutes. */
function freeTimeLimit(tool: Tool, answers: Answers): Limit | undefined {
  const tier = tool.pricing.freeTier;
  if (!tier || tool.pricing.model !== 'freemium') return undefined;
  if (answers.groupSize === 'one-to-one' && answers.severalWorkers !== 'yes') return tier.oneToOneMinutes;
  if (needsGroupCall(answers)) return tier.groupMinutes;
  // Size unknown: the stricter of the two limits applies.
  const limits = [tier.oneToOneMinutes, tier.groupMinutes];
  const numbers = limits.filter((limit): limit is number => typeof limit === 'number');
  if (numbers.length > 0) return Math.min(...numbers);
  return limits.includes('unknown') ? 'unknown' : 'unlimited';
}

/** Free meetings this short cannot hold a call of more than 40 minutes. */
const TIME_LIMIT_TOO_SHORT = 40;
/** Free meetings shorter than this may end during a long counselling call. */
const TIME_LIMIT_COMFORTABLE = 90;

/**
 * The rules of the protected route, in the order their reasons are listed.
 * Each rule's comment gives the reason it exists.
 */
export const protectedRouteRules: readonly Rule[] = [
  {
    // A conversation with personal data needs a tool that can be used in line with
    // the GDPR; consumer apps process data for their own ends.
    id: 'suitability',
    evaluate: (tool) => {
      if (tool.suitability === 'not-suitable') return [negative('not-suitable-for-sensitive', ['suitability'])];
      if (tool.suitability === 'conditional') return [caution('has-conditions', ['suitability'])];
      return [positive('suitable-for-sensitive', ['suitability'])];
    },
  },
  {
    // Care platforms are built for the confidentiality a counselling call needs.
    id: 'healthcare-focus',
    evaluate: (tool) => (tool.healthcareFocus === true ? [positive('healthcare-focus', ['healthcareFocus'])] : []),
  },
  {
    // The organisation is the controller and needs a data processing agreement with the vendor.
    id: 'data-processing-agreement',
    evaluate: (tool) => {
      if (tool.dpa === true) return [positive('dpa-offered', ['dpa'])];
      if (tool.dpa === 'unknown' && tool.deployment === 'cloud') return [caution('dpa-unknown', ['dpa'])];
      return [];
    },
  },
  {
    // A paid tool needs a budget, and without one it cannot be used. When the budget is
    // unknown, the worker checks it first.
    id: 'budget',
    evaluate: (tool, answers) => {
      // The cost of a tool that comes with a business licence is that licence, which the
      // business-licence rule weighs: an organisation that has it needs no new budget.
      if (tool.includedIn) return [];
      if (isPaid(tool)) {
        if (answers.budget === 'no') return [negative('paid-no-budget', ['pricing'])];
        if (answers.budget === 'yes') return [positive('paid-within-budget', ['pricing'])];
        return [caution('paid-check-budget', ['pricing'])];
      }
      if (hasFreeUse(tool)) return [positive('free-to-use', ['pricing'])];
      // An unknown price may still be out of reach, so the worker asks the vendor first.
      return [caution('price-unknown', ['pricing'])];
    },
  },
  {
    // The price of a paid tool depends on how many workers use it at the same time.
    id: 'several-workers-price',
    evaluate: (tool, answers) =>
      isPaid(tool) && answers.severalWorkers === 'yes' ? [caution('quote-for-several-workers', ['pricing'])] : [],
  },
  {
    // Free tiers end meetings after a fixed time; a counselling call must not be cut off.
    id: 'call-length',
    evaluate: (tool, answers) => {
      if (answers.longCalls === 'no') return [];
      const limit = freeTimeLimit(tool, answers);
      if (limit === undefined || limit === 'unlimited') return [];
      if (limit === 'unknown') return [caution('free-time-limit-check', ['pricing'])];
      if (limit >= TIME_LIMIT_COMFORTABLE) return [];
      const minutes = { minutes: limit };
      if (answers.budget === 'yes') return [caution('paid-plan-lifts-time-limit', ['pricing'], minutes)];
      if (answers.longCalls === 'yes' && answers.budget === 'no' && limit <= TIME_LIMIT_TOO_SHORT) {
        return [negative('free-time-limit-too-short', ['pricing'], minutes)];
      }
      return [caution('free-time-limit-check', ['pricing'], minutes)];
    },
  },
  {
    // A group call needs room for at least three people, in the version the
    // organisation can pay for.
    id: 'call-size',
    evaluate: (tool, answers) => {
      if (!needsGroupCall(answers)) return [];
      const max = tool.maxParticipants;
      if (typeof max === 'number' && max < 3) return [negative('too-few-participants', ['maxParticipants'], { max })];
      const freeMax = tool.pricing.model === 'freemium' ? tool.pricing.freeTier?.maxParticipants : undefined;
      if (typeof freeMax === 'number' && freeMax < 3 && answers.budget !== 'yes') {
        const reason = answers.budget === 'no' ? negative : caution;
        return [reason('free-participant-limit', ['pricing'], { max: freeMax })];
      }
      if (max === 'unknown') return [caution('participants-unknown', ['maxParticipants'])];
      return [];
    },
  },
  {
    // Many clients have no account, app or phone number to spare; a browser link is
    // the lowest threshold.
    id: 'browser-join',
    evaluate: (tool, answers) => {
      const join = tool.clientJoin;
      if (join.browserLink === true) return [positive('browser-join', ['clientJoin'])];
      if (answers.browserJoin !== 'yes') return [];
      if (join.browserLink === 'unknown') return [caution('browser-join-unknown', ['clientJoin'])];
      if (join.phoneNumber === true) return [negative('client-needs-phone-number', ['clientJoin'])];
      if (join.app === true) return [negative('client-needs-app', ['clientJoin'])];
      return [negative('client-needs-account', ['clientJoin'])];
    },
  },
  {
    // Teams and Google Meet with a data processing agreement come with the
    // organisation's business licence; without it they are a consumer service.
    id: 'business-licence',
    evaluate: (tool, answers) => {
      const licence = tool.includedIn;
      if (!licence) return [];
      if (answers.licence === licence) return [positive('licence-available', [], { licence })];
      if (answers.licence === undefined || answers.licence === 'unknown') {
        return [caution('check-licence', [], { licence })];
      }
      return [negative('needs-licence', [], { licence })];
    },
  },
  {
    // A self-hosted tool keeps data on the organisation's own server, but only an IT
    // team that can run it can use it.
    id: 'self-hosting',
    evaluate: (tool, answers) => {
      if (tool.deployment === 'cloud') return [];
      if (answers.selfHosting === 'yes') return [positive('self-hosting-possible', ['selfHostable'])];
      if (tool.deployment === 'cloud-or-self-hosted') return [];
      if (answers.selfHosting === 'no') return [negative('needs-self-hosting', ['selfHostable'])];
      return [caution('check-self-hosting', ['selfHostable'])];
    },
  },
  {
    // Good practice for remote care in Belgium asks for end-to-end encrypted video.
    id: 'encryption',
    evaluate: (tool) => {
      if (tool.e2ee.mode === 'default') return [positive('e2ee-default', ['e2ee'])];
      if (tool.e2ee.mode === 'optional') return [positive('e2ee-optional', ['e2ee'])];
      if (tool.e2ee.mode === 'none') return [caution('e2ee-none', ['e2ee'])];
      return [];
    },
  },
  {
    // Data that stays in the EU, or on the organisation's own server, avoids transfers.
    id: 'data-location',
    evaluate: (tool) =>
      tool.dataLocation === 'eu' || tool.dataLocation === 'own-server'
        ? [positive('data-in-eu', ['dataLocation'], { location: tool.dataLocation })]
        : [],
  },
  {
    // Open source code can be inspected by anyone.
    id: 'open-source',
    evaluate: (tool) => (tool.openSource === true ? [positive('open-source', ['openSource'])] : []),
  },
];

/**
 * The rule of the open route: without privacy-sensitive information the widely used
 * apps may be used, because the users accepted the provider's terms themselves. They
 * stay "possible", because the cautions of the route apply to them. A free service
 * that is not a consumer app fits without those cautions. Paid and self-hosted tools
 * are fine too, but not needed.
 */
export const openRouteRule: Rule = {
  id: 'open-route',
  evaluate: (tool) => {
    if ((tool.kind === 'consumer' || tool.kind === 'messenger') && !isPaid(tool)) {
      return [positive('open-route-widely-used', []), caution('open-route-consumer-app', [])];
    }
    if (hasFreeUse(tool) && tool.deployment !== 'self-hosted') return [positive('open-route-free-service', ['pricing'])];
    return [caution('open-route-not-needed', [])];
  },
};
