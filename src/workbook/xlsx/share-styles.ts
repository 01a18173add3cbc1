/**
 * Equal styles made one shared object, for the save. ExcelJS 4.4.0 remembers the style id of each style object
 * it has written (a WeakMap keyed by the object) and works out the id of every other object from scratch:
 * fonts, fills, borders and the cell format rendered to XML and looked up, per cell. Loaded cells without a
 * style each get their own empty object, and the add-in gives every cell it styles a fresh one (looks.ts:
 * styles are never changed in place), so a save did that work for nearly every cell: on a scored 10,000-row
 * workbook about a third of the save. With equal styles sharing one object it is done once per distinct style.
 * The file written is the same: ExcelJS already merges equal styles into one id by their XML.
 *
 * The shared objects are frozen: a change in place (which would change every cell sharing it) throws.
 */

import type { Style, Workbook } from "exceljs";
import { holdsDate, isEmptyStyle } from "./looks";

/** A plain deep copy, frozen throughout. */
function frozenCopy(key: string): Partial<Style> {
  const freeze = (v: unknown): unknown => {
    if (v !== null && typeof v === "object") {
      for (const inner of Object.values(v)) freeze(inner);
      Object.freeze(v);
    }
    return v;
  };
  return freeze(JSON.parse(key)) as Partial<Style>;
}

export function shareStyles(workbook: Workbook): void {
  const empty = frozenCopy("{}");
  const byContent = new Map<string, Partial<Style>>();
  const shared = new WeakMap<object, Partial<Style>>();
  const canonical = (style: Partial<Style>): Partial<Style> => {
    if (isEmptyStyle(style)) return empty; // most cells: tested first, as it is cheaper than a look-up
    let out = shared.get(style);
    if (!out) {
      // Equal content gives equal JSON (keys in the same order); an equal style in another key order only
      // misses the sharing. Undefined members are dropped, as ExcelJS ignores them when it writes.
      const key = JSON.stringify(style);
      out = byContent.get(key);
      if (!out) byContent.set(key, (out = frozenCopy(key)));
      shared.set(style, out);
    }
    return out;
  };
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const style = cell.style as Partial<Style> | undefined;
        if (style && !holdsDate(cell)) cell.style = canonical(style) as Style;
      });
    });
  }
}
