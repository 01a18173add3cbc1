/**
 * What is the add-in's and what is a person's, when the workbook is read back: the own sheets' names this
 * run (a person's sheet keeps its name and content; the add-in takes another and says so), and the cells of
 * old own columns that a person has typed over (left as they are, and said).
 */

import { type Area, type Grid, areaA1 } from "../grid";
import { msg } from "../i18n/render";
import type { Message } from "../model";
import { type OwnNames, defaultNames } from "./own";
import type { UndoState } from "./state";
import type { CellClear } from "./types";

/** The names the own sheets take: those the trusted state names, else the usual ones where free, else numbered. */
export function ownNames(
  grids: Grid[],
  state: UndoState | null
): { names: OwnNames; notices: Message[] } {
  const taken = new Set(grids.map((g) => g.sheet));
  const ours = new Set(state ? [...state.sheets, state.names.state] : []);
  const usual = defaultNames();
  const names = { ...usual };
  const notices: Message[] = [];
  for (const role of ["summary", "review", "state"] as const) {
    const wanted = state?.names[role] ?? usual[role];
    if (!taken.has(wanted) || ours.has(wanted)) {
      names[role] = wanted;
      continue;
    }
    let n = 2;
    while (taken.has(`${usual[role]} (${n})`)) n++;
    names[role] = `${usual[role]} (${n})`;
    taken.add(names[role]);
    if (role !== "state")
      notices.push(msg("plan.notice.renamed", { name: wanted, own: names[role] }));
  }
  return { names, notices };
}

/** The cells a person typed over, grouped by sheet into one notice each. */
export function keptNotices(cells: CellClear[]): Message[] {
  const bySheet = new Map<string, Area[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  return [...bySheet].map(([sheet, areas]) => {
    const listed = areas.slice(0, 8).map((a) => areaA1(a).replace(/^(\w+):\1$/, "$1"));
    const more = areas.length > 8 ? ` … (+${areas.length - 8})` : "";
    return msg("plan.notice.kept", { sheet, cells: listed.join(", ") + more });
  });
}

/** Is (sheet, row, col) in one of these 1×1 areas? */
export function cellIn(cells: CellClear[]): (sheet: string, row: number, col: number) => boolean {
  const keys = new Set(cells.map((c) => `${c.sheet}\u0000${c.top}\u0000${c.left}`));
  return (sheet, row, col) => keys.has(`${sheet}\u0000${row}\u0000${col}`);
}
