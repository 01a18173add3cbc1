// What the page and the workbook worker (workbook.worker.ts) say to each other: plain data only, since every
// message is structured-cloned; the workbook's bytes travel as a transferred ArrayBuffer.
import { type Grid } from "../../engine";
import type { Progress } from "../../workbook/port";
import type { Language } from "../i18n";
import type { RunChoices } from "../state/options";
import type { ReviewDecision, ReviewOutcome, ScoreOutcome, UndoOutcome } from "./contract";

export type WorkerRequest =
  | {
      readonly type: "open";
      readonly name: string;
      readonly bytes: ArrayBuffer;
      readonly language: Language;
    }
  | { readonly type: "score"; readonly choices: RunChoices }
  | { readonly type: "review"; readonly flagId: string; readonly decision: ReviewDecision }
  | { readonly type: "undo" }
  | { readonly type: "draft"; readonly choices: RunChoices }
  | { readonly type: "save" };

/** A file made in the worker (the scored copy, the report draft): its bytes, transferred. */
export interface FileBytes {
  readonly bytes: ArrayBuffer;
  readonly type: string;
  readonly name: string;
}

/**
 * The workbook as it is after a change, for the preview: its grids as JSON text in a transferred buffer, read
 * only when the preview first asks (a large workbook's grids, cloned, would hold up the page for a long moment).
 */
export interface BookState {
  readonly gridsJson: ArrayBuffer;
  readonly scored: boolean;
}

/** The preview's grids out of a BookState; in JSON a missing fill or value is null, which the preview treats alike. */
export function gridsOf(state: BookState): Grid[] {
  return JSON.parse(new TextDecoder().decode(state.gridsJson)) as Grid[];
}

export interface WorkerAnswers {
  readonly open:
    | { readonly ok: true; readonly state: BookState }
    | { readonly ok: false; readonly message: string };
  readonly score: { readonly outcome: ScoreOutcome; readonly state: BookState };
  readonly review: { readonly outcome: ReviewOutcome; readonly state: BookState };
  readonly undo: { readonly outcome: UndoOutcome; readonly state: BookState };
  readonly draft:
    | { readonly ok: true; readonly file: FileBytes }
    | { readonly ok: false; readonly message: string };
  readonly save: FileBytes;
}

export interface WorkerCall {
  readonly id: number;
  readonly request: WorkerRequest;
}

/** The evaluation's lists, which grow with the workbook's rows: sent ahead of a run's answer in slices. */
export const EVALUATION_LISTS = ["indicators", "budget", "groups", "flags"] as const;
export type EvaluationList = (typeof EVALUATION_LISTS)[number];
/** A run's review entries (one per flag) travel in slices too, as [flag id, entry] pairs. */
export type PartList = EvaluationList | "reviews";

export type WorkerReply =
  /**
   * A slice of one of the evaluation's lists or of the review entries; the answer that follows has those
   * empty. Each message is
   * taken off the page's queue as a task of its own, so a large result never holds the page for long.
   */
  | {
      readonly id: number;
      readonly kind: "part";
      readonly list: PartList;
      readonly items: readonly unknown[];
    }
  | { readonly id: number; readonly kind: "progress"; readonly progress: Progress }
  | {
      readonly id: number;
      readonly kind: "answer";
      readonly answer: WorkerAnswers[WorkerRequest["type"]];
    }
  | { readonly id: number; readonly kind: "failed"; readonly message: string };
