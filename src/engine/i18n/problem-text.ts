import type { Problem } from "../errors";
import type { Lang, Message } from "../model";
import { render } from "./render";

/** A problem with the input as one sentence, with its place (sheet!cell) when the message does not name it. */
export function problemText(p: Problem | Message, lang: Lang): string {
  const m = "key" in p ? p : p.message;
  const place = "key" in p ? [] : [p.sheet, p.cell].filter((x): x is string => Boolean(x));
  const text = render(m, lang);
  const named = place.every((x) => text.includes(x));
  return text + (named ? "" : ` (${place.join("!")})`);
}
