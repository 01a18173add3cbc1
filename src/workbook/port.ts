import type { Grid } from "../engine/grid";
import type { Message } from "../engine/model";
import type { WritePlan } from "../engine/plan/types";

export type Step = "reading" | "scoring" | "writing";

export interface Progress {
  step: Step;
  done: number;
  total: number;
}

/** What the task pane and the command line need of a workbook. Adapters translate; they never score. */
export interface WorkbookPort {
  /** Every sheet as a grid, the add-in's own sheets included (the review sheet and undo state are read back). */
  read(onProgress?: (p: Progress) => void): Promise<Grid[]>;
  /**
   * Apply the whole plan, or nothing: the adapter checks sheets exist and are writable before writing. What
   * it could not do as planned without touching a person's data, it left and says (notices, if any).
   */
  apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<readonly Message[] | void>;
}
