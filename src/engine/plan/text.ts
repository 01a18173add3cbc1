/** Text as the add-in writes it: never a formula, headers in two languages, emptiness as a person sees it. */

import type { CellValue } from "../grid";
import { stripInvisible } from "../locate/header";
import type { PlanValue } from "./types";

/**
 * A zero-width space before text that a spreadsheet would read as a formula or a sign (= + - @).
 * Not an apostrophe: spreadsheets such as LibreOffice would show an apostrophe; this guard is invisible in every host,
 * and Office.js, which turns "=…" written as a value into a formula, reads the guarded text as text.
 */
export const TEXT_GUARD = "\u200B";

export function safeText(text: string): string {
  return /^[=+\-@]/.test(text) ? TEXT_GUARD + text : text;
}

/** Excel's limit on the characters of a cell (and of a note). */
export const CELL_TEXT_LIMIT = 32767;
export const CUT_MARK = "…（已截断）";

/** Text within Excel's cell limit: a longer text is cut, visibly, never by the spreadsheet. */
export function fitText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - CUT_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never half a character
  return text.slice(0, end) + CUT_MARK;
}

/**
 * A value as the plan writes it: strings guarded (safeText) and cut to the cell limit; a number that is not
 * finite is never written (the cell stays empty); booleans and null unchanged.
 */
export function safeValue(value: PlanValue): PlanValue {
  if (typeof value === "string") return fitText(safeText(value));
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** The guard taken off again, for text read back from an own sheet. */
export function unguard(text: string): string {
  return text.startsWith(TEXT_GUARD) ? text.slice(TEXT_GUARD.length) : text;
}

/** A fixed header in Chinese with an English second line, recognised by a re-run in either language. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function headerText(h: Bilingual): string {
  return `${h.zh}\n${h.en}`;
}

const squeeze = (s: string): string =>
  stripInvisible(s)
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();

/** A header's two accepted forms squeezed, once per header: isHeader runs for every cell of a header row. */
const squeezedHeaders = new WeakMap<Bilingual, [string, string]>();

/** Does a cell show this header: both lines, or the Chinese line alone? */
export function isHeader(value: CellValue | undefined, h: Bilingual): boolean {
  if (typeof value !== "string") return false;
  let forms = squeezedHeaders.get(h);
  if (!forms) squeezedHeaders.set(h, (forms = [squeeze(h.zh + h.en), squeeze(h.zh)]));
  const v = squeeze(value);
  return v === forms[0] || v === forms[1];
}

/** Empty as a person sees it: nothing, or an empty string. A space typed into a cell is not empty. */
export function isEmptyValue(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/** Width of text in a spreadsheet's character units: a CJK (full-width) character counts two. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return n;
}

/** Lines a text takes in a wrapping column of `width` characters. */
export function wrappedLines(text: string, width: number): number {
  return text
    .split("\n")
    .reduce(
      (sum, line) => sum + Math.max(1, Math.ceil(textUnits(line) / Math.max(1, width - 1))),
      0
    );
}

/** A cell value as text, for own sheets read back. */
export function asText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  return unguard(String(value)).trim();
}
