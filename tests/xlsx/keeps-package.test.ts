/**
 * A workbook made by a real spreadsheet (LibreOffice, tests/xlsx/real-book.ts) scored and undone: its drawing,
 * chart and picture come back byte for byte, linked from the sheet that has them, with their content types;
 * the copy opens in LibreOffice and its PDF still draws the chart (its title is on the page). ExcelJS alone
 * dropped the chart (each assertion on the chart failed before the retired adapter put it back).
 * A pivot table and a threaded comment, added to that workbook at XML level as Excel writes them (LibreOffice
 * here cannot make a threaded comment, and makes a pivot table only from its own dialog), come back too.
 */

import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import type JSZip from "jszip";
import * as path from "path";
import { sampleEvaluation } from "../plan/fixtures";
import { convert, hasSoffice } from "../support/libreoffice";
import { ADDED, CHART_DATA_SHEET, CHART_TITLE, PIVOT_CACHE_ID, libreOfficeBook, libreOfficePivotBook, withPivotAndThread } from "./real-book";
import { load, parts, scoreFile, sheetXml, tmpDir, undoFile } from "./scoring";

const describeLO = hasSoffice() ? describe : describe.skip;

/** The drawing a sheet links to, and every part that drawing leads to (charts, images, their rels). */
async function drawingParts(zip: JSZip, sheet: string): Promise<Map<string, Buffer>> {
  const { path: sheetPath, xml, rels } = await sheetXml(zip, sheet);
  const id = /<drawing r:id="([^"]+)"/.exec(xml)?.[1];
  const target = id && (new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels))?.[1];
  const out = new Map<string, Buffer>();
  if (!target) return out;
  const walk = async (part: string) => {
    if (out.has(part) || !zip.file(part)) return;
    out.set(part, Buffer.from(await zip.file(part)!.async("uint8array")));
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const r = await zip.file(relsPath)?.async("string");
    if (!r) return;
    out.set(relsPath, Buffer.from(r));
    for (const m of r.matchAll(/Target="([^"]+)"/g)) await walk(path.posix.normalize(path.posix.join(path.posix.dirname(part), m[1])));
  };
  await walk(path.posix.normalize(path.posix.join(path.posix.dirname(sheetPath), target)));
  return out;
}

function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
}

describeLO("a LibreOffice workbook with a chart and a picture, scored and undone", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-keep-");
    input = await libreOfficeBook(dir);
  }, 120_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("the fixture really is LibreOffice's, with a chart and a picture", async () => {
    const zip = await parts(input);
    expect(await zip.file("docProps/app.xml")!.async("string")).toMatch(/LibreOffice/);
    const drawing = await drawingParts(zip, "自评表");
    expect([...drawing.keys()].some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    expect([...drawing.keys()].some((p) => /^xl\/media\//.test(p))).toBe(true);
  });

  test("the scored copy and the undone copy keep the drawing, chart and picture byte for byte", async () => {
    const scored = path.join(dir, "scored.xlsx");
    const p = await scoreFile(input, scored, sampleEvaluation());
    expect(p.blocks.some((b) => b.sheet === "自评表")).toBe(true); // the sheet with the chart is one the plan changes
    const before = await drawingParts(await parts(input), "自评表");
    const outZip = await parts(scored);
    const after = await drawingParts(outZip, "自评表");
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes)).toBe(true);
    const types = await outZip.file("[Content_Types].xml")!.async("string");
    for (const name of before.keys())
      if (/^xl\/charts\/chart\d+\.xml$/.test(name))
        expect(types).toContain(`<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect((await load(scored)).worksheets.map((ws) => ws.name)).toContain("评分汇总");

    const restored = path.join(dir, "restored.xlsx");
    await undoFile(scored, restored);
    const undone = await drawingParts(await parts(restored), "自评表");
    for (const [name, bytes] of before) expect(undone.get(name)!.equals(bytes)).toBe(true);
  }, 60_000);

  test("the copy opens in LibreOffice and its PDF still draws the chart", async () => {
    const scored = path.join(dir, "scored-pdf.xlsx");
    await scoreFile(input, scored, sampleEvaluation());
    const r = await convert([input, scored], "pdf", path.join(dir, "pdf"));
    expect(r.code).toBe(0);
    expect(pdfText(r.outputs[0])).toContain(CHART_TITLE); // the input draws it: the check can see a chart
    expect(pdfText(r.outputs[1])).toContain(CHART_TITLE);
  }, 120_000);
});

/** The part a relationship of `relsXml` of the given type leads to, resolved from `from`. */
function target(relsXml: string, type: string, from: string): string | undefined {
  const el = new RegExp(`<Relationship [^>]*Type="[^"]*/${type}"[^>]*/>`).exec(relsXml)?.[0];
  const t = el && /Target="([^"]+)"/.exec(el)?.[1];
  return t ? path.posix.normalize(path.posix.join(path.posix.dirname(from), t)) : undefined;
}

describeLO("a pivot table and a threaded comment come back, linked", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-pivot-");
    const lo = await libreOfficeBook(dir);
    input = await withPivotAndThread(lo, path.join(dir, "plus.xlsx"), async (zip, name) => (await sheetXml(zip, name)).path);
  }, 120_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  async function expectKept(file: string): Promise<void> {
    const zip = await parts(file);
    for (const [name, { xml }] of Object.entries(ADDED)) expect(await zip.file(name)?.async("string")).toBe(xml);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const [name, { type }] of Object.entries(ADDED)) if (type) expect(types).toContain(`<Override PartName="/${name}" ContentType="${type}"/>`);
    const data = await sheetXml(zip, CHART_DATA_SHEET);
    expect(target(data.rels, "pivotTable", data.path)).toBe("xl/pivotTables/pivotTable1.xml");
    const scored = await sheetXml(zip, "自评表");
    expect(target(scored.rels, "threadedComment", scored.path)).toBe("xl/threadedComments/threadedComment1.xml");
    const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(target(wbRels, "person", "xl/workbook.xml")).toBe("xl/persons/person.xml");
    const cacheRel = new RegExp(`<pivotCache cacheId="${PIVOT_CACHE_ID}" r:id="([^"]+)"/>`).exec(await zip.file("xl/workbook.xml")!.async("string"))?.[1];
    expect(cacheRel).toBeDefined();
    expect(new RegExp(`<Relationship [^>]*Id="${cacheRel}"[^>]*Target="pivotCache/pivotCacheDefinition1.xml"`).test(wbRels)).toBe(true);
  }

  test("in the scored copy and in the copy undone", async () => {
    await expectKept(input); // the check itself reads the fixture right
    const scored = path.join(dir, "scored.xlsx");
    await scoreFile(input, scored, sampleEvaluation());
    await expectKept(scored);
    const restored = path.join(dir, "restored.xlsx");
    await undoFile(scored, restored);
    await expectKept(restored);
  }, 60_000);

  test("the copy opens in LibreOffice", async () => {
    const scored = path.join(dir, "scored-lo.xlsx");
    await scoreFile(input, scored, sampleEvaluation());
    const r = await convert(scored, "pdf", path.join(dir, "pdf"));
    expect(r.code).toBe(0);
    expect(pdfText(r.outputs[0])).toContain(CHART_TITLE);
  }, 120_000);
});

describeLO("LibreOffice's own save with tables, a chart and a pivot table", () => {
  let dir: string;
  let input: string;
  const PIVOT_PARTS = [
    "xl/pivotTables/pivotTable1.xml",
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    "xl/pivotCache/pivotCacheRecords1.xml",
  ];
  beforeAll(async () => {
    dir = await tmpDir("jixiao-lo-pivot-");
    input = await libreOfficePivotBook(dir, async (zip, name) => (await sheetXml(zip, name)).path);
  }, 180_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("the fixture is LibreOffice's, pivot table included", async () => {
    const zip = await parts(input);
    expect(await zip.file("docProps/app.xml")!.async("string")).toMatch(/LibreOffice/);
    for (const p of PIVOT_PARTS) expect(zip.file(p)).not.toBeNull();
    // LibreOffice rewrote the pivot table: not the bytes added at XML level
    expect(await zip.file("xl/pivotTables/pivotTable1.xml")!.async("string")).not.toBe(ADDED["xl/pivotTables/pivotTable1.xml"].xml);
    expect(Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)).length).toBeGreaterThan(0);
  });

  test("scored: pivot parts and chart byte for byte and linked, tables still there, the PDF draws the chart", async () => {
    const scored = path.join(dir, "scored.xlsx");
    await scoreFile(input, scored, sampleEvaluation());
    const inZip = await parts(input);
    const outZip = await parts(scored);
    for (const p of PIVOT_PARTS) expect(Buffer.from(await outZip.file(p)!.async("uint8array")).equals(Buffer.from(await inZip.file(p)!.async("uint8array")))).toBe(true);
    const data = await sheetXml(outZip, CHART_DATA_SHEET);
    expect(target(data.rels, "pivotTable", data.path)).toBe("xl/pivotTables/pivotTable1.xml");
    const cacheId = /cacheId="(\d+)"/.exec(await inZip.file("xl/pivotTables/pivotTable1.xml")!.async("string"))![1];
    const wbRels = await outZip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const rel = new RegExp(`<pivotCache cacheId="${cacheId}" r:id="([^"]+)"/>`).exec(await outZip.file("xl/workbook.xml")!.async("string"))?.[1];
    expect(new RegExp(`<Relationship [^>]*Id="${rel}"[^>]*Target="pivotCache/pivotCacheDefinition1.xml"`).test(wbRels)).toBe(true);
    const before = await drawingParts(inZip, "自评表");
    const after = await drawingParts(outZip, "自评表");
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes)).toBe(true);
    const tableNames = async (zip: JSZip) =>
      (await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)).map(async (p) => /\bname="([^"]+)"/.exec(await zip.file(p)!.async("string"))?.[1]))).sort();
    expect(await tableNames(outZip)).toEqual(await tableNames(inZip));
    const r = await convert(scored, "pdf", path.join(dir, "pdf"));
    expect(r.code).toBe(0);
    expect(pdfText(r.outputs[0])).toContain(CHART_TITLE);
  }, 120_000);
});
