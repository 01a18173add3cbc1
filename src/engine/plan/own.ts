/** Names and colours that mark what belongs to the add-in, so that people and re-runs recognise it. */

import type { Severity } from "../model";

export const SUMMARY_SHEET = "评分汇总";
export const REVIEW_SHEET = "复核清单";
/** The undo state: a very hidden sheet, JSON in column A (state.ts). */
export const STATE_SHEET = "_jixiao_state";
export const OWN_SHEETS: readonly string[] = [SUMMARY_SHEET, REVIEW_SHEET, STATE_SHEET];

/** The names the own sheets take this run: the usual ones unless a person's sheet already has one. */
export interface OwnNames {
  summary: string;
  review: string;
  state: string;
}

export function defaultNames(): OwnNames {
  return { summary: SUMMARY_SHEET, review: REVIEW_SHEET, state: STATE_SHEET };
}

/** "评分汇总", or "评分汇总 (2)", "评分汇总 (3)" …: the names the add-in gives its sheet `base`. */
export function isNumbered(name: string, base: string): boolean {
  return (
    name === base || (name.startsWith(`${base} (`) && /^ \(\d+\)$/.test(name.slice(base.length)))
  );
}

/**
 * The engine's locator should skip these: they are (or may be) the add-in's output, not the user's tables.
 * A person's sheet with such a name is skipped too, and never written.
 */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.some((base) => isNumbered(name, base));
}

/** The first line of every note the add-in writes; after the user's own note, if the cell had one. */
export const NOTE_MARK = "【绩效评分助手 Jixiao】";
export const NOTE_SEPARATOR = "\n\n";

export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: "#F8D7DA",
  warning: "#FFF3CD",
  info: "#D1ECF1",
};

/** The fill of the add-in's column headers and own sheets' header rows. */
export const HEADER_FILL = "#DDEBF7";

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** "#f8d7da", "FFF8D7DA", "#FFF8D7DA" → "F8D7DA"; anything else → null. */
export function rgbOf(colour: string): string | null {
  const hex = colour.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return hex;
  if (/^FF[0-9A-F]{6}$/.test(hex)) return hex.slice(2);
  return null;
}

/** Is this one of the add-in's own fills (a severity or the header fill)? */
export function isOwnFill(colour: string | undefined | null): boolean {
  if (!colour) return false;
  const rgb = rgbOf(colour);
  return (
    rgb !== null && [...Object.values(SEVERITY_FILLS), HEADER_FILL].some((c) => rgbOf(c) === rgb)
  );
}
