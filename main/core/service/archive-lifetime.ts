/**
 * Whether an open archive is still open, shared by the parts that answer for it. Once it is
 * closed, every request answers E_NO_ARCHIVE — including one whose worker was stopped under
 * it, which is the close, not a failure.
 */
import { ClippingsError } from '../model/errors';

export class ArchiveLifetime {
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  /** Marks the archive closed; false when it already was. */
  close(): boolean {
    if (this.#closed) return false;
    this.#closed = true;
    return true;
  }

  assertOpen(): void {
    if (this.#closed) throw closedError();
  }

  /** Runs a worker request; once closed, a stopped worker means "closed", not a failure. */
  async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (this.#closed) throw closedError();
      throw error;
    }
  }
}

function closedError(): ClippingsError {
  return new ClippingsError('E_NO_ARCHIVE', 'The archive was closed.');
}
