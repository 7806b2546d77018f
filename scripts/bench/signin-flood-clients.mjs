// The sign-in flood's clients (scripts/bench/signin-flood.mjs), on their own thread: their request building and
// response parsing must not delay the readers' load generator, which measures latency on the main thread.
import { randomBytes } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";

import { postAction, randomAddress } from "./signin-flood.mjs";

const { base, actionId, clients } = workerData;

let stopping = false;
parentPort.once("message", () => {
  stopping = true;
});

const outcomes = { checked: 0, lockedOut: 0, busy: 0, other: 0 };
const latencies = [];
const loop = async () => {
  while (!stopping) {
    const result = await postAction(
      base,
      "/signin",
      actionId,
      {
        callbackUrl: "/",
        email: `flood-${randomBytes(6).toString("hex")}@nowhere.example`,
        password: `wrong-${randomBytes(6).toString("hex")}`,
      },
      { "x-forwarded-for": randomAddress() },
    ).catch((error) => ({ ms: 0, status: 0, text: String(error) }));
    if (stopping) break;
    latencies.push(result.ms);
    if (/don’t match/.test(result.text)) outcomes.checked++;
    else if (/paused/.test(result.text)) outcomes.lockedOut++;
    else if (/Too many people/.test(result.text)) outcomes.busy++;
    else outcomes.other++;
  }
};
await Promise.all(Array.from({ length: clients }, loop));
parentPort.postMessage({ outcomes, latencies });
