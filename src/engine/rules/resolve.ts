/**
 * Which rule scores a row, in the order of domain.md §4: the row's own 评分标准 text, a rules sheet
 * in the workbook, the rule set's default for the indicator, the operator of the target. null means
 * no rule applies: the caller flags TARGET_UNREADABLE and a person gives the rule.
 * In a rule set of mode "validate" the criterion and workbook rules are not used: scores are the
 * evaluators' own and only checked (qualitative targets keep their band check).
 */

import type { Quantity } from "../quantity/types";
import type { RuleSet, RuleSpec } from "./types";
import { parseCriterion, type CriterionContext } from "./criterion";

export interface RuleRow {
  criterion: string | null;
  levels: string[];
  target: Quantity;
  actual: Quantity;
  /** The row's weight: lets the criterion say "得8分" for full marks on an 8-point row. */
  weight?: number | null;
}

export type RuleSource = "criterion" | "workbook" | "ruleset" | "operator";

export interface ResolvedRule {
  spec: RuleSpec;
  source: RuleSource;
}

const qualitativeSpec: RuleSpec = Object.freeze({ kind: "qualitative" });
const binarySpec: RuleSpec = Object.freeze({ kind: "binary" });
const rangeSpec: RuleSpec = Object.freeze({ kind: "range" });

function byName(
  levels: string[],
  rules: readonly { match: string; rule: RuleSpec }[]
): RuleSpec | null {
  for (const r of rules) {
    for (const level of levels) if (level && level.includes(r.match)) return r.rule;
  }
  return null;
}

/** The rule the target's own operator calls for (≥ → ge rule, ≤ → le rule …), or null. */
export function operatorRule(target: Quantity, ruleSet: RuleSet): RuleSpec | null {
  switch (target.kind) {
    case "number":
    case "growth": {
      const op = target.op;
      if (op === "le" || op === "lt") return ruleSet.operators.le;
      if (op === "eq") return ruleSet.operators.eq;
      if (op === "about") return ruleSet.operators.about;
      return ruleSet.operators.ge; // ≥, >, or no operator written: at least is the default
    }
    case "range":
      return ruleSet.mode === "validate" ? ruleSet.operators.ge : rangeSpec;
    case "date":
    case "boolean":
      return ruleSet.mode === "validate" ? ruleSet.operators.ge : binarySpec;
    case "grade":
    case "text":
      return qualitativeSpec;
    case "na":
      return null; // 不适用: the caller drops the row
    default:
      // none, unreadable, error: nothing to compare with. Scores entered by hand are still checked.
      return ruleSet.mode === "validate" ? ruleSet.operators.ge : null;
  }
}

/**
 * Indicators that are lower-is-better by their nature, whatever the target cell says: a target of
 * 0.09 for 结转结余率 has no operator, yet 按完成比例计分 must not be read as "more is better" there.
 */
const lowerIsBetter =
  /结转结余|结余率|调整率|变动率|超支|事故|投诉率|投诉量|投诉数|差错率|不合格率|违规|违纪/;

/** What the row tells the criterion parser: its weight, the target's unit and direction. */
export function criterionContext(row: RuleRow): CriterionContext {
  const t = row.target;
  const numeric = t.kind === "number" || t.kind === "range" || t.kind === "growth";
  const op = t.kind === "number" || t.kind === "growth" ? t.op : "none";
  const byName = row.levels.some((l) => lowerIsBetter.test(l)) ? "down" : null;
  return {
    weight: row.weight ?? null,
    unit: numeric ? t.unit.dimension : null,
    direction: op === "le" || op === "lt" ? "down" : op === "ge" || op === "gt" ? "up" : byName,
  };
}

export function resolveRule(
  row: RuleRow,
  ruleSet: RuleSet,
  workbookRules: readonly { match: string; rule: RuleSpec }[]
): ResolvedRule | null {
  if (ruleSet.mode !== "validate") {
    if (row.criterion) {
      const spec = parseCriterion(row.criterion, criterionContext(row));
      if (spec) return { spec, source: "criterion" };
    }
    const fromWorkbook = byName(row.levels, workbookRules);
    if (fromWorkbook) return { spec: fromWorkbook, source: "workbook" };
  }
  const fromRuleSet = byName(row.levels, ruleSet.indicatorDefaults);
  if (fromRuleSet) return { spec: fromRuleSet, source: "ruleset" };
  const spec = operatorRule(row.target, ruleSet);
  return spec ? { spec, source: "operator" } : null;
}

/**
 * The row's own criterion text when it was there, was tried and was not understood, so that the
 * rule used (or none) is a fallback; undefined otherwise.
 */
export function unreadCriterion(
  criterion: string | null,
  resolved: ResolvedRule | null,
  ruleSet: RuleSet
): string | undefined {
  const text = criterion?.trim();
  if (!text || ruleSet.mode === "validate" || resolved?.source === "criterion") return undefined;
  return text;
}
