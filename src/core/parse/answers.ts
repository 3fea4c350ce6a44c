/** Ja, Nej, Delvis as a plan writes them ("Ja", "ja.", "J", "Yes", "Nej", "Ej", "Pågår", "Delvis"). */
import { WHITE_SPACE_RUN } from "./cells";

export type Answer = "yes" | "no" | "partly";

const YES = /^(ja|j|yes|y|x|klar|klart|genomförd|genomfört|utförd|utfört|sant|true)$/;
const NO = /^(nej|n|no|ej|inte|nej ej genomförd|ej genomförd|ej påbörjad|falskt|false)$/;
const PARTLY = /^(delvis|del|pågår|pågående|påbörjad|påbörjat|partly|partially)$/;
// Constants, not written in readAnswer: a pattern written in a function is a new object per call.
const CLOSING_MARKS = /[.!]+$/;

/** The answer a cell gives, or null where it is none of them (said by the caller, never guessed). */
export function readAnswer(text: string): Answer | null {
  const key = text.trim().toLowerCase().replace(CLOSING_MARKS, "").replace(WHITE_SPACE_RUN, " ");
  if (YES.test(key)) return "yes";
  if (NO.test(key)) return "no";
  if (PARTLY.test(key)) return "partly";
  return null;
}
