/** A rules sheet in the workbook (评分规则 / Rules): indicator name → rule text, one per row. */

import { type Grid } from "../grid";
import { parseCriterion } from "../rules/criterion";
import type { RuleSpec } from "../ruleset/types";
import { normalizeHeader } from "./header";
import { cellText } from "./merged";

export const RULES_SHEET_NAMES = ["评分规则", "计分规则", "rules"];

export function readWorkbookRules(grids: Grid[]): { match: string; rule: RuleSpec }[] {
  const out: { match: string; rule: RuleSpec }[] = [];
  for (const g of grids) {
    if (!RULES_SHEET_NAMES.includes(normalizeHeader(g.sheet))) continue;
    for (const row of g.values) {
      const name = cellText(row?.[0] ?? null);
      const text = cellText(row?.[1] ?? null);
      if (name === "" || text === "") continue;
      const rule = parseCriterion(text);
      if (rule) out.push({ match: name, rule });
    }
  }
  return out;
}
