/**
 * A random walk through the widget: 1,000 seeded sequences of the things a user (and a
 * host page switching languages) can do, on one reused element. After every step the
 * widget must be in a state the user can continue from, keep the answers given, and
 * never throw. A failure names the sequence's seed and the steps it took.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { BeeldbelKeuzehulp } from '../../../src/index.js';
import { applicableQuestions, type Answers } from '../../../src/decision/index.js';

const SEQUENCES = 1000;
const FIRST_SEED = 20_240_601;
const LANGUAGES = ['nl', 'en', 'fr'] as const;

type Action = 'choose' | 'next' | 'back' | 'change' | 'confirm' | 'restart' | 'language';

/** Returns a small seeded PRNG (mulberry32): the same seed gives the same walk. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

type Screen = 'question' | 'review' | 'advice';

describe('random walk', () => {
  it('never leaves the user stuck', async function () {
    this.timeout(120_000);
    const element = await fixture<BeeldbelKeuzehulp>(html`<beeldbel-keuzehulp lang="nl"></beeldbel-keuzehulp>`);
    const root = element.shadowRoot as ShadowRoot;
    const query = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);

    // What the walk expects: the answers the user gave and the language asked for.
    let answers: Answers = {};
    let language = 'nl';
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));

    const screen = (): Screen | 'stuck' => {
      if (!query('#step-heading')) return 'stuck';
      const radios = root.querySelectorAll('input[type="radio"]');
      if (radios.length >= 2 && query('form button[type="submit"]')) return 'question';
      if (query('.advice .actions button:last-child:not(.primary)')) return 'advice';
      if (radios.length === 0 && query('[part~="review"] button.primary')) return 'review';
      return 'stuck';
    };

    /** Waits for the element's update, and for a language switch to reach the screen. */
    const settle = async () => {
      for (let round = 0; round < 10; round++) {
        await element.updateComplete;
        if (query('.root')?.getAttribute('lang') === language && !element.isUpdatePending) return;
        await Promise.resolve();
      }
    };

    // The actions possible on each screen, repeated by weight. Rendering the advice costs
    // far more than any other step, so the review leads to it less often than elsewhere.
    const available = (current: Screen): Action[] => {
      if (current === 'question') {
        const back: Action[] = query('form button.secondary') ? ['back', 'back'] : [];
        return ['language', 'choose', 'choose', 'choose', 'next', 'next', 'next', ...back];
      }
      if (current === 'review') return ['language', 'back', 'back', 'change', 'change', 'change', 'confirm'];
      return ['language', 'back', 'restart', 'restart'];
    };

    const perform = (action: Action, next: () => number): string => {
      switch (action) {
        case 'choose': {
          const radio = pick(next, [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')]);
          radio.click();
          answers = { ...answers, [radio.name]: radio.value } as Answers;
          return `choose ${radio.name}=${radio.value}`;
        }
        case 'next':
          query<HTMLButtonElement>('form button[type="submit"]')?.click();
          return 'next';
        case 'back':
          query<HTMLButtonElement>('.actions button.secondary')?.click();
          return 'back';
        case 'change': {
          const button = pick(next, [...root.querySelectorAll<HTMLButtonElement>('[part~="change-button"]')]);
          button.click();
          return `change ${button.textContent?.replace(/\s+/g, ' ').trim()}`;
        }
        case 'confirm':
          query<HTMLButtonElement>('[part~="review"] button.primary')?.click();
          return 'confirm';
        case 'restart':
          query<HTMLButtonElement>('.advice .actions button:last-child')?.click();
          answers = {};
          return 'restart';
        case 'language':
          language = pick(next, LANGUAGES);
          element.setAttribute('lang', language);
          return `lang=${language}`;
      }
    };

    /** Checks what must hold after every step; returns a problem or undefined. */
    const problem = (action: Action): string | undefined => {
      const current = screen();
      if (current === 'stuck') return 'no question, review or advice the user can act on';
      if (query('.root')?.getAttribute('lang') !== language) return `language is not ${language}`;
      if (current === 'question') {
        const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        const name = radios[0].name;
        if (radios.some((radio) => radio.name !== name)) return 'radios of two questions on one step';
        const checked = radios.find((radio) => radio.checked)?.value;
        const expectedAnswer = answers[name as keyof Answers];
        if (checked !== expectedAnswer) return `question ${name} shows ${checked}, expected ${expectedAnswer}`;
      }
      if (current === 'review') {
        const rows = root.querySelectorAll('.answer-row').length;
        const expected = applicableQuestions(answers).length;
        if (rows !== expected) return `review lists ${rows} answers, expected ${expected}`;
      }
      const moved = ['next', 'back', 'change', 'confirm', 'restart'].includes(action);
      const focused = root.activeElement;
      if (moved && focused?.id !== 'step-heading' && !(focused instanceof HTMLInputElement)) {
        return `focus is on ${focused ? focused.tagName : 'nothing'} after ${action}`;
      }
      return undefined;
    };

    const started = performance.now();
    const counts: Partial<Record<Action, number>> = {};
    let steps = 0;
    try {
      for (let sequence = 0; sequence < SEQUENCES; sequence++) {
        const seed = FIRST_SEED + sequence;
        const next = random(seed);
        const length = 3 + Math.floor(next() * 7);
        const log = [`start: ${screen()}, answers ${JSON.stringify(answers)}, lang=${language}`];
        for (let step = 0; step < length; step++) {
          const current = screen();
          if (current === 'stuck') throw new Error(`seed ${seed}: stuck before step ${step}\n${log.join('\n')}`);
          const action = pick(next, available(current));
          counts[action] = (counts[action] ?? 0) + 1;
          log.push(perform(action, next));
          try {
            await settle();
          } catch (error) {
            throw new Error(`seed ${seed}: ${String(error)}\n${log.join('\n')}`);
          }
          steps++;
          const found = problem(action) ?? (uncaught.length > 0 ? `uncaught: ${uncaught.join('; ')}` : undefined);
          if (found) throw new Error(`seed ${seed}: ${found}\n${log.join('\n')}`);
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = originalWarn;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`random walk: ${SEQUENCES} sequences, ${steps} steps in ${seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
    expect(steps).to.be.above(SEQUENCES * 5);
    // The walk really went everywhere: every action ran many times.
    for (const action of ['choose', 'next', 'back', 'change', 'confirm', 'restart', 'language'] as const) {
      expect(counts[action] ?? 0, action).to.be.above(30);
    }
    expect(warnings, warnings.join('\n')).to.deep.equal([]);
  });
});
