// What the screens ask of a workbook, whichever door it came through: the workbook open in Excel, or an
// .xlsx picked in a plain browser. Types only: the sessions (excel-run.ts, browser-run.ts) implement it,
// and openers.ts loads them lazily.
import type { Grid, Evaluation, ReviewStatus } from "../../engine";
import type { Progress } from "../../workbook/port";
import type { Language } from "../i18n";
import type { RunChoices } from "../state/options";

/** A flag's row in 复核清单, as the screens show it. */
export interface ReviewEntry {
  readonly status: string;
  readonly reviewer: string;
  readonly comment: string;
  readonly time: string;
}

export type Reviews = Readonly<Record<string, ReviewEntry>>;

export interface ReviewDecision {
  readonly status: ReviewStatus;
  readonly reviewer: string;
  readonly comment: string;
}

/** What a run or an undo did that the person should know (a sheet of theirs kept, cells left), as text. */
export type Notices = readonly string[];

export type ScoreOutcome =
  | {
      readonly status: "done";
      readonly evaluation: Evaluation;
      readonly reviews: Reviews;
      readonly notices: Notices;
    }
  | { readonly status: "failed"; readonly message: string }
  | { readonly status: "cancelled" };

export type ActionOutcome =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

export type UndoOutcome =
  | { readonly ok: true; readonly notices: Notices }
  | { readonly ok: false; readonly message: string };

export type ReviewOutcome =
  | { readonly ok: true; readonly entry: ReviewEntry }
  | { readonly ok: false; readonly message: string };

/** Checked between the steps of a run: set `aborted` and the run stops before it writes anything. */
export interface CancelSignal {
  aborted: boolean;
}

export interface WorkbookSession {
  readonly kind: "excel" | "browser";
  score(
    choices: RunChoices,
    onProgress: (p: Progress) => void,
    signal: CancelSignal
  ): Promise<ScoreOutcome>;
  /** Records a decision in 复核清单 at once. */
  review(flagId: string, decision: ReviewDecision): Promise<ReviewOutcome>;
  /** Shows the cell in the workbook (Excel selects it; the browser preview scrolls to it itself). */
  select(sheet: string, cell: string): Promise<ActionOutcome>;
  /** Takes out everything the last run wrote. */
  undo(): Promise<UndoOutcome>;
  /** The 自评报告 draft (.docx) of the workbook as it is now; the workbook is not changed. */
  /** `form`: the form to draft, in a workbook of several (its id). */
  draftReport?(choices: RunChoices, form?: string): Promise<DraftOutcome>;
}

export type DraftOutcome =
  | { readonly ok: true; readonly file: DownloadFile }
  | { readonly ok: false; readonly message: string };

export interface DownloadFile {
  readonly blob: Blob;
  readonly name: string;
}

/** Browser mode: the picked file, held in memory; the user downloads a copy, never overwrites the file. */
export interface BrowserSession extends WorkbookSession {
  readonly kind: "browser";
  readonly fileName: string;
  /** The workbook as it is now (after the last run, review or undo), for the preview. */
  grids(): readonly Grid[];
  /** Has the last change left the workbook scored (true) or un-scored (false, after undo)? */
  scored(): boolean;
  download(): Promise<DownloadFile>;
}

export type OpenOutcome<S> =
  | { readonly ok: true; readonly session: S }
  /** `cancelled`: the person pressed Cancel while the file was being read. */
  | { readonly ok: false; readonly message: string; readonly cancelled?: true };

export type SessionOpeners = {
  readonly excel: (language: Language) => Promise<WorkbookSession>;
  /** Setting `cancel.aborted` while the file is read stops the read. */
  readonly browser: (
    file: File,
    language: Language,
    cancel?: CancelSignal
  ) => Promise<OpenOutcome<BrowserSession>>;
};
