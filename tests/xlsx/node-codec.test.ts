/**
 * The command line's codec (file.ts: Node's zlib for deflate, inflate and, where Node has it, the CRC-32): a
 * package it writes is read by JSZip with every CRC checked, the parts as they were written, and the same
 * parts give the same bytes as with fflate and the CRC computed in JavaScript (zip-parts.ts alone).
 */

import JSZip from "jszip";
import { partText, setPartText, unzipParts, zipParts } from "../../src/workbook/xlsx/zip-parts";

function parts() {
  const p = new Map<string, Uint8Array>();
  setPartText(p, "[Content_Types].xml", "<Types/>");
  setPartText(
    p,
    "xl/worksheets/sheet1.xml",
    `<worksheet>${"<row>绩效</row>".repeat(20000)}</worksheet>`
  );
  setPartText(p, "xl/sharedStrings.xml", "<sst/>");
  return p;
}

test("written with Node's codec, read back with every CRC checked; the same entries as fflate writes", async () => {
  const withFflate = zipParts(parts());
  await import("../../src/workbook/xlsx/file"); // installs Node's codec
  const withNode = zipParts(parts());
  const read = await JSZip.loadAsync(withNode, { checkCRC32: true });
  expect(await read.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
    partText(parts(), "xl/worksheets/sheet1.xml")
  );
  // each reads back to the same parts, and the CRCs in both central directories agree
  const crcs = (zip: Uint8Array) => {
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const out: number[] = [];
    for (let at = 0; at + 4 <= zip.length; at++)
      if (v.getUint32(at, true) === 0x02014b50) out.push(v.getUint32(at + 16, true));
    return out;
  };
  expect(crcs(withNode)).toEqual(crcs(withFflate));
  expect(crcs(withNode)).toHaveLength(3);
  expect([...unzipParts(withNode).keys()]).toEqual([...unzipParts(withFflate).keys()]);
});
