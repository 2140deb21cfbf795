/**
 * A request the CLI built from options and the schema turned down → one sentence that names
 * the option and says what it accepts in plain words (`--sort must be relevance, newest or
 * oldest, not "best".`), where the validator's own text (`Invalid option: expected one of
 * "relevance"|"newest"|"oldest"`) is for programs. Sentences the schema writes itself
 * ("Dates are written YYYY-MM-DD.") are kept.
 */
import type { z } from 'zod';

/** `values` holds what was typed, by request field, to quote back. */
export function describeOptionIssues(
  error: z.ZodError,
  values: Readonly<Record<string, unknown>>,
): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => describeIssue(issue, values))
    .join(' ');
}

type Issue = z.ZodError['issues'][number];

function describeIssue(issue: Issue, values: Readonly<Record<string, unknown>>): string {
  const field = String(issue.path[0] ?? '');
  const option = field === '' ? 'The request' : `--${optionName(field)}`;
  const typed = values[field];
  const not = typeof typed === 'string' || typeof typed === 'number' ? `, not "${typed}"` : '';
  switch (issue.code) {
    case 'invalid_value':
      return `${option} must be ${inWords(issue.values.map(String))}${not}.`;
    case 'too_big':
      return `${option} must be at most ${Number(issue.maximum).toLocaleString('en-US')}${not}.`;
    case 'too_small':
      return `${option} must be at least ${Number(issue.minimum).toLocaleString('en-US')}${not}.`;
    default:
      return `${option}: ${issue.message.replace(/\.?$/, '.')}`;
  }
}

/** `a`, `a or b`, `a, b or c`. */
export function inWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Request fields are the options' names, but for lists named in the singular (`sections`). */
function optionName(field: string): string {
  return field === 'sections' ? 'section' : field === 'ids' ? 'id' : field;
}
