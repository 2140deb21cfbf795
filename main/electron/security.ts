/*
 * ═══════════════════════════════════════════════════════════════════════════════════════
 *  SECURITY LOCKS — DO NOT CHANGE without reading Electron's security checklist
 *  (https://www.electronjs.org/docs/latest/tutorial/security) and updating the tests in
 *  tests/main/electron/security.test.ts. Every setting here is a promise to the user that a story
 *  file, however hostile its text, cannot reach their machine.
 * ═══════════════════════════════════════════════════════════════════════════════════════
 *
 * - webPreferences: context isolation, sandbox, no Node in the renderer, web security on.
 * - Navigation: the window never leaves the app's own page.
 * - New windows: never opened; http(s) links go to the OS browser, anything else is refused.
 * - Permissions (camera, notifications, …): every request and check is refused.
 * - The CSP lives in renderer/index.html (no unsafe-inline, no unsafe-eval).
 */
import type { Session, WebContents, WebPreferences } from 'electron';

/** The window's webPreferences, minus the preload path (added by the window factory). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** Only these schemes may leave the app, and only to the OS browser. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:']);

/** True for a URL the OS browser may open: http(s), parseable, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return EXTERNAL_SCHEMES.has(parsed.protocol) && parsed.username === '' && parsed.password === '';
}

/** True when `url` is the app's own page (same origin and path as the loaded renderer). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (target.protocol !== app.protocol) return false;
    if (app.protocol === 'file:') return target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/**
 * Locks one window's web contents: no navigation away from the app, no new windows, links
 * out only through `openExternal` after the scheme check.
 */
export function lockWebContents(
  contents: WebContents,
  appUrl: () => string,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl())) {
      event.preventDefault();
      if (isSafeExternalUrl(url)) void openExternal(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/** Refuses every permission the page could ask for or probe. */
export function refuseAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
