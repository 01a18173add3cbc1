/**
 * A workbook written the way openpyxl writes one (tests/xlsx/openpyxl-book.ts: made by hand at test time,
 * openpyxl is not installed here) with a chart, a picture and a note. ExcelJS alone refuses it (absolute
 * relationship targets, notes in xl/comments/comment1.xml); through the package port it is scored, its
 * drawing, chart and picture come back byte for byte and linked, its note is kept, and the copy opens in
 * LibreOffice with the chart drawn.
 */

import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { sampleEvaluation } from "../plan/fixtures";
import { convert, hasSoffice } from "../support/libreoffice";
import {
  OPENPYXL_CHART_TITLE,
  OPENPYXL_NOTE,
  openpyxlBook,
  openpyxlKeptParts,
} from "./openpyxl-book";
import { open, parts, scoreFile, sheetXml, tmpDir, undoFile } from "./scoring";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** The part a relationship of the given type leads to from `from` (absolute or relative target). */
function target(rels: string, type: string, from: string): string | undefined {
  const el = new RegExp(`<Relationship [^>]*Type="[^"]*/${type}"[^>]*/>`).exec(rels)?.[0];
  const t = el && /Target="([^"]+)"/.exec(el)?.[1];
  if (!t) return undefined;
  return t.startsWith("/")
    ? t.slice(1)
    : path.posix.normalize(path.posix.join(path.posix.dirname(from), t));
}

describe("an openpyxl workbook with a chart, a picture and a note", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-openpyxl-");
    input = path.join(dir, "openpyxl.xlsx");
    await fs.writeFile(input, openpyxlBook());
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("ExcelJS alone cannot load it (what the fix is for)", async () => {
    await expect(
      new ExcelJS.Workbook().xlsx.load(openpyxlBook() as unknown as ArrayBuffer)
    ).rejects.toThrow(/anchors/);
  });

  async function expectKept(file: string): Promise<void> {
    const zip = await parts(file);
    const sheet = await sheetXml(zip, "自评表");
    const drawing = target(sheet.rels, "drawing", sheet.path);
    expect(drawing).toBe("xl/drawings/drawing1.xml");
    const id = /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sheet.xml)?.[1];
    expect(sheet.rels).toMatch(new RegExp(`<Relationship Id="${id}" Type="[^"]*/drawing"`));
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
    expect(target(drawingRels, "chart", drawing!)).toBe("xl/charts/chart1.xml");
    expect(target(drawingRels, "image", drawing!)).toBe("xl/media/image1.png");
    for (const [name, bytes] of Object.entries(openpyxlKeptParts()))
      expect(
        Buffer.from(await zip.file(name)!.async("uint8array")).equals(Buffer.from(bytes))
      ).toBe(true);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_TYPE}"/>`
    );
    const grid = (await (await open(file)).read()).find((g) => g.sheet === "自评表")!;
    expect(grid.notes?.[8]?.[8]).toBe(OPENPYXL_NOTE); // I9
  }

  test("is scored, keeps chart, picture and note; undo too", async () => {
    await expectKept(input); // the check reads the fixture right
    const scored = path.join(dir, "scored.xlsx");
    const p = await scoreFile(input, scored, sampleEvaluation());
    expect(p.blocks.some((b) => b.sheet === "自评表")).toBe(true);
    const grids = await (await open(scored)).read(); // ExcelJS alone cannot read the kept openpyxl drawing either
    expect(grids.map((g) => g.sheet)).toContain("评分汇总");
    const header = grids.find((g) => g.sheet === "自评表")!.values[6] as unknown[];
    expect(header.some((v) => typeof v === "string" && v.startsWith("系统得分"))).toBe(true);
    await expectKept(scored);
    const restored = path.join(dir, "restored.xlsx");
    await undoFile(scored, restored);
    await expectKept(restored);
  }, 60_000);

  (hasSoffice() ? test : test.skip)(
    "the copy opens in LibreOffice and its PDF draws the chart",
    async () => {
      const scored = path.join(dir, "scored-pdf.xlsx");
      await scoreFile(input, scored, sampleEvaluation());
      const r = await convert([input, scored], "pdf", path.join(dir, "pdf"));
      expect(r.code).toBe(0);
      const text = (pdf: string) => execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
      expect(text(r.outputs[0])).toContain(OPENPYXL_CHART_TITLE);
      expect(text(r.outputs[1])).toContain(OPENPYXL_CHART_TITLE);
    },
    120_000
  );
});
