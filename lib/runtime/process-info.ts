// What the operating system says about a process: alive or not (a zombie counts as gone), its
// parent and its process group, its resident memory. Linux answers from /proc; elsewhere `ps` does
// (resident memory: Linux only).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type ProcessInfo = { pid: number; ppid: number; pgid: number; zombie: boolean };

export function processInfo(pid: number): ProcessInfo | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (process.platform === 'linux') {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return null;
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), pgid: Number(fields[2]), zombie: fields[0] === 'Z' || fields[0] === 'X' };
  }
  try {
    const out = execFileSync('ps', ['-o', 'ppid=,pgid=,stat=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const [ppid, pgid, state] = out.split(/\s+/);
    if (!ppid || !pgid) return null;
    return { pid, ppid: Number(ppid), pgid: Number(pgid), zombie: (state ?? '').startsWith('Z') };
  } catch {
    return null;
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const info = processInfo(pid);
  return info ? !info.zombie : process.platform !== 'linux';
}

/**
 * The processes that launched this one and share its process group, nearest first: for
 * `npm start` that is tsx's wrapper, the shell and npm itself. A shell or terminal outside the
 * group is not included, so `nohup npm start &` survives its shell.
 */
export function launcherChain(): number[] {
  const self = processInfo(process.pid);
  if (!self) return [];
  const chain: number[] = [];
  for (let info = processInfo(self.ppid); info && info.pid > 1 && info.pgid === self.pgid; info = processInfo(info.ppid)) {
    chain.push(info.pid);
    if (chain.length > 16) break;
  }
  return chain;
}

/** Resident memory of a process on this machine, from /proc; undefined once it has exited. */
export function readRssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
