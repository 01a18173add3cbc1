/**
 * What this Excel can do, detected at run time with `Office.context.requirements.isSetSupported`.
 * The manifest asks for ExcelApi 1.8; everything newer is optional and has a fallback.
 */

import type { IsSetSupported } from "./api";

/** Where the explanation of a flagged cell goes. The review sheet always lists it as well. */
export type NoteChannel = "notes" | "comments" | "prompt";

export interface Features {
  /** ExcelApi 1.18 notes, else 1.10 comments, else the 1.8 data-validation input prompt. */
  noteChannel: NoteChannel;
  /** ExcelApi 1.9: `getRanges("A1,B3")`, `getCellProperties`, `getSpecialCells`. */
  rangeAreas: boolean;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`. */
  mergedAreas: boolean;
}

export const MIN_SET = "1.8";

export function detectFeatures(isSetSupported: IsSetSupported): Features | null {
  const has = (v: string): boolean => isSetSupported("ExcelApi", v);
  if (!has(MIN_SET)) return null;
  return {
    noteChannel: has("1.18") ? "notes" : has("1.10") ? "comments" : "prompt",
    rangeAreas: has("1.9"),
    mergedAreas: has("1.13"),
  };
}
