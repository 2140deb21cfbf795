/**
 * A text file's blocks (text-block.ts): paragraphs, in the two ways exports write them.
 *
 * - Hard-wrapped (LexisNexis Academic's TXT: lines of at most about 80 characters, a blank
 *   line between paragraphs): the lines of a paragraph are joined. A paragraph whose lines
 *   all start with ten spaces or more is centred (the publication and date lines).
 * - One paragraph per line (Nexis Uni's and Factiva's text, longer lines): each line is a
 *   block.
 *
 * Linear in the text; the lines are found with indexOf, never split into one huge array.
 */
import type { ReadBudget } from './read-budget';
import type { TextBlock } from './text-block';
import { blockText } from './text-block';

const CENTRED_INDENT = 10;
/** A file is hard-wrapped when nearly all its lines are at most this long. */
const WRAP_WIDTH = 90;

/** `wrapped`: how the file is laid out, when known from its start (a window of an export). */
export function textBlocks(
  text: string,
  budget?: ReadBudget,
  wrapped: boolean = isHardWrapped(text),
): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: string[] = [];
  let centred = true;
  const flush = (): void => {
    if (lines.length === 0) return;
    const joined = blockText(lines.join(' '));
    if (joined !== '') blocks.push(centred ? { text: joined, centered: true } : { text: joined });
    lines = [];
    centred = true;
  };
  let start = 0;
  let count = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line =
      text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if ((count += 1) % 20_000 === 0) budget?.check();
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (!wrapped) {
      const clean = blockText(line);
      blocks.push(
        indentOf(line) >= CENTRED_INDENT ? { text: clean, centered: true } : { text: clean },
      );
      continue;
    }
    if (indentOf(line) < CENTRED_INDENT) centred = false;
    lines.push(line);
  }
  flush();
  return blocks;
}

function indentOf(line: string): number {
  let at = 0;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at += 1;
  return at;
}

/** Whether 95% of the first 2,000 non-blank lines are at most WRAP_WIDTH characters. */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let long = 0;
  let start = 0;
  while (start < text.length && lines < 2_000) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (text.slice(start, Math.min(end, start + 200)).trim() !== '') {
      lines += 1;
      if (length > WRAP_WIDTH) long += 1;
    }
    start = end + 1;
  }
  return lines > 0 && long / lines <= 0.05;
}
