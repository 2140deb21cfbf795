/**
 * The shape of one CLI command. Each command lives in its own file under commands/ and is
 * listed in commands/all.ts; run-cli.ts parses the arguments, runs it, and prints. Adding a
 * command is that file plus one line in all.ts.
 */
import type { ParseArgsConfig } from 'node:util';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;
export type CliValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CliContext {
  positionals: string[];
  values: CliValues;
  /** `--json`: print exactly one JSON document on stdout. */
  json: boolean;
  /** Progress and notes go here, never to stdout (which carries the answer). */
  log: (line: string) => void;
}

export interface CliCommand {
  name: string;
  /** e.g. `inspect FILE [--archive DIR]` — shown in `--help` and after a usage error. */
  usage: string;
  /** One sentence: what the command does (the command list shows it). */
  summary: string;
  /**
   * `clippings NAME --help` lists these after the usage: `[argument, what it means]`, e.g.
   * `['--limit N', 'how many hits to print (default 20)']`. `--json` is added to every list.
   */
  arguments?: readonly (readonly [string, string])[];
  options?: CliOptions;
  /** How many positional arguments the command takes. */
  positionals?: { min: number; max: number };
  /** Returns the JSON answer; `text` is the human form printed without `--json`. */
  run(context: CliContext): Promise<{ json: unknown; text?: string }>;
}

/** A wrong invocation: one sentence on stderr, the command's usage on stdout, exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** Reads a string option, or fails with a usage error naming it. */
export function stringOption(values: CliValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CliUsageError(`--${name} needs a value.`);
  return value;
}

export function requiredStringOption(values: CliValues, name: string): string {
  const value = stringOption(values, name);
  if (value === undefined || value === '') throw new CliUsageError(`--${name} is required.`);
  return value;
}

/**
 * Reads a whole-number option, or fails with a usage error naming it: at least 1 for a count
 * (`--limit`), at least 0 for a position (`--offset`).
 */
export function integerOption(
  values: CliValues,
  name: string,
  least: 0 | 1 = 0,
): number | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < least) {
    throw new CliUsageError(
      least === 1
        ? `--${name} must be a positive whole number (1 or more), not "${value}".`
        : `--${name} must be 0 or a positive whole number, not "${value}".`,
    );
  }
  return Number(value);
}
