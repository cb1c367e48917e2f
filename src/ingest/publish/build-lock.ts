/**
 * One build at a time per output: a lock file created with O_EXCL, holding
 * who took it (pid, host, the process's start time, a random token).
 *
 * A lock is stale — its holder died, e.g. SIGKILLed — when it names this host
 * and a pid that is not running, or running but started at another time (a
 * reused pid); a lock from another host (a shared disk) is stale once its
 * holder stopped refreshing it for STALE_AFTER_MS. A stale lock is taken over
 * by renaming it away first: rename is atomic, so of two builds that found the
 * same stale lock only one wins.
 *
 * Not proper-lockfile: it judges staleness by the lock's age alone, refreshed
 * by a timer, and our build keeps its main thread busy for seconds at a time
 * (a late refresh would look like a dead holder); it cannot tell a dead pid
 * from a live one. See docs/decisions/0013-daily-updates.md.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/** A holder on another host refreshes the lock every minute; ten missed minutes make it stale. */
const REFRESH_MS = 60_000;
const STALE_AFTER_MS = 10 * 60_000;

interface Holder {
  pid: number;
  host: string;
  /** The holder process's start (Linux: from /proc), to tell a reused pid from the holder. */
  processStart: string | null;
  since: string;
  token: string;
  purpose: string;
}

/** Another live build holds the lock. */
export class LockBusy extends Error {
  constructor(
    readonly path: string,
    readonly holder: Holder,
  ) {
    super(
      `another build is running into this output (pid ${holder.pid} on ${holder.host}, ${holder.purpose}, since ${holder.since}); ` +
        `wait for it to finish, or pass --wait <seconds>. Lock: ${path}`,
    );
  }
}

function processStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, after the parenthesised command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): { holder: Holder; text: string } | null {
  try {
    const text = readFileSync(path, 'utf8');
    return { holder: JSON.parse(text) as Holder, text };
  } catch {
    return null;
  }
}

function isStale(path: string, holder: Holder | null): boolean {
  if (!holder || typeof holder.pid !== 'number') {
    // Unreadable or half-written: its writer died between create and write, or it is not ours.
    try {
      return Date.now() - statSync(path).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
  if (holder.host === hostname()) {
    if (!alive(holder.pid)) return true;
    const start = processStart(holder.pid);
    return start !== null && holder.processStart !== null && start !== holder.processStart;
  }
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return true;
  }
}

export class BuildLock {
  private timer: NodeJS.Timeout | undefined;
  /** The stale lock this one replaced, if any (the CLI mentions it). */
  tookOverFrom: Holder | null = null;

  private constructor(
    readonly path: string,
    private readonly token: string,
  ) {
    this.timer = setInterval(() => {
      try {
        utimesSync(path, new Date(), new Date());
      } catch {
        // lost: held() says so before anything is published
      }
    }, REFRESH_MS);
    this.timer.unref();
  }

  /** Takes the lock, waiting up to `waitMs` for a live holder to finish (0: refuse at once). */
  static async acquire(path: string, purpose: string, waitMs = 0): Promise<BuildLock> {
    mkdirSync(dirname(path), { recursive: true });
    const deadline = Date.now() + waitMs;
    for (;;) {
      const lock = BuildLock.tryAcquire(path, purpose);
      if (lock instanceof BuildLock) return lock;
      if (Date.now() >= deadline) throw new LockBusy(path, lock);
      await new Promise((r) => setTimeout(r, Math.min(1000, Math.max(50, deadline - Date.now()))));
    }
  }

  private static tryAcquire(path: string, purpose: string): BuildLock | Holder {
    const token = randomBytes(12).toString('hex');
    const holder: Holder = {
      pid: process.pid,
      host: hostname(),
      processStart: processStart(process.pid),
      since: new Date().toISOString(),
      token,
      purpose,
    };
    let tookOverFrom: Holder | null = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        try {
          writeSync(fd, JSON.stringify(holder));
        } finally {
          closeSync(fd);
        }
        const lock = new BuildLock(path, token);
        lock.tookOverFrom = tookOverFrom;
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readHolder(path);
      if (!isStale(path, current?.holder ?? null)) {
        if (current) return current.holder;
        continue; // being written right now
      }
      // Move the stale lock aside; only one of several racing builds gets it.
      const aside = `${path}.stale-${token}`;
      try {
        renameSync(path, aside);
      } catch {
        continue;
      }
      const moved = readHolder(aside);
      if (current && moved?.text !== current.text) {
        // Someone replaced the stale lock with a fresh one in between: put theirs back.
        try {
          linkSync(aside, path);
        } catch {
          // they lost it to a third build; the loop decides again
        }
      } else {
        tookOverFrom = current?.holder ?? null;
      }
      rmSync(aside, { force: true });
    }
    const current = readHolder(path);
    if (current) return current.holder;
    throw new Error(`${path}: could not take the build lock (it keeps changing)`);
  }

  /** Whether this build still holds the lock (checked right before publishing). */
  held(): boolean {
    return readHolder(this.path)?.holder.token === this.token;
  }

  release(): void {
    clearInterval(this.timer);
    if (this.held()) rmSync(this.path, { force: true });
  }
}
