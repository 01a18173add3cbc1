import type { Message } from "./model";

/** An input a user can get wrong: a typed value with where it is, never an exception. */
export interface InputProblem {
  code:
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
  message: Message;
  file?: string;
  sheet?: string;
  cell?: string;
}
