/** The add-in's own sheets: deleted and added again at their old place, with everything on them. */

import { type Area } from "../../engine/grid";
import type { SheetWrite } from "../../engine/plan/types";
import type { Features } from "./features";
import { OP_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { charsToPoints, headerUnits, rowUnits, widthOf, wrapUnits } from "./write-cells";
import { areaFillUnits, normalizeFill } from "./write-marks";
import { PATH_BYTES, type SheetInfo, type Unit, heightRuns, listUnits } from "./write-units";

export function deleteSheetUnit(s: SheetInfo): Unit {
  return {
    bytes: 2 * OP_OVERHEAD_BYTES,
    run: (b) => {
      const ws = b.sheet(s.name);
      // Excel refuses to delete a VeryHidden sheet.
      if (s.visibility === "VeryHidden") ws.visibility = "Hidden";
      ws.delete();
    },
  };
}

export function sheetUnits(
  sheet: SheetWrite,
  existing: SheetInfo | undefined,
  features: Features
): Unit[] {
  const name = sheet.name;
  const width = widthOf(sheet.values);
  const rows = sheet.values.length;
  const headers = sheet.headerRows ?? [];
  const units: Unit[] = [];
  units.push({
    bytes: 4 * OP_OVERHEAD_BYTES,
    run: (b) => {
      if (existing) {
        const old = b.sheet(existing.name);
        if (existing.visibility === "VeryHidden") old.visibility = "Hidden"; // Excel refuses to delete a VeryHidden sheet
        old.delete();
      }
      const ws = b.ctx.workbook.worksheets.add(name);
      b.created(name, ws);
      if (existing) ws.position = existing.position;
    },
  });
  const areaFormats = sheet.areaFormats ?? [];
  const formatOf = (i: number, j: number): string | null => {
    for (let k = areaFormats.length - 1; k >= 0; k--) {
      const a = areaFormats[k];
      if (i >= a.top && i <= a.bottom && j >= a.left && j <= a.right) return a.format;
    }
    return headers.includes(i) ? null : (sheet.numberFormats?.[j] ?? null);
  };
  units.push(...rowUnits(name, 0, 0, sheet.values, width, formatOf, undefined, false));
  units.push(...headerUnits(name, 0, 0, headers, width, false));
  units.push(...wrapUnits(name, 0, 0, rows, sheet.wrapCols ?? [], headers, false));
  units.push(
    ...listUnits(
      heightRuns(sheet.rowHeights ?? []),
      () => OP_OVERHEAD_BYTES + PATH_BYTES,
      (b, part) => {
        const ws = b.sheet(name);
        for (const h of part)
          if (h.height !== null)
            ws.getRangeByIndexes(h.row, 0, h.count, 1).untrack().format.rowHeight = h.height;
      }
    )
  );
  if (sheet.columnWidths && sheet.columnWidths.length > 0) {
    const widths = sheet.columnWidths;
    units.push({
      bytes: widths.length * OP_OVERHEAD_BYTES,
      run: (b) => {
        const ws = b.sheet(name);
        widths.forEach((w, c) => {
          if (w > 0)
            ws.getRangeByIndexes(0, c, 1, 1).untrack().format.columnWidth = charsToPoints(w);
        });
      },
    });
  }
  const linkText = (l: { row: number; col: number }): string | undefined => {
    const v = sheet.values[l.row]?.[l.col];
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  units.push(
    ...listUnits(
      sheet.links ?? [],
      (l) => OP_OVERHEAD_BYTES + PATH_BYTES + jsonBytes(l.target) + jsonBytes(linkText(l) ?? ""),
      (b, part) => {
        const ws = b.sheet(name);
        for (const l of part) {
          const link: { documentReference: string; textToDisplay?: string } = {
            documentReference: l.target,
          };
          const text = linkText(l);
          if (text !== undefined) link.textToDisplay = text; // the value already written, kept as it is
          ws.getRangeByIndexes(l.row, l.col, 1, 1).untrack().hyperlink = link;
        }
      }
    )
  );
  const rowFills = sheet.rowFills ?? [];
  if (rowFills.length > 0 && width > 0) {
    const byFill = new Map<string, Area[]>();
    for (const rf of rowFills) {
      const fill = normalizeFill(rf.fill);
      const list = byFill.get(fill) ?? [];
      list.push({ top: rf.row, left: 0, bottom: rf.row, right: width - 1 });
      byFill.set(fill, list);
    }
    for (const [fill, areas] of byFill)
      units.push(...areaFillUnits(name, areas, fill, features, false));
  }
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    units.push({
      bytes: validations.reduce((n, v) => n + OP_OVERHEAD_BYTES + jsonBytes(v.list), 0),
      run: (b) => {
        const ws = b.sheet(name);
        for (const v of validations) {
          if (v.lastRow < v.firstRow || v.list.length === 0) continue;
          ws
            .getRangeByIndexes(v.firstRow, v.col, v.lastRow - v.firstRow + 1, 1)
            .untrack().dataValidation.rule = {
            list: { inCellDropDown: true, source: v.list.join(",") },
          };
        }
      },
    });
  }
  if (sheet.freezeRows && sheet.freezeRows > 0) {
    const n = sheet.freezeRows;
    units.push({ bytes: OP_OVERHEAD_BYTES, run: (b) => b.sheet(name).freezePanes.freezeRows(n) });
  }
  const chart = sheet.chart;
  if (chart && chart.lastRow >= chart.firstRow && chart.seriesCols.length > 0) {
    // One rectangle: the header row (series names) and the rows, categories first and the series beside them.
    const cols = [chart.categoriesCol, ...chart.seriesCols];
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    const contiguous =
      new Set(cols).size === cols.length &&
      right - left + 1 === cols.length &&
      chart.categoriesCol === left;
    const top =
      chart.headerRow >= 0 && chart.headerRow < chart.firstRow ? chart.headerRow : chart.firstRow;
    if (contiguous) {
      units.push({
        bytes: 3 * OP_OVERHEAD_BYTES,
        run: (b) => {
          const ws = b.sheet(name);
          const source = ws
            .getRangeByIndexes(top, left, chart.lastRow - top + 1, right - left + 1)
            .untrack();
          ws.charts.add("ColumnClustered", source, "Columns").title.text = chart.title;
        },
      });
    }
  }
  if (sheet.hidden) {
    units.push({
      bytes: OP_OVERHEAD_BYTES,
      run: (b) => {
        b.sheet(name).visibility = "VeryHidden";
      },
    });
  }
  return units;
}
