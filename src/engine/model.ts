/** What the engine produces: the evaluation of a workbook, as data. Names follow docs/contract.md. */

import type { Quantity } from "./quantity/types";
import type { FlagCode } from "./review/flags";

export type { FlagCode };

import type { Lang } from "./i18n/languages";

export type { Lang };
export type Severity = "error" | "warning" | "info";

/** Which cell of an indicator row a finding is about (the caller maps it to an A1 address). */
export type RowField = "target" | "actual" | "score" | "weight" | "reason";

/** A parameter already worded in every language (a cause rendered by its own message, errors.ts). */
export type Localized = { readonly [L in Lang]: string };

/** What a message quotes: a text, a figure, or a text per language. */
export type ArgValue = string | number | Localized;

/** A message key from the catalogues in i18n/, with the figures it quotes. */
export interface Message {
  key: string;
  args: Readonly<Record<string, ArgValue>>;
}

export interface Flag {
  id: string; // `${sheet}!${cell}:${code}`, stable across runs
  code: FlagCode;
  severity: Severity;
  sheet: string;
  cell: string; // A1
  message: Message;
  /** The id of the form whose rows hold the flagged cell; absent for a cell outside every form. */
  form?: string;
}

/** Where a located table sits and which column holds which field (0-based columns, -1 when absent). */
export interface TableRef {
  sheet: string;
  kind: "indicators" | "budget";
  headerRow: number; // 0-based, the last header row
  firstRow: number; // 0-based first data row
  lastRow: number; // 0-based last data row (inclusive)
  firstCol: number;
  lastCol: number;
  columns: Record<string, number>;
  /** Each field's header text as the sheet wrote it (one line). */
  headers?: Record<string, string>;
  /** Fields whose header was recognised by meaning, or had rivals: which column was chosen. */
  columnNotes?: ColumnNote[];
  /** Weighted rows of the table scored and not scored. */
  rows?: { scored: number; unscored: number };
}

export interface ColumnNote {
  field: string;
  col: number; // 0-based, the column chosen
  header: string;
  how: "alias" | "meaning";
  others: { col: number; header: string }[];
}

export type RowKind = "indicator" | "total" | "bonus" | "group";

export interface IndicatorResult {
  /** The id of its form (FormResult.id); evaluate() sets it on every row. */
  form?: string;
  sheet: string;
  row: number; // 1-based worksheet row, as in the report
  kind: RowKind;
  levels: string[];
  weight: number | null;
  target: string | null;
  actual: string | null;
  targetValue: Quantity;
  actualValue: Quantity;
  rule: string; // rule kind name, or "manual" / "unscored"
  score: number | null;
  statedScore: number | null;
  completion: number | null; // B/A-style completion as a fraction, where defined
  reason: string | null; // the sheet's 扣分原因 text
  explanation: Message | null;
  /** A suggested wording for 扣分原因 where the sheet has none and points were lost. */
  suggestedReason: Message | null;
  notApplicable: boolean;
}

export interface BudgetLineResult {
  /** The id of its form; evaluate() sets it on every line. */
  form?: string;
  sheet: string;
  row: number; // 1-based
  name: string;
  level: number; // 0 for a total, 1 for its components, …
  parentRow: number | null; // 1-based row of the line it is a component of
  initialBudget: number | null;
  budget: number | null; // the denominator used
  executed: number | null;
  rate: number | null; // 4 decimals
  statedRate: number | null;
  adjustmentRate: number | null;
  balance: number | null;
  balanceRate: number | null;
  weight: number | null;
  score: number | null;
  statedScore: number | null;
  explanation: Message | null;
}

export interface Totals {
  weight: number;
  score: number;
  grade: string;
  statedScore: number | null;
  statedGrade: string | null;
  /** Some weighted rows could not be scored, or the weights fall short of the scale: no grade. */
  partial?: boolean;
  /** Weighted rows (indicators and weighted budget lines) scored and not scored. */
  rows?: { scored: number; unscored: number };
  /** Why the grade is "—", when it is. */
  gradeReason?: Message | null;
}

/** A level-1 or level-2 roll-up, for the summary sheet and chart. */
export interface GroupTotal {
  /** The id of its form; evaluate() sets it on every group. */
  form?: string;
  sheet: string;
  levels: string[];
  weight: number;
  score: number;
  /** Weighted rows under it that could not be scored: its score is then not the group's (shown blank). */
  unscored?: number;
}

/**
 * One form of the workbook: an indicator table with the budget block that belongs to it, totalled, graded and
 * checked on its own (a workbook of several forms has no total of its own).
 */
export interface FormResult {
  id: string; // the sheet's name, or `${sheet}#2` for a second form on one sheet; stable across runs
  sheet: string;
  title: string; // the title row and 项目名称, else the sheet's name
  kind: "project" | "department";
  /** Indexes into Evaluation.tables. */
  tables: number[];
  totals: Totals;
  /** The rate of its budget's first total line, or null without one. */
  executionRate: number | null;
  flagCounts: Record<Severity, number>;
}

export interface Evaluation {
  file: string;
  ruleSet: string;
  denominator: string; // which budget column was the execution denominator
  tables: TableRef[];
  forms: FormResult[];
  indicators: IndicatorResult[];
  budget: BudgetLineResult[];
  groups: GroupTotal[];
  /** The only form's totals, or null when the workbook holds several forms. */
  totals: Totals | null;
  flags: Flag[];
}

export function flagId(sheet: string, cell: string, code: FlagCode): string {
  return `${sheet}!${cell}:${code}`;
}
