/**
 * The rule-set validator, no dependency. Rule specs are checked from the rule kinds' declarations
 * (rules/spec-check.ts), the same declarations the published ruleset.schema.json is generated from
 * (schema.ts); the rule set's own keys are checked here, in step with schema.ts (tests hold both against
 * the presets and broken copies). Every error names the JSON path of the wrong key:
 * "budget.executionLow: must be a number between 0 and 1". Beyond the schema it checks what a schema
 * cannot say: partial ≤ achieved, low ≤ high, late deductions in days or months.
 */

import { checkSpec } from "../rules/spec-check";
import type { RuleSet } from "./types";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

class Checker {
  readonly errors: string[] = [];

  fail(path: string, problem: string): void {
    this.errors.push(`${path}: ${problem}`);
  }

  /** Required keys present, unknown keys reported. */
  keys(o: Obj, path: string, required: readonly string[], optional: readonly string[] = []): void {
    const at = (k: string): string => (path ? `${path}.${k}` : k);
    for (const k of required) if (o[k] === undefined) this.fail(at(k), "is required");
    for (const k of Object.keys(o))
      if (!required.includes(k) && !optional.includes(k)) this.fail(at(k), "unknown key");
  }

  object(v: unknown, path: string): v is Obj {
    if (isObj(v)) return true;
    if (v !== undefined) this.fail(path, "must be an object");
    return false;
  }

  string(v: unknown, path: string): void {
    if (v !== undefined && (typeof v !== "string" || v.length === 0))
      this.fail(path, "must be a non-empty string");
  }

  oneOf(v: unknown, path: string, values: readonly unknown[]): void {
    if (v !== undefined && !values.includes(v))
      this.fail(path, `must be one of ${values.join(", ")}`);
  }

  number(v: unknown, path: string, min?: number, max?: number, integer = false): void {
    if (v === undefined) return;
    const ok =
      isNum(v) &&
      (min === undefined || v >= min) &&
      (max === undefined || v <= max) &&
      (!integer || Number.isInteger(v));
    if (ok) return;
    const what = integer ? "an integer" : "a number";
    if (min !== undefined && max !== undefined)
      this.fail(path, `must be ${what} between ${min} and ${max}`);
    else if (min !== undefined) this.fail(path, `must be ${what} ≥ ${min}`);
    else this.fail(path, `must be ${what}`);
  }

  fraction(v: unknown, path: string): void {
    this.number(v, path, 0, 1);
  }

  rule(v: unknown, path: string): void {
    if (v !== undefined) this.errors.push(...checkSpec(v, path));
  }
}

/** The keys every complete rule set has (the published schema's `required` is this list). */
export const REQUIRED_KEYS = [
  "name",
  "description",
  "mode",
  "operators",
  "indicatorDefaults",
  "qualitativeBands",
  "overAchievement",
  "scoreTolerance",
  "moneyTolerance",
  "decimals",
  "grades",
  "bonusBound",
  "notApplicable",
  "budget",
] as const;

function checkBudgetScore(c: Checker, v: unknown, path: string): void {
  if (!c.object(v, path)) return;
  const kind = v.kind;
  if (kind === "linear") c.keys(v, path, ["kind"]);
  else if (kind === "deduction") {
    c.keys(v, path, ["kind", "perPoint"], ["threshold"]);
    c.fraction(v.threshold, `${path}.threshold`);
    if (v.perPoint !== undefined && !(isNum(v.perPoint) && v.perPoint > 0))
      c.fail(`${path}.perPoint`, "must be a number > 0");
  } else if (kind === "bands") {
    c.keys(v, path, ["kind", "bands"]);
    if (v.bands === undefined) return;
    if (!Array.isArray(v.bands) || v.bands.length === 0)
      return c.fail(`${path}.bands`, "must be a non-empty list");
    v.bands.forEach((b: unknown, i: number) => {
      const p = `${path}.bands[${i}]`;
      if (!c.object(b, p)) return;
      c.keys(b, p, ["min"], ["points", "share"]);
      c.fraction(b.min, `${p}.min`);
      c.number(b.points, `${p}.points`, 0);
      c.fraction(b.share, `${p}.share`);
      if ((b.points === undefined) === (b.share === undefined))
        c.fail(p, "needs exactly one of points, share");
    });
  } else c.fail(`${path}.kind`, "must be one of linear, bands, deduction");
}

/** Every problem with a (merged) rule set; empty when it can be used. */
export function validateRuleSet(json: unknown): string[] {
  const c = new Checker();
  if (!isObj(json)) return ["(root): must be an object"];
  const o = json;
  c.keys(o, "", REQUIRED_KEYS, ["$schema", "extends", "weightScheme", "scale"]);
  if (o.$schema !== undefined && typeof o.$schema !== "string")
    c.fail("$schema", "must be a string");
  c.oneOf(o.extends, "extends", presetNames);
  c.string(o.name, "name");

  if (c.object(o.description, "description")) {
    c.keys(o.description, "description", ["zh-CN", "en-US"]);
    for (const lang of ["zh-CN", "en-US"]) {
      const v = o.description[lang];
      if (v !== undefined && typeof v !== "string")
        c.fail(`description.${lang}`, "must be a string");
    }
  }
  c.oneOf(o.mode, "mode", ["compute", "validate"]);

  if (c.object(o.operators, "operators")) {
    c.keys(o.operators, "operators", ["ge", "le", "eq", "about"]);
    for (const op of ["ge", "le", "eq", "about"]) c.rule(o.operators[op], `operators.${op}`);
  }

  if (o.indicatorDefaults !== undefined) {
    if (!Array.isArray(o.indicatorDefaults)) c.fail("indicatorDefaults", "must be a list");
    else
      o.indicatorDefaults.forEach((d: unknown, i: number) => {
        const p = `indicatorDefaults[${i}]`;
        if (!c.object(d, p)) return;
        c.keys(d, p, ["match", "rule"]);
        c.string(d.match, `${p}.match`);
        c.rule(d.rule, `${p}.rule`);
      });
  }

  if (c.object(o.qualitativeBands, "qualitativeBands")) {
    const q = o.qualitativeBands;
    c.keys(q, "qualitativeBands", ["achieved", "partial"]);
    c.fraction(q.achieved, "qualitativeBands.achieved");
    c.fraction(q.partial, "qualitativeBands.partial");
    if (isNum(q.achieved) && isNum(q.partial) && q.partial > q.achieved)
      c.fail("qualitativeBands.partial", "must not be above achieved");
  }

  c.number(o.overAchievement, "overAchievement", 1);
  c.number(o.scoreTolerance, "scoreTolerance", 0);
  c.number(o.moneyTolerance, "moneyTolerance", 0);
  c.number(o.decimals, "decimals", 0, 6, true);
  c.number(o.bonusBound, "bonusBound", 0);
  c.number(o.scale, "scale", 1);

  if (o.grades !== undefined) {
    if (!Array.isArray(o.grades) || o.grades.length === 0)
      c.fail("grades", "must be a non-empty list");
    else {
      o.grades.forEach((g: unknown, i: number) => {
        const p = `grades[${i}]`;
        if (!c.object(g, p)) return;
        c.keys(g, p, ["name", "min"], ["aliases"]);
        c.string(g.name, `${p}.name`);
        c.number(g.min, `${p}.min`, 0, 100);
        if (
          g.aliases !== undefined &&
          !(
            Array.isArray(g.aliases) &&
            g.aliases.every((a) => typeof a === "string" && a.length > 0)
          )
        ) {
          c.fail(`${p}.aliases`, "must be a list of non-empty strings");
        }
      });
      if (!o.grades.some((g) => isObj(g) && g.min === 0))
        c.fail("grades", "must have a grade with min 0, so that every total has a grade");
    }
  }

  const na = o.notApplicable;
  if (na !== undefined && na !== "rescale" && na !== "drop") {
    if (
      !isObj(na) ||
      typeof na.moveTo !== "string" ||
      na.moveTo.length === 0 ||
      Object.keys(na).length !== 1
    ) {
      c.fail("notApplicable", 'must be "rescale", "drop" or { "moveTo": "<level-1 indicator>" }');
    }
  }
  c.oneOf(o.weightScheme, "weightScheme", ["auto", "additive", "nested"]);

  if (c.object(o.budget, "budget")) {
    const b = o.budget;
    c.keys(b, "budget", ["denominator", "executionLow", "adjustmentHigh", "calendarLag", "score"]);
    c.oneOf(b.denominator, "budget.denominator", ["adjusted", "initial", "available"]);
    c.fraction(b.executionLow, "budget.executionLow");
    c.number(b.adjustmentHigh, "budget.adjustmentHigh", 0);
    c.fraction(b.calendarLag, "budget.calendarLag");
    if (b.score !== undefined) checkBudgetScore(c, b.score, "budget.score");
  }
  return c.errors;
}

/** Names a rule-set file may extend (kept here so the validator needs no import of the presets). */
export const presetNames = ["national-2020", "department-manual"] as const;

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
