/** .xlsx files on disk (Node only): read within size bounds, write a fixed package. The command line uses these. */

import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { msg } from "../../engine/i18n/render";
import { type SizeLimits, DEFAULT_MAX_BYTES, tooLarge } from "./limits";
import { type ReadResult, openXlsx, toXlsxBytes } from "./port";

export type { ReadResult } from "./port";

/**
 * Read an .xlsx within the size bounds (default 50 MB on disk, 500 MB unpacked); otherwise a problem that names
 * the file. A file over the bound is refused before it is read into memory.
 */
export async function readXlsxFile(file: string, limits: SizeLimits = {}): Promise<ReadResult> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const { size } = await fs.stat(file);
    if (size > maxBytes) return { ok: false, problem: tooLarge(file, size, maxBytes) };
    return await openXlsx(file, await fs.readFile(file), limits);
  } catch {
    return {
      ok: false,
      problem: { code: "UNREADABLE_FILE", file, message: msg("xlsx.unreadable", { file }) },
    };
  }
}

/** The workbook as .xlsx bytes, with ExcelJS's element order and internal links fixed (package-fix.ts). */
export async function writeXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await toXlsxBytes(workbook));
}
