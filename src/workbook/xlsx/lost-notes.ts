/**
 * ExcelJS 4.4.0 attaches a note only to a cell that has a <c> element in the sheet's XML. Excel writes none
 * for an empty cell without a style, so a note on such a cell is dropped on load, and would be missing from
 * the scored copy. This puts those notes back (as plain text; keep-notes.ts gives them their runs and
 * author again when the copy is written) from the package's comments parts. ExcelJS also reads only the runs
 * (<r>) of a note's text; a note written as plain <t> (openpyxl writes them so) came in empty, and gets its
 * text here the same way.
 */

import type { Comment, Workbook } from "exceljs";
import { parseA1 } from "../../engine/grid";
import { commentParts, notesOf } from "./package-xml";
import type { Parts } from "./zip-parts";

/** A note ExcelJS loaded without a word of its text. */
function empty(note: string | Comment | undefined): boolean {
  if (note === undefined) return true;
  if (typeof note === "string") return false;
  return !(note.texts ?? []).some((t) => t.text !== "");
}

/** Put back the notes ExcelJS dropped on load, or loaded empty. */
export function restoreLostNotes(workbook: Workbook, input: Parts): void {
  const parts = commentParts(input);
  for (const ws of workbook.worksheets) {
    const part = parts.get(ws.name);
    for (const note of part ? notesOf(part.xml) : []) {
      const at = parseA1(note.ref);
      if (!at || !empty(ws.findCell(at.row + 1, at.col + 1)?.note)) continue;
      ws.getCell(at.row + 1, at.col + 1).note = note.plain;
    }
  }
}
