/**
 * An RTF document's blocks (text-block.ts) and its `\title`: a small reader of the parts of
 * RTF that carry text, written here because no well-kept RTF parser exists on npm (the
 * packages there are unmaintained for years or render to a browser DOM). It reads:
 *
 * - text, `\'hh` bytes in the document's code page (`\ansicpg`, Windows-1252 by default),
 *   `\uN` characters with their `\ucN` fallbacks skipped, the escaped `\{ \} \\`, and the
 *   symbol words (`\emdash`, `\lquote`, `\~`…);
 * - paragraphs: `\par`, `\sect`, `\page` and table cells (`\cell`, `\row`) end a block;
 *   `\line` and `\tab` are spaces;
 * - the look that tells headers from text: `\qc` (centred), `\b` (bold), `\fsN` (size);
 * - `\info`'s `\title`; every other destination that is not text (font and colour tables,
 *   styles, pictures, objects, headers and footers, field instructions, `\*\…`) is skipped.
 *
 * Bounded: groups nested deeper than MAX_DEPTH skip the file (a real document nests a few
 * dozen deep; 10,000 is built to break recursive readers — this one is not recursive, but
 * a file like that is no document); the budget is checked every CHECK_EVERY tokens.
 */
import type { ReadBudget } from './read-budget';
import type { DocumentRead } from './document-blocks';
import type { TextBlock } from './text-block';
import { blockText } from './text-block';

export const MAX_DEPTH = 1_000;
const CHECK_EVERY = 50_000;

export const TOO_DEEP =
  'The RTF file nests its groups more than 1,000 deep, which no document does; it was skipped as damaged or hostile.';
const NOT_RTF = 'The file is named like an RTF document but is not one.';

/** Destinations whose text is not the document's. */
const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'pict',
  'object',
  'objdata',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'xmlnstbl',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'fldinst',
  'bkmkstart',
  'bkmkend',
  'pgdsctbl',
  'shp',
  'shpinst',
  'nonshppict',
  'mmathPr',
  'filetbl',
  'listpicture',
  'protusertbl',
  'userprops',
  'docvar',
  'xe',
  'tc',
  'txe',
  'rxe',
  'ftnsep',
  'ftnsepc',
  'aftnsep',
  'aftnsepc',
  'template',
  'wgrffmtfilter',
  'author',
  'operator',
  'subject',
  'keywords',
  'comment',
  'doccomm',
  'company',
  'category',
  'manager',
  'hlinkbase',
  'creatim',
  'revtim',
  'printim',
  'buptim',
]);
const SYMBOLS: Readonly<Record<string, string>> = {
  emdash: '\u2014',
  endash: '\u2013',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  bullet: '\u2022',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  tab: ' ',
  line: ' ',
  '~': '\u00a0',
  '-': '',
  _: '-',
};
const BLOCK_ENDS = new Set(['par', 'sect', 'page', 'cell', 'row', 'nestcell', 'nestrow']);

interface Group {
  skip: boolean;
  title: boolean;
  uc: number;
  bold: boolean;
  size: number;
}

export function rtfDocument(bytes: Uint8Array, budget?: ReadBudget): DocumentRead {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!data.subarray(0, 8).toString('latin1').startsWith('{\\rtf'))
    return { ok: false, reason: NOT_RTF };
  const reader = new RtfReader();
  let tokens = 0;
  let at = 0;
  const length = data.length;
  while (at < length) {
    if ((tokens += 1) % CHECK_EVERY === 0) budget?.check();
    const byte = data[at]!;
    if (byte === 0x7b /* { */) {
      // `{\*\name` marks a destination a reader may ignore.
      const ignorable = data[at + 1] === 0x5c && data[at + 2] === 0x2a;
      if (!reader.openGroup(ignorable)) return { ok: false, reason: TOO_DEEP };
      at += ignorable ? 3 : 1;
    } else if (byte === 0x7d /* } */) {
      reader.closeGroup();
      at += 1;
    } else if (byte === 0x0d || byte === 0x0a) {
      at += 1;
    } else if (byte !== 0x5c /* \ */) {
      const end = plainRunEnd(data, at);
      reader.plainText(data, at, end);
      at = end;
    } else {
      // A control word or symbol.
      const next = data[at + 1];
      if (next === undefined) break;
      if (next === 0x27 /* ' */) {
        const hex = parseInt(data.toString('latin1', at + 2, at + 4), 16);
        if (!Number.isNaN(hex)) reader.byte(hex);
        at += 4;
      } else if (!isLetter(next)) {
        reader.controlSymbol(String.fromCharCode(next));
        at += 2;
      } else {
        const control = readControlWord(data, at);
        reader.controlWord(control.word, control.parameter);
        at = control.end;
      }
    }
  }
  return reader.finish();
}

/** The end of a run of plain text: the next special byte. */
function plainRunEnd(data: Buffer, at: number): number {
  let end = at + 1;
  while (end < data.length) {
    const next = data[end]!;
    if (next === 0x5c || next === 0x7b || next === 0x7d || next === 0x0d || next === 0x0a) break;
    end += 1;
  }
  return end;
}

/** The control word at `at` (a backslash, then a letter): its name, parameter and end. */
function readControlWord(
  data: Buffer,
  at: number,
): { word: string; parameter: number | null; end: number } {
  const length = data.length;
  let end = at + 1;
  while (end < length && isLetter(data[end]!) && end - at < 40) end += 1;
  const word = data.toString('latin1', at + 1, end);
  let parameter: number | null = null;
  if (end < length && (data[end] === 0x2d || isDigit(data[end]!))) {
    let digits = end + 1;
    while (digits < length && isDigit(data[digits]!) && digits - end < 11) digits += 1;
    parameter = Number(data.toString('latin1', end, digits));
    end = digits;
  }
  if (data[end] === 0x20) end += 1; // the space that ends a control word is part of it
  return { word, parameter, end };
}

/** What the tokens of an RTF file build: its groups' state, the blocks and the title. */
class RtfReader {
  private codePage = codePageTable(1252);
  private readonly blocks: TextBlock[] = [];
  private text = '';
  private title = '';
  private centred = false;
  private bold = false;
  private size = 0;
  private state: Group = { skip: false, title: false, uc: 1, bold: false, size: 12 };
  private readonly stack: Group[] = [];
  private pendingSkip = 0;

  /** Enters a group; false when that nests deeper than MAX_DEPTH. */
  openGroup(ignorable: boolean): boolean {
    if (this.stack.length >= MAX_DEPTH) return false;
    this.stack.push(this.state);
    this.state = { ...this.state };
    if (ignorable) this.state.skip = true;
    return true;
  }

  closeGroup(): void {
    this.state = this.stack.pop() ?? this.state;
    this.pendingSkip = 0;
  }

  plainText(data: Buffer, start: number, end: number): void {
    this.emit(decodeRun(data, start, end, this.codePage));
  }

  /** A `\'hh` byte, in the document's code page. */
  byte(value: number): void {
    this.emit(this.codePage[value]!);
  }

  controlSymbol(symbol: string): void {
    if (symbol === '\\' || symbol === '{' || symbol === '}') this.emit(symbol);
    else if (symbol === '\n' || symbol === '\r') this.endBlock();
    else if (SYMBOLS[symbol] !== undefined) this.emit(SYMBOLS[symbol]!);
  }

  controlWord(word: string, parameter: number | null): void {
    const state = this.state;
    if (SKIPPED.has(word)) {
      state.skip = true;
      return;
    }
    switch (word) {
      case 'ansicpg':
        if (parameter !== null) this.codePage = codePageTable(parameter);
        break;
      case 'title':
        state.title = true;
        break;
      case 'u':
        if (parameter !== null) {
          this.emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
          this.pendingSkip = state.uc;
        }
        break;
      case 'uc':
        state.uc = parameter ?? 1;
        break;
      case 'pard':
      case 'ql':
      case 'qr':
      case 'qj':
        this.centred = false;
        break;
      case 'qc':
        this.centred = true;
        break;
      case 'b':
        state.bold = parameter !== 0;
        break;
      case 'plain':
        state.bold = false;
        state.size = 12;
        break;
      case 'fs':
        if (parameter !== null) state.size = parameter / 2;
        break;
      default:
        if (BLOCK_ENDS.has(word)) {
          if (!state.skip && !state.title) this.endBlock();
        } else if (SYMBOLS[word] !== undefined) this.emit(SYMBOLS[word]!);
        break;
    }
  }

  finish(): DocumentRead {
    this.endBlock();
    const cleanTitle = blockText(this.title);
    return {
      ok: true,
      document: { blocks: this.blocks, title: cleanTitle === '' ? null : cleanTitle, warnings: [] },
    };
  }

  private emit(chars: string): void {
    if (this.pendingSkip > 0) {
      // A \uN's fallback characters: skip as many as \uc says (one per character or \'hh).
      const skipped = Math.min(this.pendingSkip, chars.length);
      this.pendingSkip -= skipped;
      chars = chars.slice(skipped);
      if (chars === '') return;
    }
    const state = this.state;
    if (state.skip) return;
    if (state.title) {
      this.title += chars;
      return;
    }
    if (this.text === '' || chars.trim() !== '') {
      this.bold = this.text.trim() === '' ? state.bold : this.bold && state.bold;
      this.size = Math.max(this.size, state.size);
    }
    this.text += chars;
  }

  private endBlock(): void {
    const clean = blockText(this.text);
    if (clean !== '') {
      const block: TextBlock = { text: clean, size: this.size };
      if (this.centred) block.centered = true;
      if (this.bold) block.bold = true;
      this.blocks.push(block);
    }
    this.text = '';
    this.bold = false;
    this.size = 0;
  }
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function decodeRun(data: Buffer, start: number, end: number, table: readonly string[]): string {
  let ascii = true;
  for (let at = start; at < end; at += 1) {
    if (data[at]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return data.toString('latin1', start, end);
  let out = '';
  for (let at = start; at < end; at += 1) out += table[data[at]!];
  return out;
}

const TABLES = new Map<number, string[]>();

/** The 256 characters of a single-byte Windows code page (1252 when it is not one). */
function codePageTable(page: number): string[] {
  const known = TABLES.get(page);
  if (known) return known;
  let decoder: { decode(input: Uint8Array): string };
  try {
    decoder = new TextDecoder(`windows-${page}`);
  } catch {
    return codePageTable(1252);
  }
  const table = Array.from({ length: 256 }, (_unused, byte) => decoder.decode(Uint8Array.of(byte)));
  TABLES.set(page, table);
  return table;
}
