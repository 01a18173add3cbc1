/**
 * The engine's front: what the doors (the task pane, the command line) may use of the engine. They
 * import from here only (tests/engine/architecture.test.ts holds them to it), so that the engine's
 * files can move without touching a door. Add a name here when a door needs it, and only then: every
 * module named here goes into the pane's first bundle (webpack keeps a re-exported module of our own
 * source whether or not it is used), so the run's heavy modules stay out until the pane loads them.
 */

// the report and what it counts (the run itself is src/workbook/run.ts, over the engine's evaluate and plan)
export { columnMapping, flagCounts, toReport } from "./report";
export { problemOf } from "./errors";
export type { InputProblem, Problem } from "./errors";
export type { PlanValue, SheetWrite, WritePlan } from "./plan/types";

// the forms of a workbook
export { formView } from "./forms/view";

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
export { FIELD_NAMES } from "./i18n/field-names";
export { CATALOGUES, LANGS } from "./i18n/languages";
export type { MessageKey } from "./i18n/catalogue";

// the flag catalogue
export { FLAGS } from "./review/flags";
export type { FlagRow } from "./review/flags";

// rule sets and rule kinds
export { defaultPresetName, getPreset, loadRuleSet, presets } from "./ruleset";
export type { BudgetDenominator, LoadResult, RuleSet, RuleSpec } from "./ruleset";
export { describeRules } from "./ruleset/describe";

// the add-in's own sheets and the review sheet's statuses
export { SEVERITY_FILLS, STATE_SHEET, moreSevere } from "./plan/own";
export { STATUS } from "./plan/review-sheet";
export { planReviewUpdate } from "./plan/review-update";
export type { ReviewStatus } from "./plan/review-update";
