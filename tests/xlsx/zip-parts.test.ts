/**
 * The package's parts read and written over fflate (src/workbook/xlsx/zip-parts.ts): a part nobody changed
 * goes back with its compressed bytes as they were; a changed one is deflated again; JSZip (another reader,
 * CRC checked) reads the result; the same parts give the same bytes.
 */

import JSZip from "jszip";
import { partText, setPartText, unzipParts, zipParts } from "../../src/workbook/xlsx/zip-parts";

/** The compressed bytes of each entry, as a zip stores them, read from its local headers by hand. */
function storedEntries(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, Uint8Array>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const csize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extra;
    out.set(name, zip.subarray(start, start + csize));
    at = start + csize;
  }
  return out;
}

async function input(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", "<worksheet>" + "<row/>".repeat(5000) + "</worksheet>");
  zip.file("xl/media/image1.png", new Uint8Array([137, 80, 78, 71, 1, 2, 3]), {
    compression: "STORE",
  });
  zip.file("xl/表.xml", "<中文/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("untouched parts keep their stored bytes, a changed one is rewritten, and JSZip reads it all", async () => {
  const before = await input();
  const parts = unzipParts(before);
  expect(partText(parts, "xl/表.xml")).toBe("<中文/>");
  setPartText(parts, "xl/worksheets/sheet1.xml", '<worksheet><row r="1"/></worksheet>');
  const after = zipParts(parts);

  const stored = { before: storedEntries(before), after: storedEntries(after) };
  for (const name of ["[Content_Types].xml", "xl/media/image1.png", "xl/表.xml"])
    expect(Buffer.from(stored.after.get(name)!).equals(Buffer.from(stored.before.get(name)!))).toBe(
      true
    );
  expect(
    Buffer.from(stored.after.get("xl/worksheets/sheet1.xml")!).equals(
      Buffer.from(stored.before.get("xl/worksheets/sheet1.xml")!)
    )
  ).toBe(false);

  const read = await JSZip.loadAsync(after, { checkCRC32: true });
  expect(Object.keys(read.files)).toEqual([
    "[Content_Types].xml",
    "xl/worksheets/sheet1.xml",
    "xl/media/image1.png",
    "xl/表.xml",
  ]);
  expect(await read.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
    '<worksheet><row r="1"/></worksheet>'
  );
  expect([...(await read.file("xl/media/image1.png")!.async("uint8array"))]).toEqual([
    137, 80, 78, 71, 1, 2, 3,
  ]);
  expect(await read.file("xl/表.xml")!.async("string")).toBe("<中文/>");
});

test("the same parts give the same bytes (no time stamp of the run in the package)", async () => {
  const parts = unzipParts(await input());
  setPartText(parts, "xl/new.xml", "<new/>");
  expect(Buffer.from(zipParts(parts)).equals(Buffer.from(zipParts(parts)))).toBe(true);
});

test("a package it cannot read throws (the caller names the file)", () => {
  expect(() => unzipParts(new Uint8Array([80, 75, 3, 4, 0, 0]))).toThrow();
  expect(() => unzipParts(new TextEncoder().encode("not a zip at all"))).toThrow();
});
