export type { RuleSet, RuleSpec, BudgetDenominator } from "./types";
export { presets, getPreset, loadRuleSet, defaultPresetName } from "./presets";
export { validateRuleSet, mergeRuleSet, presetNames } from "./validate";
export type { LoadResult } from "./validate";
