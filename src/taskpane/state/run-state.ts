// The life of a run as the screens see it: idle, running (with its step and progress), done (with the
// evaluation and the review list's statuses), failed, cancelled, undone. A pure reducer.
import type { Evaluation } from "../../engine";
import type { Progress, Step } from "../../workbook/port";
import type { Notices, ReviewEntry, Reviews } from "../session/contract";

export const STEPS: readonly Step[] = ["reading", "scoring", "writing"];

export type RunPhase = "idle" | "running" | "done" | "failed" | "cancelled" | "undone";

export interface RunState {
  readonly phase: RunPhase;
  readonly step: Step;
  /** 0..1 over the three steps; never goes back during a run. */
  readonly fraction: number;
  readonly cancelling: boolean;
  /** The last finished run's evaluation; null before one, after a failure and after undo. */
  readonly evaluation: Evaluation | null;
  readonly reviews: Reviews;
  /** What went wrong (failed), already in the user's language. */
  readonly message: string | null;
  /** What the last run or undo did that the person should know (done, undone), in their language. */
  readonly notices: Notices;
  /** Counts finished runs, so that the screens can react once to each (focus, announcement). */
  readonly finished: number;
}

export type RunAction =
  | { readonly type: "start" }
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "cancel" }
  | {
      readonly type: "done";
      readonly evaluation: Evaluation;
      readonly reviews: Reviews;
      readonly notices?: Notices;
    }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "cancelled" }
  | { readonly type: "undone"; readonly notices?: Notices }
  | { readonly type: "reviewed"; readonly flagId: string; readonly entry: ReviewEntry }
  | { readonly type: "reset" };

export const initialRunState: RunState = {
  phase: "idle",
  step: "reading",
  fraction: 0,
  cancelling: false,
  evaluation: null,
  reviews: {},
  message: null,
  notices: [],
  finished: 0,
};

/** The share of the whole run that a step's progress stands for: each step is a third. */
export function overallFraction(progress: Progress): number {
  const index = Math.max(0, STEPS.indexOf(progress.step));
  const within = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  return (index + within) / STEPS.length;
}

/** 1-based number of the step, for "step 2 of 3". */
export function stepNumber(step: Step): number {
  return STEPS.indexOf(step) + 1;
}

export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case "start":
      return { ...initialRunState, phase: "running", finished: state.finished };
    case "progress":
      if (state.phase !== "running") return state;
      return {
        ...state,
        step: action.progress.step,
        fraction: Math.max(state.fraction, overallFraction(action.progress)),
      };
    case "cancel":
      return state.phase === "running" ? { ...state, cancelling: true } : state;
    case "done":
      return {
        ...initialRunState,
        phase: "done",
        step: "writing",
        fraction: 1,
        evaluation: action.evaluation,
        reviews: action.reviews,
        notices: action.notices ?? [],
        finished: state.finished + 1,
      };
    case "failed":
      return {
        ...initialRunState,
        phase: "failed",
        message: action.message,
        finished: state.finished,
      };
    case "cancelled":
      return { ...initialRunState, phase: "cancelled", finished: state.finished };
    case "undone":
      return {
        ...initialRunState,
        phase: "undone",
        notices: action.notices ?? [],
        finished: state.finished,
      };
    case "reviewed":
      if (state.phase !== "done") return state;
      return { ...state, reviews: { ...state.reviews, [action.flagId]: action.entry } };
    case "reset":
      return { ...initialRunState, finished: state.finished };
  }
}

export function isRunning(state: RunState): boolean {
  return state.phase === "running";
}
