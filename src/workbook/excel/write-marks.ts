/** Marks and restores: fills grouped by colour into range areas; notes, comments or input prompts. */

import { type Area } from "../../engine/grid";
import type { CellMark, CellRestore } from "../../engine/plan/types";
import { addressChunks, parseRef } from "./address";
import { msg } from "../../engine/i18n/render";
import type { Message } from "../../engine/model";
import type { XlComment, XlDataValidation, XlNote } from "./api";
import type { Features } from "./features";
import { MAX_ADDRESS_CHARS, OP_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { Batch, PATH_BYTES, type Unit, coalesce, listUnits } from "./write-units";

/** Title of a data-validation input prompt (Excel allows 32 characters, the message 255). */
export const PROMPT_TITLE = "绩效评分助手";
const PROMPT_MAX = 255;

/** What is on a marked or restored cell already. */
export interface CellState {
  note?: XlNote;
  comment?: XlComment;
  /** ExcelApi 1.8–1.9: the cell's data validation, loaded with its type and input prompt. */
  validation?: XlDataValidation;
}

/**
 * Whose input prompt a cell shows (ExcelApi 1.8–1.9, where the prompt carries the explanation): the add-in's
 * has its title; one with any other title or a message is a person's, never overwritten nor cleared.
 */
export function promptOwner(state: CellState): "none" | "ours" | "person" {
  const p = state.validation?.prompt;
  if (!state.validation) return "none";
  if (!p) return "person"; // differing prompts: not one of ours
  if (p.title === PROMPT_TITLE) return "ours";
  return p.title === "" && p.message === "" ? "none" : "person";
}

/** Marked cells whose explanation is not put into the prompt, because a person's prompt is there: said per sheet. */
export function keptPrompts(
  marks: CellMark[],
  features: Features,
  stateOf: (sheet: string, cell: string) => CellState
): Message[] {
  if (features.noteChannel !== "prompt") return [];
  const bySheet = new Map<string, string[]>();
  for (const m of marks) {
    if (m.note === null || promptOwner(stateOf(m.sheet, m.cell)) !== "person") continue;
    bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m.cell]);
  }
  return [...bySheet].map(([sheet, cells]) => {
    const more = cells.length > 8 ? ` … (+${cells.length - 8})` : "";
    return msg("excel.notice.promptKept", { sheet, cells: cells.slice(0, 8).join(", ") + more });
  });
}

// --- fills: grouped by colour into range areas -----------------------------------------------------------

export function areaFillUnits(
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
        const f = b.sheet(sheet).getRanges(address).untrack().format.fill;
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
        const f = ws
          .getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1)
          .untrack().format.fill;
        if (fill === null) f.clear();
        else f.color = fill;
      }
    },
    () => probe
  );
}

export function fillUnits(marks: CellMark[], restores: CellRestore[], features: Features): Unit[] {
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

export function noteUnits(
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
      else ws.notes.add(ws.getRange(o.cell).untrack(), o.text);
    } else if (features.noteChannel === "comments") {
      if (o.text === null) state.comment?.delete();
      else if (state.comment) state.comment.content = o.text;
      else ws.comments.add(ws.getRange(o.cell).untrack(), o.text);
    } else {
      // A person's prompt is never overwritten (keptPrompts says so) nor cleared; undo takes out only ours.
      const owner = promptOwner(state);
      const mark = !o.restore && o.text !== null;
      if (mark ? owner === "person" : owner !== "ours") return;
      const dv = ws.getRange(o.cell).untrack().dataValidation;
      if (mark && o.text !== null) {
        dv.prompt = { showPrompt: true, title: PROMPT_TITLE, message: clip(o.text, PROMPT_MAX) };
      } else if (state.validation?.type === "None") {
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

export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
