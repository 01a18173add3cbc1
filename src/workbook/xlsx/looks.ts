/**
 * A cell's fill and note between ExcelJS and the engine: read into Grid.fills / notes / looks, put back
 * verbatim from a saved CellLook. Styles are never changed in place: ExcelJS shares one style object between
 * the cells of a loaded file that have the same style, so every change assigns a fresh object.
 */

import type { Cell, Comment, Fill, Style } from "exceljs";
import type { CellLook } from "../../engine/plan/types";

/** What Grid.looks holds for an ExcelJS cell: its fill and note as ExcelJS models them. */
interface RawLook {
  fill?: Fill;
  note?: string | Comment;
}

export function solidFill(colour: string): Fill {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return { type: "pattern", pattern: "solid", fgColor: { argb: hex.length === 6 ? `FF${hex}` : hex } };
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
  return argb.toUpperCase().startsWith("FF") ? `#${argb.slice(2).toUpperCase()}` : `#${argb.toUpperCase()}`;
}

/** The fill's colour where it has one ARGB colour (a solid fill with a background colour too), for display. */
function fillColour(fill: Fill): string | undefined {
  if (fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? plainFill(solidFill(argb)) : undefined;
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
export function readLook(cell: Cell): CellLookRead {
  const fill = cell.style?.fill;
  const note = cell.note as string | Comment | undefined;
  const out: CellLookRead = {};
  const raw: RawLook = {};
  if (hasFill(fill)) {
    const plain = plainFill(fill);
    const colour = plain ?? fillColour(fill);
    if (colour) out.fill = colour;
    if (!plain) raw.fill = fill;
  }
  const text = noteText(note);
  if (text !== undefined) {
    out.note = text;
    if (typeof note !== "string") raw.note = note;
  }
  if (raw.fill !== undefined || raw.note !== undefined) out.raw = JSON.stringify(raw);
  return out;
}

/** A fresh style object with `patch` applied; keys set to undefined are removed. */
export function setStyle(cell: Cell, patch: Partial<Style>): void {
  const next: Partial<Style> = { ...cell.style, ...patch };
  for (const key of Object.keys(patch) as (keyof Style)[]) if (patch[key] === undefined) delete next[key];
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
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
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
