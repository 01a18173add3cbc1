/**
 * The undo state's fingerprints (version 3): four characters a cell in one string per own block, so that the
 * state stays small (issue 15: at 50,000 rows a string a cell cost 1.9 MB as Office sends it), and states of
 * version 2 (a string a cell) still load and keep what a person typed.
 */

import { cellValue, type Grid, parseA1 } from "../../src/engine/grid";
import { render } from "../../src/engine/i18n/render";
import { plan, planUndo } from "../../src/engine/plan";
import { STATE_SHEET } from "../../src/engine/plan/own";
import { readState, stateSheet } from "../../src/engine/plan/state";
import { EMPTY_PRINT, PRINT_WIDTH, printOf } from "../../src/engine/plan/state-prints";
import { applyToGrids } from "./simulate";
import { SHEET, gridOf, sampleEvaluation, sampleSheet } from "./fixtures";

const zh = { lang: "zh-CN" as const, now: "2024-03-01T09:00:00.000Z" };
const input = (): Grid[] => [gridOf(sampleSheet())];
const sheetOf = (grids: Grid[], name: string) => grids.find((g) => g.sheet === name)!;
const at = (grid: Grid, address: string) => {
  const p = parseA1(address)!;
  return cellValue(grid, p.row, p.col);
};

/** FNV-1a, 32 bits: the hash version 2 printed in base 36 after a letter for the kind. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What version 2 wrote for a cell, as its release did: "" for empty, "f"/"s"/"n"/"b" and the hash. */
function v2Print(grid: Grid, row: number, col: number): string {
  const formula = grid.formulas?.[row]?.[col];
  if (formula) return "f" + fnv1a(formula).toString(36);
  const v = cellValue(grid, row, col);
  if (v === null || v === undefined || v === "") return "";
  return (typeof v).charAt(0) + fnv1a(String(v)).toString(36);
}

describe("fingerprints", () => {
  test("the hash behind them is FNV-1a (published test vectors)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  test("four characters a cell, one string a block: a 5-row block of 3 columns is 60 characters", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const state = readState(once)!;
    for (const b of state.blocks) {
      const cells = (b.bottom - b.top + 1) * (b.right - b.left + 1);
      expect(b.prints).toHaveLength(cells * PRINT_WIDTH);
      expect(b.prints).toMatch(/^[0-9A-Za-z_.~]+$/);
    }
    // The indicator block J7:L12 of the sample: 6 rows × 3 columns.
    const indicator = state.blocks.find((b) => b.left === 9)!;
    expect([indicator.top, indicator.bottom, indicator.right]).toEqual([6, 11, 11]);
    expect(indicator.prints).toHaveLength(6 * 3 * 4);
  });

  test("a value's kind counts, empty is its own, and the width is fixed", () => {
    expect(printOf(1, null)).not.toBe(printOf("1", null));
    expect(printOf(true, null)).not.toBe(printOf("true", null));
    expect(printOf(null, "A1*2")).not.toBe(printOf("A1*2", null));
    expect(printOf(null, null)).toBe(EMPTY_PRINT);
    expect(printOf("", null)).toBe(EMPTY_PRINT);
    for (const v of [0, -1.5, "完成值85万元", "x".repeat(40000)])
      expect(printOf(v, null)).toHaveLength(4);
  });

  test("10,000 different scores get at most a handful of shared prints (24 bits: about 3 expected)", () => {
    const prints = new Set<string>();
    for (let i = 0; i < 10000; i++) prints.add(printOf(i / 100, null));
    expect(10000 - prints.size).toBeLessThanOrEqual(12);
  });

  test("a state of 50,000 rows × 3 own columns keeps its fingerprints in 600,000 characters", () => {
    const state = readState(applyToGrids(input(), plan(sampleEvaluation(), input(), zh)))!;
    const withPrints = (prints: string) => ({
      ...state,
      blocks: [{ sheet: SHEET, top: 0, left: 9, bottom: 49999, right: 11, prints }],
    });
    const chars = (s: typeof state) =>
      stateSheet(s).values.reduce((n, row) => n + String(row[0]).length, 0);
    // 150,000 cells × 4 characters, nothing else: no quotes, commas or brackets a cell.
    expect(chars(withPrints("0".repeat(600000))) - chars(withPrints(""))).toBe(600000);
  });

  test("prints of the wrong length or with other characters: the state is not the add-in's", () => {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const state = readState(once)!;
    for (const prints of [
      state.blocks[0].prints.slice(4),
      state.blocks[0].prints.replace(/^..../, '"<>"'),
    ]) {
      const json = { ...state, blocks: [{ ...state.blocks[0], prints }, ...state.blocks.slice(1)] };
      const grids = once.map((g) =>
        g.sheet === STATE_SHEET
          ? { sheet: STATE_SHEET, values: [[JSON.stringify(json)]], merges: [] }
          : g
      );
      expect(readState(grids)).toBeNull();
      expect(planUndo(grids).clears).toEqual([]);
    }
  });
});

describe("looks and filled cells, grouped by sheet", () => {
  test("every kind of look and a filled cell come back as they were saved, on two sheets", () => {
    const state = readState(applyToGrids(input(), plan(sampleEvaluation(), input(), zh)))!;
    const looks = [
      { sheet: SHEET, cell: "G8", look: { fill: null, note: null } },
      { sheet: "预算", cell: "C3", look: { fill: "#FFFF00", note: null } },
      { sheet: SHEET, cell: "G9", look: { fill: null, note: "请核实" } },
      { sheet: SHEET, cell: "G10", look: { fill: "#FF0000", note: "x", raw: "<fill/>" } },
    ];
    const filled = [{ sheet: SHEET, cell: "I8", value: 4.5 }];
    const saved = { ...state, looks, filled };
    const sheet = stateSheet(saved);
    const grids = [...input(), { sheet: STATE_SHEET, values: sheet.values, merges: [] }];
    const back = readState(grids)!;
    // Grouped by sheet in the order each sheet first came.
    expect(back.looks).toEqual([looks[0], looks[2], looks[3], looks[1]]);
    expect(back.filled).toEqual(filled);
    // A look of its own's absence costs its address alone.
    expect(sheet.values.map((r) => r[0]).join("")).toContain('"G8"');
  });
});

describe("a version-2 state (a fingerprint string a cell) still loads", () => {
  /** The workbook as version 2 left it: the same cells, its state with a print a cell. */
  function scoredByV2(): Grid[] {
    const once = applyToGrids(input(), plan(sampleEvaluation(), input(), zh));
    const v3 = readState(once)!;
    const blocks = v3.blocks.map(({ sheet, top, left, bottom, right }) => {
      const g = sheetOf(once, sheet);
      const prints: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row: string[] = [];
        for (let c = left; c <= right; c++) row.push(v2Print(g, r, c));
        prints.push(row);
      }
      return { sheet, top, left, bottom, right, prints };
    });
    const v2 = { ...v3, version: 2, blocks };
    return once.map((g) =>
      g.sheet === STATE_SHEET
        ? { sheet: STATE_SHEET, values: [[JSON.stringify(v2)]], merges: [] }
        : g
    );
  }

  test("a re-run keeps the columns where they were and writes version 3; undo takes them out", () => {
    const old = scoredByV2();
    const p = plan(sampleEvaluation(), old, zh);
    const after = applyToGrids(old, p);
    expect(at(sheetOf(after, SHEET), "J7")).toBe("系统得分\nSystem score");
    expect(at(sheetOf(after, SHEET), "M7") ?? null).toBeNull();
    expect(readState(after)!.version).toBe(3);
    const undone = applyToGrids(old, planUndo(old));
    expect(undone.map((g) => g.sheet)).toEqual([SHEET]);
    for (const cell of ["J7", "J8", "K8", "L12"]) expect(at(undone[0], cell) ?? null).toBeNull();
  });

  test("a cell a person typed over after version 2 wrote it stays theirs, on re-run and undo, and is said", () => {
    const old = scoredByV2();
    const g = sheetOf(old, SHEET);
    g.values[7][9] = 6; // J8: the add-in's score, typed over
    const p = plan(sampleEvaluation(), old, zh);
    expect((p.notices ?? []).map((n) => render(n, "zh-CN")).join("\n")).toContain("J8");
    expect(at(sheetOf(applyToGrids(old, p), SHEET), "J8")).toBe(6);
    const undone = sheetOf(applyToGrids(old, planUndo(old)), SHEET);
    expect(at(undone, "J8")).toBe(6);
    expect(at(undone, "K8")).toBeNull();
  });
});
