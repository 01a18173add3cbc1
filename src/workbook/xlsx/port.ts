/**
 * The .xlsx adapter's WorkbookPort around an ExcelJS workbook, for Node and the browser alike: no file
 * system here (file.ts has it). read() gives every sheet as a grid, own sheets included; apply() writes a
 * WritePlan, all or nothing as far as sheets go (a missing sheet throws MissingSheetsError before any write).
 */

import ExcelJS from "exceljs";
import type { InputProblem } from "../../engine/errors";
import type { Grid } from "../../engine/grid";
import type { WritePlan } from "../../engine/plan/types";
import type { Progress, WorkbookPort } from "../port";
import { applyPlan } from "./apply-plan";
import { type SizeLimits, checkPackage, notAWorkbook } from "./limits";
import { restoreLostNotes } from "./lost-notes";
import { fixPackage } from "./package-fix";
import { worksheetToGrid } from "./to-grid";

export class XlsxWorkbookPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async read(onProgress?: (p: Progress) => void): Promise<Grid[]> {
    const sheets = this.workbook.worksheets;
    const grids: Grid[] = [];
    sheets.forEach((ws, i) => {
      grids.push(worksheetToGrid(ws));
      onProgress?.({ step: "reading", done: i + 1, total: sheets.length });
    });
    return grids;
  }

  async apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<void> {
    onProgress?.({ step: "writing", done: 0, total: 1 });
    applyPlan(this.workbook, plan);
    onProgress?.({ step: "writing", done: 1, total: 1 });
  }

  /** The workbook as .xlsx bytes (the browser's download), package fixed. */
  save(): Promise<Uint8Array> {
    return toXlsxBytes(this.workbook);
  }
}

export type ReadResult =
  { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: InputProblem };

/** An .xlsx's bytes (a file on disk, or one the user picked in the browser) as a workbook, within the size bounds. */
export async function openXlsx(
  file: string,
  data: ArrayBuffer | Uint8Array,
  limits: SizeLimits = {}
): Promise<ReadResult> {
  const checked = await checkPackage(file, data, limits);
  if (!checked.ok) return checked;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
    await restoreLostNotes(workbook, checked.zip);
  } catch {
    return { ok: false, problem: notAWorkbook(file) };
  }
  return { ok: true, workbook };
}

export async function toXlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written = await workbook.xlsx.writeBuffer();
  return fixPackage(written as ArrayBuffer);
}
