/**
 * The check before writing, one request (more only to locate existing notes or comments): every sheet with
 * its place, visibility and protection, the workbook's structure protection when sheets are added or
 * deleted, and what is already on each cell the plan marks or restores. A sheet the plan writes into that is
 * missing or protected stops the run here, before anything is written.
 */

import { a1 } from "../../engine/grid";
import { parseQualified } from "./address";
import type { XlClientResult, XlComment, XlContext, XlNote } from "./api";
import { errors } from "./errors";
import type { Features } from "./features";
import { OP_OVERHEAD_BYTES } from "./payload";
import type { CellState } from "./write-marks";
import type { Sender } from "./write-send";
import { Batch, type PlanScope, type SheetInfo, cellKey, uniqueNames } from "./write-units";

/** A probe of one cell in the check: the sheet, the note (or validation) proxy and its null check. */
const PROBE_BYTES = 2 * OP_OVERHEAD_BYTES;
/**
 * Up to this many marked or restored cells are probed one by one in the check; beyond, each sheet's notes
 * are counted and (only if there are any) located. As Office sends it a probe is about 350 bytes: 6,250
 * probes were 2.2 MB of check where a count of zero answers the same on a first run.
 */
const PROBE_LIMIT = 1000;

export interface CheckResult {
  /** Every sheet of the workbook by lower-case name. */
  info: Map<string, SheetInfo>;
  /** What is on each marked or restored cell already. */
  states: Map<string, CellState>;
}

export async function checkBeforeWriting(
  ctx: XlContext,
  features: Features,
  scope: PlanScope,
  send: Sender
): Promise<CheckResult> {
  const { ownSheets, userSheets, touched } = scope;
  const check = new Batch(ctx);
  const wss = ctx.workbook.worksheets;
  const structure = ownSheets.length > 0 ? ctx.workbook.protection : null;
  const states = new Map<string, CellState>();
  const stateOf = (sheet: string, cell: string): CellState => {
    const k = cellKey(sheet, cell);
    let s = states.get(k);
    if (!s) states.set(k, (s = {}));
    return s;
  };
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
    // Whose prompt each marked or restored cell shows: a person's is kept (write-marks.ts).
    for (const t of touched) {
      probes.push(() => {
        const dv = check.sheet(t.sheet).getRange(t.cell).dataValidation;
        dv.load("type,prompt");
        stateOf(t.sheet, t.cell).validation = dv;
      });
    }
  }
  const counted: { comments?: XlClientResult<number> } = {};
  await send.inChunks(probes, PROBE_BYTES, () => {
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

  // Notes counted per sheet, or comments counted (read after the check's first sync: a ClientResult needs no
  // load), located one by one: comments have no lookup by cell on ExcelApi 1.10.
  const items: {
    item: () => XlNote | XlComment;
    file: (s: CellState, x: XlNote | XlComment) => void;
  }[] = [];
  for (const [name, count] of noteCounts)
    for (let i = 0; i < count.value; i++)
      items.push({
        item: () => check.sheet(name).notes.getItemAt(i),
        file: (st, x) => (st.note = x as XlNote),
      });
  for (let i = 0; i < (counted.comments?.value ?? 0); i++)
    items.push({
      item: () => ctx.workbook.comments.getItemAt(i),
      file: (st, x) => (st.comment = x as XlComment),
    });
  const found: { thing: XlNote | XlComment; where: { address: string } }[] = [];
  const asks = items.map(({ item }, k) => () => {
    // By index: a request sent again replaces what its first attempt queued.
    const thing = item();
    const where = thing.getLocation();
    where.load("address");
    found[k] = { thing, where };
  });
  await send.inChunks(asks, 3 * OP_OVERHEAD_BYTES);
  found.forEach(({ thing, where }, k) => {
    const q = parseQualified(where.address);
    if (!q?.sheet) return;
    const cell = a1(q.area.top, q.area.left);
    if (wanted.has(cellKey(q.sheet, cell))) items[k].file(stateOf(q.sheet, cell), thing);
  });
  return { info, states };
}
