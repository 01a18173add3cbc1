/** The units of writing a plan is cut into, and what they share: one sheet proxy per request, cell keys. */

import { type Area } from "../../engine/grid";
import type { WritePlan } from "../../engine/plan/types";
import type { XlContext, XlWorksheet } from "./api";

/** The plan as the adapter takes it: fields added to WritePlan later are optional here. */
export type PlanInput = Omit<WritePlan, "deleteSheets" | "columnWidths" | "rowHeights"> &
  Partial<Pick<WritePlan, "deleteSheets" | "columnWidths" | "rowHeights">>;

export interface WriteStats {
  syncs: number;
  /** The largest request planned, by the adapter's own estimate. */
  maxPlannedBytes: number;
  /** Requests refused as too large and sent again in smaller pieces. */
  retries: number;
}

/** Which sheets a plan writes into, and which cells it marks or restores. */
export interface PlanScope {
  /** The add-in's own sheets (written whole or deleted). */
  ownSheets: string[];
  /** Own sheets written, lower case. */
  written: Set<string>;
  /** The person's sheets the plan writes into. */
  userSheets: string[];
  touched: { sheet: string; cell: string }[];
}

export function planScope(plan: PlanInput): PlanScope {
  const ownSheets = uniqueNames([...plan.sheets.map((s) => s.name), ...(plan.deleteSheets ?? [])]);
  const written = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const userSheets = uniqueNames([
    ...plan.blocks.map((b) => b.sheet),
    ...plan.marks.map((m) => m.sheet),
    ...plan.restores.map((r) => r.sheet),
    ...plan.clears.map((c) => c.sheet),
    ...(plan.columnWidths ?? []).map((w) => w.sheet).filter((n) => !written.has(n.toLowerCase())),
    ...(plan.rowHeights ?? []).map((h) => h.sheet).filter((n) => !written.has(n.toLowerCase())),
  ]);
  const touched = [
    ...plan.marks.map((m) => ({ sheet: m.sheet, cell: m.cell })),
    ...plan.restores.map((r) => ({ sheet: r.sheet, cell: r.cell })),
  ];
  return { ownSheets, written, userSheets, touched };
}

/** Rows of a block or sheet per write unit before units are packed into requests. */
export const CELLS_PER_UNIT = 5_000;
/** Lists of small operations (links, notes, heights) go in units of about this size. */
export const UNIT_BYTES = 256 * 1024;
/** An object path to a cell (sheet, range by indexes) as Office sends it, roughly. */
export const PATH_BYTES = 80;

/** What the check found about one sheet. */
export interface SheetInfo {
  name: string;
  position: number;
  visibility: string;
  protected: boolean;
}

/** Per write request: one proxy per sheet. */
export class Batch {
  readonly ctx: XlContext;
  private readonly sheets = new Map<string, XlWorksheet>();
  constructor(ctx: XlContext) {
    this.ctx = ctx;
  }
  sheet(name: string): XlWorksheet {
    const k = name.toLowerCase();
    let ws = this.sheets.get(k);
    if (!ws) {
      ws = this.ctx.workbook.worksheets.getItem(name);
      this.sheets.set(k, ws);
    }
    return ws;
  }
  created(name: string, ws: XlWorksheet): void {
    this.sheets.set(name.toLowerCase(), ws);
  }
}

/** A piece of writing: it queues operations; big ones split in halves when a request is refused. */
export interface Unit {
  bytes: number;
  /** A cell of a user sheet this unit writes into: touched first in the request (see the module comment). */
  probe?: { sheet: string; row: number; col: number };
  run(b: Batch): void;
  split?(): Unit[];
}

export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()];
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell.toUpperCase()}`;
}

export function listUnits<T>(
  items: T[],
  bytesOf: (item: T) => number,
  run: (b: Batch, part: T[]) => void,
  probe?: (first: T) => Unit["probe"]
): Unit[] {
  const units: Unit[] = [];
  let part: T[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (part.length === 0) return;
    const mine = part;
    units.push({ bytes, probe: probe?.(mine[0]), run: (b) => run(b, mine) });
    part = [];
    bytes = 0;
  };
  for (const item of items) {
    const n = bytesOf(item);
    if (part.length > 0 && bytes + n > UNIT_BYTES) flush();
    part.push(item);
    bytes += n;
  }
  flush();
  return units;
}

/** Join areas that sit one under the other with the same columns (G2, G3, G4 → G2:G4). */
export function coalesce(areas: Area[]): Area[] {
  const sorted = [...areas].sort((x, y) => x.left - y.left || x.right - y.right || x.top - y.top);
  const out: Area[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === a.left && last.right === a.right && a.top <= last.bottom + 1) {
      last.bottom = Math.max(last.bottom, a.bottom);
    } else out.push({ ...a });
  }
  return out.sort((x, y) => x.top - y.top || x.left - y.left);
}

/** Runs of consecutive rows with the same height. */
export function heightRuns<T extends { row: number; height: number | null }>(
  rows: T[]
): { row: number; count: number; height: number | null }[] {
  const sorted = [...rows].sort((x, y) => x.row - y.row);
  const out: { row: number; count: number; height: number | null }[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && last.height === h.height && last.row + last.count === h.row) last.count++;
    else if (!last || last.row + last.count <= h.row)
      out.push({ row: h.row, count: 1, height: h.height });
  }
  return out;
}
