/**
 * Imported first by every task-pane test (jsdom): jest-dom matchers and the browser APIs jsdom lacks
 * that Fluent UI v9 touches (MessageBar observes its size; list items may be scrolled into view).
 */
import '@testing-library/jest-dom';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverStub;

if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
    // jsdom has no layout; record the calls so a test can see that the current finding was scrolled to.
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      (this as Element & { scrolledIntoView?: number }).scrolledIntoView =
        ((this as Element & { scrolledIntoView?: number }).scrolledIntoView ?? 0) + 1;
    };
  }
}

/** Any network request the pane tries: every DOM test ends by asserting there were none. */
export const networkCalls: string[] = [];
g.fetch = (input: unknown) => {
  networkCalls.push(String(input));
  return Promise.reject(new Error('network is disabled in task-pane tests'));
};
if (typeof XMLHttpRequest !== 'undefined') {
  XMLHttpRequest.prototype.open = function open(_method: string, url: string | URL) {
    networkCalls.push(String(url));
    throw new Error('network is disabled in task-pane tests');
  };
}
if (typeof WebSocket !== 'undefined') {
  g.WebSocket = class {
    constructor(url: string) {
      networkCalls.push(String(url));
      throw new Error('network is disabled in task-pane tests');
    }
  };
}
afterEach(() => {
  expect(networkCalls).toEqual([]);
});
