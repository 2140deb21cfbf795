/**
 * The architecture, enforced (`npm run lint` runs it). Each rule below is one sentence of the
 * layer table of docs/architecture.md; a change that breaks one fails the build.
 *
 *   renderer (React)            knows only the contract's types and zod-free helpers
 *   preload                     the bridge: one verb per method of the contract's table
 *   contract                    the API's method table, request schemas and types; imports
 *                               only the model and zod (the sandbox loads its zod-free part)
 *   main/electron · cli · web   the three shells; only main/electron touches Electron
 *   main/api                    what every shell shares: runApiCall, the handlers, the host
 *                               (the shells and main/api reach the engine only through its
 *                               front door, main/core/engine.ts, and its model)
 *   tools                       the generator and the evaluation, beside the engine: project
 *                               scripts (npm run generate, npm run eval), never shipped
 *   main/core                   the engine, plain Node, its folders in one direction
 *                               (engine.ts, the front door, above them all):
 *     model ← files ← story ← entities ← search ← related ← index ← library ← export ← service
 *
 * Type-only imports count (tsPreCompilationDeps), so a type cannot smuggle a cycle or a wrong
 * direction in.
 */

/**
 * Engine folders, lowest first: a folder may import only the folders before it. The reader's
 * library and the exporters sit just below the service, which needs both; the index, search
 * and story folders never learn that a library exists.
 */
const ENGINE_ORDER = [
  'model',
  'files',
  'story',
  'entities',
  'search',
  'related',
  'index',
  'library',
  'export',
  'service',
];

const engineDirection = ENGINE_ORDER.slice(0, -1).map((folder, at) => ({
  name: `engine-${folder}-is-below-${ENGINE_ORDER.slice(at + 1).join('-')}`,
  comment: `main/core/${folder} sits below ${ENGINE_ORDER.slice(at + 1).join(', ')}: it may not import them.`,
  severity: 'error',
  from: { path: `^main/core/${folder}/` },
  to: { path: `^main/core/(${ENGINE_ORDER.slice(at + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles anywhere, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-imports-nothing',
      comment: 'main/core/model is the domain types: it imports nothing outside itself.',
      severity: 'error',
      from: { path: '^main/core/model/' },
      to: { pathNot: '^main/core/model/' },
    },
    ...engineDirection,
    {
      name: 'engine-has-no-unknown-folders',
      comment: `Every engine file lives in one of the layers: ${ENGINE_ORDER.join(', ')}.`,
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: '^main/core/', pathNot: `^main/core/(${ENGINE_ORDER.join('|')})/` },
    },
    {
      name: 'engine-is-plain-node',
      comment:
        'The engine never imports electron, the contract, the bridge, a shell, the renderer or tools.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: {
        path: [
          '^electron$',
          '^node_modules/electron/',
          '^contract/',
          '^preload/',
          '^renderer/',
          '^tools/',
        ],
        pathNot: '^main/core/',
      },
    },
    {
      name: 'engine-knows-no-shell',
      comment: 'The engine never imports main/api or a shell (electron, cli, web).',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: '^main/(api|electron|cli|web)(/|\\.ts$)' },
    },
    {
      name: 'api-is-shared-by-shells',
      comment: 'main/api serves every shell, so it imports no shell and not electron.',
      severity: 'error',
      from: { path: '^main/api/' },
      to: { path: ['^main/(electron|cli|web)(/|\\.ts$)', '^electron$', '^node_modules/electron/'] },
    },
    {
      name: 'only-the-electron-shell-imports-electron',
      comment: 'cli, web and everything else in main run in plain Node: no electron.',
      severity: 'error',
      from: { path: '^(main|tools)/', pathNot: '^main/electron/' },
      to: { path: ['^electron$', '^node_modules/electron/'] },
    },
    {
      name: 'shells-use-the-front-door',
      comment:
        'The shells (main/api, main/electron, main/cli, main/web) use the engine through its front door, main/core/engine.ts, and its model; nothing else under main/core.',
      severity: 'error',
      from: { path: '^main/(api|electron|cli|web)(/|\\.ts$)' },
      to: { path: '^main/core/', pathNot: ['^main/core/engine\\.ts$', '^main/core/model/'] },
    },
    {
      name: 'shells-stay-apart',
      comment: 'The Electron shell, the CLI and the browser mode do not import each other.',
      severity: 'error',
      from: { path: '^main/(electron|cli|web)(/|\\.ts$)' },
      to: { path: '^main/(electron|cli|web)(/|\\.ts$)', pathNot: '^main/$1(/|\\.ts$)' },
    },
    {
      name: 'tools-use-the-engine-not-the-shells',
      comment: 'The generator and the evaluation use the engine, never a shell.',
      severity: 'error',
      from: { path: '^tools/' },
      to: { path: '^main/(api|electron|cli|web)(/|\\.ts$)' },
    },
    {
      name: 'the-app-ships-no-tools',
      comment:
        'The generator and the evaluation are project scripts (npm run generate, npm run eval): nothing the app or the CLI ships imports them.',
      severity: 'error',
      from: { path: '^(main|contract|preload|renderer)/' },
      to: { path: '^tools/' },
    },
    {
      name: 'contract-imports-only-the-model',
      comment: 'The contract is shared by every shell: it imports the model and zod, nothing else.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { pathNot: ['^contract/', '^main/core/model/', '^node_modules/zod/'] },
    },
    {
      name: 'the-sandbox-loads-no-zod',
      comment:
        'The preload and the renderer run the zod-free part of the contract; the method table and the request schemas reach them as types only (contract/built-api-methods.ts).',
      severity: 'error',
      from: {
        path: [
          '^preload/',
          '^renderer/',
          '^contract/(api|api-verbs|channels|built-api-methods)\\.ts$',
        ],
      },
      to: {
        path: ['^contract/(api-table|request-schemas)\\.ts$', '^node_modules/zod/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'built-method-names-only-in-the-bundles',
      comment:
        'contract/built-api-methods.ts is written in by the build (define): only the preload and the renderer, which are built, may import it.',
      severity: 'error',
      from: { pathNot: ['^preload/', '^renderer/'] },
      to: { path: '^contract/built-api-methods\\.ts$' },
    },
    {
      name: 'preload-is-the-contract',
      comment: 'The preload imports electron and the contract, nothing else.',
      severity: 'error',
      from: { path: '^preload/' },
      to: { path: '^(main|renderer|tools)/' },
    },
    {
      name: 'renderer-knows-only-the-contract',
      comment:
        'The renderer runs sandboxed: no Node, no electron, no main, no preload (types come through contract/api.ts).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^main/', '^tools/', '^electron$', '^node_modules/electron/', '^preload/'] },
    },
    {
      name: 'renderer-has-no-node',
      comment: 'The renderer runs sandboxed: no Node built-in modules.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-ships-test-code',
      comment: 'Nothing outside tests imports from tests/.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^tests/fixtures/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
