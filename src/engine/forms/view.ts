/** One form of an evaluation seen alone: its tables, rows, lines, groups and flags, with its totals as the total. */

import type { Evaluation, FormResult } from "../model";

export function formView(e: Evaluation, form: FormResult): Evaluation {
  const mine = <T extends { form?: string }>(items: readonly T[]): T[] =>
    items.filter((x) => x.form === form.id);
  return {
    ...e,
    tables: form.tables.map((i) => e.tables[i]),
    forms: [{ ...form, tables: form.tables.map((_, k) => k) }],
    indicators: mine(e.indicators),
    budget: mine(e.budget),
    groups: mine(e.groups),
    totals: form.totals,
    flags: mine(e.flags),
  };
}
