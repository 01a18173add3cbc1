/** The grade a sheet states for itself: a cell 自评等级/等级/Grade with the grade beside or below it, or "自评等级：良". */

import { a1, type Grid } from "../grid";
import { normalizeHeader } from "./header";
import { cellText } from "./merged";

const LABELS = new Set(["等级", "自评等级", "评价等级", "绩效等级", "自评结果", "grade"]);
const GRADES = /^(优秀?|良好?|中等?|合格|差|较差|不合格|excellent|good|fair|poor)$/i;
const MENTIONS_GRADE = /等级|自评结果|grade/i;
const INLINE = /(?:自评等级|评价等级|绩效等级|等级)\s*[:：]\s*(优秀?|良好?|中等?|差)/;

export interface StatedGrade {
  grade: string;
  sheet: string;
  cell: string;
}

/** `rows` limits the search to one form's rows of a sheet holding several forms (0-based, inclusive). */
export function findStatedGrade(
  grids: Grid[],
  rows: { top: number; bottom: number } = { top: 0, bottom: Number.MAX_SAFE_INTEGER }
): StatedGrade | null {
  for (const g of grids) {
    const last = Math.min(g.values.length - 1, rows.bottom);
    for (let r = Math.max(0, rows.top); r <= last; r++) {
      const row = g.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string" || !MENTIONS_GRADE.test(v)) continue;
        const text = v.trim();
        const inline = INLINE.exec(text);
        if (inline) return { grade: inline[1], sheet: g.sheet, cell: a1(r, c) };
        if (!LABELS.has(normalizeHeader(text))) continue;
        // The grade may sit past the label's own merged cells: take the first text to the right.
        let k = c + 1;
        while (k < row.length && cellText(row[k] ?? null) === "") k++;
        const right = cellText(row[k] ?? null);
        if (GRADES.test(right)) return { grade: right, sheet: g.sheet, cell: a1(r, k) };
        const below = cellText(g.values[r + 1]?.[c] ?? null);
        if (GRADES.test(below)) return { grade: below, sheet: g.sheet, cell: a1(r + 1, c) };
      }
    }
  }
  return null;
}
