import type { Message } from "./model";

/** An input a user can get wrong: a typed value with where it is, never an exception. */
export interface InputProblem {
  code:
    | "NO_TABLES"
    | "BAD_RULE_SET"
    | "NOT_A_WORKBOOK"
    | "TOO_LARGE"
    | "UNREADABLE_FILE"
    | "SHEET_MISSING";
  message: Message;
  file?: string;
  sheet?: string;
  cell?: string;
}
