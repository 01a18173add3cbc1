/**
 * The rule-set validator, no dependency. A rule set's own keys are checked from their declarations in
 * keys.ts, the same declarations the published ruleset.schema.json is generated from (schema.ts); rule specs
 * from the rule kinds' declarations (rules/spec-check.ts). Every error names the JSON path of the wrong key:
 * "budget.executionLow: must be a number between 0 and 1". Beyond the schema it checks what a schema
 * cannot say: partial ≤ achieved, low ≤ high, late deductions in days or months.
 */

import { DEFINITIONS, presetNames, RULE_SET } from "./keys";
import { ShapeChecker } from "./shape";
import type { RuleSet } from "./types";

export { presetNames, REQUIRED_KEYS } from "./keys";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every problem with a (merged) rule set; empty when it can be used. */
export function validateRuleSet(json: unknown): string[] {
  if (!isObj(json)) return ["(root): must be an object"];
  const c = new ShapeChecker(DEFINITIONS);
  c.object(RULE_SET, json, "", []);
  return c.errors;
}

/** Deep merge of plain objects; arrays and scalars of `over` replace those of `base`. */
export function mergeRuleSet(base: unknown, over: unknown): unknown {
  if (!isObj(base) || !isObj(over)) return over;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over))
    out[k] = isObj(v) && isObj(base[k]) ? mergeRuleSet(base[k], v) : v;
  return out;
}

export type LoadResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: string[] };

/**
 * Checks a rule set read from JSON. `extends: "<preset>"` merges the file onto that preset first.
 * Errors are prefixed with `source` (the file or preset name).
 */
export function loadRuleSetWith(
  json: unknown,
  source: string,
  presetJson: (name: string) => unknown
): LoadResult {
  let merged = json;
  if (isObj(json) && json.extends !== undefined) {
    const base =
      typeof json.extends === "string" && (presetNames as readonly string[]).includes(json.extends)
        ? presetJson(json.extends)
        : undefined;
    if (base === undefined)
      return {
        ok: false,
        errors: [`${source}: extends: must be one of ${presetNames.join(", ")}`],
      };
    const { extends: _ignored, ...rest } = json;
    void _ignored;
    merged = mergeRuleSet(base, rest);
  }
  const errors = validateRuleSet(merged);
  if (errors.length > 0) return { ok: false, errors: errors.map((e) => `${source}: ${e}`) };
  return { ok: true, ruleSet: merged as RuleSet };
}
