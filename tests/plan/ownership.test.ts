/**
 * A person's data is theirs: sheets with the add-in's names, an undo state the add-in did not write, old own
 * columns typed over, rows added to 复核清单. Each of these lost data before (issue 19); each test here failed
 * on that code.
 */

import { cellValue, parseA1, type Grid } from "../../src/engine/grid";
import { registerMessages, render } from "../../src/engine/i18n/render";
import { plan, planUndo } from "../../src/engine/plan";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../src/engine/plan/own";
import { readReview, STATUS } from "../../src/engine/plan/review-sheet";
import { readState, stateJson } from "../../src/engine/plan/state";
import { CELL_TEXT_LIMIT, CUT_MARK } from "../../src/engine/plan/text";
import { applyToGrids, snapshot } from "./simulate";
import { SHEET, gridOf, sampleEvaluation, sampleSheet } from "./fixtures";

registerMessages({ "test.long": { "zh-CN": "{text}", "en-US": "{text}" } });

const zh = { lang: "zh-CN" as const, now: "2024-03-01T09:00:00.000Z" };
const input = (): Grid[] => [gridOf(sampleSheet())];
const sheetOf = (grids: Grid[], name: string) => grids.find((g) => g.sheet === name);
const at = (grid: Grid, address: string) => {
  const p = parseA1(address)!;
  return cellValue(grid, p.row, p.col);
};
const said = (p: { notices?: Parameters<typeof render>[0][] }) =>
  (p.notices ?? []).map((m) => render(m, "zh-CN")).join("\n");

function personSheet(name: string): Grid {
  return {
    sheet: name,
    values: [["我的笔记", 42], [null, "=不是公式"]],
    formulas: [[undefined, "A1*2"]],
    notes: [["我的批注"]],
    merges: [],
  };
}

describe("own sheets are known by the state the add-in wrote, not by their name", () => {
  test.each([SUMMARY_SHEET, REVIEW_SHEET, STATE_SHEET])(
    "a person's sheet named %s keeps everything; the add-in takes another name and says so",
    (name) => {
      const mine = personSheet(name);
      const grids = [...input(), mine];
      const p = plan(sampleEvaluation(), grids, zh);
      expect(p.sheets.map((s) => s.name)).not.toContain(name);
      expect(p.deleteSheets).toEqual([]);
      const after = applyToGrids(grids, p);
      expect(snapshot(sheetOf(after, name)!)).toEqual(snapshot(mine));
      expect(sheetOf(after, `${name} (2)`)).toBeDefined();
      if (name !== STATE_SHEET) expect(said(p)).toContain(`「${name} (2)」`);
      // A re-run finds its own sheets under the names it took, and the person's are still untouched.
      const again = plan(sampleEvaluation(), after, zh);
      expect(again.sheets.map((s) => s.name).sort()).toEqual(p.sheets.map((s) => s.name).sort());
      const twice = applyToGrids(after, again);
      expect(snapshot(sheetOf(twice, name)!)).toEqual(snapshot(mine));
      // Undo removes the add-in's sheets only.
      const undone = applyToGrids(twice, planUndo(twice));
      expect(undone.map((g) => g.sheet).sort()).toEqual([SHEET, name].sort());
    }
  );
});

describe("an undo state the add-in did not write is not trusted", () => {
  const forged = (json: unknown): Grid => ({
    sheet: STATE_SHEET,
    values: [[JSON.stringify(json)]],
    merges: [],
  });
  const overTable = { sheet: SHEET, top: 0, left: 0, bottom: 11, right: 8 };
  const v1 = {
    version: 1,
    blocks: [overTable],
    widths: [],
    heights: [],
    looks: [],
    filled: [],
    sheets: [SHEET],
  };

  test.each([
    ["garbage", "not json {"],
    ["a version-1 state naming blocks over the user's table", v1],
    ["a version-2 state without the mark", { ...v1, version: 2, names: { summary: SUMMARY_SHEET, review: REVIEW_SHEET, state: STATE_SHEET } }],
  ])("%s: undo clears nothing and removes no sheet, a run leaves the sheet", (_what, json) => {
    const state = forged(json);
    const grids = [...input(), state];
    expect(planUndo(grids).clears).toEqual([]);
    expect(planUndo(grids).deleteSheets).toEqual([]);
    const p = plan(sampleEvaluation(), grids, zh);
    expect(p.clears).toEqual([]);
    const after = applyToGrids(grids, p);
    expect(snapshot(sheetOf(after, SHEET)!)).toEqual(
      snapshot(sheetOf(applyToGrids(input(), plan(sampleEvaluation(), input(), zh)), SHEET)!)
    );
    expect(snapshot(sheetOf(after, STATE_SHEET)!)).toEqual(snapshot(state));
  });

  test("a state with the mark whose fingerprints do not match the cells clears none of them", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    // The state as the add-in stored it, with its mark.
    const state = stateJson(sheetOf(once, STATE_SHEET)!) as { blocks: unknown[] };
    const grids = (json: unknown) => once.map((g) => (g.sheet === STATE_SHEET ? forged(json) : g));
    // Forge: claim the user's table (A7:H12) with made-up fingerprints of the right shape (6 × 8 cells).
    const claimed = { sheet: SHEET, top: 6, left: 0, bottom: 11, right: 7 };
    const prints = "AbC_".repeat(6 * 8);
    const json = { ...state, blocks: [...state.blocks, { ...claimed, prints }] };
    expect(readState(grids(json))).not.toBeNull();
    const undo = planUndo(grids(json));
    const user = sheetOf(grids(json), SHEET)!;
    const restored = applyToGrids(grids(json), undo);
    for (let r = 6; r <= 11; r++)
      for (let c = 0; c <= 7; c++)
        expect(cellValue(sheetOf(restored, SHEET)!, r, c)).toEqual(cellValue(user, r, c));
  });
});

describe("old own columns a person typed over", () => {
  test("a re-run leaves their header and numbers, writes beside them, and says so; undo leaves them too", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const typed = structuredClone(once);
    const g = sheetOf(typed, SHEET)!;
    // The indicator block was J7:L12: a person writes their own header and figures into J.
    g.values[6][9] = "复核得分";
    g.values[7][9] = 6;
    g.values[8][9] = 7.5;
    const p = plan(sampleEvaluation(), typed, zh);
    const after = sheetOf(applyToGrids(typed, p), SHEET)!;
    expect(at(after, "J7")).toBe("复核得分");
    expect(at(after, "J8")).toBe(6);
    expect(at(after, "J9")).toBe(7.5);
    expect(said(p)).toMatch(/J7.*J8.*J9|J7:J9/);
    const undone = sheetOf(applyToGrids(typed, planUndo(typed)), SHEET)!;
    expect(at(undone, "J7")).toBe("复核得分");
    expect(at(undone, "J8")).toBe(6);
    // What the add-in wrote and nobody touched is gone.
    expect(at(undone, "K8")).toBeNull();
  });
});

describe("复核清单 rows a person added", () => {
  test("a row without a flag id stays where it was, as it was", () => {
    const grids = input();
    const once = applyToGrids(grids, plan(sampleEvaluation(), grids, zh));
    const review = sheetOf(once, REVIEW_SHEET)!;
    const personRow = ["", "", "", "", "", "请财务科补充说明", "待复核", "张三", "我加的", "2024-02-01"];
    review.values.splice(2, 0, personRow);
    const p = plan(sampleEvaluation(), once, zh);
    const rows = readReview(sheetOf(applyToGrids(once, p), REVIEW_SHEET)!);
    expect(rows[1]).toEqual({
      id: "",
      severity: "",
      sheet: "",
      cell: "",
      code: "",
      message: "请财务科补充说明",
      status: STATUS.open,
      reviewer: "张三",
      comment: "我加的",
      time: "2024-02-01",
    });
    expect(rows.filter((r) => r.status === STATUS.fixed)).toEqual([]);
  });
});

describe("what the plan writes fits a cell", () => {
  test("text beyond 32,767 characters is cut with a visible mark; non-finite numbers are not written", () => {
    const e = sampleEvaluation();
    const long = "长".repeat(40000);
    const withLong = {
      ...e,
      indicators: e.indicators.map((ind, i) =>
        i === 0 ? { ...ind, score: Number.POSITIVE_INFINITY, explanation: { key: "test.long", args: { text: long } } } : ind
      ),
    };
    const p = plan(withLong as typeof e, input(), zh);
    const texts = p.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
    const numbers = p.blocks.flatMap((b) => b.values.flat()).filter((v): v is number => typeof v === "number");
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(texts.some((t) => t.endsWith(CUT_MARK) && t.length === CELL_TEXT_LIMIT)).toBe(true);
    for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
  });
});

describe("nothing else of theirs changes", () => {
  test("a width a person gave an empty column the add-in writes into stays (30, not 13)", () => {
    const grids = input();
    grids[0].colWidths = [];
    grids[0].colWidths[9] = 30; // J, where the indicator block goes
    const p = plan(sampleEvaluation(), grids, zh);
    expect(p.blocks.some((b) => b.sheet === SHEET && b.left === 9)).toBe(true);
    expect(p.columnWidths.filter((w) => w.sheet === SHEET && w.col === 9)).toEqual([]);
    const once = applyToGrids(grids, p);
    expect(sheetOf(once, SHEET)!.colWidths![9]).toBe(30);
    // K and L had no width: the add-in sets them, a re-run keeps them, undo takes them back.
    expect(sheetOf(once, SHEET)!.colWidths![11]).toBe(50);
    const twice = applyToGrids(once, plan(sampleEvaluation(), once, zh));
    expect(sheetOf(twice, SHEET)!.colWidths![11]).toBe(50);
    const undone = applyToGrids(twice, planUndo(twice));
    expect(sheetOf(undone, SHEET)!.colWidths![9]).toBe(30);
    expect(sheetOf(undone, SHEET)!.colWidths![11]).toBeUndefined();
  });
});

describe("an undo state of the previous release (version 1) is trusted as far as it checks out", () => {
  /** The workbook as the previous release left it: the same cells, its state without mark nor fingerprints. */
  function scoredByV1(): Grid[] {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const v2 = readState(once)!;
    const v1 = {
      version: 1,
      blocks: v2.blocks.map(({ sheet, top, left, bottom, right }) => ({ sheet, top, left, bottom, right })),
      widths: v2.widths,
      heights: v2.heights,
      looks: v2.looks,
      filled: v2.filled,
      sheets: [SUMMARY_SHEET, REVIEW_SHEET],
    };
    return once.map((g) =>
      g.sheet === STATE_SHEET ? { sheet: STATE_SHEET, values: [[JSON.stringify(v1)]], merges: [] } : g
    );
  }

  test("a re-run reuses its sheets and columns and writes a version-3 state; undo takes it all out", () => {
    const old = scoredByV1();
    const p = plan(sampleEvaluation(), old, zh);
    expect(p.sheets.map((s) => s.name).sort()).toEqual([REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET].sort());
    const after = applyToGrids(old, p);
    expect(after.map((g) => g.sheet).sort()).toEqual([SHEET, REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET].sort());
    // The own columns stay where they were (J7:L12), not moved right beside themselves.
    const user = sheetOf(after, SHEET)!;
    expect(at(user, "J7")).toBe("系统得分\nSystem score");
    expect(at(user, "M7") ?? null).toBeNull();
    expect(snapshot(user)).toEqual(snapshot(sheetOf(old, SHEET)!));
    expect(readState(after)!.version).toBe(3);
    const undone = applyToGrids(old, planUndo(old));
    expect(undone.map((g) => g.sheet)).toEqual([SHEET]);
    expect(snapshot(undone[0])).toEqual(snapshot(input()[0]));
  });

  test("a block whose header a person changed is left alone and said; the rest is trusted", () => {
    const old = scoredByV1();
    const g = sheetOf(old, SHEET)!;
    g.values[6][9] = "复核得分"; // J7: the person's header now
    g.values[7][9] = 6;
    const p = plan(sampleEvaluation(), old, zh);
    expect(said(p)).toContain("J7:L12");
    expect(p.sheets.map((s) => s.name)).toContain(SUMMARY_SHEET);
    const after = sheetOf(applyToGrids(old, p), SHEET)!;
    expect(at(after, "J7")).toBe("复核得分");
    expect(at(after, "J8")).toBe(6);
    const undo = planUndo(old);
    // Only the budget block (G2:I5), whose headers are the add-in's, is cleared.
    expect(undo.clears).toEqual([{ sheet: SHEET, top: 1, left: 6, bottom: 4, right: 8 }]);
    expect(said(undo)).toContain("J7:L12");
    expect(undo.deleteSheets.sort()).toEqual([REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET].sort());
  });
});
