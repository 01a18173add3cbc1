/**
 * A cell as SpreadsheetML writes it, for what a run writes into a user sheet or an own sheet: a string is an
 * inline string (<is>, so the shared strings part is never rewritten) and never a formula; a formula goes in
 * <f> with its cached result.
 */

import { CELL_TEXT_LIMIT } from "../../../engine/plan/text";
import type { PlanValue } from "../../../engine/plan/types";
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

/**
 * The <c> element at `ref` for a value (and formula), `s` its style (0 = none written), `p` the part's
 * SpreadsheetML prefix; null when it would say nothing (no value, no formula, the default style).
 */
export function cellXml(
  p: string,
  ref: string,
  s: number,
  value: PlanValue,
  formula?: string | null
): string | null {
  const style = s ? ` s="${s}"` : "";
  const f = formula ? `<${p}f>${escapeXml(formula)}</${p}f>` : "";
  if (value === null)
    return f ? `<${p}c r="${ref}"${style}>${f}</${p}c>` : s ? `<${p}c r="${ref}"${style}/>` : null;
  if (typeof value === "boolean")
    return `<${p}c r="${ref}"${style} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return `<${p}c r="${ref}"${style} t="e">${f}<${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${style}>${f}<${p}v>${Object.is(value, -0) ? 0 : value}</${p}v></${p}c>`;
  }
  // The plan cuts its text to this (text.ts); a longer one would make Excel call the file corrupt.
  if (value.length > CELL_TEXT_LIMIT) throw new Error(`a text longer than a cell holds, at ${ref}`);
  if (f) return `<${p}c r="${ref}"${style} t="str">${f}<${p}v>${cellText(value)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${cellText(value)}</${p}t></${p}is></${p}c>`;
}
