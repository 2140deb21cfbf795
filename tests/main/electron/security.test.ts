/**
 * The security locks (main/electron/security.ts) refuse what they must: navigation away from the app,
 * new windows, non-http(s) links, every permission. Electron is mocked; these tests drive the
 * handlers the way Electron would.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

vi.mock('electron', () => ({}));

import {
  SECURE_WEB_PREFERENCES,
  isAppUrl,
  isSafeExternalUrl,
  lockWebContents,
  refuseAllPermissions,
} from '../../../main/electron/security';

const APP_URL = 'file:///opt/clippings/resources/app.asar/out/renderer/index.html';

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const opened: string[] = [];
  lockWebContents(
    contents as unknown as WebContents,
    () => APP_URL,
    async (url) => void opened.push(url),
  );
  const fire = (name: string, url: string): boolean => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { fire, opened, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates and sandboxes the renderer with no Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/story', 'http://example.org'])(
    'lets %s go to the OS browser',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'ms-settings:',
    'https://user:pw@example.org',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the app page itself, with a fragment', () => {
    expect(isAppUrl(`${APP_URL}#/story/1`, APP_URL)).toBe(true);
  });
  it('refuses another local file and another origin', () => {
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', APP_URL)).toBe(false);
    expect(isAppUrl('http://evil.example/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/other', 'http://localhost:5173/')).toBe(true);
  });
});

describe('lockWebContents', () => {
  it('blocks navigation to a web page and opens it in the OS browser instead', () => {
    const { fire, opened } = fakeContents();
    expect(fire('will-navigate', 'https://news.example/story')).toBe(true);
    expect(opened).toEqual(['https://news.example/story']);
  });

  it('blocks navigation to a local file without opening anything', () => {
    const { fire, opened } = fakeContents();
    expect(fire('will-navigate', 'file:///home/user/.ssh/id_rsa')).toBe(true);
    expect(fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(opened).toEqual([]);
  });

  it('lets the app reload its own page', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', APP_URL)).toBe(false);
  });

  it('blocks redirects away from the app and any webview', () => {
    const { fire } = fakeContents();
    expect(fire('will-redirect', 'https://elsewhere.example')).toBe(true);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('never opens a new window; http(s) goes to the OS browser, other schemes nowhere', () => {
    const { openWindow, opened } = fakeContents();
    expect(openWindow('https://news.example/a')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/hosts')).toEqual({ action: 'deny' });
    expect(openWindow('javascript:void(0)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://news.example/a']);
  });
});

describe('refuseAllPermissions', () => {
  it('answers no to every request, check and device', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) =>
        (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) =>
        (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) =>
        (handlers.device = handler),
    };
    refuseAllPermissions(session as unknown as Session);
    const answers: boolean[] = [];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      handlers.request?.({}, permission, (granted: boolean) => answers.push(granted), {});
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(handlers.check?.({}, 'media', 'file://', {})).toBe(false);
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });
});
