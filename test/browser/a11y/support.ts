/**
 * Shared steps of the accessibility tests: the advice states they cover, keyboard
 * moves read through the shadow root, and colour arithmetic for contrast checks.
 */
import { sendKeys } from '@web/test-runner-commands';
import {
  advise,
  applicableQuestions,
  catalogue,
  type AnswerId,
  type Answers,
  type HostCatalogue,
  type QuestionId,
} from '../../../src/decision-entry.js';
import { mount, root, settle, switchLanguage, walkToAdvice, type Widget } from '../helpers.js';

export type AnswerSet = Partial<Record<QuestionId, AnswerId>>;

export interface AdviceCase {
  name: string;
  answers: AnswerSet;
  /** Hide every tool that fits, so the advice shows that no tool fits. */
  noFit?: boolean;
}

/** The advice states every check covers: both routes, an unsure budget, and no tool that fits. */
export const ADVICE_CASES: readonly AdviceCase[] = [
  { name: 'protected with budget', answers: { privacy: 'yes', budget: 'yes' } },
  { name: 'budget unknown', answers: { privacy: 'yes', budget: 'unknown' } },
  {
    name: 'no tool fits',
    answers: { privacy: 'yes', budget: 'no', groupSize: 'group', longCalls: 'yes', browserJoin: 'yes' },
    noFit: true,
  },
  { name: 'open route', answers: { privacy: 'no', residentialCare: 'yes' } },
];

export const LANGUAGES = ['nl', 'en', 'fr'] as const;

/** Returns the answers the walk gives: every question that applies, "unknown" where none is given. */
export function filledAnswers(answers: AnswerSet): Answers {
  const filled: Record<string, string> = {};
  for (const question of applicableQuestions(answers as Answers)) filled[question.id] = answers[question.id] ?? 'unknown';
  return filled as Answers;
}

/** Returns a host catalogue that hides every tool that fits these answers. */
export function hideFits(answers: AnswerSet): HostCatalogue {
  const advice = advise(filledAnswers(answers), catalogue);
  const fits = advice.tools.filter((item) => item.verdict === 'recommended' || item.verdict === 'possible');
  return { hide: fits.map((item) => item.tool.id) };
}

/** Mounts a widget in `lang` and walks it to the advice of `adviceCase`. */
export async function mountAdvice(
  adviceCase: AdviceCase,
  lang = 'nl',
  attributes: Record<string, string> = {},
): Promise<Widget> {
  const element = await mount(attributes);
  await switchLanguage(element, lang, lang);
  if (adviceCase.noFit) {
    element.hostCatalogue = hideFits(adviceCase.answers);
    await settle(element);
  }
  await walkToAdvice(element, adviceCase.answers);
  return element;
}

/** Returns the element that has focus inside the widget, read through its shadow root. */
export function focused(element: Widget): HTMLElement | null {
  return root(element).activeElement as HTMLElement | null;
}

/**
 * Presses one key, or a combination such as "Shift+Tab", and waits for the widget to
 * render what followed. The Chrome launcher's keyboard takes one key per press, so a
 * combination holds the modifiers down around it.
 */
export async function press(element: Widget, key: string): Promise<void> {
  const keys = key.split('+');
  const main = keys.pop() as string;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  await settle(element);
}

/** Presses Tab until `accept` returns true for the focused element, and fails after `limit` presses. */
export async function tabUntil(
  element: Widget,
  accept: (target: HTMLElement) => boolean,
  limit = 300,
): Promise<HTMLElement> {
  for (let count = 0; count < limit; count++) {
    await press(element, 'Tab');
    const target = focused(element);
    if (target && accept(target)) return target;
  }
  throw new Error(`no element found after ${limit} presses of Tab`);
}

/** Returns true when `target` is a button whose visible text starts with `text`. */
export function isButton(target: Element, text: string): boolean {
  return target.localName === 'button' && (target.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(text);
}

/** Returns whether an element can be seen: not hidden and not in a closed disclosure. */
export function isRendered(target: Element): boolean {
  return target.checkVisibility({ visibilityProperty: true }) && target.getClientRects().length > 0;
}

/** Every element in the shadow root a pointer or keyboard user can operate. */
export const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export type Rgba = [number, number, number, number];

/** Parses a computed colour: `rgb()`, `rgba()`, or `color(srgb …)` as color-mix() computes. */
export function parseColor(value: string): Rgba {
  const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
  if (srgb) {
    const [r, g, b, a = 1] = srgb[1].split(/[\s/]+/).filter(Boolean).map(Number);
    return [r * 255, g * 255, b * 255, a];
  }
  const match = value.match(/^rgba?\(([^)]+)\)$/);
  if (!match) throw new Error(`cannot read colour "${value}"`);
  const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Returns the WCAG contrast ratio of two opaque colours. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Returns the first opaque background behind `target`, across the shadow boundary, or white when none is set. */
export function backgroundBehind(target: Element): Rgba {
  let node: Element | null = target;
  while (node) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] === 1) return colour;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return [255, 255, 255, 1];
}
