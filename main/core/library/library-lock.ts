/**
 * LibraryLock: the inter-process lock around every access to the library file, taken by the
 * app, the browser mode and every CLI run. It replaces a lease (a lock whose holder must keep
 * touching it, taken over once it has not for a few seconds), because a lease cannot tell a
 * holder that is paused — stopped with SIGSTOP, swapped out, frozen by a debugger, or busy in
 * one long synchronous step — from one that is dead, and taking a paused holder's lock lets
 * two processes write the file at once: when the paused one resumes, it finishes its
 * transaction over the other's and an acknowledged write is lost.
 *
 * So a lock names its holder, and is only ever taken from a holder that is gone:
 *
 * - The lock is a symbolic link `library.sqlite.clippings-lock` whose target reads
 *   `clippings-lock 2 PID START HOST TOKEN`: the holder's process id, its start time (Linux:
 *   from /proc, so a process id reused by another program is not mistaken for the holder),
 *   a hash of the host name and PID namespace, and a random token for this holding. Creating
 *   a link is atomic and fails when one exists, and its few bytes fit in the directory entry,
 *   so it can be taken on a full disk. Where links cannot be made (Windows without the right,
 *   FAT), a small file with the same words is created instead.
 * - A holder on this machine is judged by the system: while its process lives, its lock is
 *   its own, however long it pauses. A process that died (killed, crashed) leaves a lock that
 *   is cleared at once. A holder on another machine (a data folder on a network share) cannot
 *   be asked: its lock is cleared when it has not been touched for FOREIGN_STALE_MS (holders
 *   touch theirs every HEARTBEAT_MS).
 * - Anything else found there — a folder (the lock of an older Clippings), a file that does
 *   not read as a lock, a lock dated in the future — is cleared once it has not changed for
 *   UNKNOWN_STALE_MS, or at once when dated more than that in the future: no shape of stale
 *   lock blocks for ever.
 * - Clearing is race-free: the stale lock is renamed aside and checked to be the very one
 *   judged (its inode); one grabbed by mistake (taken fresh in between) is put back.
 * - Waiting follows the work being done, not a fixed count of tries: a waiter waits as long as
 *   holders come and go; it gives up (E_UNAVAILABLE, "busy") only when one holder has kept
 *   the lock for more than `holdLimitMs` at a stretch, which no Clippings operation does.
 * - Fencing: `stillHeld()` says whether the lock still names this holding; the database asks
 *   just before each COMMIT, so a holder whose lock was cleared after all (another machine's
 *   judgement) rolls back rather than write over someone else's work.
 * - A place where no lock can be made (a read-only or full data folder) is reported as such
 *   (LockRefusedError), so reads can go on without one and writes can say why they cannot.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  lstatSync,
  lutimesSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { ClippingsError } from '../model/errors';

/** How long one holder may keep the lock before a waiter gives up and says "busy". */
export const HOLD_LIMIT_MS = 30_000;
/** A lock of unknown shape (an older Clippings' folder, a stray file) clears after this. */
export const UNKNOWN_STALE_MS = 10_000;
/** A lock held from another machine clears when not touched for this long. */
export const FOREIGN_STALE_MS = 30_000;
const HEARTBEAT_MS = 2_000;
const MAGIC = 'clippings-lock 2';

/** The lock could not be made at all: the folder is read-only, full, or not ours to write. */
export class LockRefusedError extends Error {
  override name = 'LockRefusedError';
  readonly code: string;
  constructor(code: string, cause: unknown) {
    super(`the library lock could not be made (${code})`, { cause });
    this.code = code;
  }
}

export interface HeldLock {
  /** True while the lock still names this holding (checked before each commit). */
  stillHeld(): boolean;
  release(): void;
}

export interface LibraryLockOptions {
  log?: (line: string) => void;
  holdLimitMs?: number;
  /** The process facts, for tests (a fake other process). */
  identity?: LockIdentity;
}

/** Who holds a lock: enough to tell, on this machine, whether that process still runs. */
export interface LockIdentity {
  pid: number;
  /** The process's start time as the system counts it, or `-` where it cannot be read. */
  start: string;
  /** A hash of the host name and the PID namespace: processes that can see each other. */
  host: string;
}

/** Tokens this process holds now (a lock naming this process but another token is stale). */
const HELD_HERE = new Set<string>();

export class LibraryLock {
  readonly path: string;
  readonly #log: (line: string) => void;
  readonly #holdLimitMs: number;
  readonly #identity: LockIdentity;

  constructor(path: string, options: LibraryLockOptions = {}) {
    this.path = path;
    this.#log = options.log ?? (() => undefined);
    this.#holdLimitMs = options.holdLimitMs ?? HOLD_LIMIT_MS;
    this.#identity = options.identity ?? thisProcess();
  }

  /** Waits for the lock (see the file's comment for how long) and takes it. */
  async acquire(): Promise<HeldLock> {
    const token = randomBytes(6).toString('hex');
    const { pid, start, host } = this.#identity;
    const words = `${MAGIC} ${pid} ${start} ${host} ${token}`;
    let holder: string | null = null;
    let holderSince = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      if (this.#create(words)) return this.#held(words, token);
      const found = inspect(this.path);
      if (found === null) continue; // released meanwhile: try again at once
      const stale = this.#staleness(found);
      if (stale !== null) {
        this.#clear(found, stale);
        continue;
      }
      const key = `${found.words ?? ''}|${found.ino}`;
      if (key !== holder) {
        holder = key;
        holderSince = Date.now();
      } else if (Date.now() - holderSince > this.#holdLimitMs) {
        throw new ClippingsError(
          'E_UNAVAILABLE',
          'The library is busy in another Clippings window or command, which has held it for a long time without finishing; try again.',
        );
      }
      await sleep(Math.min(100, 2 + attempt * 2) * (0.5 + Math.random()));
    }
  }

  /** True when made; false when a lock is there; LockRefusedError when none can be made. */
  #create(words: string): boolean {
    try {
      symlinkSync(words, this.path);
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
        throw new LockRefusedError(code, error);
      }
    }
    // No symbolic links here: a small file, created only if absent.
    let fd: number;
    try {
      fd = openSync(this.path, 'wx');
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw new LockRefusedError(errorCode(error), error);
    }
    try {
      writeSync(fd, words);
    } catch (error) {
      closeSync(fd);
      rmSync(this.path, { force: true });
      throw new LockRefusedError(errorCode(error), error);
    }
    closeSync(fd);
    return true;
  }

  #held(words: string, token: string): HeldLock {
    HELD_HERE.add(token);
    const path = this.path;
    const heartbeat = setInterval(() => {
      try {
        const now = new Date();
        lutimesSync(path, now, now);
      } catch {
        // Gone or not ours: stillHeld() will say so before the next commit.
      }
    }, HEARTBEAT_MS);
    heartbeat.unref();
    let released = false;
    return {
      stillHeld: () => !released && inspect(path)?.words === words,
      release: () => {
        if (released) return;
        released = true;
        clearInterval(heartbeat);
        HELD_HERE.delete(token);
        if (inspect(path)?.words === words) rmSync(path, { force: true, recursive: true });
      },
    };
  }

  /** Why the lock found is stale (a sentence for the log), or null while its holder lives. */
  #staleness(found: FoundLock): string | null {
    const now = Date.now();
    const owner = found.words === null ? null : ownerOf(found.words);
    if (owner === null) {
      if (found.mtimeMs > now + UNKNOWN_STALE_MS) return 'a lock dated in the future';
      return now - found.mtimeMs > UNKNOWN_STALE_MS ? 'a lock of an unknown kind' : null;
    }
    if (owner.host !== this.#identity.host) {
      return now - found.mtimeMs > FOREIGN_STALE_MS ? 'a lock from another machine' : null;
    }
    if (owner.pid === process.pid && owner.start === this.#identity.start) {
      return HELD_HERE.has(owner.token) ? null : 'a lock this process no longer holds';
    }
    return isRunning(owner.pid, owner.start) ? null : 'the lock of a process that has ended';
  }

  /** Removes a stale lock, unless it is no longer the one judged (then it is left or put back). */
  #clear(found: FoundLock, why: string): void {
    const aside = `${this.path}.stale-${randomBytes(6).toString('hex')}`;
    try {
      renameSync(this.path, aside);
    } catch {
      return; // gone already (another waiter cleared it)
    }
    const moved = inspect(aside);
    if (moved !== null && moved.ino !== found.ino && moved.words !== null) {
      // A fresh lock was taken between the look and the move: put it back as it was.
      try {
        symlinkSync(moved.words, this.path);
      } catch {
        // Someone holds it anew; the holder we displaced finds out before its commit.
      }
    } else {
      this.#log(`clippings: cleared ${why} on the library.`);
    }
    rmSync(aside, { force: true, recursive: true });
  }
}

interface FoundLock {
  ino: number;
  mtimeMs: number;
  /** The lock's words, or null when it is not a link or file that holds them. */
  words: string | null;
}

function inspect(path: string): FoundLock | null {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return null;
  }
  let words: string | null = null;
  try {
    if (info.isSymbolicLink()) words = readlinkSync(path);
    else if (info.isFile() && info.size < 256) words = readFileSync(path, 'utf8');
  } catch {
    words = null;
  }
  return { ino: info.ino, mtimeMs: info.mtimeMs, words };
}

function ownerOf(words: string): (LockIdentity & { token: string }) | null {
  const match = /^clippings-lock 2 (\d+) (\S+) (\S+) (\S+)$/.exec(words);
  if (!match) return null;
  return {
    pid: Number(match[1]),
    start: match[2] as string,
    host: match[3] as string,
    token: match[4] as string,
  };
}

/** This process, as a lock names it. */
export function thisProcess(): LockIdentity {
  let namespace = '';
  try {
    namespace = readlinkSync('/proc/self/ns/pid');
  } catch {
    // Not Linux: the host name alone says which processes can see each other.
  }
  return {
    pid: process.pid,
    start: startOf(process.pid) ?? '-',
    host: createHash('sha256').update(`${hostname()}\n${namespace}`).digest('hex').slice(0, 12),
  };
}

/** Whether process `pid` runs, and is the one that started at `start` (where that is known). */
function isRunning(pid: number, start: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false; // ESRCH: no such process
  }
  if (start === '-') return true;
  const now = startOf(pid);
  return now === null || now === start;
}

/** A process's start time in clock ticks since boot (Linux), or null where it cannot be read. */
function startOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces and parentheses, so count after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function errorCode(error: unknown): string {
  return String((error as { code?: string } | null)?.code ?? 'EUNKNOWN');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
