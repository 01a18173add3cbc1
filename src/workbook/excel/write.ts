/**
 * Applying a WritePlan: check first, then write everything in as few requests as the size allows.
 *
 *   sync 1  check: every sheet (name, place, visibility, protection), the workbook's structure protection,
 *           and what is already on the cells the plan marks or restores (a note, a comment, a validation);
 *           on ExcelApi 1.10–1.17 a second check sync finds the cells of the existing comments;
 *   sync 2+ write, in the plan's order (deleteSheets, clears, restores, blocks, marks, sheets, columnWidths,
 *           rowHeights):
 *           whole 2-D blocks (values, formulas, number formats where the plan asks), the add-in's own sheets
 *           deleted and added again, fills grouped by colour into range areas, notes (or comments, or prompts).
 *           Packed under 3.2 MB a request; a request refused as too large is split and sent again (nothing
 *           of a refused request is applied). Each write request begins by touching every user sheet it
 *           writes into, so a sheet deleted or protected since the check stops the request before any cell
 *           changes.
 *
 * Text is always written as text. The plan already guards text that starts with = + - @ (a zero-width space,
 * see engine/plan/text.ts); Excel would still turn "12", "50%", "2024-01-05" or "TRUE" written as a value into
 * a number, a date or a boolean, so such a string gets the Text number format ("@") before its value. No
 * other cell's format is touched unless the plan asks (a filled 得分 cell keeps the person's own format).
 */

import { a1, type Area } from "../../engine/grid";
import type {
  BlockWrite,
  CellMark,
  CellRestore,
  ColumnWidth,
  PlanValue,
  RowHeight,
  SheetWrite,
  WritePlan,
} from "../../engine/plan/types";
import type { Progress } from "../port";
import { addressChunks, parseQualified, parseRef } from "./address";
import type { XlClientResult, XlComment, XlContext, XlNote, XlWorksheet } from "./api";
import { WorkbookError, errors, isPayloadLimit, officeCode } from "./errors";
import type { Features } from "./features";
import {
  MAX_ADDRESS_CHARS,
  OP_OVERHEAD_BYTES,
  TARGET_PAYLOAD_BYTES,
  countRequests,
  jsonBytes,
} from "./payload";

/** The plan as the adapter takes it: fields added to WritePlan later are optional here. */
export type PlanInput = Omit<WritePlan, "deleteSheets" | "columnWidths" | "rowHeights"> &
  Partial<Pick<WritePlan, "deleteSheets" | "columnWidths" | "rowHeights">>;

/** The add-in's header style. */
export const HEADER_FILL = "#DDEBF7";
/** Title of a data-validation input prompt (Excel allows 32 characters, the message 255). */
export const PROMPT_TITLE = "绩效评分助手";
const PROMPT_MAX = 255;
/** Rows of a block or sheet per write unit before units are packed into requests. */
const CELLS_PER_UNIT = 5_000;
/** Lists of small operations (links, notes, heights) go in units of about this size. */
const UNIT_BYTES = 256 * 1024;
/** An object path to a cell (sheet, range by indexes) as Office sends it, roughly. */
const PATH_BYTES = 80;
/** A probe of one cell in the check: the sheet, the note (or validation) proxy and its null check. */
const PROBE_BYTES = 2 * OP_OVERHEAD_BYTES;
/**
 * Up to this many marked or restored cells are probed one by one in the check; beyond, each sheet's notes
 * are counted and (only if there are any) located. As Office sends it a probe is about 350 bytes: 6,250
 * probes were 2.2 MB of check where a count of zero answers the same on a first run.
 */
const PROBE_LIMIT = 1000;

export interface WriteStats {
  syncs: number;
  /** The largest request planned, by the adapter's own estimate. */
  maxPlannedBytes: number;
  /** Requests refused as too large and sent again in smaller pieces. */
  retries: number;
}

/** What the check found about one sheet. */
interface SheetInfo {
  name: string;
  position: number;
  visibility: string;
  protected: boolean;
}

/** Per write request: one proxy per sheet. */
class Batch {
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
interface Unit {
  bytes: number;
  /** A cell of a user sheet this unit writes into: touched first in the request (see the module comment). */
  probe?: { sheet: string; row: number; col: number };
  run(b: Batch): void;
  split?(): Unit[];
}

/** What is on a marked or restored cell already. */
interface CellState {
  note?: XlNote;
  comment?: XlComment;
  validationType?: () => string;
}

export async function applyPlan(
  ctx: XlContext,
  features: Features,
  plan: PlanInput,
  onProgress?: (p: Progress) => void,
  targetBytes: number = TARGET_PAYLOAD_BYTES
): Promise<WriteStats> {
  const stats: WriteStats = { syncs: 0, maxPlannedBytes: 0, retries: 0 };
  let total = 2;
  const progress = (): void =>
    onProgress?.({ step: "writing", done: stats.syncs, total: Math.max(total, stats.syncs) });

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

  // --- check --------------------------------------------------------------------------------------------
  const wss = ctx.workbook.worksheets;
  const structure = ownSheets.length > 0 ? ctx.workbook.protection : null;
  const states = new Map<string, CellState>();
  const stateOf = (sheet: string, cell: string): CellState => {
    const k = cellKey(sheet, cell);
    let s = states.get(k);
    if (!s) states.set(k, (s = {}));
    return s;
  };
  const check = new Batch(ctx);
  // What is on each marked or restored cell already: one small probe a cell while they are few; when they are
  // many, the notes that exist are counted and (only if there are any) located, which costs nothing on a
  // first run.
  const probes: (() => void)[] = [];
  const touchedSheets = uniqueNames(touched.map((t) => t.sheet));
  const noteCounts = new Map<string, XlClientResult<number>>();
  const probeEach = touched.length <= PROBE_LIMIT;
  if (features.noteChannel === "notes" && probeEach) {
    for (const t of touched) {
      probes.push(() => {
        stateOf(t.sheet, t.cell).note = check.sheet(t.sheet).notes.getItemOrNullObject(t.cell);
      });
    }
  } else if (features.noteChannel === "prompt") {
    for (const r of plan.restores) {
      probes.push(() => {
        const dv = check.sheet(r.sheet).getRange(r.cell).dataValidation;
        dv.load("type");
        stateOf(r.sheet, r.cell).validationType = () => dv.type;
      });
    }
  }
  const counted: { comments?: XlClientResult<number> } = {};
  await inChunks(probes, PROBE_BYTES, () => {
    wss.load("items/name,items/position,items/visibility,items/protection/protected");
    structure?.load("protected");
    if (features.noteChannel === "comments" && touched.length > 0)
      counted.comments = ctx.workbook.comments.getCount();
    if (features.noteChannel === "notes" && !probeEach) {
      for (const name of touchedSheets) noteCounts.set(name, check.sheet(name).notes.getCount());
    }
  });
  const info = new Map<string, SheetInfo>();
  for (const ws of wss.items) {
    info.set(ws.name.toLowerCase(), {
      name: ws.name,
      position: ws.position,
      visibility: ws.visibility,
      protected: ws.protection.protected,
    });
  }
  for (const name of userSheets) {
    const s = info.get(name.toLowerCase());
    if (!s) throw errors.sheetMissing(name);
    if (s.protected) throw errors.sheetProtected(s.name);
  }
  if (structure && structure.protected) throw errors.workbookProtected();
  for (const [, s] of states) if (s.note && s.note.isNullObject) s.note = undefined;
  const wanted = new Set(touched.map((t) => cellKey(t.sheet, t.cell)));

  if (noteCounts.size > 0) {
    const found: { note: XlNote; where: { address: string } }[] = [];
    const asks: (() => void)[] = [];
    for (const [name, count] of noteCounts) {
      for (let i = 0; i < count.value; i++) {
        const k = asks.length; // by index: a request sent again replaces what its first attempt queued
        asks.push(() => {
          const note = check.sheet(name).notes.getItemAt(i);
          const where = note.getLocation();
          where.load("address");
          found[k] = { note, where };
        });
      }
    }
    await inChunks(asks, 3 * OP_OVERHEAD_BYTES);
    for (const { note, where } of found) {
      const q = parseQualified(where.address);
      if (!q?.sheet) continue;
      const cell = a1(q.area.top, q.area.left);
      if (wanted.has(cellKey(q.sheet, cell))) stateOf(q.sheet, cell).note = note;
    }
  }

  // Read after the check's first sync (a ClientResult needs no load).

  const comments = counted.comments?.value ?? 0;
  if (comments > 0) {
    // Comments have no address of their own: ask each for its cell (ExcelApi 1.10 has no lookup by cell).
    const found: { comment: XlComment; where: { address: string } }[] = [];
    const asks: (() => void)[] = [];
    for (let i = 0; i < comments; i++) {
      asks.push(() => {
        const comment = ctx.workbook.comments.getItemAt(i);
        const where = comment.getLocation();
        where.load("address");
        found[i] = { comment, where };
      });
    }
    await inChunks(asks, 3 * OP_OVERHEAD_BYTES);
    for (const { comment, where } of found) {
      const q = parseQualified(where.address);
      if (!q?.sheet) continue;
      const cell = a1(q.area.top, q.area.left);
      if (wanted.has(cellKey(q.sheet, cell))) stateOf(q.sheet, cell).comment = comment;
    }
  }

  // --- write --------------------------------------------------------------------------------------------
  // The plan's order: deleteSheets, clears, restores, blocks, marks, sheets, columnWidths.
  const units: Unit[] = [];
  const deleted = new Set<string>();
  for (const name of plan.deleteSheets ?? []) {
    const s = info.get(name.toLowerCase());
    if (s && !deleted.has(name.toLowerCase()) && !written.has(name.toLowerCase())) {
      deleted.add(name.toLowerCase());
      units.push(deleteSheetUnit(s));
    }
  }
  for (const c of plan.clears) units.push(clearUnit(c));
  const state = (s: string, c: string): CellState => states.get(cellKey(s, c)) ?? {};
  units.push(...fillUnits([], plan.restores, features));
  units.push(...noteUnits([], plan.restores, features, state));
  for (const block of plan.blocks) units.push(...blockUnits(block));
  units.push(...fillUnits(plan.marks, [], features));
  units.push(...noteUnits(plan.marks, [], features, state));
  for (const sheet of plan.sheets)
    units.push(...sheetUnits(sheet, info.get(sheet.name.toLowerCase()), features));
  units.push(...columnWidthUnits(plan.columnWidths ?? [], written));
  units.push(...rowHeightUnits(plan.rowHeights ?? [], written));

  total = stats.syncs + countRequests(units, targetBytes);
  progress();
  let pending = units;
  let target = targetBytes;
  let writes = 0;
  while (pending.length > 0) {
    const batch: Unit[] = [];
    let bytes = 0;
    while (pending.length > 0 && (batch.length === 0 || bytes + pending[0].bytes <= target)) {
      bytes += pending[0].bytes;
      batch.push(pending.shift() as Unit);
    }
    const b = new Batch(ctx);
    const probed = new Set<string>();
    for (const u of batch) {
      if (u.probe && !probed.has(u.probe.sheet.toLowerCase())) {
        probed.add(u.probe.sheet.toLowerCase());
        // A write that changes nothing (null = leave the cell as it is): fails first if the sheet is gone or protected.
        b.sheet(u.probe.sheet).getRangeByIndexes(u.probe.row, u.probe.col, 1, 1).numberFormat = [
          [null],
        ];
      }
    }
    for (const u of batch) u.run(b);
    stats.maxPlannedBytes = Math.max(stats.maxPlannedBytes, bytes);
    try {
      await ctx.sync();
      stats.syncs++;
      writes++;
      progress();
    } catch (e) {
      stats.syncs++;
      if (officeCode(e) === "RequestPayloadSizeLimitExceeded") {
        // Nothing of a refused request was applied: send it again in smaller pieces.
        stats.retries++;
        const halves = batch.flatMap((u) => (u.split ? u.split() : [u]));
        if (halves.length === batch.length && target < 1024)
          throw errors.payloadTooLarge(batch[0].probe?.sheet);
        target = Math.max(512, Math.floor(target / 2));
        pending = halves.concat(pending);
        continue;
      }
      const cause = await explain(e);
      throw writes > 0 && cause instanceof WorkbookError ? errors.partialWrite(cause) : cause;
    }
  }
  return stats;

  /**
   * Checking requests (loads only): `first` and as many of `items` as fit the target go in the first request,
   * the rest in more. A request refused as too large changes nothing: it is sent again with half as many.
   */
  async function inChunks(
    items: (() => void)[],
    itemBytes: number,
    first?: () => void
  ): Promise<void> {
    let perRequest = Math.max(1, Math.floor(targetBytes / itemBytes));
    let from = 0;
    let firstDone = first === undefined;
    while (!firstDone || from < items.length) {
      const to = Math.min(items.length, from + perRequest);
      if (!firstDone) first?.();
      for (let i = from; i < to; i++) items[i]();
      try {
        await ctx.sync();
        stats.syncs++;
        progress();
      } catch (e) {
        stats.syncs++;
        if (isPayloadLimit(e)) {
          if (perRequest === 1) throw errors.payloadTooLarge();
          stats.retries++;
          perRequest = Math.ceil(perRequest / 2);
          continue;
        }
        throw await explain(e);
      }
      firstDone = true;
      from = to;
    }
  }

  /** Turn an Office error into a person's message; look at the sheets again when it says one is gone. */
  async function explain(e: unknown): Promise<Error> {
    const code = officeCode(e);
    if (code === undefined) return e instanceof Error ? e : new Error(String(e));
    if (code === "InvalidOperationInCellEditMode") return errors.cellEditMode();
    if (isPayloadLimit(e)) return errors.payloadTooLarge();
    if (code === "ItemNotFound" || code === "AccessDenied" || code === "InvalidObjectPath") {
      // Which sheet? One more look (only on this failure path).
      try {
        const again = ctx.workbook.worksheets;
        again.load("items/name,items/protection/protected");
        await ctx.sync();
        stats.syncs++;
        const now = new Map(
          again.items.map((ws) => [ws.name.toLowerCase(), ws.protection.protected])
        );
        for (const name of userSheets) {
          if (!now.has(name.toLowerCase())) return errors.sheetMissing(name);
        }
        for (const name of userSheets)
          if (now.get(name.toLowerCase())) return errors.sheetProtected(name);
        if (code === "AccessDenied" && ownSheets.length > 0) return errors.workbookProtected();
      } catch (again) {
        if (officeCode(again) === "InvalidOperationInCellEditMode") return errors.cellEditMode();
      }
    }
    return errors.excelError(code, e instanceof Error ? e.message : String(e));
  }
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()];
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell.toUpperCase()}`;
}

// --- cells as Excel takes them ---------------------------------------------------------------------------

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/** Would Excel read this string, written as a value, as something other than text? */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@]/.test(text)) return true; // a formula (the plan guards these already)
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i.test(t)) return true;
  // Numbers, percentages, currency, fractions, dates and times in any of their spellings.
  if (/\d/.test(t) && /^[\d\s.,:/%$¥￥€£()eE+\-年月日时分秒]+$/.test(t)) return true;
  if (
    new RegExp(`^\\d{1,2}[-\\s/]?(${MONTHS})`, "i").test(t) ||
    new RegExp(`^(${MONTHS})[a-z]*[-\\s/.]?\\d`, "i").test(t)
  )
    return true;
  return false;
}

type Cells = {
  values: (string | number | boolean | null)[][];
  /** null: leave the cell's format as it is. */
  formats: (string | null)[][] | null;
  formulas: (string | null)[][] | null;
};

/** Values, formats and formulas of rows of cells. `formatOf` gives the plan's format for a cell, or null. */
function cellsOf(
  values: PlanValue[][],
  width: number,
  formatOf: (row: number, col: number) => string | null,
  formulas?: (string | null)[][],
  rowOffset = 0
): Cells {
  const outValues: (string | number | boolean | null)[][] = [];
  const outFormats: (string | null)[][] = [];
  const outFormulas: (string | null)[][] = [];
  let anyFormat = false;
  let anyFormula = false;
  for (let i = 0; i < values.length; i++) {
    const row = values[i] ?? [];
    const vr: (string | number | boolean | null)[] = [];
    const fr: (string | null)[] = [];
    const xr: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const formula = formulas?.[i]?.[j] ?? null;
      const v = row[j] ?? null;
      let format = formatOf(rowOffset + i, j);
      if (formula !== null) {
        anyFormula = true;
        vr.push(null); // the formula fills the cell; Excel computes its value
        xr.push(`=${formula}`);
      } else {
        vr.push(v === null ? "" : v);
        xr.push(null);
        if (typeof v === "string" && excelWouldConvert(v)) format = "@";
      }
      if (format !== null) anyFormat = true;
      fr.push(format);
    }
    outValues.push(vr);
    outFormats.push(fr);
    outFormulas.push(xr);
  }
  return {
    values: outValues,
    formats: anyFormat ? outFormats : null,
    formulas: anyFormula ? outFormulas : null,
  };
}

/**
 * Number formats column by column: one format for a column whose cells all take it (sent once, Excel's "single
 * input copy"), else the column's own list (null: leave the cell's format). Columns left as they are are omitted.
 */
function columnFormats(
  formats: (string | null)[][],
  width: number
): { col: number; format: string | (string | null)[][] }[] {
  const out: { col: number; format: string | (string | null)[][] }[] = [];
  for (let j = 0; j < width; j++) {
    const column = formats.map((row) => row[j] ?? null);
    if (column.every((f) => f === null)) continue;
    const first = column[0];
    out.push(
      first !== null && column.every((f) => f === first)
        ? { col: j, format: first }
        : { col: j, format: column.map((f) => [f]) }
    );
  }
  return out;
}

function widthOf(values: PlanValue[][]): number {
  let w = 0;
  for (const r of values) if (r && r.length > w) w = r.length;
  return w;
}

/** A 2-D write of rows of `values` at (top, left), as units that split in halves. */
function rowUnits(
  sheet: string,
  top: number,
  left: number,
  values: PlanValue[][],
  width: number,
  formatOf: (row: number, col: number) => string | null,
  formulas: (string | null)[][] | undefined,
  userSheet: boolean
): Unit[] {
  if (width === 0 || values.length === 0) return [];
  const rowsPerUnit = Math.max(1, Math.floor(CELLS_PER_UNIT / width));
  const make = (from: number, to: number): Unit => {
    const part = cellsOf(values.slice(from, to), width, formatOf, formulas?.slice(from, to), from);
    const formats = part.formats ? columnFormats(part.formats, width) : [];
    return {
      bytes:
        jsonBytes(part.values) +
        formats.reduce((n, f) => n + jsonBytes(f.format) + OP_OVERHEAD_BYTES, 0) +
        (part.formulas ? jsonBytes(part.formulas) : 0) +
        3 * OP_OVERHEAD_BYTES,
      probe: userSheet ? { sheet, row: top + from, col: left } : undefined,
      run: (b) => {
        const ws = b.sheet(sheet);
        for (const f of formats)
          ws.getRangeByIndexes(top + from, left + f.col, to - from, 1).numberFormat = f.format;
        const range = ws.getRangeByIndexes(top + from, left, to - from, width);
        range.values = part.values;
        if (part.formulas) range.formulas = part.formulas;
      },
      split:
        to - from > 1
          ? () => {
              const mid = from + Math.ceil((to - from) / 2);
              return [make(from, mid), make(mid, to)];
            }
          : undefined,
    };
  };
  const units: Unit[] = [];
  for (let from = 0; from < values.length; from += rowsPerUnit)
    units.push(make(from, Math.min(values.length, from + rowsPerUnit)));
  return units;
}

/** The add-in's header style: bold, filled, wrapped, centred. */
function headerUnits(
  sheet: string,
  top: number,
  left: number,
  rows: number[],
  width: number,
  userSheet: boolean
): Unit[] {
  if (rows.length === 0 || width === 0) return [];
  return [
    {
      bytes: rows.length * 5 * OP_OVERHEAD_BYTES,
      probe: userSheet ? { sheet, row: top + rows[0], col: left } : undefined,
      run: (b) => {
        const ws = b.sheet(sheet);
        for (const r of rows) {
          const f = ws.getRangeByIndexes(top + r, left, 1, width).format;
          f.font.bold = true;
          f.fill.color = HEADER_FILL;
          f.wrapText = true;
          f.horizontalAlignment = "Center";
          f.verticalAlignment = "Center";
        }
      },
    },
  ];
}

/** Wrapped, top-aligned columns (long explanations) over the rows that are not header rows. */
function wrapUnits(
  sheet: string,
  top: number,
  left: number,
  rows: number,
  cols: number[],
  headerRows: number[],
  userSheet: boolean
): Unit[] {
  if (cols.length === 0 || rows === 0) return [];
  // Row runs between header rows.
  const runs: [number, number][] = [];
  let start = -1;
  for (let r = 0; r <= rows; r++) {
    const body = r < rows && !headerRows.includes(r);
    if (body && start < 0) start = r;
    if (!body && start >= 0) {
      runs.push([start, r - 1]);
      start = -1;
    }
  }
  if (runs.length === 0) return [];
  return [
    {
      bytes: cols.length * runs.length * 2 * OP_OVERHEAD_BYTES,
      probe: userSheet ? { sheet, row: top + runs[0][0], col: left + cols[0] } : undefined,
      run: (b) => {
        const ws = b.sheet(sheet);
        for (const c of cols) {
          for (const [from, to] of runs) {
            const f = ws.getRangeByIndexes(top + from, left + c, to - from + 1, 1).format;
            f.wrapText = true;
            f.verticalAlignment = "Top";
          }
        }
      },
    },
  ];
}

/** Small operations in units of about UNIT_BYTES, so that packing can fill requests evenly. */
function listUnits<T>(
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
function heightRuns<T extends { row: number; height: number | null }>(
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

// --- blocks, clears, column widths -----------------------------------------------------------------------

function blockUnits(block: BlockWrite): Unit[] {
  const width = Math.max(widthOf(block.values), widthOf(block.formulas ?? []));
  const headers = block.headerRows ?? [];
  const formatOf = (i: number, j: number): string | null =>
    headers.includes(i) ? null : (block.numberFormats?.[j] ?? null);
  return [
    ...rowUnits(
      block.sheet,
      block.top,
      block.left,
      block.values,
      width,
      formatOf,
      block.formulas,
      true
    ),
    ...headerUnits(block.sheet, block.top, block.left, headers, width, true),
  ];
}

function rowHeightUnits(heights: RowHeight[], ownSheets: Set<string>): Unit[] {
  const bySheet = new Map<string, RowHeight[]>();
  for (const h of heights) {
    const list = bySheet.get(h.sheet) ?? [];
    list.push(h);
    bySheet.set(h.sheet, list);
  }
  return [...bySheet.entries()].flatMap(([sheet, list]) =>
    listUnits(
      heightRuns(list),
      () => OP_OVERHEAD_BYTES + PATH_BYTES,
      (b, part) => {
        const ws = b.sheet(sheet);
        for (const h of part) {
          const f = ws.getRangeByIndexes(h.row, 0, h.count, 1).format;
          if (h.height === null) f.useStandardHeight = true;
          else f.rowHeight = h.height;
        }
      },
      (first) =>
        ownSheets.has(sheet.toLowerCase()) ? undefined : { sheet, row: first.row, col: 0 }
    )
  );
}

function columnWidthUnits(widths: ColumnWidth[], ownSheets: Set<string>): Unit[] {
  const bySheet = new Map<string, ColumnWidth[]>();
  for (const w of widths) {
    const list = bySheet.get(w.sheet) ?? [];
    list.push(w);
    bySheet.set(w.sheet, list);
  }
  return [...bySheet.entries()].map(([sheet, list]) => ({
    bytes: list.length * OP_OVERHEAD_BYTES,
    probe: ownSheets.has(sheet.toLowerCase()) ? undefined : { sheet, row: 0, col: list[0].col },
    run: (b: Batch) => {
      const ws = b.sheet(sheet);
      for (const w of list) {
        const f = ws.getRangeByIndexes(0, w.col, 1, 1).format;
        if (w.width === null) f.useStandardWidth = true;
        else f.columnWidth = charsToPoints(w.width);
      }
    },
  }));
}

function clearUnit(c: WritePlan["clears"][number]): Unit {
  return {
    bytes: OP_OVERHEAD_BYTES,
    probe: { sheet: c.sheet, row: c.top, col: c.left },
    run: (b) =>
      b
        .sheet(c.sheet)
        .getRangeByIndexes(c.top, c.left, c.bottom - c.top + 1, c.right - c.left + 1)
        .clear("All"),
  };
}

// --- the add-in's own sheets -----------------------------------------------------------------------------

function deleteSheetUnit(s: SheetInfo): Unit {
  return {
    bytes: 2 * OP_OVERHEAD_BYTES,
    run: (b) => {
      const ws = b.sheet(s.name);
      // Excel refuses to delete a VeryHidden sheet.
      if (s.visibility === "VeryHidden") ws.visibility = "Hidden";
      ws.delete();
    },
  };
}

/** Column width in points from a width in characters (Calibri 11: 7 pixels a character, 5 pixels of padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function sheetUnits(
  sheet: SheetWrite,
  existing: SheetInfo | undefined,
  features: Features
): Unit[] {
  const name = sheet.name;
  const width = widthOf(sheet.values);
  const rows = sheet.values.length;
  const headers = sheet.headerRows ?? [];
  const units: Unit[] = [];
  units.push({
    bytes: 4 * OP_OVERHEAD_BYTES,
    run: (b) => {
      if (existing) {
        const old = b.sheet(existing.name);
        if (existing.visibility === "VeryHidden") old.visibility = "Hidden"; // Excel refuses to delete a VeryHidden sheet
        old.delete();
      }
      const ws = b.ctx.workbook.worksheets.add(name);
      b.created(name, ws);
      if (existing) ws.position = existing.position;
    },
  });
  const areaFormats = sheet.areaFormats ?? [];
  const formatOf = (i: number, j: number): string | null => {
    for (let k = areaFormats.length - 1; k >= 0; k--) {
      const a = areaFormats[k];
      if (i >= a.top && i <= a.bottom && j >= a.left && j <= a.right) return a.format;
    }
    return headers.includes(i) ? null : (sheet.numberFormats?.[j] ?? null);
  };
  units.push(...rowUnits(name, 0, 0, sheet.values, width, formatOf, undefined, false));
  units.push(...headerUnits(name, 0, 0, headers, width, false));
  units.push(...wrapUnits(name, 0, 0, rows, sheet.wrapCols ?? [], headers, false));
  units.push(
    ...listUnits(
      heightRuns(sheet.rowHeights ?? []),
      () => OP_OVERHEAD_BYTES + PATH_BYTES,
      (b, part) => {
        const ws = b.sheet(name);
        for (const h of part)
          if (h.height !== null)
            ws.getRangeByIndexes(h.row, 0, h.count, 1).format.rowHeight = h.height;
      }
    )
  );
  if (sheet.columnWidths && sheet.columnWidths.length > 0) {
    const widths = sheet.columnWidths;
    units.push({
      bytes: widths.length * OP_OVERHEAD_BYTES,
      run: (b) => {
        const ws = b.sheet(name);
        widths.forEach((w, c) => {
          if (w > 0) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(w);
        });
      },
    });
  }
  const linkText = (l: { row: number; col: number }): string | undefined => {
    const v = sheet.values[l.row]?.[l.col];
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  units.push(
    ...listUnits(
      sheet.links ?? [],
      (l) => OP_OVERHEAD_BYTES + PATH_BYTES + jsonBytes(l.target) + jsonBytes(linkText(l) ?? ""),
      (b, part) => {
        const ws = b.sheet(name);
        for (const l of part) {
          const link: { documentReference: string; textToDisplay?: string } = {
            documentReference: l.target,
          };
          const text = linkText(l);
          if (text !== undefined) link.textToDisplay = text; // the value already written, kept as it is
          ws.getRangeByIndexes(l.row, l.col, 1, 1).hyperlink = link;
        }
      }
    )
  );
  const rowFills = sheet.rowFills ?? [];
  if (rowFills.length > 0 && width > 0) {
    const byFill = new Map<string, Area[]>();
    for (const rf of rowFills) {
      const fill = normalizeFill(rf.fill);
      const list = byFill.get(fill) ?? [];
      list.push({ top: rf.row, left: 0, bottom: rf.row, right: width - 1 });
      byFill.set(fill, list);
    }
    for (const [fill, areas] of byFill)
      units.push(...areaFillUnits(name, areas, fill, features, false));
  }
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    units.push({
      bytes: validations.reduce((n, v) => n + OP_OVERHEAD_BYTES + jsonBytes(v.list), 0),
      run: (b) => {
        const ws = b.sheet(name);
        for (const v of validations) {
          if (v.lastRow < v.firstRow || v.list.length === 0) continue;
          ws.getRangeByIndexes(
            v.firstRow,
            v.col,
            v.lastRow - v.firstRow + 1,
            1
          ).dataValidation.rule = {
            list: { inCellDropDown: true, source: v.list.join(",") },
          };
        }
      },
    });
  }
  if (sheet.freezeRows && sheet.freezeRows > 0) {
    const n = sheet.freezeRows;
    units.push({ bytes: OP_OVERHEAD_BYTES, run: (b) => b.sheet(name).freezePanes.freezeRows(n) });
  }
  const chart = sheet.chart;
  if (chart && chart.lastRow >= chart.firstRow && chart.seriesCols.length > 0) {
    // One rectangle: the header row (series names) and the rows, categories first and the series beside them.
    const cols = [chart.categoriesCol, ...chart.seriesCols];
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    const contiguous =
      new Set(cols).size === cols.length &&
      right - left + 1 === cols.length &&
      chart.categoriesCol === left;
    const top =
      chart.headerRow >= 0 && chart.headerRow < chart.firstRow ? chart.headerRow : chart.firstRow;
    if (contiguous) {
      units.push({
        bytes: 3 * OP_OVERHEAD_BYTES,
        run: (b) => {
          const ws = b.sheet(name);
          const source = ws.getRangeByIndexes(top, left, chart.lastRow - top + 1, right - left + 1);
          ws.charts.add("ColumnClustered", source, "Columns").title.text = chart.title;
        },
      });
    }
  }
  if (sheet.hidden) {
    units.push({
      bytes: OP_OVERHEAD_BYTES,
      run: (b) => {
        b.sheet(name).visibility = "VeryHidden";
      },
    });
  }
  return units;
}

// --- fills: grouped by colour into range areas -----------------------------------------------------------

function areaFillUnits(
  sheet: string,
  areas: Area[],
  fill: string | null,
  features: Features,
  userSheet: boolean
): Unit[] {
  const probe =
    userSheet && areas.length > 0 ? { sheet, row: areas[0].top, col: areas[0].left } : undefined;
  if (features.rangeAreas) {
    return addressChunks(areas, MAX_ADDRESS_CHARS - 200).map((address) => ({
      bytes: address.length + 2 * OP_OVERHEAD_BYTES,
      probe,
      run: (b) => {
        const f = b.sheet(sheet).getRanges(address).format.fill;
        if (fill === null) f.clear();
        else f.color = fill;
      },
    }));
  }
  return listUnits(
    areas,
    () => 2 * OP_OVERHEAD_BYTES + PATH_BYTES,
    (b, part) => {
      const ws = b.sheet(sheet);
      for (const a of part) {
        const f = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1)
          .format.fill;
        if (fill === null) f.clear();
        else f.color = fill;
      }
    },
    () => probe
  );
}

function fillUnits(marks: CellMark[], restores: CellRestore[], features: Features): Unit[] {
  // sheet → fill (null: none) → cells
  const groups = new Map<string, { sheet: string; byFill: Map<string | null, Area[]> }>();
  const add = (sheet: string, cell: string, fill: string | null): void => {
    const area = parseRef(cell);
    if (!area) return;
    const g = groups.get(sheet.toLowerCase()) ?? {
      sheet,
      byFill: new Map<string | null, Area[]>(),
    };
    groups.set(sheet.toLowerCase(), g);
    const f = fill === null ? null : normalizeFill(fill);
    const list = g.byFill.get(f) ?? [];
    list.push(area);
    g.byFill.set(f, list);
  };
  for (const r of restores) add(r.sheet, r.cell, r.look.fill);
  for (const m of marks) add(m.sheet, m.cell, m.fill);
  const units: Unit[] = [];
  for (const { sheet, byFill } of groups.values()) {
    for (const [fill, areas] of byFill) {
      areas.sort((x, y) => x.top - y.top || x.left - y.left);
      units.push(...areaFillUnits(sheet, coalesce(areas), fill, features, true));
    }
  }
  return units;
}

/** "#rrggbb", "rrggbb" or ARGB "FFrrggbb" → "#RRGGBB". */
export function normalizeFill(fill: string): string {
  const hex = fill.trim().replace(/^#/, "");
  if (/^[0-9a-f]{8}$/i.test(hex)) return `#${hex.slice(2).toUpperCase()}`;
  if (/^[0-9a-f]{6}$/i.test(hex)) return `#${hex.toUpperCase()}`;
  return fill;
}

// --- notes, comments or input prompts --------------------------------------------------------------------

function noteUnits(
  marks: CellMark[],
  restores: CellRestore[],
  features: Features,
  stateOf: (sheet: string, cell: string) => CellState
): Unit[] {
  type Op = { sheet: string; cell: string; text: string | null; restore: boolean };
  const ops: Op[] = [
    ...restores.map((r) => ({ sheet: r.sheet, cell: r.cell, text: r.look.note, restore: true })),
    ...marks.map((m) => ({ sheet: m.sheet, cell: m.cell, text: m.note, restore: false })),
  ];
  // Per sheet, so that every unit's sheet is touched first in its request.
  const bySheet = new Map<string, Op[]>();
  for (const o of ops) {
    const list = bySheet.get(o.sheet.toLowerCase()) ?? [];
    list.push(o);
    bySheet.set(o.sheet.toLowerCase(), list);
  }
  const apply = (b: Batch, o: Op): void => {
    const ws = b.sheet(o.sheet);
    const state = stateOf(o.sheet, o.cell);
    if (features.noteChannel === "notes") {
      if (o.text === null) state.note?.delete();
      else if (state.note) state.note.content = o.text;
      else ws.notes.add(ws.getRange(o.cell), o.text);
    } else if (features.noteChannel === "comments") {
      if (o.text === null) state.comment?.delete();
      else if (state.comment) state.comment.content = o.text;
      else ws.comments.add(ws.getRange(o.cell), o.text);
    } else {
      const dv = ws.getRange(o.cell).dataValidation;
      if (!o.restore && o.text !== null) {
        dv.prompt = { showPrompt: true, title: PROMPT_TITLE, message: clip(o.text, PROMPT_MAX) };
      } else if (state.validationType && state.validationType() === "None") {
        dv.clear(); // only our prompt was there
      } else {
        dv.prompt = { showPrompt: false, title: "", message: "" }; // keep the person's own rule
      }
    }
  };
  return [...bySheet.values()].flatMap((list) =>
    listUnits(
      list,
      (o) => OP_OVERHEAD_BYTES + PATH_BYTES + jsonBytes(o.text ?? ""),
      (b, part) => part.forEach((o) => apply(b, o)),
      (first) => {
        const at = parseRef(first.cell);
        return at ? { sheet: first.sheet, row: at.top, col: at.left } : undefined;
      }
    )
  );
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
