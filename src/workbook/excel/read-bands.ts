/** The read's jobs per sheet: its first window, whole, and the rest in lean row bands. */

import type { Area } from "../../engine/grid";
import type { XlFill, XlRange, XlRangeAreas, XlWorksheet } from "./api";
import type { Features } from "./features";
import {
  WINDOW_COLUMNS,
  WINDOW_CELL_BYTES,
  MERGE_BAND_ROWS,
  WIDTH_COLUMNS,
  HEIGHT_ROWS,
  MARGIN,
  SheetData,
  Job,
  bandCellBytes,
  numberColumns,
  withoutColumns,
  fileValues,
  fileFormats,
  fillColor,
} from "./read-sheet";
import {
  areaOf,
  loadAddress,
  areasOf,
  queueWidths,
  queueHeights,
  queueFullBlock,
  collectMerges,
} from "./read-queue";
import { areaJobs, queueProbes, fillJobs } from "./read-followups";
import { MAX_READ_CELLS } from "./payload";

/** One sheet being assembled. */
export interface WindowState {
  ws: XlWorksheet;
  data: SheetData;
  used?: XlRange;
  win?: XlRange;
}

/** The first window of a sheet: its used range's size, and its first rows whole. */
export function windowJob(st: WindowState, rows: number, features: Features): Job {
  // Fills: per cell with getCellProperties (ExcelApi 1.9); on 1.8 with one-colour probes of rows and columns,
  // and per-cell probes only where a mixed row meets a mixed column.
  const cellProperties = features.rangeAreas;
  return {
    bytes: rows * WINDOW_COLUMNS * WINDOW_CELL_BYTES,
    queue: (_ctx, withMerges) => {
      const used = st.ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const corner = used.getAbsoluteResizedRange(1, 1);
      const win = used.getAbsoluteResizedRange(rows, WINDOW_COLUMNS).getIntersection(used);
      const collect = queueFullBlock(win, st.data, cellProperties);
      const probes = cellProperties ? null : queueProbes(corner, rows);
      const widths = queueWidths(st.ws, 0, WIDTH_COLUMNS - 1);
      const heights = queueHeights(st.ws, Math.min(rows, HEIGHT_ROWS));
      const merged: XlRangeAreas[] = [];
      if (withMerges && features.mergedAreas) {
        // The window's place is known only after this sync: ask relative to the used range's corner.
        for (let offset = 0; offset < rows; offset += MERGE_BAND_ROWS) {
          const part = corner
            .getOffsetRange(offset, 0)
            .getAbsoluteResizedRange(Math.min(MERGE_BAND_ROWS, rows - offset), WINDOW_COLUMNS);
          merged.push(loadAddress(part.getMergedAreasOrNullObject()));
        }
      }
      return () => {
        st.used = used;
        st.win = win;
        collect();
        const follow = probes ? probes(areaOf(win), st.data) : [];
        collectMerges(merged, st.data);
        widths(st.data);
        heights(st.data);
        return follow;
      };
    },
    // Refused as too large: the same window, half as tall (the bands read the rest).
    split: rows > 1 ? () => [windowJob(st, Math.ceil(rows / 2), features)] : undefined,
  };
}

/** Row bands of an area, each planned under the target from the sheet's measured cell size. */
export function bandJobs(
  ws: XlWorksheet,
  data: SheetData,
  area: Area,
  target: number,
  features: Features
): Job[] {
  const cols = area.right - area.left + 1;
  const numeric = numberColumns(data, area.left, area.right);
  let rows = Math.max(1, Math.floor(target / (bandCellBytes(data) * cols)));
  rows = Math.min(rows, Math.floor(MAX_READ_CELLS / cols));
  if (rows > MERGE_BAND_ROWS) rows = Math.floor(rows / MERGE_BAND_ROWS) * MERGE_BAND_ROWS;
  const jobs: Job[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    jobs.push(
      bandJob(
        ws,
        data,
        {
          top,
          left: area.left,
          bottom: Math.min(area.bottom, top + rows - 1),
          right: area.right,
        },
        numeric,
        features
      )
    );
  }
  return jobs;
}

/**
 * `numeric`: the columns that held numbers in the window. Their number formats come with the band's values, so
 * that a band of an ordinary table needs no second request; numbers found in other columns are asked after.
 */
function bandJob(
  ws: XlWorksheet,
  data: SheetData,
  band: Area,
  numeric: number[],
  features: Features
): Job {
  const cellProperties = features.rangeAreas;
  const rows = band.bottom - band.top + 1;
  const cols = band.right - band.left + 1;
  return {
    bytes: rows * (cols * bandCellBytes(data) + numeric.length * data.formatBytes * MARGIN),
    queue: (_ctx, withMerges) => {
      const range = ws.getRangeByIndexes(band.top, band.left, rows, cols);
      range.load("values");
      const columnFormats = numeric.map((c) => {
        const column = ws.getRangeByIndexes(band.top, c, rows, 1);
        column.load("numberFormat");
        return { c, column };
      });
      const formulaCells = loadAddress(range.getSpecialCellsOrNullObject("Formulas"));
      const numberCells = loadAddress(range.getSpecialCellsOrNullObject("Constants", "Numbers"));
      const probes: XlFill[] = [];
      {
        for (let c = 0; c < cols; c++) {
          const fill = ws.getRangeByIndexes(band.top, band.left + c, rows, 1).format.fill;
          fill.load("color");
          probes.push(fill);
        }
      }
      const merged: XlRangeAreas[] = [];
      if (withMerges && features.mergedAreas) {
        for (let offset = 0; offset < rows; offset += MERGE_BAND_ROWS) {
          const n = Math.min(MERGE_BAND_ROWS, rows - offset);
          merged.push(
            loadAddress(
              ws
                .getRangeByIndexes(band.top + offset, band.left, n, cols)
                .getMergedAreasOrNullObject()
            )
          );
        }
      }
      // Collectors run after the sync that carried their loads (see attempt()).
      return () => {
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        fileValues(range.values, band.top, band.left, data);
        for (const { c, column } of columnFormats)
          fileFormats(column.numberFormat, band.top, c, data);
        collectMerges(merged, data);
        const follow: Job[] = [];
        const formulaAreas = areasOf(formulaCells);
        const numberAreas = withoutColumns(areasOf(numberCells), numeric);
        if (formulaAreas.length) follow.push(...areaJobs(ws, data, formulaAreas, true));
        if (numberAreas.length) follow.push(...areaJobs(ws, data, numberAreas, false));
        probes.forEach((fill, c) => {
          // One colour when the whole column is that colour, null when it is not (Excel's convention).
          const color: string | null = fill.color;
          if (color === null) {
            follow.push(
              ...fillJobs(
                ws,
                data,
                { top: band.top, left: band.left + c, bottom: band.bottom, right: band.left + c },
                cellProperties
              )
            );
          } else {
            const f = fillColor(color);
            if (f !== undefined)
              for (let r = band.top; r <= band.bottom; r++)
                data.put(data.fills, r, band.left + c, f);
          }
        });
        return follow;
      };
    },
    split:
      rows > 1
        ? () => {
            const half = Math.ceil(rows / 2);
            return [
              bandJob(ws, data, { ...band, bottom: band.top + half - 1 }, numeric, features),
              bandJob(ws, data, { ...band, top: band.top + half }, numeric, features),
            ];
          }
        : undefined,
  };
}
