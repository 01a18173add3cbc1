/**
 * Filling an empty 得分 column: an explicit choice of the user (option `fillScores`), recorded in the undo
 * state with the value written, so that undo can empty those cells again. A filled cell whose value a person
 * has since changed is theirs: it is no longer recorded, rewritten or emptied.
 */

import { type Grid, a1, cellValue, parseA1 } from "../grid";
import { type Placement } from "./columns";
import { scoreColumnOf } from "./blocks";
import type { FilledCell } from "./state";
import { isEmptyValue } from "./text";
import type { BlockWrite, PlanValue } from "./types";

interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: PlanValue;
  formula: string | null;
}

/** Cells grouped into one-column blocks of consecutive rows. */
export function columnRuns(cells: CellWrite[]): BlockWrite[] {
  const sorted = [...cells].sort((a, b) =>
    a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1
  );
  const blocks: BlockWrite[] = [];
  let run: CellWrite[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const block: BlockWrite = {
      sheet: run[0].sheet,
      top: run[0].row,
      left: run[0].col,
      values: run.map((c) => [c.value]),
    };
    if (run.some((c) => c.formula !== null)) block.formulas = run.map((c) => [c.formula]);
    blocks.push(block);
    run = [];
  };
  for (const c of sorted) {
    const last = run[run.length - 1];
    if (last && !(last.sheet === c.sheet && last.col === c.col && last.row + 1 === c.row)) flush();
    run.push(c);
  }
  flush();
  return blocks;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** A recorded cell that still holds what the add-in wrote there. */
function stillOurs(f: FilledCell, gridOf: (sheet: string) => Grid | undefined): boolean {
  const grid = gridOf(f.sheet);
  const at = parseA1(f.cell);
  return grid !== undefined && at !== null && cellValue(grid, at.row, at.col) === f.value;
}

export interface ScoreFills {
  blocks: BlockWrite[];
  filled: FilledCell[];
}

/**
 * With `enabled`, every empty 得分 cell of a table (or one the add-in filled before and nobody changed) gets
 * the system score (and its formula in formula mode). Cells filled before stay recorded while unchanged.
 */
export function fillScores(
  placements: Placement[],
  ownBlocks: BlockWrite[],
  gridOf: (sheet: string) => Grid | undefined,
  previous: FilledCell[],
  enabled: boolean
): ScoreFills {
  const before = new Map(
    previous.filter((f) => stillOurs(f, gridOf)).map((f) => [key(f.sheet, f.cell), f])
  );
  const writes: CellWrite[] = [];
  const filled = new Map<string, FilledCell>();
  placements.forEach((p, i) => {
    const scoreCol = p.table.columns.score;
    const grid = gridOf(p.table.sheet);
    if (!enabled || scoreCol === undefined || scoreCol < 0 || !grid) return;
    const block = ownBlocks[i];
    const k = scoreColumnOf(p);
    for (let j = 1; j < block.values.length; j++) {
      const value = block.values[j][k];
      const row = p.top + j;
      const cell = a1(row, scoreCol);
      const empty =
        isEmptyValue(cellValue(grid, row, scoreCol)) &&
        grid.formulas?.[row]?.[scoreCol] === undefined;
      if (typeof value !== "number" || !(empty || before.has(key(p.table.sheet, cell)))) continue;
      writes.push({
        sheet: p.table.sheet,
        row,
        col: scoreCol,
        value,
        formula: block.formulas?.[j][k] ?? null,
      });
      filled.set(key(p.table.sheet, cell), { sheet: p.table.sheet, cell, value });
    }
  });
  for (const [k, f] of before) if (!filled.has(k)) filled.set(k, f);
  return { blocks: columnRuns(writes), filled: [...filled.values()] };
}

/** Undo: the recorded cells that still hold the add-in's value, emptied. */
export function unfillScores(
  previous: FilledCell[],
  gridOf: (sheet: string) => Grid | undefined
): BlockWrite[] {
  const writes: CellWrite[] = [];
  for (const f of previous) {
    const at = parseA1(f.cell);
    if (at && stillOurs(f, gridOf))
      writes.push({ sheet: f.sheet, row: at.row, col: at.col, value: null, formula: null });
  }
  return columnRuns(writes);
}
