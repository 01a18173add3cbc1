/** Rectangles of cells on a sheet: what was written before and is not written now. */

import type { CellClear } from "./types";

/** Column segments [left, right] of `row` in `area` that no area of `cover` on the same sheet covers. */
function uncovered(area: CellClear, row: number, cover: CellClear[]): [number, number][] {
  const cuts = cover
    .filter(
      (c) =>
        c.sheet === area.sheet &&
        c.top <= row &&
        c.bottom >= row &&
        c.right >= area.left &&
        c.left <= area.right
    )
    .sort((a, b) => a.left - b.left);
  const out: [number, number][] = [];
  let from = area.left;
  for (const c of cuts) {
    if (c.left > from) out.push([from, c.left - 1]);
    from = Math.max(from, c.right + 1);
  }
  if (from <= area.right) out.push([from, area.right]);
  return out;
}

/** The cells of `areas` outside `cover`, as rectangles (rows with the same uncovered columns joined). */
export function subtractAreas(areas: CellClear[], cover: CellClear[]): CellClear[] {
  const out: CellClear[] = [];
  for (const area of areas) {
    let open: CellClear[] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const segments = uncovered(area, row, cover);
      const next: CellClear[] = [];
      for (const [left, right] of segments) {
        const same = open.find((o) => o.left === left && o.right === right && o.bottom === row - 1);
        if (same) {
          same.bottom = row;
          next.push(same);
        } else {
          const fresh = { sheet: area.sheet, top: row, left, bottom: row, right };
          out.push(fresh);
          next.push(fresh);
        }
      }
      open = next;
    }
  }
  return out;
}

export function areaOf(block: {
  sheet: string;
  top: number;
  left: number;
  values: unknown[][];
}): CellClear {
  const width = Math.max(1, ...block.values.map((r) => r.length));
  return {
    sheet: block.sheet,
    top: block.top,
    left: block.left,
    bottom: block.top + block.values.length - 1,
    right: block.left + width - 1,
  };
}

export function inAreas(areas: CellClear[], sheet: string, row: number, col: number): boolean {
  return areas.some(
    (a) => a.sheet === sheet && a.top <= row && a.bottom >= row && a.left <= col && a.right >= col
  );
}
