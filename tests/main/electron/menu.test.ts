/**
 * The menu offers what the app promises: File › Open Archive…, Reindex, Print…, Save as PDF…,
 * Quit; View › zoom, themes.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));

import { menuTemplate } from '../../../main/electron/menu';

function find(
  items: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions | undefined {
  return items.find((item) => item.label?.replace('&', '') === label);
}

describe('menuTemplate', () => {
  const actions = {
    openArchive: vi.fn(),
    reindex: vi.fn(),
    print: vi.fn(),
    saveAsPdf: vi.fn(),
    setTheme: vi.fn(),
  };
  const template = menuTemplate(actions, 'linux');

  it('has File › Open Archive…, Reindex and Quit, wired to their actions', () => {
    const file = find(template, 'File')?.submenu as MenuItemConstructorOptions[];
    const open = find(file, 'Open Archive…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(actions.openArchive).toHaveBeenCalledOnce();
    (find(file, 'Reindex')?.click as () => void)();
    expect(actions.reindex).toHaveBeenCalledOnce();
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('lists recent archives under File › Open Recent, each opening its archive', () => {
    const openRecent = vi.fn();
    const withRecent = menuTemplate(
      { ...actions, recentArchives: ['/home/me/News', '/home/me/Old news'], openRecent },
      'linux',
    );
    const file = find(withRecent, 'File')?.submenu as MenuItemConstructorOptions[];
    const recent = find(file, 'Open Recent');
    expect(recent?.enabled).toBe(true);
    const items = recent?.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label)).toEqual(['/home/me/News', '/home/me/Old news']);
    (items[1]?.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('/home/me/Old news');
    const none = find(
      find(template, 'File')?.submenu as MenuItemConstructorOptions[],
      'Open Recent',
    );
    expect(none?.enabled).toBe(false);
  });

  it('has File › Print… (Ctrl+P) and Save as PDF…, wired to their actions', () => {
    const file = find(template, 'File')?.submenu as MenuItemConstructorOptions[];
    const print = find(file, 'Print…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    (print?.click as () => void)();
    expect(actions.print).toHaveBeenCalledOnce();
    (find(file, 'Save as PDF…')?.click as () => void)();
    expect(actions.saveAsPdf).toHaveBeenCalledOnce();
  });

  it('has View › zoom and light/dark appearance', () => {
    const view = find(template, 'View')?.submenu as MenuItemConstructorOptions[];
    expect(view.map((item) => item.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']),
    );
    const appearance = find(view, 'Appearance')?.submenu as MenuItemConstructorOptions[];
    (find(appearance, 'Dark')?.click as () => void)();
    (find(appearance, 'Light')?.click as () => void)();
    expect(actions.setTheme.mock.calls).toEqual([['dark'], ['light']]);
  });
});
