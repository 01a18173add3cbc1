/**
 * ExcelJS 4.4.0 attaches a note only to a cell that has a <c> element in the sheet's XML. Excel writes none
 * for an empty cell without a style, so a note on such a cell is dropped on load, and would be missing from
 * the scored copy. This puts those notes back (as plain text; keep-notes.ts gives them their runs and
 * author again when the copy is written) from the package's comments parts.
 */

import type { Workbook } from "exceljs";
import { parseA1 } from "../../engine/grid";
import { commentParts, notesOf } from "./package-xml";
import type { Parts } from "./zip-parts";

/** Put back the notes ExcelJS dropped on load. */
export function restoreLostNotes(workbook: Workbook, input: Parts): void {
  const parts = commentParts(input);
  for (const ws of workbook.worksheets) {
    const part = parts.get(ws.name);
    for (const note of part ? notesOf(part.xml) : []) {
      const at = parseA1(note.ref);
      if (!at || ws.findCell(at.row + 1, at.col + 1)?.note !== undefined) continue;
      ws.getCell(at.row + 1, at.col + 1).note = note.plain;
    }
  }
}
