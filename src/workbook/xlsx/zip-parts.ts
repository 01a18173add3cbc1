/**
 * An .xlsx package as its parts (path → bytes), over fflate: one inflate of the whole package where JSZip
 * was loaded and generated once per post-processing step. Node and the browser alike.
 */

import { type Zippable, strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type Parts = Map<string, Uint8Array>;

/** Every part of a zip, inflated; throws when the zip cannot be read. */
export function unzipParts(data: Uint8Array | ArrayBuffer): Parts {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return new Map(Object.entries(unzipSync(bytes)));
}

/** The parts as a zip, in their order, each deflated at the level ExcelJS and JSZip use. */
export function zipParts(parts: Parts): Uint8Array {
  const files: Zippable = {};
  for (const [path, bytes] of parts) files[path] = [bytes, { level: 6 }];
  return zipSync(files);
}

/** A part as text (UTF-8), or null when the package has no such part. */
export function partText(parts: Parts, path: string): string | null {
  const bytes = parts.get(path);
  return bytes ? strFromU8(bytes) : null;
}

export function setPartText(parts: Parts, path: string, xml: string): void {
  parts.set(path, strToU8(xml));
}
