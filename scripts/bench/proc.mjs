// Child processes for the benchmark: servers in their own process group (so the whole tree can be
// stopped and measured), a registry that stops them on exit/error/Ctrl-C, and RSS read from /proc.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";

const running = new Set();

/** Stops every process group this script started. Safe to call more than once. */
export async function stopAll() {
  await Promise.all([...running].map((child) => stopGroup(child)));
}

let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  const onSignal = (signal) => {
    console.error(`\n${signal}: stopping servers…`);
    stopAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);
  // Last resort: synchronous kill of any group still alive.
  process.on("exit", () => {
    for (const child of running) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }
  });
}

/** Starts a command as the leader of a new process group; output goes to `logStream`. */
export function spawnGroup(command, args, { cwd, env, logStream }) {
  hookExit();
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  child.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  child.exited.then(() => running.delete(child));
  return child;
}

export async function stopGroup(child, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
  await child.exited;
  clearTimeout(timer);
  // Any straggler left in the group (a worker that ignored SIGTERM).
  signalGroup("SIGKILL");
  running.delete(child);
}

/** A TCP port nobody is listening on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Sum of VmRSS (bytes) of every live process in process group `pgid`, read from /proc. */
export function groupRss(pgid) {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the ")" of the command name: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // The process ended between readdir and read.
    }
  }
  return total;
}

/** Samples the group's RSS every `everyMs` until stopped; returns { peak, last }. */
export function sampleRss(pgid, everyMs = 250) {
  let peak = groupRss(pgid);
  let last = peak;
  const timer = setInterval(() => {
    last = groupRss(pgid);
    if (last > peak) peak = last;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      last = groupRss(pgid);
      if (last > peak) peak = last;
      return { peak, last };
    },
  };
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineJiffies() {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** CPU jiffies (user + system) used so far by the processes of group `pgid` (live ones only). */
function groupJiffies(pgid) {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      total += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {}
  }
  return total;
}

function ownJiffies() {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Starts accounting CPU over an interval: `stop()` returns the share of the machine's CPU capacity
 * (in cores) used by the server group, by this script (the load generator) and by everything else.
 */
export function cpuAccount(pgid) {
  const start = { machine: machineJiffies(), server: groupJiffies(pgid), own: ownJiffies() };
  return {
    stop() {
      const machine = machineJiffies();
      const cpuCount = readFileSync("/proc/stat", "utf8").match(/^cpu\d+ /gm)?.length || 1;
      const perCore = (machine.total - start.machine.total) / cpuCount || 1; // jiffies one core had
      const server = (groupJiffies(pgid) - start.server) / perCore;
      const own = (ownJiffies() - start.own) / perCore;
      const busy = (machine.busy - start.machine.busy) / perCore;
      const round = (value) => Math.round(value * 100) / 100;
      return {
        serverCores: round(server),
        benchCores: round(own),
        otherCores: round(Math.max(0, busy - server - own)),
      };
    },
  };
}

/**
 * Waits until the rest of the machine is quiet (other processes use less than `maxOtherCores`
 * over a one-second sample), up to `timeoutMs`. Returns the last sample (cores used by others).
 */
export async function waitForQuiet({ pgid, maxOtherCores = 0.25, timeoutMs = 120_000, log = () => {} }) {
  const deadline = Date.now() + timeoutMs;
  let warned = false;
  for (;;) {
    const account = cpuAccount(pgid);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const { otherCores, serverCores } = account.stop();
    const others = otherCores + (pgid ? 0 : serverCores);
    if (others <= maxOtherCores) return others;
    if (Date.now() > deadline) {
      log(
        `  ! the machine is still busy (${others.toFixed(2)} cores used by other processes); measuring anyway`,
      );
      return others;
    }
    if (!warned)
      log(`  … other processes use ${others.toFixed(2)} cores; waiting up to ${timeoutMs / 1000}s for quiet`);
    warned = true;
  }
}

/**
 * CPU time (ms, user + system) of one process's threads so far: its JavaScript thread (the main thread, whose
 * thread id is the process id) and all its other threads (libuv's thread pool, where argon2id runs, and V8's
 * GC and compiler threads; Node 20 names them all "node"). Assumes 100 clock ticks a second.
 */
export function threadCpuMs(pid) {
  const totals = { main: 0, otherThreads: 0 };
  let tids = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return totals;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      if (tid === String(pid)) totals.main += ms;
      else totals.otherThreads += ms;
    } catch {
      // The thread ended between readdir and read.
    }
  }
  return totals;
}
