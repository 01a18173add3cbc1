/**
 * Size bounds on an .xlsx handed in, checked before ExcelJS unpacks it: the file's own size, what kind of
 * file it really is (sniff.ts), and the total its zip's central directory says its parts unpack to (a zip
 * bomb is an .xlsx too; a huge sheet XML is the same danger). Works in Node and the browser.
 */

import { unzipSync } from "fflate";
import JSZip from "jszip";
import type { InputProblem } from "../../engine/errors";
import { msg } from "../../engine/i18n/render";
import { type FileKind, sniff } from "./sniff";
import "./messages";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * ExcelJS holds every unpacked part in memory and builds objects per cell, about 25 bytes of heap for each
 * byte of sheet XML (a 200 MB sheet needed 5.1 GB). Beyond this total a workbook is not one a department
 * hands in, and reading it would not stay within 1 GB.
 */
export const DEFAULT_MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

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

/** The file is not an .xlsx package that can be read. The library's own words are never shown. */
export function notAWorkbook(file: string): InputProblem {
  return { code: "NOT_A_WORKBOOK", file, message: msg("xlsx.notAWorkbook", { file }) };
}

/** The refusal for a file whose kind we can name (sniff.ts); null for a zip that may be an .xlsx. */
export function kindProblem(file: string, kind: FileKind): InputProblem | null {
  switch (kind) {
    case "xlsx-zip":
      return null;
    case "empty":
      return { code: "EMPTY_FILE", file, message: msg("xlsx.empty", { file }) };
    case "encrypted":
      return { code: "PASSWORD_PROTECTED", file, message: msg("xlsx.encrypted", { file }) };
    case "xls":
      return { code: "OLD_XLS", file, message: msg("xlsx.oldXls", { file }) };
    case "ods":
      return { code: "ODS_FILE", file, message: msg("xlsx.ods", { file }) };
    case "csv":
      return { code: "CSV_FILE", file, message: msg("xlsx.csv", { file }) };
    case "unknown":
      return notAWorkbook(file);
  }
}

/** The zip's part names and the sum of their unpacked sizes, from its central directory (nothing inflated). */
function centralDirectory(bytes: Uint8Array): { names: string[]; unpacked: number } | null {
  const names: string[] = [];
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        unpacked += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return { names, unpacked };
}

export async function checkPackage(
  file: string,
  data: Uint8Array | ArrayBuffer,
  limits: SizeLimits = {}
): Promise<{ ok: true; zip: JSZip } | { ok: false; problem: InputProblem }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes)
    return { ok: false, problem: tooLarge(file, bytes.byteLength, maxBytes) };
  const refused = kindProblem(file, sniff(bytes));
  if (refused) return { ok: false, problem: refused };
  const directory = centralDirectory(bytes);
  if (!directory) return { ok: false, problem: notAWorkbook(file) };
  const maxUnpacked = limits.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  if (directory.unpacked > maxUnpacked) {
    const message = msg("xlsx.tooLargeUnpacked", {
      file,
      size: mb(directory.unpacked),
      limit: mb(maxUnpacked),
    });
    return { ok: false, problem: { code: "TOO_LARGE", file, message } };
  }
  if (
    !directory.names.includes("[Content_Types].xml") ||
    !directory.names.includes("xl/workbook.xml")
  )
    return { ok: false, problem: notAWorkbook(file) };
  try {
    return { ok: true, zip: await JSZip.loadAsync(bytes) };
  } catch {
    return { ok: false, problem: notAWorkbook(file) };
  }
}
