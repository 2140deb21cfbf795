/**
 * The IPC channel names. Each method's channel is derived from its name (`openArchive` →
 * `clippings:open-archive`), so the table needs no second list of them; the prefix keeps any
 * other code's channel from colliding. No imports: the sandboxed preload loads this.
 */

/** `clippings:` and the method's name in kebab case. */
export function channelOf(method: string): `clippings:${string}` {
  return `clippings:${method.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The one event stream main pushes to the renderer. */
export const STATUS_EVENT = 'clippings:status-changed';
