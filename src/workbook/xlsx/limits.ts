/**
 * Size bounds on an .xlsx handed in, checked before its parts are read: the file's own size, what kind of
 * file it really is (sniff.ts), and the total its zip's central directory says its parts unpack to (a zip
 * bomb is an .xlsx too; a huge sheet XML is the same danger). Works in Node and the browser.
 */

import { unzipSync } from "fflate";
import type { InputProblem } from "../../engine/errors";
import { msg } from "../../engine/i18n/render";
import { type FileKind, sniff } from "./sniff";
import { type Parts, unzipParts } from "./zip-parts";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Set when ExcelJS read the workbook (it held every unpacked part and built objects per cell: about 60 bytes
 * of memory for each byte of sheet XML; 34 MB of XML: 2 GB and 75 s). The package reader holds the parts and
 * the grids only; the bound stays, so that the workbooks refused do not change: beyond this total of XML parts
 * a workbook is not one a department hands in.
 * Images and other binary parts do not count here (they are held as they are); the file-size bound covers them.
 */
export const DEFAULT_MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
/** Every part unpacked, binary ones included: a zip of a few KB can unpack to gigabytes of zeros. */
export const DEFAULT_MAX_UNPACKED_TOTAL = 200 * 1024 * 1024;

/**
 * Set when ExcelJS read the workbook: it checked each merged range against every one before it (quadratic:
 * 100,000 ranges took over 15 minutes). Real forms have a few hundred; beyond this the workbook is refused
 * with a message, as before.
 */
export const DEFAULT_MAX_MERGES = 5000;

export interface SizeLimits {
  maxBytes?: number;
  maxUnpackedBytes?: number;
  maxUnpackedTotal?: number;
  maxMerges?: number;
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export function tooLarge(file: string, size: number, limit: number): InputProblem {
  return {
    code: "TOO_LARGE",
    file,
    message: msg("xlsx.tooLarge", { file, size: mb(size), limit: mb(limit) }),
  };
}

function tooLargeUnpacked(file: string, size: number, limit: number): InputProblem {
  const message = msg("xlsx.tooLargeUnpacked", { file, size: mb(size), limit: mb(limit) });
  return { code: "TOO_LARGE", file, message };
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
      // WPS's own .et is a compound file as an .xls is; its name is what tells it apart.
      return /\.ett?$/i.test(file)
        ? { code: "WPS_ET", file, message: msg("xlsx.wpsEt", { file }) }
        : { code: "OLD_XLS", file, message: msg("xlsx.oldXls", { file }) };
    case "ods":
      return { code: "ODS_FILE", file, message: msg("xlsx.ods", { file }) };
    case "csv":
      return { code: "CSV_FILE", file, message: msg("xlsx.csv", { file }) };
    case "unknown":
      return notAWorkbook(file);
  }
}

/** The zip's part names and the sum of their unpacked sizes, from its central directory (nothing inflated). */
const XML_PART = /\.(xml|rels|vml)$/i;

function centralDirectory(
  bytes: Uint8Array
): { names: string[]; unpacked: number; total: number } | null {
  const names: string[] = [];
  let unpacked = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        // XML is what a run reads and rewrites; images and other binary parts are held as they are.
        if (XML_PART.test(entry.name)) unpacked += entry.originalSize;
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return { names, unpacked, total };
}

const MERGE_TAG = Array.from("<mergeCell ", (ch) => ch.charCodeAt(0));

function countTag(xml: Uint8Array, tag: number[]): number {
  let n = 0;
  let i = xml.indexOf(tag[0]);
  while (i >= 0 && i + tag.length <= xml.length) {
    let k = 1;
    while (k < tag.length && xml[i + k] === tag[k]) k++;
    if (k === tag.length) n++;
    i = xml.indexOf(tag[0], i + 1);
  }
  return n;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Every part inflated in one pass (the package port reads and writes these parts), each into a
 * buffer of the size the central directory gives (checked against the bounds before), so that a lying
 * directory cannot make one grow.
 * Null when a part cannot be inflated.
 */
function inflateParts(bytes: Uint8Array): Parts | null {
  try {
    return unzipParts(bytes);
  } catch {
    return null;
  }
}

/** The sheets' XML as really inflated, and their merged ranges. */
function measureSheets(parts: Parts): { unpacked: number; merges: number } {
  let unpacked = 0;
  let merges = 0;
  for (const [name, xml] of parts) {
    if (!SHEET_PART.test(name)) continue;
    unpacked += xml.length;
    merges += countTag(xml, MERGE_TAG);
  }
  return { unpacked, merges };
}

export async function checkPackage(
  file: string,
  data: Uint8Array | ArrayBuffer,
  limits: SizeLimits = {}
): Promise<{ ok: true; parts: Parts } | { ok: false; problem: InputProblem }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes)
    return { ok: false, problem: tooLarge(file, bytes.byteLength, maxBytes) };
  const refused = kindProblem(file, sniff(bytes));
  if (refused) return { ok: false, problem: refused };
  const directory = centralDirectory(bytes);
  if (!directory) return { ok: false, problem: notAWorkbook(file) };
  const maxUnpacked = limits.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  if (directory.unpacked > maxUnpacked)
    return { ok: false, problem: tooLargeUnpacked(file, directory.unpacked, maxUnpacked) };
  const maxTotal = limits.maxUnpackedTotal ?? DEFAULT_MAX_UNPACKED_TOTAL;
  if (directory.total > maxTotal)
    return { ok: false, problem: tooLargeUnpacked(file, directory.total, maxTotal) };
  if (
    !directory.names.includes("[Content_Types].xml") ||
    !directory.names.includes("xl/workbook.xml")
  )
    return { ok: false, problem: notAWorkbook(file) };
  const parts = inflateParts(bytes);
  if (parts === null) return { ok: false, problem: notAWorkbook(file) };
  const sheets = measureSheets(parts);
  if (sheets.unpacked > maxUnpacked)
    return { ok: false, problem: tooLargeUnpacked(file, sheets.unpacked, maxUnpacked) };
  const maxMerges = limits.maxMerges ?? DEFAULT_MAX_MERGES;
  if (sheets.merges > maxMerges) {
    const message = msg("xlsx.tooManyMerges", { file, count: sheets.merges, limit: maxMerges });
    return { ok: false, problem: { code: "TOO_LARGE", file, message } };
  }
  return { ok: true, parts };
}
