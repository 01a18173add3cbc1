/**
 * A cell as worksheet XML writes it (<c>): strings inline (<is>), so that sharedStrings.xml is never
 * rewritten, numbers and booleans as values. Text is always text: no <f> is ever written from a string.
 */

import { CELL_TEXT_LIMIT } from "../../../engine/plan/text";
import { escapeXml } from "../package-xml";

/**
 * Characters XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF, unpaired surrogates; text pasted from
 * Word brings U+000B), and text that already reads as such an escape: SpreadsheetML writes both as _xHHHH_.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Whatever escapeXml or NOT_XML would change (a superset: "_" and every surrogate). */
const SPECIAL = /[<>&"'\u0000-\u0008\u000B\u000C\u000E-\u001F_\uD800-\uDFFF\uFFFE\uFFFF]/;

function hex4(c: string): string {
  return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Text as the content of a <t> element: XML-escaped, with what XML cannot hold written as _xHHHH_. */
export function cellText(text: string): string {
  // Most text needs neither: one test instead of two replacements.
  if (!SPECIAL.test(text)) return text;
  return escapeXml(text.replace(NOT_XML, hex4));
}

/** An inline string cell's content after its start tag: <is><t>…</t></is>. */
export function inlineString(text: string): string {
  return `<is><t xml:space="preserve">${cellText(text)}</t></is>`;
}

/**
 * The whole <c> element for a value at `ref` with style index `s` (0 = none written). A number that is not
 * finite is left out (the cell keeps its style only), as the plan never writes one (text.ts).
 */
export function cellXml(ref: string, value: string | number | boolean | null, s: number): string {
  const style = s > 0 ? ` s="${s}"` : "";
  if (typeof value === "string") {
    // The plan cuts its text to this (text.ts); a longer one would make Excel call the file corrupt.
    if (value.length > CELL_TEXT_LIMIT)
      throw new Error(`a text longer than a cell holds, at ${ref}`);
    return `<c r="${ref}"${style} t="inlineStr">${inlineString(value)}</c>`;
  }
  if (typeof value === "number" && Number.isFinite(value))
    return `<c r="${ref}"${style}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style}/>`;
}
