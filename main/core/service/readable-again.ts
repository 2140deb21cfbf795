/**
 * A story file skipped because it could not be read (permissions, an I/O error) may become
 * readable without its size or mtime changing — `chmod 644` changes neither — so comparing
 * stats, as the segment plan does, would keep it skipped for good. Before each plan, every
 * such file that can be opened now is marked changed in the coverage the plan compares
 * against, so its segment is rebuilt and the file read again. A file still unreadable costs
 * one access() call and no rebuild.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalogue } from '../index/catalogue';
import type { SegmentCoverage } from '../index/segment-plan';

/** The catalogue's coverage (plus `lost` segments), with files readable again marked changed. */
export async function coverageToPlan(
  root: string,
  catalogue: Catalogue,
  lost: readonly SegmentCoverage[] = [],
): Promise<SegmentCoverage[]> {
  const again = new Set<string>();
  for (const segment of catalogue.segments()) {
    for (const record of segment.skipped) {
      if (record.retry && (await canRead(join(root, record.file)))) again.add(record.file);
    }
  }
  const coverage = [...catalogue.coverage(), ...lost];
  if (again.size === 0) return coverage;
  return coverage.map((segment) => ({
    ...segment,
    files: new Map(
      [...segment.files].map(([file, known]) => [
        file,
        again.has(file) ? { ...known, mtimeMs: -1 } : known,
      ]),
    ),
  }));
}

async function canRead(path: string): Promise<boolean> {
  return access(path, constants.R_OK).then(
    () => true,
    () => false,
  );
}
