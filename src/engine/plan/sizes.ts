/**
 * Column widths and row heights the add-in sets on a user sheet (its own columns' widths, its header rows'
 * heights), with the sizes they had before its first run kept for undo — as for a marked cell's look, the
 * first original wins over what the sheet shows after a run.
 */

import type { Grid } from "../grid";
import { HEADER_HEIGHT, type Placement, ownColumnsFor } from "./columns";
import type { ColumnWidth, RowHeight } from "./types";

interface Size {
  sheet: string;
  at: number; // a column or a row
  size: number | null;
}

interface Want {
  sheet: string;
  at: number;
  size: number;
  /** What the sheet shows now (used when no original was kept). */
  now: number | null;
  /** Whether to set `size`, given the original. */
  needed?: (original: number | null) => boolean;
}

const key = (s: { sheet: string; at: number }) => `${s.sheet}\u0000${s.at}`;

/** What to set now (sizes the add-in wants, and originals back where it wants none any more), and the originals to keep. */
function track(
  wants: Want[],
  previous: Size[],
  exists: (sheet: string) => boolean
): { set: Size[]; originals: Size[] } {
  const before = new Map(previous.map((s) => [key(s), s]));
  const set = new Map<string, Size>();
  const originals = new Map<string, Size>();
  for (const w of wants) {
    const k = key(w);
    const original = before.get(k) ?? { sheet: w.sheet, at: w.at, size: w.now };
    if (w.needed && !w.needed(original.size)) continue;
    set.set(k, { sheet: w.sheet, at: w.at, size: Math.max(w.size, set.get(k)?.size ?? 0) });
    originals.set(k, original);
  }
  const back = previous.filter((s) => !set.has(key(s)) && exists(s.sheet));
  return { set: [...set.values(), ...back], originals: [...originals.values()] };
}

const toWidth = (s: Size): ColumnWidth => ({ sheet: s.sheet, col: s.at, width: s.size });
const toHeight = (s: Size): RowHeight => ({ sheet: s.sheet, row: s.at, height: s.size });

export function ownWidths(
  placements: Placement[],
  gridOf: (sheet: string) => Grid | undefined,
  previous: ColumnWidth[]
) {
  const setBefore = (sheet: string, at: number) =>
    previous.some((w) => w.sheet === sheet && w.col === at);
  // A width a person gave the (empty) column is theirs: only widths the add-in set before are set again.
  const wants = placements
    .flatMap((p) =>
      ownColumnsFor(p.table.kind).widths.map((size, k) => {
        const at = p.left + k;
        return {
          sheet: p.table.sheet,
          at,
          size,
          now: gridOf(p.table.sheet)?.colWidths?.[at] ?? null,
        };
      })
    )
    .filter((w) => w.now === null || setBefore(w.sheet, w.at));
  const r = track(
    wants,
    previous.map((w) => ({ sheet: w.sheet, at: w.col, size: w.width })),
    (s) => !!gridOf(s)
  );
  return { set: r.set.map(toWidth), originals: r.originals.map(toWidth) };
}

/** Header rows lower than two lines are made two lines tall; taller ones are left as they are. */
export function ownHeights(
  placements: Placement[],
  gridOf: (sheet: string) => Grid | undefined,
  previous: RowHeight[]
) {
  const wants = placements.map((p) => ({
    sheet: p.table.sheet,
    at: p.top,
    size: HEADER_HEIGHT,
    now: gridOf(p.table.sheet)?.rowHeights?.[p.top] ?? null,
    needed: (original: number | null) => original === null || original < HEADER_HEIGHT,
  }));
  const r = track(
    wants,
    previous.map((h) => ({ sheet: h.sheet, at: h.row, size: h.height })),
    (s) => !!gridOf(s)
  );
  return { set: r.set.map(toHeight), originals: r.originals.map(toHeight) };
}
