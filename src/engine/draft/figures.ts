/** The figures a draft quotes, each with where it comes from; the appendix lists them in order. */

import type { MessageKey, ParamName } from "../i18n/catalogue";
import { render, msg, type ArgsOf } from "../i18n/render";
import type { Lang, Message } from "../model";
import type { Figure, Run } from "./model";

export class FigureBook {
  readonly figures: Figure[] = [];

  constructor(readonly lang: Lang) {}

  text<K extends MessageKey>(key: K, ...args: ArgsOf<K>): string {
    return render(msg(key, ...args), this.lang);
  }

  /** Records a figure and returns the run that prints it. */
  add(text: string, label: Message, sheet: string, cell: string, basis: Message): Run {
    const id = this.figures.length + 1;
    this.figures.push({
      id,
      text,
      label: render(label, this.lang),
      sheet,
      cell,
      basis: render(basis, this.lang),
    });
    return { text, figure: id };
  }

  stated(text: string, label: Message, sheet: string, cell: string): Run {
    return this.add(text, label, sheet, cell, msg("draft.fig.stated"));
  }
}

/** A sentence from the catalogue whose {name} placeholders take runs (figures) or plain text. */
export function sentence<K extends MessageKey>(
  book: FigureBook,
  key: K,
  args: { readonly [P in ParamName<K>]: string | number | Run | Run[] }
): Run[] {
  const given = args as Readonly<Record<string, string | number | Run | Run[]>>;
  // The template in the book's language with its counts filled in (a plural choice needs the number) and
  // every other placeholder standing for itself, cut at those below: a text is never read for braces.
  const names: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(given))
    names[name] = typeof v === "number" ? v : `{${name}}`;
  const template = render({ key, args: names }, book.lang);
  const runs: Run[] = [];
  const parts = template.split(/\{(\w+)\}/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      if (parts[i] !== "") runs.push({ text: parts[i] });
      continue;
    }
    const v = given[parts[i]];
    if (Array.isArray(v)) runs.push(...v);
    else runs.push(typeof v === "object" ? v : { text: String(v) });
  }
  return runs;
}
