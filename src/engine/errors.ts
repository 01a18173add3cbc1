import type { Message } from "./model";

/**
 * The one shape of a problem a person can cause, at every door (the engine, the .xlsx and Excel adapters, the
 * command line): a code, where it is (file, sheet, cell), and its message — a catalogue key with its
 * parameters, rendered in the user's language by `problemText` (i18n/problem-text.ts).
 */
export interface Problem<Code extends string = string> {
  code: Code;
  message: Message;
  file?: string;
  sheet?: string;
  cell?: string;
}

/** An exception that stops a door carries its problem (WorkbookError, MissingSheetsError). */
export function problemOf(e: unknown): Problem | undefined {
  if (typeof e !== "object" || e === null || !("problem" in e)) return undefined;
  const p = (e as { problem: unknown }).problem;
  return typeof p === "object" && p !== null && "code" in p && "message" in p
    ? (p as Problem)
    : undefined;
}

/** An input a user can get wrong: a typed value with where it is, never an exception. */
export type InputProblem = Problem<InputProblemCode>;

export type InputProblemCode =
  | "NO_TABLES"
  | "BAD_RULE_SET"
  | "NOT_A_WORKBOOK"
  | "TOO_LARGE"
  | "UNREADABLE_FILE"
  | "SHEET_MISSING"
  | "EMPTY_FILE"
  | "PASSWORD_PROTECTED"
  | "OLD_XLS"
  | "WPS_ET"
  | "ODS_FILE"
  | "CSV_FILE"
  | "OUTPUT_CONFLICT"
  | "CANNOT_WRITE"
  | "UNREADABLE_SHEET";
