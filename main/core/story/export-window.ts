/**
 * ExportWindow: a text export's text, given in chunks of any size, cut into pieces of whole
 * stories, so a reader never holds more of the file than one window (`windowChars`) and the
 * chunk being added.
 *
 * A cut is made where a story starts (before an `N of M DOCUMENTS`, `Dokument N von M` or `HD`
 * line) or after one ends (after an `End of Document` or `Document …` line), once the text
 * looked at reaches the window: the piece is everything up to the last such line seen. A story
 * longer than the whole window (one story is at most 1 MB of text, MAX_STORY_BYTES; the window
 * is larger) keeps its first window's worth of lines, and the lines after them are dropped
 * until the next story starts; that piece is marked `cut`.
 *
 * Lines are found with indexOf, never split into one huge array, and each line is looked at
 * once.
 */

/** A line a story starts with, or the line after the one a story ends with. */
const STORY_START =
  /^\s*(?:\d+ (?:of|von|de|sur) \d+ (?:DOCUMENTS?|DOKUMENTE?N?|DOCUMENTOS?)|Dokument \d+ von \d+|HD\s)/;
const STORY_END =
  /^\s*(?:End of Document|AN\s+)?(?:End of Document|(?:Document|Dokument|Documento|文件) [A-Za-z0-9]{12,40})\s*$/;
/** A start line's marker lies in its first characters; an end line is short. */
const START_LOOK = 80;
const END_LINE_MAX = 120;

/** The default window: twice the longest story, in characters. */
export const EXPORT_WINDOW_CHARS = 2 * 1024 * 1024;

/** A run of whole stories; `cut` when its last story was longer than the window. */
export interface ExportPiece {
  text: string;
  cut: boolean;
}

export class ExportWindow {
  readonly #windowChars: number;
  /** The text held: from a story's start (or the file's) to the last chunk's end. */
  #text = '';
  /** Where the next line to look at starts in #text (always a line's start). */
  #scanned = 0;
  /** The last place a piece may end at, found so far (> 0), or -1. */
  #lastCut = -1;
  /** A story over the window: its first lines, kept while the rest of it is dropped. */
  #overflow: string | null = null;

  constructor(windowChars: number = EXPORT_WINDOW_CHARS) {
    this.#windowChars = windowChars;
  }

  /** The characters held now (at most the window plus the last chunk). */
  get heldChars(): number {
    return this.#text.length + (this.#overflow?.length ?? 0);
  }

  /** Adds a chunk of text; returns the pieces of whole stories it completes. */
  push(chunk: string): ExportPiece[] {
    this.#text += chunk;
    const pieces: ExportPiece[] = [];
    this.#scan(pieces);
    return pieces;
  }

  /** The end of the text: the last piece (possibly empty). */
  end(): ExportPiece {
    const cut = this.#overflow !== null;
    const text = this.#overflow ?? this.#text;
    this.#overflow = null;
    this.#text = '';
    return { text, cut };
  }

  #scan(pieces: ExportPiece[]): void {
    const text = (): string => this.#text;
    for (;;) {
      const start = this.#scanned;
      let end = text().indexOf('\n', start);
      if (end < 0) {
        // A line longer than the window holds no marker worth waiting for: look past it.
        if (text().length - start <= this.#windowChars) return;
        end = text().length - 1;
      }
      this.#scanned = end + 1;
      const boundary = this.#boundaryOf(start, end);
      if (this.#overflow !== null) {
        if (boundary >= 0) {
          pieces.push({ text: this.#overflow + text().slice(0, boundary), cut: true });
          this.#overflow = null;
          this.#dropBefore(boundary);
        } else this.#dropBefore(this.#scanned);
        continue;
      }
      if (boundary > 0) this.#lastCut = boundary;
      if (this.#scanned < this.#windowChars) continue;
      if (this.#lastCut > 0) {
        pieces.push({ text: text().slice(0, this.#lastCut), cut: false });
        this.#dropBefore(this.#lastCut);
      } else {
        // One story fills the window: keep its lines so far, drop the rest of it.
        this.#overflow = text().slice(0, this.#scanned);
        this.#dropBefore(this.#scanned);
      }
    }
  }

  /** Where a piece may end for the line [start, end): before a start line, after an end line. */
  #boundaryOf(start: number, end: number): number {
    const text = this.#text;
    if (STORY_START.test(text.slice(start, Math.min(end, start + START_LOOK)))) return start;
    if (end - start <= END_LINE_MAX && STORY_END.test(text.slice(start, end))) return end + 1;
    return -1;
  }

  #dropBefore(at: number): void {
    this.#text = this.#text.slice(at);
    this.#scanned -= at;
    this.#lastCut = -1;
  }
}
