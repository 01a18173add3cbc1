/**
 * What ExcelJS rewrites or drops of a person's workbook although the add-in did not change it (note authors
 * and rich text, data validations, drawings with their charts, pivot tables, threaded comments, every other
 * part ExcelJS does not write, an .xlsm's macros): read from the input package when it is opened, and
 * put back into the package written (keep-notes.ts, keep-validations.ts, keep-related.ts, keep-macros.ts). The own sheets a
 * run writes whole are left as written.
 */

import type ExcelJS from "exceljs";
import { type InputNotes, inputNotes, keepPart } from "./keep-notes";
import { type InputRelated, inputRelated, keepRelated } from "./keep-related";
import { type Macros, keepMacros, macrosOf } from "./keep-macros";
import { keepValidations, validationsOf } from "./keep-validations";
import { commentParts, sheetParts } from "./package-xml";
import { type Parts, partText, setPartText } from "./zip-parts";

interface InputParts {
  notes: InputNotes;
  /** Sheet name → its <dataValidations> element (null = none). */
  validations: Map<string, string | null>;
  /** Drawings (charts), pivot tables, threaded comments, and the parts they lead to. */
  related: InputRelated;
  macros: Macros | null;
  /** Sheets the add-in wrote whole (its own sheets): nothing of the input's is put back there. */
  rewritten: Set<string>;
}

const opened = new WeakMap<ExcelJS.Workbook, InputParts>();

/** Remember what the input package holds for `workbook`. */
export function rememberInput(workbook: ExcelJS.Workbook, input: Parts): void {
  const validations = new Map<string, string | null>();
  for (const [name, part] of sheetParts(input)) {
    const xml = partText(input, part);
    // A sheet written with prefixed elements (<x:dataValidations>) is left as ExcelJS writes it.
    if (xml !== null && !/<\w+:worksheet\b/.test(xml)) validations.set(name, validationsOf(xml));
  }
  opened.set(workbook, {
    notes: inputNotes(input),
    validations,
    related: inputRelated(input),
    macros: macrosOf(input),
    rewritten: new Set(),
  });
}

/** The add-in wrote these sheets whole. */
export function rewritten(workbook: ExcelJS.Workbook, sheets: string[]): void {
  for (const s of sheets) opened.get(workbook)?.rewritten.add(s);
}

/** Put back, into the parts ExcelJS wrote for `workbook`, what it rewrote of the input; true if any changed. */
export function keepInput(workbook: ExcelJS.Workbook, out: Parts): boolean {
  const input = opened.get(workbook);
  if (!input) return false;
  const kept = (sheet: string) => !input.rewritten.has(sheet);
  let changed = false;
  for (const [sheet, part] of commentParts(out)) {
    const before = kept(sheet) ? input.notes.get(sheet) : undefined;
    const after = before ? keepPart(part.xml, before) : null;
    if (after === null) continue;
    setPartText(out, part.path, after);
    changed = true;
  }
  for (const [sheet, part] of sheetParts(out)) {
    if (!kept(sheet) || !input.validations.has(sheet)) continue;
    const xml = partText(out, part);
    const after = xml === null ? xml : keepValidations(xml, input.validations.get(sheet) ?? null);
    if (after === null || after === xml) continue;
    setPartText(out, part, after);
    changed = true;
  }
  if (keepRelated(out, input.related, kept)) changed = true;
  if (input.macros) {
    keepMacros(out, input.macros);
    changed = true;
  }
  return changed;
}
