/**
 * Mounts and removes the widget 200 times, using it a little each time. Then checks
 * that nothing is left behind: no listeners on window or document, no connected
 * MutationObserver, no pending timer, no extra nodes, and no removed widget still alive.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { BeeldbelKeuzehulp } from '../../../src/index.js';

const CYCLES = 200;

type Listener = Parameters<EventTarget['addEventListener']>;

/** Tracks listeners added to and removed from one target, by type, listener and capture. */
function trackListeners(target: EventTarget & Record<string, unknown>) {
  const active = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (type: string, listener: Listener[1], options: Listener[2]) => {
    if (listener && !ids.has(listener)) ids.set(listener, nextId++);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type}|${listener ? ids.get(listener) : 'null'}|${capture}`;
  };
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (this: EventTarget, ...args: Listener) {
    active.add(key(args[0], args[1], args[2]));
    return add.apply(this, args);
  } as EventTarget['addEventListener'];
  target.removeEventListener = function (this: EventTarget, ...args: Listener) {
    active.delete(key(args[0], args[1], args[2]));
    return remove.apply(this, args as Parameters<EventTarget['removeEventListener']>);
  } as EventTarget['removeEventListener'];
  return {
    types: () => [...active].map((entry) => entry.split('|')[0]).sort(),
    restore: () => {
      Reflect.deleteProperty(target, 'addEventListener');
      Reflect.deleteProperty(target, 'removeEventListener');
    },
  };
}

/** Tracks which MutationObservers observe something. */
function trackObservers() {
  const observing = new Set<MutationObserver>();
  const { observe, disconnect } = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    observing.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.apply(this);
  };
  return {
    count: () => observing.size,
    restore: () => {
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
    },
  };
}

/** Counts timers and animation frames that were set and have neither run nor been cleared. */
function trackTimers() {
  const pending = new Set<number>();
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id: number = saved.setTimeout(
      (...args: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') handler(...args);
      },
      delay,
      ...rest,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    saved.clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = saved.setInterval(handler, delay, ...rest);
    pending.add(-id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) pending.delete(-id);
    saved.clearInterval(id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = saved.requestAnimationFrame((time) => {
      pending.delete(1e9 + id);
      callback(time);
    });
    pending.add(1e9 + id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    pending.delete(1e9 + id);
    saved.cancelAnimationFrame(id);
  };
  return {
    count: () => pending.size,
    restore: () => Object.assign(window, saved),
  };
}

/** Resolves after a macrotask that no tracker counts. */
const nextTask = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

async function collectGarbage(): Promise<void> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  if (!gc) throw new Error('gc() is not exposed: run Chromium with --js-flags=--expose-gc');
  for (let round = 0; round < 3; round++) {
    gc();
    await nextTask();
  }
}

/** Mounts one widget, answers a question (on some cycles up to the advice) and removes it. */
async function mountAndUse(container: HTMLElement, cycle: number): Promise<BeeldbelKeuzehulp> {
  const element = document.createElement('beeldbel-keuzehulp') as BeeldbelKeuzehulp;
  element.setAttribute('lang', ['nl', 'en', 'fr'][cycle % 3]);
  element.setAttribute('contact-email', 'vragen@example.org');
  if (cycle % 10 === 0) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ hide: ['skype'] });
    element.append(script);
  }
  container.append(element);
  await element.updateComplete;

  const root = element.shadowRoot as ShadowRoot;
  const press = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)?.click();
    await element.updateComplete;
  };
  await press('#privacy-no');
  await press('form button[type="submit"]');
  if (cycle % 20 === 0) {
    // Now and then all the way to the advice, which renders the most.
    await press('input[type="radio"]');
    await press('form button[type="submit"]');
    await press('button.primary');
    expect(root.querySelector('.advice'), `cycle ${cycle}`).to.exist;
  }
  return element;
}

describe('mount and remove', () => {
  it('leaves nothing behind', async function () {
    this.timeout(60_000);
    const container = document.createElement('div');
    document.body.append(container);
    const windowListeners = trackListeners(window as unknown as EventTarget & Record<string, unknown>);
    const documentListeners = trackListeners(document as unknown as EventTarget & Record<string, unknown>);
    const observers = trackObservers();
    const timers = trackTimers();
    const nodesBefore = document.getElementsByTagName('*').length;
    const removed: WeakRef<BeeldbelKeuzehulp>[] = [];
    let maxWindowListeners = 0;

    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const element = await mountAndUse(container, cycle);
        maxWindowListeners = Math.max(maxWindowListeners, windowListeners.types().length);
        element.remove();
        removed.push(new WeakRef(element));
      }
      await nextTask();
      await nextTask();

      expect(windowListeners.types()).to.deep.equal([]);
      expect(documentListeners.types()).to.deep.equal([]);
      // While mounted, the widget did listen on window, so the count above is meaningful.
      expect(maxWindowListeners).to.be.above(0);
      expect(observers.count()).to.equal(0);
      expect(timers.count()).to.equal(0);
      expect(document.getElementsByTagName('*').length).to.equal(nodesBefore);
    } finally {
      windowListeners.restore();
      documentListeners.restore();
      observers.restore();
      timers.restore();
      container.remove();
    }

    await collectGarbage();
    const alive = removed.filter((ref) => ref.deref() !== undefined).length;
    // The garbage collector may still hold a few recent widgets, up to about a dozen,
    // and the count varies from run to run. A leak would keep every one of the 200.
    expect(alive).to.be.below(CYCLES / 10);
  });

  it('detects a retained widget', async () => {
    // The garbage check above must be able to fail: a widget retained in a list survives.
    // The collector may keep a released widget a while longer, so only the retained ones
    // are certain to be alive.
    const retained: object[] = [];
    const retainedRefs: WeakRef<object>[] = [];
    for (let index = 0; index < 5; index++) {
      const element = document.createElement('beeldbel-keuzehulp');
      document.body.append(element);
      await (element as BeeldbelKeuzehulp).updateComplete;
      element.remove();
      if (index % 2 === 0) {
        retained.push(element);
        retainedRefs.push(new WeakRef(element));
      }
    }
    await collectGarbage();
    expect(retainedRefs.filter((ref) => ref.deref() !== undefined)).to.have.length(retained.length);
  });
});
