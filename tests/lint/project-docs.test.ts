/**
 * The project's own documentation keeps up with package.json: every script has a row in the
 * README's scripts table, every dependency and devDependency a row in docs/dependencies.md
 * saying what it is for, and every link between the README and docs/ leads to a file that
 * exists. Each failure names the row or the link to fix, in words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

interface PackageJson {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The first cell, `` `name` ``, of each row of the first table under the heading that starts so. */
function tableNames(markdown: string, heading: string): string[] {
  const from = markdown.indexOf(`\n${heading}`);
  if (from < 0) return [];
  const lines = markdown.slice(from).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) return [];
  const end = lines.findIndex((line, at) => at > start && !line.startsWith('|'));
  return lines
    .slice(start + 2, end < 0 ? undefined : end)
    .map((row) => /^\|\s*`([^`]+)`/.exec(row)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** What the README's scripts table lacks or lists in vain, one sentence each. */
function scriptsTableProblems(readme: string, scripts: string[]): string[] {
  const rows = tableNames(readme, '## Scripts\n');
  return [
    ...scripts
      .filter((script) => !rows.includes(script))
      .map(
        (script) =>
          `README.md's scripts table (## Scripts) has no row for the script "${script}": add "| \`${script}\` | \`npm run ${script}\` | what it does |"`,
      ),
    ...rows
      .filter((row) => !scripts.includes(row))
      .map(
        (row) =>
          `README.md's scripts table has a row for "${row}", which package.json does not have`,
      ),
  ];
}

/** What docs/dependencies.md lacks or lists in vain, one sentence each. */
function dependencyRowsProblems(page: string, pkg: Omit<PackageJson, 'scripts'>): string[] {
  const rows = [...tableNames(page, '## Runtime'), ...tableNames(page, '## Build')];
  const declared: [string, string][] = [
    ...Object.keys(pkg.dependencies).map((name): [string, string] => [name, 'dependency']),
    ...Object.keys(pkg.devDependencies).map((name): [string, string] => [name, 'devDependency']),
  ];
  const names = declared.map(([name]) => name);
  return [
    ...declared
      .filter(([name]) => !rows.includes(name))
      .map(
        ([name, kind]) =>
          `docs/dependencies.md has no row for the ${kind} "${name}": add "| \`${name}\` | what it is for |" to its ${kind === 'dependency' ? 'Runtime' : 'Build and development'} table`,
      ),
    ...rows
      .filter((row) => !names.includes(row))
      .map(
        (row) => `docs/dependencies.md has a row for "${row}", which package.json does not have`,
      ),
  ];
}

/** Relative links (`[text](path#anchor)`) in `file` whose path does not exist. */
function brokenLinks(file: string, markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((link) => !/^[a-z]+:/i.test(link) && !link.startsWith('#'))
    .filter((link) => !existsSync(resolve(dirname(file), decodeURI(link.split('#')[0] as string))))
    .map((link) => `${file.slice(ROOT.length + 1)} links to ${link}, which does not exist`);
}

const SMALL_README = `# X

## Scripts

| script  | run it as     | what it does |
| ------- | ------------- | ------------ |
| \`start\` | \`npm start\`   | opens it     |
| \`old\`   | \`npm run old\` | went away    |

## Layout
`;

describe('project docs: the checks', () => {
  it('name the script a README lacks, with the row to add, and a row for no script', () => {
    expect(scriptsTableProblems(SMALL_README, ['start', 'test:all'])).toEqual([
      'README.md\'s scripts table (## Scripts) has no row for the script "test:all": add "| `test:all` | `npm run test:all` | what it does |"',
      'README.md\'s scripts table has a row for "old", which package.json does not have',
    ]);
  });

  it('name the package the dependencies page lacks, with its table', () => {
    const page = `# Dependencies\n\n## Runtime (\`dependencies\`, shipped in the app)\n\n| package | for |\n| --- | --- |\n| \`zod\` | checks |\n\n## Build and development\n\n| package | for |\n| --- | --- |\n| \`vitest\` | tests |\n`;
    expect(
      dependencyRowsProblems(page, {
        dependencies: { zod: '1', lunr: '2' },
        devDependencies: { vitest: '1', 'left-pad': '1' },
      }),
    ).toEqual([
      'docs/dependencies.md has no row for the dependency "lunr": add "| `lunr` | what it is for |" to its Runtime table',
      'docs/dependencies.md has no row for the devDependency "left-pad": add "| `left-pad` | what it is for |" to its Build and development table',
    ]);
  });

  it('name a link to a file that does not exist', () => {
    const file = join(ROOT, 'docs/example.md');
    expect(
      brokenLinks(file, '[ok](cli.md#x) [up](../README.md) [gone](nowhere.md) [web](https://a.b)'),
    ).toEqual(['docs/example.md links to nowhere.md, which does not exist']);
  });
});

describe('project docs: this project', () => {
  const pkg = JSON.parse(read('package.json')) as PackageJson;

  it('the README has a row for every script in package.json', () => {
    expect(scriptsTableProblems(read('README.md'), Object.keys(pkg.scripts))).toEqual([]);
  });

  it('docs/dependencies.md says what every dependency and devDependency is for', () => {
    expect(dependencyRowsProblems(read('docs/dependencies.md'), pkg)).toEqual([]);
  });

  it('every link in the README and docs/ leads to a file that exists', () => {
    const pages = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`),
    ];
    const broken = pages.flatMap((page) => brokenLinks(join(ROOT, page), read(page)));
    expect(broken).toEqual([]);
  });
});
