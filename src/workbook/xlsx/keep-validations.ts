/**
 * ExcelJS 4.4.0 keeps data validations per cell and, writing them, merges cells in text order ("G10" before
 * "G2"): a validation over G2:G30 comes out twice, over G10:G30 and G2:G30, and one of overlapping ranges
 * loses cells to the other. The add-in never changes a validation on a sheet it does not write whole, so
 * such a sheet gets back, in the package written, the input's <dataValidations> exactly.
 */

import { WORKSHEET_ORDER } from "./package-fix";

const VALIDATIONS =
  /<dataValidations\b[^>]*\/>|<dataValidations\b[^>]*>[\s\S]*?<\/dataValidations>/;

/** The <dataValidations> element of a sheet's XML, or null when it has none. */
export function validationsOf(sheetXml: string): string | null {
  return VALIDATIONS.exec(sheetXml)?.[0] ?? null;
}

/** Elements a <worksheet> may have after <dataValidations>: it goes before the first of them present. */
const AFTER = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf("dataValidations") + 1);

/** The sheet's XML as written, with the input's validations (`input`, null = none) in place of the written ones. */
export function keepValidations(written: string, input: string | null): string {
  if (validationsOf(written) === input) return written;
  const without = written.replace(VALIDATIONS, "");
  if (input === null) return without;
  const next = AFTER.map((name) => without.search(new RegExp(`<${name}[\\s/>]`)))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  const at = next ?? without.lastIndexOf("</worksheet>");
  return at < 0 ? written : without.slice(0, at) + input + without.slice(at);
}
