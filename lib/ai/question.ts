/**
 * What kind of answer a question wants, and what kind of facts a sentence offers, for Ask this story's
 * question-type cues: "when" prefers sentences with dates, "how many" numbers, "who" names. Pure.
 */

export type QuestionType = "when" | "quantity" | "who" | "which" | "where" | "why" | "other";

export type SentenceCues = { date: boolean; number: boolean; name: boolean; place: boolean; reason: boolean };

/**
 * The question without its interrogative phrase ("how long", "what time", "how often"): those words say what
 * kind of answer is wanted (the cues handle that), not what it is about, so they must not count as words the
 * story has to contain.
 */
export function questionFocus(question: string): string {
  return question.replace(
    /\b(how (many|much|big|large|long|far|tall|high|deep|old|often|soon)|what (time|date|day|year|month|number|percentage|share|proportion|amount)|which (day|date|year|month))\b/gi,
    " ",
  );
}

export function questionType(question: string): QuestionType {
  const q = question.toLowerCase().replace(/\s+/g, " ").trim();
  if (
    /\b(how (many|much|big|large|long|far|tall|high|deep|old|often)|what (number|percentage|share|proportion|amount|sum|price|cost)|how much)\b/.test(
      q,
    )
  )
    return "quantity";
  if (/\b(when|what (time|date|day|year|month)|which (day|date|year|month)|how soon|by what date)\b/.test(q))
    return "when";
  if (
    /\b(who|whom|whose|which (person|people|company|group|organi[sz]ation|minister|official|team|outlet))\b/.test(
      q,
    )
  )
    return "who";
  if (/\b(where|which (city|town|country|place|district|street|port|river))\b/.test(q)) return "where";
  // "Which company ordered the ships?" asks the story to name one: a sentence naming nobody cannot answer it.
  if (/\bwhich\b/.test(q)) return "which";
  if (/\b(why|what (caused|led to|prompted)|for what reason|how come)\b/.test(q)) return "why";
  return "other";
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
const DATE_PATTERN = new RegExp(
  `\\b(${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|` +
    `(last|next|this) (week|month|year|spring|summer|autumn|winter|weekend|night|morning)|` +
    `(spring|summer|autumn|winter|weekend|morning|evening|midnight|noon|decade|century)|` +
    `(1[89]|20)\\d\\d|\\d{1,2}(:\\d\\d)? ?(a\\.?m|p\\.?m)\\b|` +
    `(first|second|third|fourth|fifth|\\d+(st|nd|rd|th)) of|` +
    `(days?|weeks?|months?|years?|hours?) (ago|later|earlier|before|after))`,
  "i",
);
const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|" +
  "dozens?|half|third|quarter|percent|per cent";
const NUMBER_PATTERN = new RegExp(`(\\d|\\b(${NUMBER_WORDS})\\b|%)`, "i");
const REASON_PATTERN =
  /\b(because|due to|so that|in order to|after|since|reason|blamed|caused|led to|prompted|as a result)\b/i;
const NOT_NAMES = new RegExp(`^(${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i)$`, "i");

/** Facts a sentence offers, by cheap surface cues (computed once per sentence and cached). */
export function sentenceCues(text: string): SentenceCues {
  // A capitalised word that is not the sentence's first word (nor a month or weekday) is taken for a name.
  const words = text.split(/\s+/).slice(1);
  const name = words.some((word) => {
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    return /^\p{Lu}\p{Ll}+/u.test(bare) && !NOT_NAMES.test(bare);
  });
  return {
    date: DATE_PATTERN.test(text),
    number: NUMBER_PATTERN.test(text),
    name,
    place: /\b(in|at|near|from|to) (the )?\p{Lu}\p{Ll}+/u.test(text),
    reason: REASON_PATTERN.test(text),
  };
}

/**
 * Whether a sentence can answer a question of this type at all: an answer to "how many" states a quantity, and
 * an answer to "when" states a time, as a date or as a span ("in eighteen months"). The other types' cues are
 * too loose to rule a sentence out (a "who" can be answered by "three engine authors and a specialist").
 */
export function canAnswer(type: QuestionType, cues: SentenceCues): boolean {
  switch (type) {
    case "quantity":
      return cues.number;
    case "when":
      return cues.date || cues.number;
    case "which":
      return cues.name;
    default:
      return true;
  }
}

/** Whether a sentence offers the kind of fact a question of this type wants. */
export function cueMatches(type: QuestionType, cues: SentenceCues): boolean {
  switch (type) {
    case "when":
      return cues.date;
    case "quantity":
      return cues.number;
    case "who":
    case "which":
      return cues.name;
    case "where":
      return cues.place;
    case "why":
      return cues.reason;
    case "other":
      return false;
  }
}
