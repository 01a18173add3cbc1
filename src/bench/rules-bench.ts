/**
 * Benchmark bodies for rules, checks and totals; `npm run bench` times them against its own baseline.
 * The rows are hand-built quantities (no parsing here: that is quantity-bench's), with criterion texts
 * shared between rows as in real sheets.
 */

import type { IndicatorResult } from "../engine/model";
import type { Quantity } from "../engine/quantity/types";
import { checkIndicator } from "../engine/review/indicator-checks";
import { getRuleKind } from "../engine/rules/registry";
import { resolveRule } from "../engine/rules/resolve";
import type { ScoreResult } from "../engine/rules/types";
import type { RuleSet } from "../engine/ruleset/types";
import { computeTotals } from "../engine/totals";

export interface BenchRow {
  criterion: string | null;
  levels: string[];
  target: Quantity;
  actual: Quantity;
  weight: number;
  reason: string | null;
}

const CRITERIA = [
  "完成得满分，未完成按比例计分",
  null,
  "每低1个百分点扣0.5分，扣完为止",
  "≥95%得满分，90%（含）-95%得8分，低于90%不得分",
  "反向指标",
  "详见附件",
];
const percent = { dimension: "ratio" as const, symbol: "%" };
const cases = { dimension: "count" as const, symbol: "宗" };

/** `n` rows: percentages and counts, ≥ and ≤ targets, 4 in 5 stated right, 7 in 10 with a reason. */
export function sampleRows(n: number): BenchRow[] {
  const rows: BenchRow[] = [];
  for (let i = 0; i < n; i++) {
    const pct = i % 3 === 0;
    const target: Quantity = pct
      ? { kind: "number", raw: "≥95%", op: "ge", value: 0.95, unit: percent }
      : {
          kind: "number",
          raw: `≥${80 + (i % 40)}宗`,
          op: i % 5 === 0 ? "le" : "ge",
          value: 80 + (i % 40),
          unit: cases,
        };
    const value = pct ? 0.8 + (i % 20) / 100 : 20 + (i % 90);
    const actual: Quantity = {
      kind: "number",
      raw: pct ? `${Math.round(value * 100)}%` : `${value}宗`,
      op: "none",
      value,
      unit: pct ? percent : cases,
    };
    rows.push({
      criterion: CRITERIA[i % CRITERIA.length],
      levels: ["产出指标", `二级指标${i % 7}`, `三级指标${i}`],
      target,
      actual,
      weight: 10,
      reason: i % 10 < 7 ? "受疫情影响项目延期" : null,
    });
  }
  return rows;
}

/** Resolves, scores and checks every row, then rolls up the totals; returns the flag count so nothing is skipped. */
export function scoreAndTotal(rows: BenchRow[], ruleSet: RuleSet): number {
  const results: IndicatorResult[] = [];
  let flags = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const resolved = resolveRule(r, ruleSet, []);
    const kind = resolved ? getRuleKind(resolved.spec.kind) : undefined;
    const input = { weight: r.weight, target: r.target, actual: r.actual, stated: null, ruleSet };
    const outcome: ScoreResult | null = resolved && kind ? kind.score(resolved.spec, input) : null;
    const result: IndicatorResult = {
      sheet: "自评表",
      row: i + 5,
      kind: "indicator",
      levels: r.levels,
      weight: r.weight,
      target: r.target.raw,
      actual: r.actual.raw,
      targetValue: r.target,
      actualValue: r.actual,
      rule: kind?.name ?? "unscored",
      score: outcome?.score ?? null,
      statedScore: i % 5 === 0 ? 7 : (outcome?.score ?? null),
      completion: outcome?.completion ?? null,
      reason: r.reason,
      explanation: outcome?.explanation ?? null,
      suggestedReason: null,
      notApplicable: false,
    };
    const row = i + 5;
    flags += checkIndicator({
      result,
      cells: { target: `E${row}`, actual: `F${row}`, score: `H${row}`, reason: `I${row}` },
      outcome,
      ruleSet,
    }).flags.length;
    results.push(result);
  }
  return flags + computeTotals(results, ruleSet, { score: null, grade: null }).flags.length;
}
