/**
 * Flagged cells: a fill by the most severe flag on the cell and a note with every flag's message, after the
 * user's own note. The user's own look of each marked cell is saved (state.ts) before the first mark and
 * put back when the flag goes away or on undo.
 */

import { type Grid, a1, parseA1 } from "../grid";
import { render } from "../i18n/render";
import type { Flag, Lang, Severity } from "../model";
import { label, severityLabel } from "./labels";
import { NOTE_MARK, NOTE_SEPARATOR, SEVERITY_FILLS, isOwnFill, moreSevere } from "./own";
import type { SavedLook } from "./state";
import type { CellLook, CellMark, CellRestore } from "./types";

export const lookKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;

/**
 * The user's look of a cell as the grid shows it now. A cell still showing the add-in's mark (its state was
 * lost) gives back only what is the user's: the note before the add-in's part, and no severity fill.
 */
export function userLookAt(grid: Grid, row: number, col: number): CellLook {
  const fill = grid.fills?.[row]?.[col] ?? null;
  const note = grid.notes?.[row]?.[col] ?? null;
  const raw = grid.looks?.[row]?.[col];
  if (note !== null && note.includes(NOTE_MARK)) {
    const own = note.slice(0, note.indexOf(NOTE_MARK)).replace(/\s+$/, "");
    return { fill: isOwnFill(fill) ? null : fill, note: own === "" ? null : own };
  }
  return raw === undefined ? { fill, note } : { fill, note, raw };
}

/** The note the add-in writes on a marked cell. */
export function markNote(userNote: string | null, flags: Flag[], lang: Lang): string {
  const lines = flags.map((f) =>
    label("noteLine", lang, {
      severity: severityLabel(f.severity, lang),
      code: f.code,
      message: render(f.message, lang),
    })
  );
  const own = [NOTE_MARK, ...lines].join("\n");
  return userNote ? userNote + NOTE_SEPARATOR + own : own;
}

export interface MarkResult {
  marks: CellMark[];
  /** The user's look of every cell marked now, to keep in the undo state. */
  looks: SavedLook[];
  /** Cells marked before whose flags are gone. */
  restores: CellRestore[];
}

interface CellFlags {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  flags: Flag[];
}

function groupByCell(flags: Flag[], gridOf: (sheet: string) => Grid | undefined): CellFlags[] {
  const groups = new Map<string, CellFlags>();
  for (const flag of flags) {
    const at = parseA1(flag.cell);
    if (!at || !gridOf(flag.sheet)) continue;
    const cell = a1(at.row, at.col);
    const key = lookKey(flag.sheet, cell);
    const group = groups.get(key) ?? {
      sheet: flag.sheet,
      cell,
      row: at.row,
      col: at.col,
      flags: [],
    };
    group.flags.push(flag);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Marks for `flags` (cells for which `skip` is true are left alone: the add-in's own columns), given the looks
 * saved by the previous run, which win over what the grid shows now (that is the add-in's own mark).
 */
export function markFlags(
  flags: Flag[],
  gridOf: (sheet: string) => Grid | undefined,
  previous: SavedLook[],
  lang: Lang,
  skip: (sheet: string, row: number, col: number) => boolean
): MarkResult {
  const saved = new Map(previous.map((s) => [lookKey(s.sheet, s.cell), s.look]));
  const marks: CellMark[] = [];
  const looks: SavedLook[] = [];
  for (const g of groupByCell(flags, gridOf)) {
    if (skip(g.sheet, g.row, g.col)) continue;
    const grid = gridOf(g.sheet) as Grid;
    const look = saved.get(lookKey(g.sheet, g.cell)) ?? userLookAt(grid, g.row, g.col);
    const severity = g.flags.map((f) => f.severity).reduce<Severity>(moreSevere, "info");
    marks.push({
      sheet: g.sheet,
      cell: g.cell,
      severity,
      fill: SEVERITY_FILLS[severity],
      note: markNote(look.note, g.flags, lang),
    });
    looks.push({ sheet: g.sheet, cell: g.cell, look });
  }
  const markedNow = new Set(looks.map((l) => lookKey(l.sheet, l.cell)));
  const restores = previous
    .filter((s) => !markedNow.has(lookKey(s.sheet, s.cell)) && gridOf(s.sheet))
    .map((s) => ({ sheet: s.sheet, cell: s.cell, look: s.look }));
  return { marks, looks, restores };
}
