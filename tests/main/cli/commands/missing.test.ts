import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MissingHeadline } from '../../../../contract/api';
import { runCliCapturing, useScratchDir } from '../cli-harness';

const ARCHIVE = join(__dirname, '../../../../archive');
const cache = useScratchDir('clippings-cli-missing-');

const run = (argv: string[]) => runCliCapturing(argv);

describe('missingCommand', () => {
  it('prints [{ headline, citations, lastCited, citedBy }] most cited first, within --limit', async () => {
    const { code, out } = await run([
      'missing',
      '--archive',
      ARCHIVE,
      '--cache',
      cache(),
      '--limit',
      '3',
      '--json',
    ]);
    expect(code).toBe(0);
    const missing = JSON.parse(out[0]!) as MissingHeadline[];
    expect(missing).toHaveLength(3);
    for (const item of missing) {
      expect(Object.keys(item).sort()).toEqual(['citations', 'citedBy', 'headline', 'lastCited']);
      expect(item.lastCited).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The stories citing it, one per citation, the latest on the date last cited.
      expect(item.citedBy).toHaveLength(item.citations);
      expect(item.citedBy?.[0]?.date).toBe(item.lastCited);
    }
    expect(missing[0]!.citations).toBeGreaterThanOrEqual(missing[2]!.citations);
  });

  it('heads its columns, and lines the headlines up under them', async () => {
    const { code, out } = await run([
      'missing',
      '--archive',
      ARCHIVE,
      '--cache',
      cache(),
      '--limit',
      '3',
    ]);
    expect(code).toBe(0);
    const lines = out[0]!.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('cited by  last cited  headline');
    for (const line of lines.slice(1))
      expect(line).toMatch(/^ {0,7}\d+ {2}\d{4}-\d{2}-\d{2} {2}\S/);
  });

  it('refuses --limit 0', async () => {
    const { code, err } = await run(['missing', '--archive', ARCHIVE, '--limit', '0']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--limit/);
  });
});
