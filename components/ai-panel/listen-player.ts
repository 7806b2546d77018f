/**
 * The Listen player, loaded on the first press of Listen: speaks the article's sentences one by one (so the
 * one being read can be highlighted, and a speed change applies from the next sentence).
 */
export type Player = {
  play(rate: number): void;
  pause(): void;
  resume(): void;
  setRate(rate: number): void;
  stop(): void;
};

export function createPlayer(sentences: HTMLElement[], onEnd: () => void): Player {
  const synth = window.speechSynthesis;
  let current = 0;
  let rate = 1;
  let stopped = false;

  const mark = (index: number | null) => {
    for (const sentence of sentences) sentence.removeAttribute("data-speaking");
    if (index !== null) sentences[index]?.setAttribute("data-speaking", "");
  };

  const speak = () => {
    if (stopped) return;
    const sentence = sentences[current];
    if (!sentence) {
      mark(null);
      onEnd();
      return;
    }
    mark(current);
    const utterance = new SpeechSynthesisUtterance(sentence.textContent ?? "");
    utterance.rate = rate;
    utterance.onend = () => {
      current++;
      speak();
    };
    synth.speak(utterance);
  };

  return {
    play(nextRate) {
      rate = nextRate;
      synth.cancel();
      speak();
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    setRate(nextRate) {
      rate = nextRate;
    },
    stop() {
      stopped = true;
      synth.cancel();
      mark(null);
    },
  };
}
