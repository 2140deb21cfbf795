/**
 * WCAG 2.2 AA contrast for every theme in renderer/src/styles/themes.css, computed from the
 * stylesheet itself: text and links 4.5:1 on every background they sit on, focus rings,
 * control borders and histogram bars 3:1 (non-text contrast).
 */
import { describe, expect, it } from 'vitest';

/** Node's fs, reached without Node's types (this project's tests are typed for the browser). */
const node = (
  globalThis as unknown as {
    process: {
      cwd(): string;
      getBuiltinModule(id: 'node:fs'): { readFileSync(path: string, encoding: 'utf8'): string };
    };
  }
).process;

// Read from disk (tests run from the project root): Vitest stubs stylesheet imports, even
// `?raw`, as empty strings.
const css = node
  .getBuiltinModule('node:fs')
  .readFileSync(`${node.cwd()}/renderer/src/styles/themes.css`, 'utf8');

function themeColours(theme: string): Record<string, string> {
  const block = new RegExp(`\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (!block) throw new Error(`no block for theme ${theme}`);
  const colours: Record<string, string> = {};
  for (const match of block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)) {
    colours[match[1] as string] = match[2] as string;
  }
  return colours;
}

function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const BACKGROUNDS = ['bg', 'panel', 'control-bg', 'selected-bg', 'hover-bg'];

/** [foreground, background, minimum ratio] */
const PAIRS: [string, string, number][] = [
  ...BACKGROUNDS.flatMap((bg): [string, string, number][] => [
    ['text', bg, 4.5],
    ['text-muted', bg, 4.5],
    ['accent', bg, 4.5],
    ['focus', bg, 3],
  ]),
  ['text', 'danger-bg', 4.5],
  ['danger', 'bg', 4.5],
  ['danger', 'panel', 4.5],
  ['danger', 'danger-bg', 4.5],
  ['on-accent', 'accent', 4.5],
  ['mark-text', 'mark-bg', 4.5],
  ['mark-text', 'mark-current-bg', 4.5],
  ['text', 'note-bg', 4.5],
  ['control-border', 'control-bg', 3],
  ['control-border', 'panel', 3],
  ['control-border', 'bg', 3],
  ['bar', 'panel', 3],
  ['bar-chosen', 'panel', 3],
  ['focus', 'mark-bg', 3],
];

describe('themes.css', () => {
  for (const theme of ['light', 'dark', 'sepia']) {
    it(`meets WCAG AA contrast in the ${theme} theme`, () => {
      const colours = themeColours(theme);
      const failures: string[] = [];
      for (const [fg, bg, minimum] of PAIRS) {
        const a = colours[fg];
        const b = colours[bg];
        if (!a || !b) {
          failures.push(`${fg} on ${bg}: colour missing`);
          continue;
        }
        const ratio = contrast(a, b);
        if (ratio < minimum)
          failures.push(`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)} < ${minimum}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('measures contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
