/**
 * Every regional parameter lives in a rule set (JSON, validated on load), never as a constant in code.
 * Defaults of the `national-2020` preset are in docs/contract.md.
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
