/**
 * A cell's fill and note between ExcelJS and the engine: read into Grid.fills / notes / looks, put back
 * verbatim from a saved CellLook. Styles are never changed in place: ExcelJS shares one style object between
 * the cells of a loaded file that have the same style, so every change assigns a new object (setStyle).
 */

import ExcelJS, { type Cell, type Comment, type Fill, type Style } from "exceljs";
import type { CellLook } from "../../engine/plan/types";

/** What Grid.looks holds for an ExcelJS cell: its fill and note as ExcelJS models them, as JSON after this tag. */
interface RawLook {
  fill?: Fill;
  note?: string | Comment;
}

const { ValueType } = ExcelJS;

/** Marks a raw look as this adapter's: another adapter (Office.js) leaves it alone and uses the plain look. */
export const RAW_TAG = "exceljs:";

export function solidFill(colour: string): Fill {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: hex.length === 6 ? `FF${hex}` : hex },
  };
}

function hasFill(fill: Fill | undefined): fill is Fill {
  return fill !== undefined && !(fill.type === "pattern" && fill.pattern === "none");
}

/** "#RRGGBB" (or "#AARRGGBB") for a fill that is exactly a solid ARGB colour, else undefined. */
export function plainFill(fill: Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  if (JSON.stringify(fill) !== JSON.stringify(solidFill(argb))) return undefined;
  return argb.toUpperCase().startsWith("FF")
    ? `#${argb.slice(2).toUpperCase()}`
    : `#${argb.toUpperCase()}`;
}

/** The fill's colour where it has one ARGB colour (a solid fill with a background colour too), for display. */
function fillColour(fill: Fill): string | undefined {
  if (fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb)
    ? plainFill(solidFill(argb))
    : undefined;
}

export function noteText(note: string | Comment | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

export interface CellLookRead {
  fill?: string;
  note?: string;
  raw?: string;
}

/** A cell's fill and note for the grid; `raw` only where the plain forms would lose something. */
/** A fill read once per fill object: ExcelJS shares one between all the cells of a loaded file with the same style. */
interface FillReading {
  colour?: string;
  /** The raw look of a cell with this fill and no note, where the colour does not say it exactly. */
  raw?: string;
}

const fillReadings = new WeakMap<Fill, FillReading>();

function readFill(fill: Fill): FillReading {
  let r = fillReadings.get(fill);
  if (!r) {
    const plain = plainFill(fill);
    const colour = plain ?? fillColour(fill);
    r = {
      ...(colour ? { colour } : {}),
      ...(plain ? {} : { raw: RAW_TAG + JSON.stringify({ fill }) }),
    };
    fillReadings.set(fill, r);
  }
  return r;
}

export function readLook(cell: Cell): CellLookRead {
  const fill = cell.style?.fill;
  const note = cell.note as string | Comment | undefined;
  const out: CellLookRead = {};
  const reading = hasFill(fill) ? readFill(fill) : undefined;
  if (reading?.colour) out.fill = reading.colour;
  const text = noteText(note);
  if (text === undefined) {
    if (reading?.raw) out.raw = reading.raw;
    return out;
  }
  out.note = text;
  if (typeof note !== "string" || reading?.raw) {
    const raw: RawLook = {
      ...(reading?.raw && fill ? { fill } : {}),
      ...(typeof note !== "string" ? { note } : {}),
    };
    out.raw = RAW_TAG + JSON.stringify(raw);
  }
  return out;
}

/**
 * A cell holding a date keeps a style object of its own: ExcelJS gives a date without a number format its
 * date format, and that choice is remembered per style object, so a shared object would carry it elsewhere.
 */
export function holdsDate(cell: Cell): boolean {
  // by its type first: the value of a formula cell is an object built afresh on every read
  const type = cell.type;
  if (type === ValueType.Date) return true;
  if (type === ValueType.Formula) return cell.result instanceof Date;
  if (type !== ValueType.Merge) return false;
  const v = cell.value; // a merged cell shows its master's value
  return (
    v instanceof Date ||
    (v !== null && typeof v === "object" && "result" in v && v.result instanceof Date)
  );
}

export function isEmptyStyle(style: object): boolean {
  for (const _ in style) return false;
  return true;
}

/** Stands for every empty style: ExcelJS gives each new cell an empty style object of its own. */
const NO_STYLE = {};

/**
 * Style before → patch → style after, so that cells given the same patch over the same style share one new
 * object (share-styles.ts then keys each distinct object once, not each cell). Never changed in place.
 */
const patched = new WeakMap<object, WeakMap<object, Partial<Style>>>();

/** A new style object with `patch` applied (keys set to undefined are removed), shared as `patched` says. */
export function setStyle(cell: Cell, patch: Partial<Style>): void {
  const before: Partial<Style> = cell.style ?? {};
  const from = isEmptyStyle(before) ? NO_STYLE : before;
  const date = holdsDate(cell);
  let byPatch = patched.get(from);
  let next = date ? undefined : byPatch?.get(patch);
  if (!next) {
    next = { ...before, ...patch };
    for (const key of Object.keys(patch) as (keyof Style)[])
      if (patch[key] === undefined) delete next[key];
    if (!date) {
      if (!byPatch) patched.set(from, (byPatch = new WeakMap()));
      byPatch.set(patch, next);
    }
  }
  cell.style = next as Style;
}

/** ExcelJS's insides that hold a note: the cell's own, and the one its value kept from the loaded file. */
interface NoteHolders {
  _comment?: unknown;
  _value?: { model?: { comment?: unknown } };
}

/**
 * ExcelJS 4.4.0 has no way to remove a note. It clears `_comment` itself when it moves cells; a loaded cell's
 * value model also keeps the note it was read with, and writes it back unless that is removed too.
 */
export function removeNote(cell: Cell): void {
  const holders = cell as unknown as NoteHolders;
  holders._comment = undefined;
  if (holders._value?.model) delete holders._value.model.comment;
}

function parseRaw(raw: string | undefined): RawLook {
  if (!raw?.startsWith(RAW_TAG)) return {};
  try {
    const parsed = JSON.parse(raw.slice(RAW_TAG.length)) as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as RawLook) : {};
  } catch {
    return {};
  }
}

/** Put a saved look back: the exact ExcelJS fill and note where they were saved, else the plain ones. */
export function restoreLook(cell: Cell, look: CellLook): void {
  const raw = parseRaw(look.raw);
  const fill = raw.fill ?? (look.fill ? solidFill(look.fill) : undefined);
  setStyle(cell, { fill });
  const note = raw.note ?? look.note ?? undefined;
  if (note === undefined) removeNote(cell);
  else cell.note = note;
}
