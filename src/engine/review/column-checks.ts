/**
 * What a table's header says about its columns, as flags: COLUMN_MISSING on the header when a column its rows
 * need was not recognised (naming the headers seen), COLUMN_GUESSED where a header was read by meaning or
 * several columns competed for one field.
 */

import { a1, columnName, type Grid } from "../grid";
import { FIELD_NAMES } from "../i18n/field-names";
import { msg } from "../i18n/render";
import type { Flag, TableRef } from "../model";
import { makeFlag } from "./severity";

/** The fields an indicator table's weighted rows cannot be scored without, given the columns it has. */
export function missingFields(table: TableRef): string[] {
  if (table.kind !== "indicators") return [];
  const has = (f: string): boolean => (table.columns[f] ?? -1) >= 0;
  const missing: string[] = [];
  if (has("target") && !has("actual")) missing.push("actual");
  if (has("actual") && !has("target") && !has("criterion")) missing.push("target");
  if (has("score") && !has("weight") && (has("target") || has("actual"))) missing.push("weight");
  if (has("weight") && !has("score") && !has("target") && !has("actual")) missing.push("score");
  return missing;
}

/** Every text of the header row(s), "C「实际值（万元）」", so that a person sees what was there. */
function headerTexts(grid: Grid, table: TableRef): string {
  const rows = table.headerRow > 0 ? [table.headerRow - 1, table.headerRow] : [table.headerRow];
  const seen: string[] = [];
  // Only texts of these rows are quoted: their own lengths bound them (colCount is a pass over every row).
  const width = Math.max(...rows.map((r) => grid.values[r]?.length ?? 0));
  for (let c = 0; c < width; c++) {
    for (const r of rows) {
      const v = grid.values[r]?.[c];
      if (typeof v !== "string" || v.trim() === "") continue;
      // the row above counts only when it is part of the header (a text over this column)
      if (r !== table.headerRow && typeof grid.values[table.headerRow]?.[c] === "string") continue;
      seen.push(`${columnName(c)}「${v.replace(/\s+/g, "")}」`);
    }
  }
  return seen.join("、");
}

const role = (field: string): { role: string; roleEn: string } => ({
  role: FIELD_NAMES[field]?.["zh-CN"] ?? field,
  roleEn: FIELD_NAMES[field]?.["en-US"] ?? field,
});

export function columnFlags(grid: Grid, table: TableRef, weightedRows: number): Flag[] {
  const flags: Flag[] = [];
  const headerCell = a1(table.headerRow, table.firstCol);
  const missing = missingFields(table);
  if (missing.length > 0) {
    const roles = missing.map(role);
    flags.push(
      makeFlag(
        table.sheet,
        headerCell,
        "COLUMN_MISSING",
        msg("flag.COLUMN_MISSING", {
          role: roles.map((r) => r.role).join("、"),
          roleEn: roles.map((r) => r.roleEn).join(", "),
          row: table.headerRow + 1,
          count: weightedRows,
          headers: headerTexts(grid, table),
        })
      )
    );
  }
  for (const note of table.columnNotes ?? []) {
    const args = { ...role(note.field), header: note.header, col: columnName(note.col) };
    const message =
      note.others.length > 0
        ? msg("flag.COLUMN_GUESSED.rivals", {
            ...args,
            others: note.others.map((o) => `${columnName(o.col)}「${o.header}」`).join("、"),
          })
        : msg("flag.COLUMN_GUESSED.meaning", args);
    flags.push(makeFlag(table.sheet, a1(table.headerRow, note.col), "COLUMN_GUESSED", message));
  }
  return flags;
}
