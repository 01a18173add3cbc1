/**
 * A cell as SpreadsheetML writes it, for what a run writes: a string is an inline string (the shared strings
 * part is never rewritten) and never a formula; a formula goes in <f> with its cached result.
 */

import type { PlanValue } from "../../../engine/plan/types";
import { escapeXml } from "../package-xml";

/** Text as XML character data: escaped, and the characters XML 1.0 cannot hold written as Excel does (_xHHHH_). */
export function xmlText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4})_/g, "_x005F_$1_")).replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

/**
 * The <c> element at `ref` for a value (and formula), `s` its style, `p` the part's SpreadsheetML prefix;
 * null when it would say nothing (no value, no formula, the default style).
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
    return `<${p}c r="${ref}"${style}>${f}<${p}v>${value}</${p}v></${p}c>`;
  }
  if (f) return `<${p}c r="${ref}"${style} t="str">${f}<${p}v>${xmlText(value)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(value)}</${p}t></${p}is></${p}c>`;
}
