/** The figures a draft quotes, each with where it comes from; the appendix lists them in order. */

import type { MessageKey } from "../i18n/catalogue";
import { render, msg } from "../i18n/render";
import type { Lang, Message } from "../model";
import type { Figure, Run } from "./model";

export class FigureBook {
  readonly figures: Figure[] = [];

  constructor(readonly lang: Lang) {}

  text(key: MessageKey, args: Record<string, string | number> = {}): string {
    return render(msg(key, args), this.lang);
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
export function sentence(
  book: FigureBook,
  key: MessageKey,
  args: Record<string, string | number | Run | Run[]>
): Run[] {
  const template = book.text(key, Object.fromEntries(Object.keys(args).map((k) => [k, `{${k}}`])));
  const runs: Run[] = [];
  const parts = template.split(/\{(\w+)\}/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      if (parts[i] !== "") runs.push({ text: parts[i] });
      continue;
    }
    const v = args[parts[i]];
    if (Array.isArray(v)) runs.push(...v);
    else runs.push(typeof v === "object" ? v : { text: String(v) });
  }
  return runs;
}
