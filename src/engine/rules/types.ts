import type { DslReader } from "./dsl-tokens";
import type { FlagCode, Message, RowField } from "../model";
import type { Quantity } from "../quantity/types";

/** What a rule sees of one indicator row. */
export interface ScoreInput {
  weight: number;
  target: Quantity;
  actual: Quantity;
  /** The evaluator's own score from the sheet, for manual and qualitative rules. */
  stated: number | null;
  ruleSet: RuleSet;
}

export type { RowField };

/** A rule-specific finding; `field` says which cell a supervisor should look at. */
export interface Finding {
  code: FlagCode;
  message: Message;
  field?: RowField;
}

/** What a failed veto condition does to the totals (applied by totals/). */
export type VetoEffect =
  | { effect: "zero-block"; level: number } // the level-N group containing the row scores 0
  | { effect: "zero-total" } // the whole total scores 0
  | { effect: "cap-total"; cap: number }; // the total is capped at `cap`

export interface ScoreResult {
  /** Rounded to the rule set's decimals; null when it cannot be computed (e.g. manual with nothing stated). */
  score: number | null;
  /** Completion as a fraction (B/A for at-least), where the rule defines one. */
  completion: number | null;
  /** Rule-specific findings, e.g. NEGATIVE_COMPLETION, UNIT_MISMATCH, QUAL_OUT_OF_BAND (shared when empty: read only). */
  findings: readonly Finding[];
  /** Whether the actual meets the target (null when it cannot be told); drives FULL_MARKS_UNMET. */
  met?: boolean | null;
  /** B/A where more is better (at-least-like comparisons), else null; drives OVER_ACHIEVEMENT. */
  actualToTarget?: number | null;
  /** The explanation computed together with the score (explain() returns it). */
  explanation?: Message;
  /** Set by a veto rule whose condition failed. */
  veto?: VetoEffect;
}

/** The type of a rule parameter, used by the validators and by `jixiao rules`. */
export type ParamType =
  | { type: "number"; min?: number; max?: number; exclusiveMin?: boolean; exclusiveMax?: boolean }
  | { type: "enum"; values: readonly (string | number)[] }
  | { type: "boolean" }
  | { type: "bands" } // [{ min?, exclusive?, points? | fraction? }]
  | { type: "qualitativeBands" }; // { achieved?: [lo, hi], partial?: [lo, hi], unmet?: [lo, hi] }

export interface ParamInfo {
  "zh-CN": string;
  "en-US": string;
  /** Added by the rules module: the value's type (checked on load). */
  type?: ParamType;
  /** Added by the rules module: the parameter must be present. */
  required?: boolean;
  /** The parameter must be present when another one has this value (veto: cap when effect is cap-total). */
  requiredWhen?: { param: string; equals: string | number };
}

/** A rule kind: data (its spec) plus two pure functions. */
export interface RuleKind {
  name: string;
  label: { "zh-CN": string; "en-US": string };
  /** Parameter names with a one-line description each, for `jixiao rules`. */
  params: Record<string, ParamInfo>;
  score(spec: RuleSpec, input: ScoreInput): ScoreResult;
  explain(spec: RuleSpec, input: ScoreInput, result: ScoreResult): Message;
  /** Cross-parameter checks beyond the parameter types; messages are "param: problem". */
  validate?(spec: RuleSpec): string[];
  /** Reads the kind's options in the rule DSL of a 评分标准 cell (criterion-dsl.ts); none: no options. */
  dsl?: DslReader;
  /** Formula mode (plan/formulas.ts): the score as a spreadsheet expression over the row's cells. */
  formula?: FormulaWriter;
}

/** The A1 addresses of a row's 指标值, 完成值 and 分值 cells, and the plain numbers they hold (target > 0). */
export interface FormulaRow {
  cells: { target: string; actual: string; weight: string };
  values: { target: number; actual: number; weight: number };
}

/**
 * The score as an Excel expression (rounded by the caller) and the value a spreadsheet computes from it,
 * for a result explained by `explanation` (a message key); null where the expression would not describe
 * the rule (e.g. a completion floor). The caller keeps it only when the value is the engine's score.
 */
export type FormulaWriter = (
  row: FormulaRow,
  explanation: string
) => { expression: string; value: number } | null;

/*
 * Rule sets: every regional parameter lives in a rule set (JSON, validated on load), never as a constant in
 * code. Declared here, beside the rule kinds that read them, so that rules/ needs nothing from ruleset/
 * (ruleset/ loads and validates rule sets with the kinds: the dependency goes one way). Defaults of the
 * `national-2020` preset are in docs/contract.md.
 */

/** A rule as data: `kind` names a registered rule kind; the other keys are its parameters. */
export interface RuleSpec {
  kind: string;
  [param: string]: unknown;
}

export type BudgetDenominator = "adjusted" | "initial" | "available"; // 全年/调整后, 年初, 实际到位资金

export interface RuleSet {
  name: string;
  description: { "zh-CN": string; "en-US": string };
  /** Scores are computed ("compute") or entered by hand and only checked ("validate"). */
  mode: "compute" | "validate";
  operators: {
    ge: RuleSpec; // default { kind: "at-least" }
    le: RuleSpec; // default { kind: "at-most", variant: "linear" }
    eq: RuleSpec;
    about: RuleSpec; // default { kind: "about", tolerance: 0.05 }
  };
  /** Rules by indicator name (a substring of any level's text), tried before the operator default. */
  indicatorDefaults: { match: string; rule: RuleSpec }[];
  qualitativeBands: { achieved: number; partial: number }; // 0.8, 0.6
  overAchievement: number; // 1.3
  scoreTolerance: number; // 0.01
  moneyTolerance: number; // 0.01 (万元)
  decimals: number; // 2
  grades: { name: string; min: number; aliases?: string[] }[]; // 优 90, 良 80, 中 60, 差 0 (aliases: 优秀 …)
  bonusBound: number; // the absolute bound of a bonus/penalty row, e.g. 5
  /** The points a full table makes up (default 100): a grade is given only when the scored weights reach it. */
  scale?: number;
  notApplicable: "rescale" | "drop" | { moveTo: string };
  /** How weights combine: additive (leaves sum to parents), nested percentages, or detected (default "auto"). */
  weightScheme?: "auto" | "additive" | "nested";
  budget: {
    denominator: BudgetDenominator;
    executionLow: number; // 0.9
    adjustmentHigh: number; // 0.2
    calendarLag: number; // 0.1 (10 points)
    score: RuleSpec; // { kind: "linear" } = rate × weight, capped
  };
}
