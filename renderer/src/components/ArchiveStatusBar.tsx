/**
 * The archive's state in one line: where it is and how many stories are searchable, a
 * progress bar with counts while it is being read and indexed (search already works on what
 * is indexed so far), the engine's notes, and the files it had to skip, with reasons.
 *
 * Stories are counted as the lists count them, each once: a story saved twice under two names
 * is one story, and the files that are such second saves are counted apart, so the count here
 * and the list's ("68 stories") agree, and the 70 files are accounted for.
 */
import type { ArchiveStatus, IndexProgress } from '../../../contract/api';
import { formatCount, pluralise } from '../model/story-dates';

const PHASE_WORDS: Record<IndexProgress['phase'], string> = {
  scan: 'Finding story files',
  parse: 'Reading stories',
  index: 'Indexing stories',
  load: 'Loading the index',
};

/** The archive's own folder name; the full path is in the tooltip and the reader's footer. */
function folderName(path: string | null): string {
  if (!path) return 'No archive';
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

export function ArchiveStatusBar({ status }: { status: ArchiveStatus }) {
  const progress = status.progress;
  const busy = status.state === 'scanning' || status.state === 'indexing';
  return (
    <div className="status-bar">
      <p
        className="status-bar__line"
        title={status.archive ?? undefined}
        data-testid="archive-status"
      >
        <span className="status-bar__archive">{folderName(status.archive)}</span>
        {' · '}
        <span>
          {pluralise(status.stories - status.duplicateSaves, 'story', 'stories')}
          {status.duplicateSaves > 0 &&
            ` (and ${pluralise(status.duplicateSaves, 'duplicate save', 'duplicate saves')})`}
        </span>
        {busy && ' searchable so far'}
      </p>
      {busy && progress && (
        <div className="status-bar__progress">
          <label htmlFor="index-progress">
            {PHASE_WORDS[progress.phase]}: {formatCount(progress.done)} of{' '}
            {formatCount(progress.total)}
          </label>
          <progress id="index-progress" max={Math.max(1, progress.total)} value={progress.done} />
        </div>
      )}
      {status.state === 'error' && (
        <p className="status-bar__error" role="alert">
          {status.message ?? 'The archive could not be read.'}
        </p>
      )}
      {status.state !== 'error' && status.message && (
        <p className="status-bar__note">{status.message}</p>
      )}
      {status.skipped > 0 && (
        <details className="status-bar__skipped">
          <summary>{pluralise(status.skipped, 'file skipped', 'files skipped')}</summary>
          <ul>
            {status.skippedFiles.map((file) => (
              <li key={file.file}>
                <code>{file.file}</code>: {file.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
