/**
 * The .xlsx adapter's WorkbookPort around an ExcelJS workbook, for Node and the browser alike: no file
 * system here (file.ts has it). read() gives every sheet as a grid, own sheets included; apply() writes a
 * WritePlan, all or nothing as far as sheets go (a missing sheet throws MissingSheetsError before any write).
 */

import ExcelJS from "exceljs";
import { msg } from "../../engine/i18n/render";
import type { InputProblem } from "../../engine/errors";
import type { Grid } from "../../engine/grid";
import type { WritePlan } from "../../engine/plan/types";
import type { Progress, WorkbookPort } from "../port";
import { applyPlan } from "./apply-plan";
import { type SizeLimits, checkPackage, notAWorkbook } from "./limits";
import { keepInput, rememberInput, rewritten } from "./keep-input";
import { restoreLostNotes } from "./lost-notes";
import { readerView } from "./reader-view";
import { fixPackage } from "./package-fix";
import { worksheetToGrid } from "./to-grid";
import { type Parts, partText, unzipParts, zipParts } from "./zip-parts";

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
    rewritten(
      this.workbook,
      plan.sheets.map((s) => s.name)
    );
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
    const view = readerView(checked.parts);
    await workbook.xlsx.load((view ? zipParts(view) : data) as ArrayBuffer);
    restoreLostNotes(workbook, checked.parts);
    rememberInput(workbook, checked.parts);
    giveTablesAStyle(workbook);
  } catch {
    return { ok: false, problem: notAWorkbook(file) };
  }
  const lost = lostSheets(workbook, checked.parts);
  if (lost.length > 0) {
    const sheet = lost.join("、");
    const message = msg("xlsx.sheetUnreadable", { file, sheet });
    return { ok: false, problem: { code: "UNREADABLE_SHEET", file, sheet, message } };
  }
  return { ok: true, workbook };
}

/** ExcelJS's record of a table (not in its typings): `style` is null when the file has no tableStyleInfo. */
interface TableHolder {
  table?: { style?: unknown };
}

/**
 * A table without a style element (LibreOffice writes them so) makes ExcelJS fail while writing. It gets the
 * style that means the same as none: no name, no stripes, no first or last column shown.
 */
function giveTablesAStyle(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets)
    for (const t of ws.getTables() as unknown as TableHolder[]) {
      if (t.table && !t.table.style)
        t.table.style = {
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
    }
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Sheets the workbook lists that ExcelJS did not load (their part is missing, or their relationship id
 * leads nowhere): the scored copy would lose them without a word, so the workbook is refused naming them.
 */
function lostSheets(workbook: ExcelJS.Workbook, parts: Parts): string[] {
  const xml = partText(parts, "xl/workbook.xml") ?? "";
  const listed = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) =>
    m[1].replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e])
  );
  const loaded = new Set(workbook.worksheets.map((ws) => ws.name));
  return listed.filter((name) => !loaded.has(name));
}

/** The package ExcelJS writes, unzipped once to put back what it lost of the input and fix what it got wrong. */
export async function toXlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  const written = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
  const parts = unzipParts(written);
  const kept = keepInput(workbook, parts);
  const fixed = fixPackage(parts);
  return kept || fixed ? zipParts(parts) : written;
}
