/**
 * The architecture's rules (.dependency-cruiser.cjs, run by `npm run lint`) fail on what they
 * forbid: a small project laid out like ours, with one file breaking each rule, is checked with
 * the real config, and each break is reported under its rule's name — while the imports the
 * architecture allows pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** The files of the small project: path → source. */
const PROJECT: Record<string, string> = {
  'tsconfig.depcruise.json': JSON.stringify({
    compilerOptions: { module: 'preserve', moduleResolution: 'bundler', jsx: 'react-jsx' },
    include: ['contract', 'main', 'preload', 'renderer', 'tools', 'tests'],
  }),
  // Allowed: each layer importing the ones below it.
  'main/core/model/story.ts': 'export interface Story { id: string }\n',
  'main/core/story/parse.ts':
    "import type { Story } from '../model/story';\nexport const parse = (id: string): Story => ({ id });\n",
  'main/core/search/query.ts':
    "import { parse } from '../story/parse';\nexport const query = () => parse('a');\n",
  'main/core/service/archive.ts':
    "import { query } from '../search/query';\nexport const archive = () => query();\n",
  'main/core/engine.ts': "export { archive } from './service/archive';\n",
  'main/api/handlers.ts':
    "import { archive } from '../core/engine';\nimport type { Story } from '../core/model/story';\nexport const handlers = { archive, story: (id: string): Story => ({ id }) };\n",
  'main/electron/ipc.ts':
    "import { ipcMain } from 'electron';\nimport { handlers } from '../api/handlers';\nexport const register = () => [ipcMain, handlers];\n",
  'contract/api.ts': "export type * from '../main/core/model/story';\n",
  'contract/api-table.ts':
    "import { z } from 'zod';\nexport const API_TABLE = { story: { request: z.string() } };\n",
  'preload/index.ts':
    "import type { API_TABLE } from '../contract/api-table';\nexport type Methods = keyof typeof API_TABLE;\n",
  // A stand-in for the electron package (the rules look at where an import resolves).
  'node_modules/electron/package.json': '{ "name": "electron", "main": "index.js" }',
  'node_modules/electron/index.js': 'module.exports = {};\n',
  'node_modules/zod/package.json': '{ "name": "zod", "main": "index.js" }',
  'node_modules/zod/index.js': 'module.exports = { z: {} };\n',
  'renderer/src/view.ts':
    "import type { Story } from '../../contract/api';\nexport const title = (story: Story) => story.id;\n",
  // One break of each rule.
  'main/core/story/uses-search.ts':
    "import { query } from '../search/query';\nexport const wrong = query;\n",
  'main/core/library/uses-service.ts':
    "import { archive } from '../service/archive';\nexport const wrong = archive;\n",
  'main/core/search/cycle-a.ts':
    "import type { B } from './cycle-b';\nexport interface A { b: B }\n",
  'main/core/search/cycle-b.ts':
    "import type { A } from './cycle-a';\nexport interface B { a: A }\n",
  'main/core/story/uses-bridge.ts':
    "import type { Story } from '../../../contract/api';\nexport type Wrong = Story;\n",
  'main/core/search/uses-electron.ts':
    "import { app } from 'electron';\nexport const wrong = app;\n",
  'main/core/service/uses-shell.ts':
    "import { register } from '../../electron/ipc';\nexport const wrong = register;\n",
  'main/cli/uses-electron.ts': "import { app } from 'electron';\nexport const wrong = app;\n",
  'main/web/uses-electron.ts': "import { shell } from 'electron';\nexport const wrong = shell;\n",
  'renderer/src/uses-main.ts':
    "import { parse } from '../../main/core/story/parse';\nexport const wrong = parse;\n",
  'tools/generate/make.ts':
    "import { parse } from '../../main/core/story/parse';\nexport const make = () => parse('a');\n",
  'main/cli/uses-generator.ts':
    "import { make } from '../../tools/generate/make';\nexport const wrong = make;\n",
  'main/cli/uses-engine-inside.ts':
    "import { query } from '../core/search/query';\nexport const wrong = query;\n",
  'contract/uses-engine.ts':
    "import { parse } from '../main/core/story/parse';\nexport const wrong = parse;\n",
  'preload/uses-table.ts':
    "import { API_TABLE } from '../contract/api-table';\nexport const wrong = API_TABLE;\n",
  'renderer/src/uses-node.ts':
    "import { readFile } from 'node:fs';\nexport const wrong = readFile;\n",
};

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let project: string;
let violations: Violation[];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'clippings-layers-'));
  for (const [file, source] of Object.entries(PROJECT)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), source);
  }
  const run = spawnSync(
    process.execPath,
    [
      DEPCRUISE,
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'contract',
      'main',
      'preload',
      'renderer',
    ],
    { cwd: project, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  violations = report.summary.violations;
}, 60_000);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

const broken = (rule: string): string[] =>
  violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);

describe('the layer rules', () => {
  it('fail on an import cycle, type-only imports included', () => {
    expect(broken('no-cycles')).toContain(
      'main/core/search/cycle-a.ts → main/core/search/cycle-b.ts',
    );
  });

  it('fail when an engine folder imports a folder above it', () => {
    expect(
      broken('engine-story-is-below-entities-search-related-index-library-export-service'),
    ).toEqual(['main/core/story/uses-search.ts → main/core/search/query.ts']);
    // The library sits below the service: the service uses it, never the other way.
    expect(broken('engine-library-is-below-export-service')).toEqual([
      'main/core/library/uses-service.ts → main/core/service/archive.ts',
    ]);
  });

  it('fail when the engine imports the bridge, electron or a shell', () => {
    expect(broken('engine-is-plain-node')).toEqual(
      expect.arrayContaining([
        'main/core/story/uses-bridge.ts → contract/api.ts',
        'main/core/search/uses-electron.ts → node_modules/electron/index.js',
      ]),
    );
    expect(broken('engine-knows-no-shell')).toEqual([
      'main/core/service/uses-shell.ts → main/electron/ipc.ts',
    ]);
  });

  it('fail when the CLI or the browser mode imports electron', () => {
    expect(broken('only-the-electron-shell-imports-electron')).toEqual(
      expect.arrayContaining([
        'main/cli/uses-electron.ts → node_modules/electron/index.js',
        'main/web/uses-electron.ts → node_modules/electron/index.js',
      ]),
    );
  });

  it('fail when the renderer imports main or Node', () => {
    expect(broken('renderer-knows-only-the-contract')).toEqual([
      'renderer/src/uses-main.ts → main/core/story/parse.ts',
    ]);
    expect(broken('renderer-has-no-node')).toEqual(['renderer/src/uses-node.ts → fs']);
  });

  it('fail when a shell reaches into the engine past its front door', () => {
    expect(broken('shells-use-the-front-door')).toEqual([
      'main/cli/uses-engine-inside.ts → main/core/search/query.ts',
    ]);
  });

  it('fail when the shipped code imports the generator', () => {
    expect(broken('the-app-ships-no-tools')).toEqual([
      'main/cli/uses-generator.ts → tools/generate/make.ts',
    ]);
  });

  it('fail when the contract imports the engine, or the sandbox loads the method table', () => {
    expect(broken('contract-imports-only-the-model')).toEqual([
      'contract/uses-engine.ts → main/core/story/parse.ts',
    ]);
    // The table holds zod schemas: the preload and the renderer may import its types only.
    expect(broken('the-sandbox-loads-no-zod')).toEqual([
      'preload/uses-table.ts → contract/api-table.ts',
    ]);
  });

  it('let every import the architecture allows through', () => {
    const allowed = [
      'main/core/story/parse.ts',
      'main/core/search/query.ts',
      'main/core/service/archive.ts',
      'main/core/engine.ts',
      'main/api/handlers.ts',
      'tools/generate/make.ts',
      'main/electron/ipc.ts',
      'contract/api.ts',
      'contract/api-table.ts',
      'preload/index.ts',
      'renderer/src/view.ts',
    ];
    expect(violations.filter((v) => allowed.includes(v.from))).toEqual([]);
  });
});
