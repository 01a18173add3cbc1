import {
  initialRunState,
  overallFraction,
  runReducer,
  stepNumber,
  type RunState,
} from "../../src/taskpane/state/run-state";
import { evaluation } from "./fixtures";

function reduce(...actions: Parameters<typeof runReducer>[1][]): RunState {
  return actions.reduce(runReducer, initialRunState);
}

describe("run state", () => {
  test("each step is a third of the bar", () => {
    expect(overallFraction({ step: "reading", done: 0, total: 2 })).toBe(0);
    expect(overallFraction({ step: "reading", done: 1, total: 2 })).toBeCloseTo(1 / 6);
    expect(overallFraction({ step: "scoring", done: 1, total: 1 })).toBeCloseTo(2 / 3);
    expect(overallFraction({ step: "writing", done: 1, total: 1 })).toBe(1);
    expect(overallFraction({ step: "writing", done: 5, total: 0 })).toBeCloseTo(2 / 3);
    expect(stepNumber("scoring")).toBe(2);
  });

  test("a run goes reading → scoring → writing → done; the bar never goes back", () => {
    let s = reduce({ type: "start" });
    expect(s).toMatchObject({ phase: "running", step: "reading", fraction: 0 });
    s = runReducer(s, { type: "progress", progress: { step: "scoring", done: 1, total: 1 } });
    s = runReducer(s, { type: "progress", progress: { step: "reading", done: 0, total: 1 } });
    expect(s.fraction).toBeCloseTo(2 / 3);
    s = runReducer(s, { type: "done", evaluation: evaluation(), reviews: {} });
    expect(s).toMatchObject({ phase: "done", fraction: 1, finished: 1 });
    expect(s.evaluation?.totals?.score).toBe(79.59);
  });

  test("progress outside a run is ignored", () => {
    expect(
      runReducer(initialRunState, {
        type: "progress",
        progress: { step: "writing", done: 1, total: 1 },
      })
    ).toBe(initialRunState);
  });

  test("cancel marks the run as cancelling until it stops; then nothing of it is kept", () => {
    let s = reduce({ type: "start" }, { type: "cancel" });
    expect(s.cancelling).toBe(true);
    s = runReducer(s, { type: "cancelled" });
    expect(s).toMatchObject({ phase: "cancelled", cancelling: false, evaluation: null });
    expect(runReducer(initialRunState, { type: "cancel" })).toBe(initialRunState);
  });

  test("a failure keeps its message; a new run clears it", () => {
    const failed = reduce({ type: "start" }, { type: "failed", message: "评分失败：坏文件" });
    expect(failed).toMatchObject({ phase: "failed", message: "评分失败：坏文件" });
    expect(runReducer(failed, { type: "start" }).message).toBeNull();
  });

  test("a review decision updates that flag's entry; undo forgets the run", () => {
    const entry = {
      status: "已确认",
      reviewer: "张三",
      comment: "已核实",
      time: "2026-01-01T00:00:00.000Z",
    };
    let s = reduce(
      { type: "start" },
      {
        type: "done",
        evaluation: evaluation(),
        reviews: { a: { status: "待复核", reviewer: "", comment: "", time: "" } },
      }
    );
    s = runReducer(s, { type: "reviewed", flagId: "a", entry });
    expect(s.reviews.a).toEqual(entry);
    expect(runReducer(initialRunState, { type: "reviewed", flagId: "a", entry })).toBe(
      initialRunState
    );
    s = runReducer(s, { type: "undone" });
    expect(s).toMatchObject({ phase: "undone", evaluation: null, reviews: {}, finished: 1 });
    expect(runReducer(s, { type: "reset" }).phase).toBe("idle");
  });
});
