/**
 * Notices when the process that started the browser-mode server goes away, so the server does
 * not run on, orphaned, holding its port and its archive's cache lock.
 *
 * `npm run serve` starts npm → `sh -c …` → this process. Killing npm with SIGTERM makes npm
 * pass the signal to the shell, which dies without passing it on: this process's parent
 * changes (it is adopted). Killing npm with SIGKILL leaves the shell waiting: only the
 * grandparent is gone. So both are checked, every CHECK_MS: the parent's pid still ours, and
 * the grandparent (read from /proc where there is one) still alive.
 */
import { readFileSync } from 'node:fs';

const CHECK_MS = 1_000;

/** Calls `onGone` once the parent or the grandparent has gone; returns the stop. */
export function watchParents(onGone: () => void): () => void {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const timer = setInterval(() => {
    const orphaned = process.ppid !== parent || (grandparent !== null && !isAlive(grandparent));
    if (!orphaned) return;
    clearInterval(timer);
    onGone();
  }, CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The parent of `pid` from /proc (Linux); null elsewhere, or for init. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid … — comm may hold spaces and parentheses: read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
