/**
 * A WritePlan applied to grids, with the semantics adapters give it (types.ts): what the next run would read.
 * Lets the plan's idempotence and undo be tested without any adapter.
 */

import { type CellValue, type Grid, parseA1 } from "../../src/engine/grid";
import type { WritePlan } from "../../src/engine/plan/types";

type Layer = "values" | "formulas" | "formats" | "fills" | "notes" | "looks";

function set(grid: Grid, layer: Layer, row: number, col: number, value: CellValue | string | undefined): void {
  if (layer === "values") {
    (grid.values[row] ??= [])[col] = (value ?? null) as CellValue;
    for (let r = 0; r < grid.values.length; r++) grid.values[r] ??= [];
    return;
  }
  const rows = (grid[layer] ??= []) as (string | undefined)[][];
  if (value === undefined && !rows[row]) return;
  (rows[row] ??= [])[col] = value as string | undefined;
}

export function applyToGrids(input: Grid[], plan: WritePlan): Grid[] {
  let grids: Grid[] = structuredClone(input);
  const sheet = (name: string) => {
    const g = grids.find((x) => x.sheet === name);
    if (!g) throw new Error(`missing sheet ${name}`);
    return g;
  };
  grids = grids.filter((g) => !plan.deleteSheets.includes(g.sheet));
  for (const a of plan.clears) {
    const g = sheet(a.sheet);
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) for (const l of ["values", "formulas", "formats", "fills", "notes", "looks"] as Layer[]) set(g, l, r, c, undefined);
    }
  }
  for (const r of plan.restores) {
    const g = sheet(r.sheet);
    const at = parseA1(r.cell)!;
    set(g, "fills", at.row, at.col, r.look.fill ?? undefined);
    set(g, "notes", at.row, at.col, r.look.note ?? undefined);
    set(g, "looks", at.row, at.col, r.look.raw);
  }
  for (const b of plan.blocks) {
    const g = sheet(b.sheet);
    const headers = new Set(b.headerRows ?? []);
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        set(g, "values", b.top + i, b.left + j, v);
        set(g, "formulas", b.top + i, b.left + j, b.formulas?.[i]?.[j] ?? undefined);
        const f = b.numberFormats?.[j];
        if (headers.has(i)) set(g, "formats", b.top + i, b.left + j, undefined);
        else if (f) set(g, "formats", b.top + i, b.left + j, f);
      }),
    );
  }
  for (const m of plan.marks) {
    const g = sheet(m.sheet);
    const at = parseA1(m.cell)!;
    set(g, "fills", at.row, at.col, m.fill);
    set(g, "notes", at.row, at.col, m.note);
    set(g, "looks", at.row, at.col, undefined);
  }
  for (const s of plan.sheets) {
    grids = grids.filter((g) => g.sheet !== s.name);
    grids.push({ sheet: s.name, values: s.values.map((r) => [...r]), merges: [] });
  }
  for (const w of plan.columnWidths) {
    const g = sheet(w.sheet);
    (g.colWidths ??= [])[w.col] = w.width ?? undefined;
  }
  for (const h of plan.rowHeights) {
    const g = sheet(h.sheet);
    (g.rowHeights ??= [])[h.row] = h.height ?? undefined;
  }
  return grids;
}

/** A grid's layers as plain data, empty cells and trailing empties left out, for comparing two snapshots. */
export function snapshot(grid: Grid): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const layers: [string, unknown[][] | undefined][] = [
    ["values", grid.values], ["formulas", grid.formulas], ["formats", grid.formats], ["fills", grid.fills], ["notes", grid.notes], ["looks", grid.looks],
  ];
  for (const [name, rows] of layers) {
    const cells: Record<string, unknown> = {};
    (rows ?? []).forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v !== null && v !== undefined) cells[`${r},${c}`] = v;
      }),
    );
    out[name] = cells;
  }
  const widths: Record<string, unknown> = {};
  (grid.colWidths ?? []).forEach((w, c) => {
    if (w !== undefined) widths[c] = w;
  });
  out.widths = widths;
  const heights: Record<string, unknown> = {};
  (grid.rowHeights ?? []).forEach((h, r) => {
    if (h !== undefined) heights[r] = h;
  });
  out.heights = heights;
  return out;
}

export function snapshots(grids: Grid[]): Record<string, ReturnType<typeof snapshot>> {
  return Object.fromEntries(grids.map((g) => [g.sheet, snapshot(g)]));
}
