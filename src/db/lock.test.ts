import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDirectoryLock, DatabaseLockedError } from './lock.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-lock-'));
  dirs.push(d);
  return path.join(d, 'pglite');
}

describe('acquireDirectoryLock', () => {
  it('refuses a second holder while the first is alive, naming the process', () => {
    const dir = tmp();
    // Another live process holds the lock.
    const holder = spawnSync('sh', ['-c', 'echo $PPID'], { encoding: 'utf8' });
    expect(holder.status).toBe(0);
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => acquireDirectoryLock(dir)).toThrow(DatabaseLockedError);
    expect(() => acquireDirectoryLock(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('refuses the same process twice and frees the lock on release', () => {
    const dir = tmp();
    const lock = acquireDirectoryLock(dir);
    expect(() => acquireDirectoryLock(dir)).toThrow(DatabaseLockedError);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
    acquireDirectoryLock(dir).release();
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = tmp();
    const dead = spawnSync('true').pid!;
    fs.writeFileSync(`${dir}.lock`, String(dead));
    const lock = acquireDirectoryLock(dir);
    expect(fs.readFileSync(lock.path, 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});
