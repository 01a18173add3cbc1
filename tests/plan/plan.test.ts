import { cellValue, parseA1, type Grid } from "../../src/engine/grid";
import { msg } from "../../src/engine/i18n/render";
import { plan, planUndo } from "../../src/engine/plan";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET, NOTE_MARK, SEVERITY_FILLS } from "../../src/engine/plan/own";
import { readReview, STATUS } from "../../src/engine/plan/review-sheet";
import { readState, STATE_CHUNK } from "../../src/engine/plan/state";
import { TEXT_GUARD } from "../../src/engine/plan/text";
import type { BlockWrite, WritePlan } from "../../src/engine/plan/types";
import { applyToGrids, snapshots } from "./simulate";
import {
  FORMULA_LIKE, INDICATOR_TABLE, SHEET, flag, gridOf, sampleEvaluation, sampleFlags, sampleSheet,
} from "./fixtures";

const NOW1 = "2024-03-01T09:00:00.000Z";
const NOW2 = "2024-03-08T10:30:00.000Z";
const zh = { lang: "zh-CN" as const, now: NOW1 };

const input = (): Grid[] => [gridOf(sampleSheet())];
const sheetOf = (grids: Grid[], name: string) => grids.find((g) => g.sheet === name)!;
const at = (grid: Grid, address: string) => {
  const p = parseA1(address)!;
  return cellValue(grid, p.row, p.col);
};
const blockAt = (p: WritePlan, left: number): BlockWrite => p.blocks.find((b) => b.sheet === SHEET && b.left === left)!;

describe("where the add-in's columns go", () => {
  test("beside each table, in the first columns empty in all of the table's rows", () => {
    const p = plan(sampleEvaluation(), input(), zh);
    const budget = blockAt(p, 6); // G: right of 得分 (F), free in rows 2–5
    expect(budget.top).toBe(1);
    expect(budget.values[0]).toEqual(["系统执行率\nSystem rate", "系统得分\nSystem score", "计算说明\nCalculation note"]);
    expect(budget.values[1].slice(0, 2)).toEqual([0.8333, 8.33]);
    // The indicator table ends at H; I holds the user's 备注 (I7, I9): the add-in starts at J.
    const ind = blockAt(p, 9);
    expect(ind.top).toBe(6);
    expect(ind.values.length).toBe(6);
    expect(ind.values[0]).toEqual(["系统得分\nSystem score", "扣分\nDeduction", "计分说明\nScoring note"]);
    expect(ind.values[1].slice(0, 2)).toEqual([5.5, 14.5]);
    expect(String(ind.values[1][2])).toMatch(/^完成值22，指标值80，完成率27.50%/);
    expect(ind.values[5].slice(0, 2)).toEqual([74.45, 15.55]);
  });

  test("never over a cell a person filled", () => {
    const grids = input();
    const p = plan(sampleEvaluation(), grids, zh);
    const g = sheetOf(grids, SHEET);
    for (const b of p.blocks) {
      b.values.forEach((row, i) => row.forEach((_, j) => expect(cellValue(g, b.top + i, b.left + j)).toBeNull()));
    }
  });

  test("a user value in the way moves the columns further right", () => {
    const spec = sampleSheet();
    spec.rows[10][10] = "审核意见"; // K11, in the indicator table's rows
    const p = plan(sampleEvaluation(), [gridOf(spec)], zh);
    expect(p.blocks.map((b) => b.left)).toEqual([6, 11]);
  });

  test("a re-run writes where its own headers are, and clears nothing", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const again = plan(sampleEvaluation(), once, { ...zh, now: NOW2 });
    expect(again.blocks.map((b) => [b.left, b.top])).toEqual([[6, 1], [9, 6]]);
    expect(again.clears).toEqual([]);
  });

  test("a re-run finds its headers even when the undo state was lost", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh)).filter((g) => g.sheet !== STATE_SHEET);
    expect(plan(sampleEvaluation(), once, zh).blocks.map((b) => b.left)).toEqual([6, 9]);
  });

  test("rows the table no longer has are cleared", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const shorter = sampleEvaluation({ tables: [sampleEvaluation().tables[0], { ...INDICATOR_TABLE, lastRow: 10 }] });
    const p = plan(shorter, once, zh);
    expect(p.clears).toEqual([{ sheet: SHEET, top: 11, left: 9, bottom: 11, right: 11 }]);
  });
});

describe("marks on flagged cells", () => {
  test("the most severe fill, every message in the note, after the user's own note", () => {
    const p = plan(sampleEvaluation(), input(), zh);
    const g8 = p.marks.find((m) => m.cell === "G8")!;
    expect(g8.severity).toBe("error");
    expect(g8.fill).toBe(SEVERITY_FILLS.error);
    expect(g8.note.startsWith(`请核实得分\n\n${NOTE_MARK}\n`)).toBe(true);
    expect(g8.note).toContain("SCORE_MISMATCH");
    expect(g8.note).toContain("FULL_MARKS_UNMET");
    expect(p.marks.find((m) => m.cell === "H10")!.fill).toBe(SEVERITY_FILLS.warning);
    expect(p.marks).toHaveLength(4);
  });

  test("the undo state keeps the user's look from before the first mark, not the add-in's own", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const twice = applyToGrids(once, plan(sampleEvaluation(), once, zh));
    const looks = readState(twice)!.looks;
    expect(looks.find((l) => l.cell === "G8")!.look).toEqual({ fill: "#FFFF00", note: "请核实得分" });
    expect(looks.find((l) => l.cell === "H10")!.look).toEqual({ fill: "#E2EFDA", note: null });
    expect(looks.find((l) => l.cell === "D3")!.look).toEqual({ fill: null, note: null });
  });

  test("with the state lost, a marked cell gives back only the user's part", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh)).filter((g) => g.sheet !== STATE_SHEET);
    const p = plan(sampleEvaluation(), once, zh);
    expect(p.marks.find((m) => m.cell === "G8")!.note.split(NOTE_MARK)).toHaveLength(2);
    expect(readState(applyToGrids(once, p))!.looks.find((l) => l.cell === "G8")!.look).toEqual({ fill: null, note: "请核实得分" });
  });

  test("a flag that is gone gives the cell its own look back", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const fixed = sampleEvaluation({ flags: sampleFlags().filter((f) => f.cell !== "H10") });
    const p = plan(fixed, once, zh);
    expect(p.restores).toEqual([{ sheet: SHEET, cell: "H10", look: { fill: "#E2EFDA", note: null } }]);
  });
});

describe("复核清单", () => {
  test("a row per flag with a link to its cell; statuses start at 待复核", () => {
    const p = plan(sampleEvaluation(), input(), zh);
    const review = p.sheets.find((s) => s.name === REVIEW_SHEET)!;
    expect(review.values[0][0]).toBe("编号\nID");
    expect(review.values[1].slice(0, 5)).toEqual(["自评表!G8:SCORE_MISMATCH", "错误", SHEET, "G8", "SCORE_MISMATCH"]);
    expect(review.values[1].slice(6)).toEqual(["待复核", "", "", NOW1]);
    expect(review.links).toContainEqual({ row: 1, col: 3, target: "'自评表'!G8" });
    expect(review.values).toHaveLength(6);
  });

  test("a re-run keeps statuses and comments by flag id, marks fixed ones 已修正 and adds new ones", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const review = sheetOf(once, REVIEW_SHEET);
    review.values[1][6] = "已确认";
    review.values[1][7] = "王会计";
    review.values[1][8] = "已与项目单位核实";
    review.values[3][6] = "已驳回";
    const changed = sampleEvaluation({
      flags: [...sampleFlags().filter((f) => f.code !== "REASON_MISSING"), flag("E9", "CELL_ERROR", msg("flag.CELL_ERROR.target", { error: "#N/A" }))],
    });
    const rows = readReview(sheetOf(applyToGrids(once, plan(changed, once, { ...zh, now: NOW2 })), REVIEW_SHEET));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("自评表!G8:SCORE_MISMATCH")).toMatchObject({ status: "已确认", reviewer: "王会计", comment: "已与项目单位核实", time: NOW1 });
    expect(byId.get("自评表!H10:REASON_MISSING")).toMatchObject({ status: STATUS.fixed, time: NOW2 });
    expect(byId.get("自评表!E9:CELL_ERROR")).toMatchObject({ status: STATUS.open, time: NOW2 });
    expect(byId.get("自评表!D3:EXECUTION_LOW")).toMatchObject({ status: STATUS.open, time: NOW1 });
    expect(rows.map((r) => r.id).indexOf("自评表!H10:REASON_MISSING")).toBe(rows.length - 1);
  });

  test("a fixed flag that comes back is open again; a fixed one keeps its time while it stays fixed", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const without = sampleEvaluation({ flags: sampleFlags().filter((f) => f.code !== "REASON_MISSING") });
    const twice = applyToGrids(once, plan(without, once, { ...zh, now: NOW2 }));
    const thrice = applyToGrids(twice, plan(without, twice, { ...zh, now: "2024-04-01T00:00:00.000Z" }));
    expect(readReview(sheetOf(thrice, REVIEW_SHEET)).find((r) => r.code === "REASON_MISSING")).toMatchObject({ status: STATUS.fixed, time: NOW2 });
    const back = applyToGrids(thrice, plan(sampleEvaluation(), thrice, { ...zh, now: "2024-05-01T00:00:00.000Z" }));
    expect(readReview(sheetOf(back, REVIEW_SHEET)).find((r) => r.code === "REASON_MISSING")).toMatchObject({ status: STATUS.open, time: "2024-05-01T00:00:00.000Z" });
  });

  test("statuses typed in English are understood", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    sheetOf(once, REVIEW_SHEET).values[2][6] = "Confirmed";
    expect(readReview(sheetOf(once, REVIEW_SHEET))[1].status).toBe(STATUS.confirmed);
  });
});

describe("text is never a formula", () => {
  test("a message beginning with = is guarded in the review list and in the explanation column", () => {
    const e = sampleEvaluation({ flags: [...sampleFlags(), flag("C9", "CELL_ERROR", FORMULA_LIKE)] });
    e.indicators[1] = { ...e.indicators[1], explanation: FORMULA_LIKE };
    const p = plan(e, input(), zh);
    const review = p.sheets.find((s) => s.name === REVIEW_SHEET)!;
    expect(review.values.map((r) => r[5])).toContain(`${TEXT_GUARD}=SUM(A1)`);
    expect(blockAt(p, 9).values[2][2]).toBe(`${TEXT_GUARD}=SUM(A1)`);
    expect(p.blocks.every((b) => b.formulas === undefined)).toBe(true);
  });
});

describe("running twice on an unchanged workbook changes nothing", () => {
  test.each([
    ["values", {}],
    ["formulas", { formulas: true }],
    ["fillScores", { fillScores: true }],
    ["en-US", { lang: "en-US" as const }],
  ])("%s", (_name, extra) => {
    const spec = sampleSheet();
    spec.rows[8][6] = null; // an empty 得分 cell (G9) for fillScores
    const grids = [gridOf(spec)];
    const e = sampleEvaluation();
    const once = applyToGrids(grids, plan(e, grids, { ...zh, ...extra }));
    const p2 = plan(e, once, { ...zh, ...extra, now: NOW2 });
    const twice = applyToGrids(once, p2);
    expect(snapshots(twice)).toEqual(snapshots(once));
    expect(p2.restores).toEqual([]);
    expect(p2.clears).toEqual([]);
  });
});

describe("undo", () => {
  const original = () => snapshots(input());

  test("returns every cell to the state before the run and removes the add-in's sheets", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const undone = applyToGrids(once, planUndo(once));
    expect(undone.map((g) => g.sheet)).toEqual([SHEET]);
    expect(snapshots(undone)).toEqual(original());
  });

  test("after several runs, and after flags came and went", () => {
    let grids = input();
    const without = sampleEvaluation({ flags: sampleFlags().filter((f) => f.cell !== "G8") });
    for (const e of [sampleEvaluation(), without, sampleEvaluation(), sampleEvaluation()]) grids = applyToGrids(grids, plan(e, grids, zh));
    expect(snapshots(applyToGrids(grids, planUndo(grids)))).toEqual(original());
  });

  test("filled 得分 cells are emptied again, unless a person changed them since", () => {
    const spec = sampleSheet();
    spec.rows[8][6] = null; // G9
    spec.rows[9][6] = null; // G10
    const before = [gridOf(spec)];
    const p = plan(sampleEvaluation(), before, { ...zh, fillScores: true });
    expect(p.blocks.filter((b) => b.left === 6 && b.top === 8)).toEqual([{ sheet: SHEET, top: 8, left: 6, values: [[20], [18.95]] }]);
    const once = applyToGrids(before, p);
    expect(at(sheetOf(once, SHEET), "G9")).toBe(20);
    sheetOf(once, SHEET).values[9][6] = 19; // the user typed over G10
    const undone = applyToGrids(once, planUndo(once));
    expect(at(sheetOf(undone, SHEET), "G9")).toBeNull();
    expect(at(sheetOf(undone, SHEET), "G10")).toBe(19);
  });

  test("without an undo state there is nothing to undo", () => {
    expect(planUndo(input())).toEqual({ blocks: [], marks: [], restores: [], sheets: [], clears: [], deleteSheets: [], columnWidths: [], rowHeights: [] });
  });
});

describe("formula mode", () => {
  test("scores as formulas over the row's own cells where the rule allows, values elsewhere", () => {
    const p = plan(sampleEvaluation(), input(), { ...zh, formulas: true });
    const ind = blockAt(p, 9);
    expect(ind.formulas![1]).toEqual(["ROUND(MIN(1,MAX(0,F8/E8))*D8,2)", "ROUND(D8-J8,2)", null]);
    expect(ind.formulas![5][0]).toBe("ROUND(SUM(J8:J11),2)");
    const budget = blockAt(p, 6);
    expect(budget.formulas![1]).toEqual(["ROUND(D3/C3,4)", "ROUND(MIN(1,MAX(0,G3))*E3,2)", null]);
    expect(budget.formulas![2]).toEqual(["ROUND(D4/C4,4)", null, null]);
  });

  test("no formula where it would not give the engine's value", () => {
    const e = sampleEvaluation();
    e.indicators[0] = { ...e.indicators[0], score: 5.4 };
    const ind = blockAt(plan(e, input(), { ...zh, formulas: true }), 9);
    expect(ind.formulas![1][0]).toBeNull();
    expect(ind.values[1][0]).toBe(5.4);
    expect(ind.formulas![5][0]).toBeNull(); // the total no longer adds up to the members either
  });
});

describe("评分汇总 and the undo state", () => {
  test("total, grade, a row per level-1 and level-2 indicator, flag counts, and a chart of level 1", () => {
    const s = plan(sampleEvaluation(), input(), zh).sheets.find((x) => x.name === SUMMARY_SHEET)!;
    const rows = s.values.map((r) => r.join("|"));
    expect(rows).toContain("系统总分|82.78");
    expect(rows).toContain("等级|良");
    expect(rows).toContain("产出指标|60|44.45|0.7408");
    expect(rows).toContain("产出指标|质量指标|20|18.95|0.9475");
    expect(rows).toContain("警告|4");
    expect(rows).toContain("错误|1");
    expect(rows.some((r) => r.startsWith("年度资金总额|120|100|0.8333|10|8.33"))).toBe(true);
    const c = s.chart!;
    expect([s.values[c.firstRow][0], s.values[c.lastRow][0]]).toEqual(["产出指标", "效益指标"]);
  });

  test("the state is split into cells of at most 30,000 characters and reads back", () => {
    const spec = sampleSheet();
    spec.notes.G8 = "长".repeat(40000);
    const grids = [gridOf(spec)];
    const p = plan(sampleEvaluation(), grids, zh);
    const state = p.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(state.hidden).toBe(true);
    expect(state.values.length).toBeGreaterThan(1);
    expect(state.values.every((r) => String(r[0]).length <= STATE_CHUNK)).toBe(true);
    expect(readState(applyToGrids(grids, p))!.looks.find((l) => l.cell === "G8")!.look.note).toBe(spec.notes.G8);
  });
});
