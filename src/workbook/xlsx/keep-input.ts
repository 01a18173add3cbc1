/**
 * What ExcelJS rewrites of a person's workbook although the add-in did not change it (note authors and rich
 * text, data validations): read from the input package when it is opened, and put back into the package
 * written (keep-notes.ts, keep-validations.ts). The own sheets a run writes whole are left as written.
 */

import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { type InputNotes, inputNotes, keepPart } from "./keep-notes";
import { keepValidations, validationsOf } from "./keep-validations";
import { commentParts, sheetParts, text } from "./package-xml";

interface InputParts {
  notes: InputNotes;
  /** Sheet name → its <dataValidations> element (null = none). */
  validations: Map<string, string | null>;
  /** Sheets the add-in wrote whole (its own sheets): nothing of the input's is put back there. */
  rewritten: Set<string>;
}

const opened = new WeakMap<ExcelJS.Workbook, InputParts>();

/** Remember what the input package holds for `workbook`, read from `zip`. */
export async function rememberInput(workbook: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  const validations = new Map<string, string | null>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = await text(zip, part);
    // A sheet written with prefixed elements (<x:dataValidations>) is left as ExcelJS writes it.
    if (xml !== null && !/<\w+:worksheet\b/.test(xml)) validations.set(name, validationsOf(xml));
  }
  opened.set(workbook, { notes: await inputNotes(zip), validations, rewritten: new Set() });
}

/** The add-in wrote these sheets whole. */
export function rewritten(workbook: ExcelJS.Workbook, sheets: string[]): void {
  for (const s of sheets) opened.get(workbook)?.rewritten.add(s);
}

/** The package ExcelJS wrote for `workbook`, with what it rewrote of the input put back. */
export async function keepInput(
  workbook: ExcelJS.Workbook,
  data: ArrayBuffer | Uint8Array
): Promise<ArrayBuffer | Uint8Array> {
  const input = opened.get(workbook);
  if (!input) return data;
  const zip = await JSZip.loadAsync(data);
  const kept = (sheet: string) => !input.rewritten.has(sheet);
  let changed = false;
  for (const [sheet, part] of await commentParts(zip)) {
    const before = kept(sheet) ? input.notes.get(sheet) : undefined;
    const after = before ? keepPart(part.xml, before) : null;
    if (after === null) continue;
    zip.file(part.path, after);
    changed = true;
  }
  for (const [sheet, part] of await sheetParts(zip)) {
    if (!kept(sheet) || !input.validations.has(sheet)) continue;
    const xml = await text(zip, part);
    const after = xml === null ? xml : keepValidations(xml, input.validations.get(sheet) ?? null);
    if (after === null || after === xml) continue;
    zip.file(part, after);
    changed = true;
  }
  if (!changed) return data;
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
