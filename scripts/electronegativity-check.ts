/**
 * `npm run security`: Electronegativity over the app's sources, failing on any HIGH or MEDIUM
 * finding that .ci/electronegativity-allowlist.json does not list with a reason.
 * Electronegativity itself always exits 0, so this script reads its CSV report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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

/** Parses RFC 4180-style CSV (quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field.trim());
      field = '';
    } else if (char === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

function scan(): Finding[] {
  // Scan a copy of the sources only (not node_modules), with paths relative to the project.
  const stage = mkdtempSync(join(tmpdir(), 'clippings-electronegativity-'));
  const report = join(stage, 'report.csv');
  try {
    for (const part of ['main', 'preload', 'renderer', 'package.json'])
      cpSync(join(ROOT, part), join(stage, 'src', part), { recursive: true });
    const bin = join(
      dirname(require.resolve('@doyensec/electronegativity/package.json')),
      'dist',
      'index.js',
    );
    const run = spawnSync(
      process.execPath,
      [bin, '-i', join(stage, 'src'), '-r', '-e', ELECTRON_VERSION, '-o', report],
      { encoding: 'utf8' },
    );
    if (!existsSync(report))
      throw new Error(`Electronegativity wrote no report:\n${run.stderr}${run.stdout}`);
    const [, ...rows] = parseCsv(readFileSync(report, 'utf8'));
    return rows
      .filter((cells) => cells.length >= 7)
      .map(
        ([
          check = '',
          severity = '',
          confidence = '',
          file = '',
          location = '',
          ,
          description = '',
        ]) => ({ check, severity, confidence, file, location, description }),
      );
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function main(): void {
  const allow = (
    JSON.parse(readFileSync(join(ROOT, '.ci/electronegativity-allowlist.json'), 'utf8')) as {
      allowed: AllowEntry[];
    }
  ).allowed;
  const findings = scan();
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
  for (const entry of unused)
    console.log(
      `  note: allow-list entry ${entry.check} ${entry.file} matched nothing; remove it.`,
    );
  for (const finding of refused) {
    console.log(
      `  ${finding.severity} ${finding.check} ${finding.file}:${finding.location} — ${finding.description}`,
    );
  }
  if (refused.length > 0) {
    console.log(
      'Fix these, or add a reviewed entry with its reason to .ci/electronegativity-allowlist.json.',
    );
    process.exit(1);
  }
}

main();
