/**
 * The engine's front: what the doors (the task pane, the command line) may use of the engine. They
 * import from here only (tests/engine/architecture.test.ts holds them to it), so that the engine's
 * files can move without touching a door. Add a name here when a door needs it.
 */

// the run: grids in, an evaluation, a write plan and a report out
export { evaluate } from "./evaluate";
export type { EvaluateOptions, EvaluateOutcome } from "./evaluate";
export { plan, planUndo } from "./plan";
export type { PlanOptions } from "./plan";
export type { PlanValue, WritePlan } from "./plan/types";
export { columnMapping, flagCounts, toReport } from "./report";
export type { InputProblem } from "./errors";

// the data a run produces
export type {
  Evaluation,
  Flag,
  FlagCode,
  GroupTotal,
  IndicatorResult,
  Lang,
  Message,
  Severity,
} from "./model";

// grids and cell addresses
export {
  a1,
  areaA1,
  cellFormat,
  cellValue,
  colCount,
  columnName,
  isCellError,
  parseA1,
} from "./grid";
export type { CellValue, Grid } from "./grid";

// messages
export { msg, registerMessages, render } from "./i18n/render";
export { problemText } from "./i18n/problem-text";
export { gradeGloss } from "./i18n/grades";
export { FIELD_NAMES } from "./i18n/column-messages";

// rule sets and rule kinds
export { defaultPresetName, getPreset, loadRuleSet, presets } from "./ruleset";
export type { BudgetDenominator, LoadResult, RuleSet, RuleSpec } from "./ruleset";
export { describeRules } from "./ruleset/describe";

// the add-in's own sheets and the review sheet's statuses
export { SEVERITY_FILLS, STATE_SHEET, moreSevere } from "./plan/own";
export { STATUS } from "./plan/review-sheet";
export { planReviewUpdate } from "./plan/review-update";
export type { ReviewStatus } from "./plan/review-update";
