/** The rule-set types, declared with the rule kinds in rules/types.ts (rules/ never imports ruleset/). */
export type { BudgetDenominator, RuleSet, RuleSpec } from "../rules/types";
