import { type Grid, type CellValue, cellValue } from "../grid";

const MAX_COLS = 16384;

/** Looks up a cell's value the way a person sees it: a cell inside a merged area shows the area's top-left value. */
export class MergedView {
  private readonly anchor = new Map<number, number>();

  constructor(readonly grid: Grid) {
    for (const m of grid.merges) {
      const top = m.top * MAX_COLS + m.left;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.anchor.set(r * MAX_COLS + c, top);
        }
      }
    }
  }

  value(row: number, col: number): CellValue {
    const a = this.anchor.get(row * MAX_COLS + col);
    if (a === undefined) return cellValue(this.grid, row, col);
    return cellValue(this.grid, Math.floor(a / MAX_COLS), a % MAX_COLS);
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    return this.anchor.has(row * MAX_COLS + col);
  }

  /** The first row of the merged area covering the cell, or null when the cell is not merged. */
  anchorRow(row: number, col: number): number | null {
    const a = this.anchor.get(row * MAX_COLS + col);
    return a === undefined ? null : Math.floor(a / MAX_COLS);
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }
}

export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v.error;
}
