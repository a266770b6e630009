import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { BeeldbelKeuzehulp } from '../../src/index.js';
import type { AnswerId, QuestionId } from '../../src/decision/index.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';

export type Widget = BeeldbelKeuzehulp;

/** Mounts a widget with the given attributes and waits until it shows its first question. */
export async function mount(attributes: Record<string, string> = {}): Promise<Widget> {
  const element = await fixture<Widget>(html`<beeldbel-keuzehulp></beeldbel-keuzehulp>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await settle(element);
  return element;
}

export function root(element: Widget): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

/** Waits for the element's update and any locale switch to finish. */
export async function settle(element: Widget): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

/** Returns the id of the question on screen, or undefined when no question is shown. */
export function currentQuestion(element: Widget): QuestionId | undefined {
  const radio = root(element).querySelector<HTMLInputElement>('input[type="radio"]');
  return radio ? (radio.name as QuestionId) : undefined;
}

export function stepHeading(element: Widget): HTMLElement {
  const heading = root(element).querySelector<HTMLElement>('#step-heading');
  if (!heading) throw new Error('no step heading on screen');
  return heading;
}

export function buttonByText(element: Widget, text: string): HTMLButtonElement {
  const button = [...root(element).querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!button) throw new Error(`no button "${text}" on screen`);
  return button;
}

/** Chooses an answer on the current question and presses "Volgende". */
export async function answer(element: Widget, questionId: QuestionId, answerId: AnswerId): Promise<void> {
  const radio = root(element).querySelector<HTMLInputElement>(`#${questionId}-${answerId}`);
  if (!radio) throw new Error(`question ${questionId} with answer ${answerId} is not on screen`);
  radio.click();
  await settle(element);
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await settle(element);
}

/** Answers every question shown with the given answers (unknown when not given), then opens the advice. */
export async function walkToAdvice(element: Widget, answers: Partial<Record<QuestionId, AnswerId>>): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    const question = currentQuestion(element);
    if (!question) break;
    await answer(element, question, answers[question] ?? 'unknown');
  }
  await clickButton(element, 'button.primary');
}

export async function clickButton(element: Widget, selector: string): Promise<void> {
  const button = root(element).querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`no button ${selector} on screen`);
  button.click();
  await settle(element);
}

/** Returns the tool cards on screen as a map from tool id to verdict class. */
export function verdicts(element: Widget): Map<string, string> {
  const result = new Map<string, string>();
  for (const card of root(element).querySelectorAll<HTMLElement>('article[data-tool]')) {
    const verdict = [...card.classList].find((name) => name.startsWith('tool-card--'))?.slice('tool-card--'.length);
    result.set(card.dataset.tool as string, verdict ?? '');
  }
  return result;
}

/** Switches the widget's language and waits until the texts follow. */
export async function switchLanguage(element: Widget, lang: string, expected: string): Promise<void> {
  element.setAttribute('lang', lang);
  await waitUntil(() => getLocale() === expected && root(element).querySelector('.root')?.getAttribute('lang') === expected, `locale ${expected} not active`);
  await settle(element);
}

/** Puts the shared locale back to Dutch after a test that changed it. */
export async function resetLocale(): Promise<void> {
  await setLocale('nl');
}
