// The browser door's run answer comes from the worker in slices (worker-protocol.ts): the page puts the
// evaluation's lists and the review entries back together before anything reads them.
import type { ReviewEntry } from "../../src/taskpane/session/contract";
import { addPart, emptyParts, joined } from "../../src/taskpane/worker-session";

const entry = (status: string): ReviewEntry => ({
  status,
  reviewer: "张三",
  comment: "",
  time: "2026-11-21 11:07:00",
});

/** The slices as the page's handler adds them, one message at a time. */
function parts(reviews: [string, ReviewEntry][]) {
  const made = emptyParts();
  addPart(made, "flags", [{ id: "f1" }]);
  addPart(made, "flags", [{ id: "f2" }]);
  addPart(made, "reviews", reviews.slice(0, 1));
  addPart(made, "reviews", reviews.slice(1));
  return made;
}

test("review entries sent in slices are the run's reviews again, by flag id", () => {
  // Two slices of review pairs, as two part messages append them.
  const answer = {
    outcome: { status: "done", evaluation: { flags: [] }, reviews: {}, notices: [] },
    state: null,
  };
  const result = joined(
    answer,
    parts([
      ["sheet!E22:NEGATIVE_COMPLETION", entry("已确认")],
      ["sheet!E30:NEGATIVE_COMPLETION", entry("已驳回")],
    ])
  ) as { outcome: { reviews: Record<string, ReviewEntry>; evaluation: { flags: unknown[] } } };
  expect(result.outcome.reviews).toEqual({
    "sheet!E22:NEGATIVE_COMPLETION": entry("已确认"),
    "sheet!E30:NEGATIVE_COMPLETION": entry("已驳回"),
  });
  expect(result.outcome.evaluation.flags).toEqual([{ id: "f1" }, { id: "f2" }]);
});

test("a run with no review entries keeps the answer's own (empty) reviews", () => {
  const answer = {
    outcome: { status: "done", evaluation: { flags: [] }, reviews: {}, notices: [] },
  };
  const result = joined(answer, parts([])) as { outcome: { reviews: object } };
  expect(result.outcome.reviews).toEqual({});
});

test("an answer that is not a finished run is passed on as it came", () => {
  const answer = { outcome: { status: "cancelled" } };
  expect(joined(answer, parts([["x", entry("已确认")]]))).toBe(answer);
});
