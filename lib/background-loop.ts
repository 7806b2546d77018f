import "server-only";

type LoopState = { timer: NodeJS.Timeout | null; running: boolean; failing: boolean };
const globalLoops = globalThis as unknown as { ledgerBackgroundLoops?: Map<string, LoopState> };

export type BackgroundLoop = {
  /** One loop of each name per process, however often the module is loaded (dev reloads it). */
  name: string;
  intervalMs: number;
  task: () => Promise<void>;
  /** Logged once when the task starts failing (a database outage), not on every tick. */
  failureMessage: string;
  /** Logged once when it works again. */
  recoveryMessage: string;
};

/**
 * Runs `task` at once and then every `intervalMs` in this process, never two runs at a time, without keeping the
 * process alive. Returns a function that stops it.
 */
export function startBackgroundLoop(loop: BackgroundLoop): () => void {
  const loops = (globalLoops.ledgerBackgroundLoops ??= new Map());
  const state = loops.get(loop.name) ?? { timer: null, running: false, failing: false };
  loops.set(loop.name, state);
  const stop = () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  };
  if (state.timer) return stop;
  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      await loop.task();
      if (state.failing) console.log(loop.recoveryMessage);
      state.failing = false;
    } catch (error) {
      if (!state.failing) console.error(loop.failureMessage, error);
      state.failing = true;
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(tick, loop.intervalMs);
  state.timer.unref();
  void tick();
  return stop;
}
