/**
 * `npm run security`: Electronegativity over the app's sources, failing on any HIGH or MEDIUM
 * finding that .ci/electronegativity-allowlist.json does not list with a reason.
 * Electronegativity's CLI always exits 0, so this script runs its runner and reads the findings.
 *
 * Its output is this script's own lines. The runner talks to the network on its own: it fetches
 * translations (and says "Could not retrieve updated translations" offline) and, in its
 * AvailableSecurityFixesGlobalCheck, Electron's release list from GitHub ("Something went
 * wrong while fetching Electron's releases. No connectivity?"). That check is left out: it asks
 * whether a newer Electron has security fixes — a question about a dependency's version, for
 * `npm outdated` and the dependency updates, not about our code — and offline it only printed
 * that line and found nothing, so the gate's answer would depend on the network. What the
 * runner prints while it scans is kept, and shown only if the scan fails.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { dirname, join, relative, resolve, sep } from 'node:path';

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

interface AllowEntry {
  check: string;
  file: string;
  reason: string;
}

const ROOT = resolve(__dirname, '..');
const ELECTRON_VERSION = '45.0.0';

/** What Electronegativity's runner answers when called as a library (its CLI only prints). */
interface RunnerResult {
  errors: unknown[];
  globalChecks: number;
  atomicChecks: number;
  issues: {
    id: string;
    severity: { name: string };
    confidence: { name: string };
    file: string;
    location?: { line?: number; column?: number };
    description: string;
  }[];
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunnerResult>;

/**
 * Runs Electronegativity's runner in-process. Not its CLI: the CLI writes its CSV report with
 * two racing asynchronous writes (header, then rows), and the header can land last and wipe
 * the rows, which reads as "no findings".
 */
async function scan(): Promise<Finding[]> {
  // Scan a copy of the sources only (not node_modules), with paths relative to the project.
  const stage = mkdtempSync(join(tmpdir(), 'clippings-electronegativity-'));
  try {
    for (const part of ['main', 'preload', 'renderer', 'package.json']) {
      cpSync(join(ROOT, part), join(stage, part), { recursive: true });
    }
    const runnerPath = join(
      dirname(require.resolve('@doyensec/electronegativity/package.json')),
      'dist',
      'runner.js',
    );
    const runner = ((await import(pathToFileURL(runnerPath).href)) as { default: Runner }).default;
    const said: string[] = [];
    const log = console.log;
    console.log = (...parts: unknown[]) => void said.push(parts.map(String).join(' '));
    let result: RunnerResult;
    try {
      result = await runner(
        {
          input: stage,
          customScan: [],
          excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
          isRelative: true,
          parserPlugins: [],
          electronVersionOverride: ELECTRON_VERSION,
        },
        false,
      );
    } finally {
      console.log = log;
    }
    if (result.errors.length > 0 || result.atomicChecks === 0) {
      for (const line of said) console.log(`  (Electronegativity said: ${line})`);
      throw new Error(
        `Electronegativity did not scan cleanly (${result.errors.length} errors, ${result.atomicChecks} checks).`,
      );
    }
    return result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: relative(stage, resolve(stage, issue.file)).split(sep).join('/'),
      location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
      description: issue.description,
    }));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const allow = (
    JSON.parse(readFileSync(join(ROOT, '.ci/electronegativity-allowlist.json'), 'utf8')) as {
      allowed: AllowEntry[];
    }
  ).allowed;
  const findings = await scan();
  const serious = findings.filter(
    (finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM',
  );
  const isAllowed = (finding: Finding): boolean =>
    allow.some((entry) => entry.check === finding.check && entry.file === finding.file);
  const refused = serious.filter((finding) => !isAllowed(finding));
  const unused = allow.filter(
    (entry) =>
      !serious.some((finding) => finding.check === entry.check && finding.file === entry.file),
  );

  console.log(
    `Electronegativity: ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${serious.length - refused.length} allowed by review, ${refused.length} not allowed.`,
  );
  // An entry that matches nothing is stale (the finding is gone: remove the entry) or a sign
  // that the scan saw less than it should; either way a person must look.
  for (const entry of unused) {
    console.log(
      `  allow-list entry ${entry.check} ${entry.file} matched nothing: remove it, or find out why.`,
    );
  }
  for (const finding of refused) {
    console.log(
      `  ${finding.severity} ${finding.check} ${finding.file}:${finding.location} — ${finding.description}`,
    );
  }
  if (refused.length > 0) {
    console.log(
      'Fix these, or add a reviewed entry with its reason to .ci/electronegativity-allowlist.json.',
    );
  }
  if (refused.length > 0 || unused.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.log(`Electronegativity: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
