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
