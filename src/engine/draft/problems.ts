/** 三、存在的主要问题, drafted from the flags still open in the review list, grouped by theme, with their numbers. */

import type { Grid } from "../grid";
import { render } from "../i18n/render";
import type { Flag } from "../model";
import { REVIEW_SHEET } from "../plan/own";
import { readReview, STATUS } from "../plan/review-sheet";
import type { FigureBook } from "./figures";
import type { Block } from "./model";
import { outline } from "./numbering";

type Theme = "budget" | "arithmetic" | "reasons" | "targets" | "other";
const THEMES: Theme[] = ["budget", "arithmetic", "reasons", "targets", "other"];

/** Codes not listed here (new ones too) fall under "other". */
const THEME_OF: Partial<Record<string, Theme>> = {
  BUDGET_TIE_OUT: "budget",
  EXECUTION_LOW: "budget",
  EXECUTION_OVER: "budget",
  RATE_MISMATCH: "budget",
  ADJUSTMENT_HIGH: "budget",
  PROGRESS_BEHIND: "budget",
  SCORE_MISMATCH: "arithmetic",
  SCORE_OVER_WEIGHT: "arithmetic",
  SUM_MISMATCH: "arithmetic",
  WEIGHT_SUM: "arithmetic",
  GRADE_MISMATCH: "arithmetic",
  QUAL_OUT_OF_BAND: "arithmetic",
  CELL_ERROR: "arithmetic",
  REASON_MISSING: "reasons",
  OVER_ACHIEVEMENT: "reasons",
  FULL_MARKS_UNMET: "reasons",
  NEGATIVE_COMPLETION: "targets",
  TARGET_UNREADABLE: "targets",
  ACTUAL_MISSING: "targets",
  UNIT_MISMATCH: "targets",
};

/** Flags a reviewer has not rejected or marked fixed; notes about reading the sheet (info) are not problems. */
export function openFlags(flags: Flag[], grids: Grid[]): Flag[] {
  const closed = new Set<string>(
    readReview(grids.find((g) => g.sheet === REVIEW_SHEET))
      .filter((r) => r.status === STATUS.rejected || r.status === STATUS.fixed)
      .map((r) => r.id)
  );
  return flags.filter((f) => f.severity !== "info" && !closed.has(f.id));
}

export function problemsSection(book: FigureBook, flags: Flag[]): Block[] {
  if (flags.length === 0)
    return [{ kind: "paragraph", check: true, runs: [{ text: book.text("draft.problems.none") }] }];
  const blocks: Block[] = [
    { kind: "paragraph", check: true, runs: [{ text: book.text("draft.problems.lead") }] },
  ];
  let n = 0;
  for (const theme of THEMES) {
    const mine = flags.filter((f) => (THEME_OF[f.code] ?? "other") === theme);
    if (mine.length === 0) continue;
    const name = book.text(`draft.problems.${theme}`);
    blocks.push({
      kind: "heading",
      level: 3,
      text:
        outline(3, ++n, book.lang) +
        book.text("draft.problems.group", { name, count: mine.length }),
    });
    mine.forEach((f, i) =>
      blocks.push({
        kind: "paragraph",
        runs: [
          {
            text: book.text("draft.problems.item", {
              n: outline(4, i + 1, book.lang),
              sheet: f.sheet,
              cell: f.cell,
              message: render(f.message, book.lang),
            }),
          },
        ],
      })
    );
  }
  return blocks;
}
