import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildLock, LockBusy } from '../../src/ingest/publish/build-lock';
import { tempDir } from './build-fixtures';

/** /proc start time of a process, as the lock records it. */
function processStart(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

function holder(fields: Record<string, unknown>): string {
  return JSON.stringify({
    pid: process.pid,
    host: hostname(),
    processStart: processStart(process.pid),
    since: '2026-01-01T00:00:00.000Z',
    token: 'someone-else',
    purpose: 'ingest',
    ...fields,
  });
}

describe('build lock', () => {
  it('refuses while a live process holds it, naming the holder', async () => {
    const path = join(tempDir('lock'), 'lock');
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(path, holder({ pid: sleeper.pid, processStart: processStart(sleeper.pid!) }));
      const taking = BuildLock.acquire(path, 'ingest');
      await expect(taking).rejects.toThrow(LockBusy);
      await expect(taking).rejects.toThrow(new RegExp(`pid ${sleeper.pid} on ${hostname()}`));
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock whose holder died, or whose pid now belongs to another process', async () => {
    const dead = join(tempDir('lock'), 'lock');
    const gone = spawn('true');
    await new Promise((r) => gone.on('exit', r));
    writeFileSync(dead, holder({ pid: gone.pid }));
    const a = await BuildLock.acquire(dead, 'ingest');
    expect(a.tookOverFrom?.pid).toBe(gone.pid);
    expect(a.held()).toBe(true);
    a.release();

    // This very process, but the lock says it started at another time: a reused pid.
    const reused = join(tempDir('lock'), 'lock');
    writeFileSync(reused, holder({ processStart: '1' }));
    const b = await BuildLock.acquire(reused, 'ingest');
    expect(b.held()).toBe(true);
    b.release();
  });

  it('trusts a lock from another host until it has not been refreshed for ten minutes', async () => {
    const path = join(tempDir('lock'), 'lock');
    writeFileSync(path, holder({ host: 'another-host', pid: 1 }));
    await expect(BuildLock.acquire(path, 'ingest')).rejects.toThrow(LockBusy);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(path, old, old);
    const lock = await BuildLock.acquire(path, 'ingest');
    expect(lock.held()).toBe(true);
    lock.release();
  });

  it('waits for the holder when asked to, and gets the lock once it is released', async () => {
    const path = join(tempDir('lock'), 'lock');
    const first = await BuildLock.acquire(path, 'ingest');
    setTimeout(() => first.release(), 300);
    const second = await BuildLock.acquire(path, 'ingest', 5_000);
    expect(second.held()).toBe(true);
    expect(first.held()).toBe(false);
    second.release();
  });
});
