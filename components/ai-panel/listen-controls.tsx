"use client";

import { useEffect, useRef, useState } from "react";

import type { Player } from "./listen-player";

const SPEEDS = [0.75, 1, 1.25, 1.5, 2];

function hasVoices(): boolean {
  return (
    typeof window !== "undefined" &&
    "speechSynthesis" in window &&
    window.speechSynthesis.getVoices().length > 0
  );
}

/**
 * Listen: reads the article aloud with the browser's own speech synthesis, highlighting the sentence being read.
 * Rendered only where the browser has voices (a progressive enhancement: nothing shows otherwise), and the
 * player itself is loaded on the first press of Listen, so the article page ships only this much up front.
 */
export function ListenControls() {
  const [available, setAvailable] = useState(false);
  const [status, setStatus] = useState<"idle" | "playing" | "paused">("idle");
  const [rate, setRate] = useState(1);
  const player = useRef<Player | null>(null);

  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const check = () => setAvailable(hasVoices());
    check();
    window.speechSynthesis.addEventListener?.("voiceschanged", check);
    return () => {
      window.speechSynthesis.removeEventListener?.("voiceschanged", check);
      player.current?.stop();
    };
  }, []);

  if (!available) return null;

  const toggle = async () => {
    if (status === "playing") {
      player.current?.pause();
      setStatus("paused");
      return;
    }
    if (status === "paused" && player.current) {
      player.current.resume();
      setStatus("playing");
      return;
    }
    const { createPlayer } = await import("./listen-player");
    const sentences = [...document.querySelectorAll<HTMLElement>(".prose-article .ai-s")];
    player.current = createPlayer(sentences, () => setStatus("idle"));
    player.current.play(rate);
    setStatus("playing");
  };

  return (
    <section aria-labelledby="listen-heading" className="flex flex-col gap-2" data-testid="listen">
      <h3 id="listen-heading" className="text-sm font-bold uppercase tracking-widest text-muted">
        Listen
      </h3>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          onClick={toggle}
          className="rounded-sm border border-accent px-3 py-1 font-semibold text-accent hover:bg-surface"
        >
          {status === "playing" ? "Pause" : status === "paused" ? "Resume" : "Listen to this article"}
        </button>
        <label className="flex items-center gap-2">
          Speed
          <select
            value={rate}
            onChange={(event) => {
              const next = Number(event.target.value);
              setRate(next);
              player.current?.setRate(next);
            }}
            className="rounded-sm border border-rule bg-page px-2 py-1"
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {speed}×
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
