/**
 * Component-test setup: jest-dom matchers, a clean DOM after every test, and the few layout
 * facts jsdom lacks. jsdom lays nothing out, so the virtual list's scroll container (marked
 * `data-virtual-scroller`) reports a 600px-high viewport and its content's height, and
 * scrolling APIs move scrollTop.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.hasAttribute('data-virtual-scroller') ? 600 : 0;
  },
});

Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.hasAttribute('data-virtual-scroller') ? 400 : 0;
  },
});

// The scroll height is the height of the content, which the virtual list sets inline.
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    if (!this.hasAttribute('data-virtual-scroller')) return 0;
    const content = this.firstElementChild;
    return content instanceof HTMLElement ? parseFloat(content.style.height) || 0 : 0;
  },
});

// As in a browser, a scroll that moves fires its event later, never inside the call: a
// synchronous event reached the virtual list's flushSync while React was rendering.
Element.prototype.scrollTo = function scrollTo(
  this: Element,
  options?: ScrollToOptions | number,
  y?: number,
): void {
  const top = typeof options === 'number' ? y : options?.top;
  if (typeof top === 'number' && top !== this.scrollTop) {
    this.scrollTop = top;
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
  }
};

Element.prototype.scrollIntoView = function scrollIntoView(): void {};
