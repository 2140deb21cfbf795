/**
 * File names for exports, safe on every file system Clippings runs on: a headline or a query
 * becomes a stem with the characters Windows, macOS or Linux refuse in a name (`<>:"/\|?*`,
 * control characters) and runs of white space turned into one `-`, no leading or trailing dot
 * or dash, a name Windows reserves (`CON`, `NUL`, `COM1` …) given a trailing `-`, and at most
 * `maxLength` characters (never cutting a letter in half). Letters of every script are kept:
 * a Greek headline gives a Greek file name. Collisions are not this file's business: the
 * writer (files/write-file-atomic.ts) adds `-2`, `-3` … when a name is taken.
 *
 * @example safeFileStem('Harbour pilots: "end" strike?') // 'Harbour-pilots-end-strike'
 */

import { wellFormed } from '../model/well-formed-text';

// eslint-disable-next-line no-control-regex -- control characters are among what names refuse
const REFUSED = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\s]+/gu;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

export function safeFileStem(text: string, maxLength = 80, fallback = 'clippings-export'): string {
  const cleaned = wellFormed(text).normalize('NFC').replace(REFUSED, '-').replace(/-{2,}/g, '-');
  const cut = Array.from(trimEnds(cleaned)).slice(0, maxLength).join('');
  const stem = trimEnds(cut);
  if (stem === '') return fallback;
  return RESERVED.test(stem) ? `${stem}-` : stem;
}

function trimEnds(text: string): string {
  return text.replace(/^[-.\s]+|[-.\s]+$/gu, '');
}
