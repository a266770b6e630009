/**
 * Helpers that load a host page from demo/hosts/ in an iframe and drive the widget in
 * it through its shadow root, as a user would. The pages load the built bundle from
 * dist/, so these tests check what a host page really gets.
 */

/** What demo/hosts/record.js collects on a host page. */
export interface HostRecord {
  definitions: string[];
  errors: string[];
  rejections: string[];
  violations: string[];
  warnings: string[];
}

export type HostWindow = Window & typeof globalThis & { hostRecord: HostRecord };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
}

/** The widget as seen from the test: a LitElement from another window. */
export type HostWidget = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

const frames: HTMLIFrameElement[] = [];

/** Loads `path` in a new iframe and resolves when the page has loaded. */
export async function loadHost(path: string, options: { width?: number; height?: number } = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 1000}px`;
  frame.style.height = `${options.height ?? 700}px`;
  frame.style.border = '0';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${path} did not load`)), { once: true });
  });
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  if (!win.hostRecord) throw new Error(`${path} did not run record.js`);
  return { frame, win, doc: win.document };
}

/** Removes every iframe that loadHost added. */
export function removeHosts(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Polls `condition` every few milliseconds until it is true or `timeout` ms have passed. */
export async function waitFor<T>(condition: () => T | undefined | null | false, message: string, timeout = 5000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Waits until the page has a defined, rendered widget (the `index`th on the page) and returns it. */
export async function widgetIn(page: HostPage, index = 0): Promise<HostWidget> {
  return waitFor(() => {
    const element = page.doc.querySelectorAll('beeldbel-keuzehulp')[index] as HostWidget | undefined;
    return element?.shadowRoot?.querySelector('#step-heading') ? element : undefined;
  }, 'the widget did not render');
}

export function shadow(element: HostWidget): ShadowRoot {
  return element.shadowRoot;
}

export function headingText(element: HostWidget): string {
  return shadow(element).querySelector('#step-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The step on screen, read from what a user can operate. */
export type ScreenState = 'question' | 'review' | 'advice' | 'stuck';

/** Tells which step is on screen; "stuck" means nothing on screen lets the user go on. */
export function screenState(element: HostWidget): ScreenState {
  const root = shadow(element);
  if (!root.querySelector('#step-heading')) return 'stuck';
  const radios = root.querySelectorAll('input[type="radio"]');
  if (radios.length >= 2 && root.querySelector('form button[type="submit"]')) return 'question';
  // The advice ends with its restart button, whatever the language.
  if (root.querySelector('.advice .actions button:last-child:not(.primary)')) return 'advice';
  if (radios.length === 0 && root.querySelector('[part~="review"] button.primary')) return 'review';
  return 'stuck';
}

/** Waits for the widget's pending update and any locale switch it started. */
export async function settle(element: HostWidget): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

/**
 * Answers every question (with `choose`, by default the last option, which is "I don't
 * know"), confirms the review and waits for the advice. Returns the headings it passed.
 */
export async function completeFlow(
  element: HostWidget,
  choose: (questionId: string, options: string[]) => string = (_id, options) => options[options.length - 1],
): Promise<string[]> {
  const passed: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const state = screenState(element);
    passed.push(headingText(element));
    if (state === 'advice') return passed;
    const root = shadow(element);
    if (state === 'question') {
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const questionId = radios[0].name;
      const chosen = choose(questionId, radios.map((radio) => radio.value));
      const radio = radios.find((candidate) => candidate.value === chosen) ?? radios[0];
      radio.click();
      await settle(element);
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    } else if (state === 'review') {
      root.querySelector<HTMLButtonElement>('[part~="review"] button.primary')?.click();
    } else {
      throw new Error(`the widget is stuck at "${headingText(element)}"`);
    }
    await settle(element);
  }
  throw new Error('the flow did not reach the advice in 20 steps');
}

/** Returns every problem record.js saw on the page, as one list for a readable assertion. */
export function problems(page: HostPage): string[] {
  const record = page.win.hostRecord;
  return [
    ...record.errors.map((text) => `error: ${text}`),
    ...record.rejections.map((text) => `unhandled rejection: ${text}`),
  ];
}

/** Returns the warnings the widget printed (record.js keeps all console warnings). */
export function widgetWarnings(page: HostPage): string[] {
  return page.win.hostRecord.warnings.filter((text) => text.includes('beeldbel-keuzehulp'));
}
