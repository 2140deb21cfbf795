import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  isTypingTarget,
  useGlobalShortcuts,
  type ShortcutHandlers,
} from '../../../renderer/src/hooks/use-global-shortcuts';

function handlers(): ShortcutHandlers {
  return {
    focusSearch: vi.fn(),
    back: vi.fn(),
    forward: vi.fn(),
    moveSelection: vi.fn(),
    storylineStep: vi.fn(),
    showShortcuts: vi.fn(),
    backToList: vi.fn(),
    toggleStar: vi.fn(),
    toggleRead: vi.fn(),
    newNote: vi.fn(),
  };
}

function Harness({ on }: { on: ShortcutHandlers }) {
  useGlobalShortcuts(on);
  return <input aria-label="field" />;
}

describe('isTypingTarget', () => {
  it('is true for fields that take text, false for buttons and the page', () => {
    const text = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});

describe('useGlobalShortcuts: the library keys', () => {
  it('maps s, u and n to star, read and note outside fields, and not while typing', () => {
    const on = handlers();
    const { getByLabelText } = render(<Harness on={on} />);
    fireEvent.keyDown(window, { key: 's' });
    fireEvent.keyDown(window, { key: 'u' });
    fireEvent.keyDown(window, { key: 'n' });
    expect(on.toggleStar).toHaveBeenCalledOnce();
    expect(on.toggleRead).toHaveBeenCalledOnce();
    expect(on.newNote).toHaveBeenCalledOnce();
    fireEvent.keyDown(getByLabelText('field'), { key: 's' });
    expect(on.toggleStar).toHaveBeenCalledOnce();
  });
});

describe('useGlobalShortcuts', () => {
  it('maps keys to actions outside fields', () => {
    const on = handlers();
    render(<Harness on={on} />);
    for (const key of ['/', '?', 'j', 'k', '[', ']', 'Escape'])
      fireEvent.keyDown(document.body, { key });
    expect(on.focusSearch).toHaveBeenCalledTimes(1);
    expect(on.showShortcuts).toHaveBeenCalledTimes(1);
    expect(vi.mocked(on.moveSelection).mock.calls).toEqual([[1], [-1]]);
    expect(vi.mocked(on.storylineStep).mock.calls).toEqual([[-1], [1]]);
    expect(on.backToList).toHaveBeenCalledTimes(1);
  });

  it('lets a field take typed keys, but not Ctrl+F or Alt+arrows', () => {
    const on = handlers();
    const { getByLabelText } = render(<Harness on={on} />);
    const field = getByLabelText('field');
    fireEvent.keyDown(field, { key: 'j' });
    fireEvent.keyDown(field, { key: '/' });
    expect(on.moveSelection).not.toHaveBeenCalled();
    expect(on.focusSearch).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'f', ctrlKey: true });
    fireEvent.keyDown(field, { key: 'ArrowLeft', altKey: true });
    fireEvent.keyDown(field, { key: 'ArrowRight', altKey: true });
    expect(on.focusSearch).toHaveBeenCalledTimes(1);
    expect(on.back).toHaveBeenCalledTimes(1);
    expect(on.forward).toHaveBeenCalledTimes(1);
  });

  it("takes the mouse's back and forward buttons, preventing the browser's own", () => {
    const on = handlers();
    render(<Harness on={on} />);
    const up = new MouseEvent('mouseup', { button: 4, cancelable: true, bubbles: true });
    window.dispatchEvent(up);
    expect(up.defaultPrevented).toBe(true);
    expect(on.forward).toHaveBeenCalledTimes(1);
  });
});
