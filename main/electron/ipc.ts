/**
 * IPC registration: one `handle(channel, schema, fn)` for every API method. Each call is
 * checked for its sender (the app's own top frame, nothing else) and its payload is parsed
 * with zod before any work; the answer is always `{ ok, value | error }`, never a throw.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import type { ApiResult } from '../../contract/api';
import { API_METHODS, API_TABLE, CHANNELS } from '../../contract/api-table';
import { runApiCall } from '../api/run-api-call';
import type { ApiHandlers } from '../api/api-handlers';
import { isAppUrl } from './security';

/** Decides whether an IPC call comes from the app's own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Trusts only the top frame of the app's window, showing the app's own page: not a subframe,
 * not another window, not a page the window was somehow navigated to.
 */
export function appFrameOnly(window: () => WebContents | null, appUrl: () => string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    const contents = window();
    if (!frame || !contents || event.sender !== contents) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url, appUrl());
  };
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: {
    code: 'E_FORBIDDEN',
    message: 'This call did not come from the Clippings window and was refused.',
  },
};

export function handle<Req, Res>(
  ipcMain: IpcMain,
  channel: string,
  schema: z.ZodType<Req, unknown>,
  fn: (request: Req) => Promise<Res>,
  isTrustedSender: SenderCheck,
): void {
  ipcMain.handle(channel, async (event, payload: unknown): Promise<ApiResult<Res>> => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    return runApiCall(schema, payload, fn);
  });
}

/** Registers every method of the contract's table (contract/api-table.ts) on its channel. */
export function registerApi(
  ipcMain: IpcMain,
  handlers: ApiHandlers,
  isTrustedSender: SenderCheck,
): void {
  for (const method of API_METHODS) {
    handle(
      ipcMain,
      CHANNELS[method],
      API_TABLE[method].request as z.ZodType<unknown, unknown>,
      handlers[method] as (request: unknown) => Promise<unknown>,
      isTrustedSender,
    );
  }
}
