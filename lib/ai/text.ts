/** Words for ranking: lower case, stop words dropped, stemmed. Pure (unit tests, benchmark). */
import { stemmer as porterStem } from "stemmer";

const STOP_WORDS = new Set(
  (
    "a an the and or but nor so yet of to in on at by for with from into onto over under about after before " +
    "between through during without within against among than then that this these those there here it its " +
    "is are was were be been being am do does did done doing have has had having will would shall should can " +
    "could may might must i me my we us our you your he him his she her they them their what which who whom " +
    "whose when where why how all any both each few more most other some such no not only own same too very " +
    "just also as if while up down out off again further once said says say according told tell new one " +
    "much many " +
    // Fillers: a reader adds them ("how many actually finished?"); they say nothing about the answer.
    "actually really something anything everything let lets " +
    // Light verbs: in a question they carry the grammar, not the subject ("how did it get in?").
    "get gets got make makes made take takes took happen happens happened change changes changed go goes went " +
    "come comes came"
  ).split(" "),
);

/**
 * Irregular past forms, which Porter's suffix rules cannot reach: a question asks "how much did it grow?" of a
 * story that says "grew". Common English irregular verbs only; light verbs are stop words anyway.
 */
const IRREGULAR = new Map(
  (
    "began:begin begun:begin grew:grow grown:grow rose:rise risen:rise fell:fall fallen:fall paid:pay " +
    "saw:see seen:see found:find bought:buy sold:sell built:build brought:bring kept:keep " +
    "lost:lose met:meet sent:send spent:spend won:win wrote:write written:write spoke:speak spoken:speak " +
    "chose:choose chosen:choose drove:drive driven:drive flew:fly flown:fly broke:break broken:break " +
    "struck:strike held:hold led:lead knew:know known:know thought:think caught:catch taught:teach " +
    "fought:fight sought:seek stood:stand ran:run gave:give given:give hid:hide hidden:hide " +
    "felt:feel heard:hear meant:mean rode:ride ridden:ride " +
    "sank:sink sunk:sink stole:steal stolen:steal froze:freeze frozen:freeze swam:swim woke:wake woken:wake"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** Porter's stemmer, so "floods", "flooded" and "flooding" meet, and "transmitting" meets "transmit". */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  return porterStem(IRREGULAR.get(word) ?? word);
}

/** The content words of a text, stemmed, in order (repeats kept). */
export function contentTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu);
  if (!words) return [];
  const terms: string[] = [];
  for (const raw of words) {
    const word = raw
      .replace(/[’']s$/, "")
      .replace(/[’']/g, "")
      .replace(/,/g, "");
    if (STOP_WORDS.has(word) || word.length < 2) continue;
    terms.push(stem(word));
  }
  return terms;
}
