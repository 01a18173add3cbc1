/**
 * Size bounds on an .xlsx handed in, checked before ExcelJS unpacks it: the file's own size, and the total
 * its zip's central directory says it unpacks to (a zip bomb is an .xlsx too). Works in Node and the browser.
 */

import JSZip from "jszip";
import type { InputProblem } from "../../engine/errors";
import { msg } from "../../engine/i18n/render";
import "./messages";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** ExcelJS holds the whole unpacked XML in memory; beyond this a workbook is not one a department hands in. */
export const DEFAULT_MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

export interface SizeLimits {
  maxBytes?: number;
  maxUnpackedBytes?: number;
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export function tooLarge(file: string, size: number, limit: number): InputProblem {
  return {
    code: "TOO_LARGE",
    file,
    message: msg("xlsx.tooLarge", { file, size: mb(size), limit: mb(limit) }),
  };
}

/** JSZip keeps each entry's sizes from the central directory in `_data` (not part of its typings). */
interface EntrySizes {
  _data?: { uncompressedSize?: number };
}

/** The zip's entries and the sum of their declared unpacked sizes, or a problem. */
/** The file is not an .xlsx package ExcelJS can read: the problem names it and says what was wrong. */
export function notAWorkbook(file: string, detail: string): InputProblem {
  return { code: "NOT_A_WORKBOOK", file, message: msg("xlsx.notAWorkbook", { file, detail }) };
}

export async function checkPackage(
  file: string,
  data: Uint8Array | ArrayBuffer,
  limits: SizeLimits = {}
): Promise<{ ok: true; zip: JSZip } | { ok: false; problem: InputProblem }> {
  const size = data.byteLength;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return { ok: false, problem: tooLarge(file, size, maxBytes) };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: notAWorkbook(file, detail) };
  }
  const maxUnpacked = limits.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  let unpacked = 0;
  for (const entry of Object.values(zip.files))
    unpacked += (entry as unknown as EntrySizes)._data?.uncompressedSize ?? 0;
  if (unpacked > maxUnpacked) {
    const message = msg("xlsx.tooLargeUnpacked", {
      file,
      size: mb(unpacked),
      limit: mb(maxUnpacked),
    });
    return { ok: false, problem: { code: "TOO_LARGE", file, message } };
  }
  if (!zip.file("[Content_Types].xml") || !zip.file(/^xl\/workbook\.xml$/).length) {
    const detail = "[Content_Types].xml / xl/workbook.xml";
    return { ok: false, problem: notAWorkbook(file, detail) };
  }
  return { ok: true, zip };
}
