import type { ConditionCode, Tool } from '../catalogue/types.js';
import type {
  Advice,
  CautionCode,
  ChecklistCode,
  ChecklistItem,
  NextStepCode,
  Reason,
  RouteReason,
  ToolAdvice,
  Verdict,
} from './advice-types.js';
import { applicableAnswers, routeOf, type Answers } from './questions.js';
import { openRouteRule, protectedRouteRules } from './rules.js';

const VERDICT_ORDER: readonly Verdict[] = ['recommended', 'possible', 'not-suitable', 'discontinued'];
const EFFECT_ORDER: readonly Reason['effect'][] = ['negative', 'caution', 'positive'];

/** Returns the verdict that a tool's reasons add up to. */
function verdictOf(reasons: Reason[]): Verdict {
  if (reasons.some((reason) => reason.effect === 'negative')) return 'not-suitable';
  if (reasons.some((reason) => reason.effect === 'caution')) return 'possible';
  return 'recommended';
}

/** Judges one tool for these answers. */
function adviseTool(tool: Tool, answers: Answers): ToolAdvice {
  // A tool that no longer exists is listed so that a worker who asks about it learns why.
  if (tool.status.state === 'discontinued') {
    return {
      tool,
      verdict: 'discontinued',
      reasons: [{ code: 'discontinued', effect: 'negative', facts: ['status'], params: { since: tool.status.since } }],
      conditions: [],
    };
  }
  // A tool nobody could confirm still exists is not advised until someone does.
  if (tool.status.state === 'unverified') {
    return {
      tool,
      verdict: 'not-suitable',
      reasons: [{ code: 'unverified', effect: 'negative', facts: ['status'] }],
      conditions: tool.conditions,
    };
  }
  const rules = routeOf(answers) === 'open' ? [openRouteRule] : protectedRouteRules;
  const reasons = rules
    .flatMap((rule) => rule.evaluate(tool, answers))
    .sort((a, b) => EFFECT_ORDER.indexOf(a.effect) - EFFECT_ORDER.indexOf(b.effect));
  const conditions = routeOf(answers) === 'protected' ? tool.conditions : [];
  return { tool, verdict: verdictOf(reasons), reasons, conditions };
}

/** Weight of each kind of reason in the ranking within one verdict. */
const EFFECT_SCORE: Record<Reason['effect'], number> = { positive: 1, caution: -1, negative: 0 };

/** Returns the balance of positive reasons and cautions of one tool. */
function scoreOf(advice: ToolAdvice): number {
  return advice.reasons.reduce((sum, reason) => sum + EFFECT_SCORE[reason.effect], 0);
}

/** Ranks by verdict, then by the balance of positive reasons and cautions, then by name. */
function compareAdvice(a: ToolAdvice, b: ToolAdvice): number {
  const byVerdict = VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict);
  if (byVerdict !== 0) return byVerdict;
  const byScore = scoreOf(b) - scoreOf(a);
  if (byScore !== 0) return byScore;
  // A fixed, language-independent order, so the ranking is the same in every locale.
  if (a.tool.name === b.tool.name) return 0;
  return a.tool.name < b.tool.name ? -1 : 1;
}

function routeReasonOf(answers: Answers): RouteReason {
  if (answers.privacy === 'no') return 'privacy-no';
  return answers.privacy === 'yes' ? 'privacy-yes' : 'privacy-unknown';
}

/** Returns the cautions that follow from the route and the answers. */
function cautionsOf(answers: Answers): CautionCode[] {
  if (routeOf(answers) === 'protected') return ['organisation-responsible'];
  const cautions: CautionCode[] = ['not-gdpr-compliant', 'inform-users', 'may-advise-against'];
  // A client in (semi-)residential care can reveal where they stay through the app.
  if (answers.residentialCare !== 'no') cautions.push('location-data');
  cautions.push('stay-professional');
  return cautions;
}

/** Checklist items that follow from a tool's conditions. */
const CONDITION_CHECKLIST: Partial<Record<ConditionCode, ChecklistCode>> = {
  'necessary-cookies-only': 'necessary-cookies',
  'privacy-settings': 'privacy-settings',
  'enable-e2ee': 'enable-e2ee',
};

/** Returns the checklist of what to arrange for the route and the shortlisted tools. */
function checklistOf(answers: Answers, shortlist: ToolAdvice[]): ChecklistItem[] {
  if (routeOf(answers) === 'open') {
    const items: ChecklistItem[] = [{ code: 'inform-users', toolIds: [] }];
    if (answers.residentialCare !== 'no') items.push({ code: 'no-location-sharing', toolIds: [] });
    items.push({ code: 'phone-fallback', toolIds: [] });
    return items;
  }
  const items: ChecklistItem[] = [
    { code: 'dpa', toolIds: [] },
    { code: 'informed-consent', toolIds: [] },
  ];
  const byCondition = new Map<ChecklistCode, string[]>();
  for (const advice of shortlist) {
    for (const condition of advice.conditions) {
      const code = CONDITION_CHECKLIST[condition];
      if (code) byCondition.set(code, [...(byCondition.get(code) ?? []), advice.tool.id]);
    }
  }
  for (const code of ['necessary-cookies', 'enable-e2ee'] as const) {
    const toolIds = byCondition.get(code);
    if (toolIds) items.push({ code, toolIds });
  }
  // Every tool has settings worth checking; the listed tools name it as a condition.
  items.push({ code: 'privacy-settings', toolIds: byCondition.get('privacy-settings') ?? [] });
  items.push(
    { code: 'private-room', toolIds: [] },
    { code: 'no-recording', toolIds: [] },
    { code: 'phone-fallback', toolIds: [] },
    { code: 'dpia', toolIds: [] },
  );
  return items;
}

function nextStepsOf(answers: Answers, noFit: boolean): NextStepCode[] {
  if (!noFit) {
    return routeOf(answers) === 'open'
      ? ['compare-shortlist', 'use-phone']
      : ['compare-shortlist', 'arrange-checklist', 'talk-to-dpo'];
  }
  if (routeOf(answers) === 'open') return ['use-phone'];
  const steps: NextStepCode[] = ['talk-to-dpo'];
  if (answers.budget !== 'yes') steps.push('consider-paid-tool');
  steps.push('use-phone');
  return steps;
}

/**
 * Returns the advice for these answers: a verdict with its reasons for every tool in
 * the catalogue, ranked, plus the route, the cautions, the checklist and next steps.
 * Answers to questions that do not apply to the route are ignored.
 */
export function advise(answers: Answers, catalogue: readonly Tool[]): Advice {
  // JavaScript callers may pass null or undefined for "no answers yet".
  const relevant = applicableAnswers(answers ?? {});
  const tools = catalogue.map((tool) => adviseTool(tool, relevant)).sort(compareAdvice);
  const shortlist = tools.filter((advice) => advice.verdict === 'recommended' || advice.verdict === 'possible');
  const noFit = shortlist.length === 0;
  return {
    route: routeOf(relevant),
    routeReason: routeReasonOf(relevant),
    tools,
    cautions: cautionsOf(relevant),
    checklist: checklistOf(relevant, shortlist),
    noFit,
    nextSteps: nextStepsOf(relevant, noFit),
  };
}
