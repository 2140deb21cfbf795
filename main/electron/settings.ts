/**
 * The app's own settings in its data folder (`settings.json`): the last opened archive and the
 * window's bounds. Read leniently (a damaged file means defaults, never a crash) and written
 * atomically. Theme and font size are the reader's choices and live in the renderer.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_MEMORY_CAP_MB, MIN_MEMORY_CAP_MB, writeFileAtomic } from '../core/engine';

const boundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});

const settingsSchema = z.object({
  lastArchive: z.string().min(1).optional(),
  /** The index's memory cap (main/core/index/memory-cap.ts); edited by hand in settings.json. */
  // A value out of range is dropped (the default cap), keeping the other settings.
  memoryCapMb: z
    .number()
    .int()
    .min(MIN_MEMORY_CAP_MB)
    .max(MAX_MEMORY_CAP_MB)
    .optional()
    .catch(undefined),
  window: boundsSchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type WindowBounds = z.infer<typeof boundsSchema>;

export class SettingsStore {
  readonly file: string;
  #settings: Settings = {};

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  /** Loads the file; a missing or damaged one leaves the defaults. */
  async load(): Promise<Settings> {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      this.#settings = parsed.success ? parsed.data : {};
    } catch {
      this.#settings = {};
    }
    return this.#settings;
  }

  get(): Settings {
    return this.#settings;
  }

  async update(change: Partial<Settings>): Promise<void> {
    this.#settings = { ...this.#settings, ...change };
    await writeFileAtomic(this.file, `${JSON.stringify(this.#settings, null, 2)}\n`);
  }
}
