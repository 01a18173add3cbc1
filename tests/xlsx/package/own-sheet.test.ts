/**
 * The add-in's own sheets written as package parts (own-sheet.ts), from a real plan of the sample workbook:
 * the scored parts re-read by ExcelJS (values, fonts, fills, number formats, wrap, widths, heights, frozen
 * pane, drop-down, hidden state), links read in the XML (ExcelJS reads only links with a relationship), and
 * the copy opened by LibreOffice, which keeps what it read when it saves the file again.
 */

import ExcelJS from "exceljs";
import { a1 } from "../../../src/engine/grid";
import { existsSync, promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../../src/engine/plan";
import { reviewSheet, type ReviewRow } from "../../../src/engine/plan/review-sheet";
import type { SheetWrite, WritePlan } from "../../../src/engine/plan/types";
import { cellText } from "../../../src/workbook/xlsx/package/cell-xml";
import {
  ownSheetXml,
  writeOwnSheets as writeSheets,
} from "../../../src/workbook/xlsx/package/own-sheet";
import { StyleSheet } from "../../../src/workbook/xlsx/package/styles-part";
import { sheetEntries } from "../../../src/workbook/xlsx/package/workbook-sheets";
import { type Parts, partText, unzipParts, zipParts } from "../../../src/workbook/xlsx/zip-parts";
import { convert, hasPdftoppm, hasSoffice, pdfPage } from "../../support/libreoffice";
import { addresses } from "../compare";
import { SAMPLE, planOf, writeOwnSheets } from "./own-plan";

let dir: string;
let plan: WritePlan;
let scored: string;
let parts: Parts;
let wb: ExcelJS.Workbook;

/** A cell's text, rich or plain (LibreOffice writes runs where a text mixes scripts). */
function text(value: ExcelJS.CellValue): string {
  if (value && typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  return String(value);
}

const spec = (name: string): SheetWrite => plan.sheets.find((s) => s.name === name)!;
const xmlOf = (name: string) =>
  partText(parts, sheetEntries(parts).find((e) => e.name === name)!.path)!;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-own-sheet-"));
  plan = await planOf(SAMPLE);
  parts = unzipParts(await fs.readFile(SAMPLE));
  writeOwnSheets(parts, plan);
  scored = path.join(dir, "sample.scored.xlsx");
  await fs.writeFile(scored, zipParts(parts));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scored);
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("the own sheets of the sample's plan, as parts", () => {
  test("come after the user's sheets, in the plan's order, the undo state very hidden", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([SUMMARY_SHEET, REVIEW_SHEET, STATE_SHEET]);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["项目支出绩效自评表", "visible"],
      ["预算执行明细", "visible"],
      [SUMMARY_SHEET, "visible"],
      [REVIEW_SHEET, "visible"],
      [STATE_SHEET, "veryHidden"],
    ]);
  });

  test("hold every value of the plan, strings as strings", () => {
    for (const s of plan.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const links = new Set((s.links ?? []).map((l) => `${l.row}:${l.col}`));
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (links.has(`${r}:${c}`)) return; // ExcelJS reads an internal link's cell as its text (below)
          const cell = ws.getCell(r + 1, c + 1);
          // ExcelJS reads an empty inline string as an empty cell.
          const read = value === "" ? (cell.value ?? "") : cell.value;
          expect([s.name, cell.address, read]).toEqual([s.name, cell.address, value]);
        })
      );
    }
    // The sample's figures (the command line prints 总分 79.59/100 for it): B4 total, B5 full marks.
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.getCell("A4").value).toBe("系统总分");
    expect(summary.getCell("B4").value).toBe(79.59);
    expect(summary.getCell("B5").value).toBe(100);
    // The undo state: JSON, a string cell (written inline, never as a formula).
    expect(String(wb.getWorksheet(STATE_SHEET)!.getCell("A1").value)).toMatch(/^\{/);
    expect(xmlOf(STATE_SHEET)).toMatch(
      /<c r="A1" s="\d+" t="inlineStr"><is><t xml:space="preserve">\{/
    );
    for (const s of plan.sheets) expect(xmlOf(s.name)).not.toContain("<f>");
  });

  test("have the own looks: header rows, cells, number formats, wrap, row fills", () => {
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const header = review.getCell("A1");
    expect(header.font).toMatchObject({ bold: true, name: "Calibri", size: 11 });
    expect(header.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(header.alignment).toMatchObject({
      wrapText: true,
      horizontal: "center",
      vertical: "middle",
    });
    expect(review.getCell("J1").font?.bold).toBe(true); // the whole header row, 10 columns
    // Row 2 is the first flag, a warning (the sample has 0 errors, 5 warnings): amber over the used columns.
    expect(review.getCell("B2").value).toBe("警告");
    for (const col of ["A", "F", "J"])
      expect(review.getCell(`${col}2`).fill).toMatchObject({ fgColor: { argb: "FFFFF3CD" } });
    expect(review.getCell("A2").font).toMatchObject({ name: "Calibri", size: 11 });
    expect(review.getCell("A2").font?.bold).toBeFalsy();
    expect(review.getCell("A2").alignment).toEqual({ vertical: "top" });
    expect(review.getCell("F2").alignment).toEqual({ vertical: "top", wrapText: true }); // 问题说明 wraps
    expect(review.getCell("I2").alignment).toEqual({ vertical: "top", wrapText: true }); // 复核意见 wraps
    // 评分汇总: scores 0.00, shares 0.00% (area formats), headers without a number format.
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.getCell("B4").numFmt).toBe("0.00");
    const share = summary.getColumn(4).values.findIndex((v, i) => typeof v === "number" && i > 14);
    expect(summary.getCell(share, 4).numFmt).toBe("0.00%");
    const headerRow = spec(SUMMARY_SHEET).headerRows![1] + 1;
    expect(summary.getCell(headerRow, 2).font?.bold).toBe(true);
    expect(summary.getCell(headerRow, 2).numFmt).toBeUndefined();
  });

  test("links to the flagged cells as Excel writes them: a location, the text shown, no relationship", () => {
    const links = spec(REVIEW_SHEET).links!;
    expect(links.length).toBe(5);
    const xml = xmlOf(REVIEW_SHEET);
    expect(xml).toContain(
      `<hyperlink ref="D2" location="&apos;项目支出绩效自评表&apos;!H14" display="H14"/>`
    );
    expect(xml.match(/<hyperlink /g)).toHaveLength(5);
    expect(xml).not.toContain("r:id");
    expect(parts.has("xl/worksheets/_rels/sheet4.xml.rels")).toBe(false);
    const d2 = wb.getWorksheet(REVIEW_SHEET)!.getCell("D2");
    expect(d2.value).toBe("H14");
    expect(d2.font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
  });

  test("one drop-down over the status column, the frozen header, widths and heights", () => {
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const xml = xmlOf(REVIEW_SHEET);
    // 5 flags: rows 2..6, and 200 rows more for people to add (review-sheet.ts).
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml).toContain(
      '<dataValidation type="list" allowBlank="1" sqref="G2:G206"><formula1>&quot;待复核,已确认,已驳回,已修正&quot;</formula1></dataValidation>'
    );
    expect(review.getCell("G100").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"待复核,已确认,已驳回,已修正"'],
    });
    expect(review.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    expect(wb.getWorksheet(SUMMARY_SHEET)!.views[0]?.state).not.toBe("frozen");
    expect(review.getColumn(6).width).toBe(50);
    expect(review.getColumn(1).width).toBe(28);
    expect(review.getRow(1).height).toBe(30); // two header lines, 15 pt each
    expect(wb.getWorksheet(SUMMARY_SHEET)!.getColumn(1).width).toBe(20);
  });

  test("add their styles after the user's, so that no index of the user's moves", () => {
    const input = partText(unzipParts(readFileSync(SAMPLE)), "xl/styles.xml");
    const before = StyleSheet.read(input);
    const after = StyleSheet.read(partText(parts, "xl/styles.xml"));
    const userCount = Number(/<cellXfs count="(\d+)"/.exec(input ?? "")![1]);
    for (let s = 0; s < userCount; s++) expect(after.xf(s)).toBe(before.xf(s));
    const used = [...xmlOf(REVIEW_SHEET).matchAll(/ s="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...used)).toBeGreaterThanOrEqual(userCount);
  });
});

describe("text", () => {
  test("is escaped, and what XML cannot carry is written as Excel writes it (_xHHHH_)", () => {
    expect(cellText('a<b & "c"')).toBe("a&lt;b &amp; &quot;c&quot;");
    expect(cellText("行1\u000B行2")).toBe("行1_x000B_行2"); // a line break pasted from Word
    expect(cellText("_x0041_")).toBe("_x005F_x0041_"); // text that reads as an escape keeps its underscore
    expect(cellText("😀")).toBe("😀");
    expect(cellText("\uD800")).toBe("_xD800_");
  });

  const lo = hasSoffice() ? test : test.skip;
  lo("reads back whole in LibreOffice; numbers and booleans as values in ExcelJS", async () => {
    const odd = "=SUM(A1) <b>\u0001 _x0041_ 😀";
    const styles = StyleSheet.read(null);
    const xml = ownSheetXml({ name: "t", values: [[odd, 1.5, true, null, -0]] }, styles);
    expect(xml).toContain(
      '<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">=SUM(A1) &lt;b&gt;_x0001_ _x005F_x0041_ 😀</t></is></c>'
    );
    expect(xml).toContain('<c r="E1" s="1"><v>0</v></c>');
    const file = path.join(dir, "odd.xlsx");
    await fs.writeFile(file, await writeOne(xml, styles));
    const ws = await readFirst(await fs.readFile(file));
    expect(ws.getCell("B1").value).toBe(1.5);
    expect(ws.getCell("C1").value).toBe(true);
    expect(ws.getCell("D1").value).toBeNull();
    expect(ws.getCell("E1").value).toBe(0);
    const r = await convert(file, "xlsx", path.join(dir, "odd"));
    expect(r.code).toBe(0);
    expect(text((await readFirst(await fs.readFile(r.outputs[0]))).getCell("A1").value)).toBe(odd);
  });
});

/** A minimal package around one own sheet, as a new workbook would have it. */
async function writeOne(sheet: string, styles: StyleSheet): Promise<Uint8Array> {
  const { strToU8 } = await import("fflate");
  const parts: Parts = new Map([
    [
      "[Content_Types].xml",
      strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
      ),
    ],
    [
      "_rels/.rels",
      strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    ],
    [
      "xl/workbook.xml",
      strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="t" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
      ),
    ],
    ["xl/worksheets/sheet1.xml", strToU8(sheet)],
    ["xl/styles.xml", strToU8(styles.toXml())],
  ]);
  return zipParts(parts);
}

async function readFirst(bytes: Uint8Array | Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0];
}

describe("LibreOffice", () => {
  const lo = hasSoffice() ? test : test.skip;
  lo("opens the copy, and saving it again keeps the own sheets' values and looks", async () => {
    const out = path.join(dir, "lo");
    const r = await convert(scored, "xlsx", out);
    expect(r.code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(r.outputs[0]);
    const review = again.getWorksheet(REVIEW_SHEET)!;
    // LibreOffice gives the header's Chinese and English lines fonts of their own: the text is the same.
    expect(text(review.getCell("A1").value)).toBe("编号\nID");
    expect(review.getCell("A1").font?.bold).toBe(true);
    expect(review.getCell("A2").fill).toMatchObject({ fgColor: { argb: "FFFFF3CD" } });
    // (LibreOffice headless saves no frozen pane of a sheet, of ExcelJS's copy either: the pane is checked above.)
    expect(again.getWorksheet(SUMMARY_SHEET)!.getCell("B4").value).toBe(79.59);
    expect(again.getWorksheet(STATE_SHEET)!.state).toMatch(/hidden/i);
    // LibreOffice writes the internal link back as a link into the workbook.
    const { path: reviewPath } = sheetEntries(unzipParts(await fs.readFile(r.outputs[0]))).find(
      (e) => e.name === REVIEW_SHEET
    )!;
    const loXml = partText(unzipParts(await fs.readFile(r.outputs[0])), reviewPath)!;
    expect(loXml).toMatch(/<hyperlink [^>]*ref="D2"/);
  });

  lo(
    "prints it to PDF (JIXIAO_LOOK_DIR=DIR keeps the PDF and a PNG of its pages to look at)",
    async () => {
      const pdf = await convert(scored, "pdf", path.join(dir, "pdf"));
      expect(pdf.code).toBe(0);
      expect((await fs.stat(pdf.outputs[0])).size).toBeGreaterThan(1000);
      const look = process.env.JIXIAO_LOOK_DIR;
      if (look && hasPdftoppm()) {
        await fs.mkdir(look, { recursive: true });
        await fs.copyFile(pdf.outputs[0], path.join(look, "own-sheets.pdf"));
        for (let page = 1; page <= 6; page++) {
          try {
            expect(
              existsSync(
                await pdfPage(pdf.outputs[0], path.join(look, `own-sheets-${page}`), page, 80)
              )
            ).toBe(true);
          } catch {
            break; // past the last page
          }
        }
      }
    }
  );
});

describe("a review list of 5,000 rows", () => {
  test("is written whole: a row per flag, a link and a fill each, one drop-down", () => {
    const rows: ReviewRow[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `自评表!H${i + 8}:SCORE_MISMATCH`,
      severity: i % 2 ? "警告" : "错误",
      sheet: "自评表",
      cell: `H${i + 8}`,
      code: "SCORE_MISMATCH",
      message: `第 ${i + 8} 行得分与计算不符`,
      status: "待复核",
      reviewer: "",
      comment: "",
      time: "2024-03-01 09:00",
    }));
    const styles = StyleSheet.read(null);
    const xml = ownSheetXml(reviewSheet(rows), styles);
    expect(xml.match(/<row /g)).toHaveLength(5001);
    expect(xml.match(/<hyperlink /g)).toHaveLength(5000);
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml).toContain('sqref="G2:G5201"');
    // Two fills (error, warning) and the header: few styles for 50,000 cells.
    expect(Number(/<cellXfs count="(\d+)"/.exec(styles.toXml())![1])).toBeLessThan(15);
  });
});

/** A list without the nulls at its end (ExcelJS lists a column for the used range, width or not). */
const trimmed = <T>(list: (T | null)[]) => {
  const out = [...list];
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
};

/**
 * The look docs/write-back.md gives a cell of an own sheet, from its SheetWrite alone, layer over layer:
 * Calibri 11 top-aligned on every value (wrapped in `wrapCols`) with the column's number format; then
 * `areaFormats`; row fills over the used columns; header rows (bold, #DDEBF7, wrapped, centred both ways, no
 * number format); links (blue #0563C1, underlined). Undefined where the sheet has no cell.
 */
function lookOf(s: SheetWrite, r: number, c: number): string | undefined {
  const width = s.values.reduce((n, row) => Math.max(n, row.length), 0);
  const inValues = s.values[r] !== undefined && c in s.values[r];
  const area = (s.areaFormats ?? []).filter(
    (f) => f.top <= r && r <= f.bottom && f.left <= c && c <= f.right
  );
  const rowFill = (s.rowFills ?? []).filter((f) => f.row === r && c < width);
  const header = (s.headerRows ?? []).includes(r) && c < Math.max(1, s.values[r]?.length ?? 0);
  const link = (s.links ?? []).some((l) => l.row === r && l.col === c);
  if (!inValues && !area.length && !rowFill.length && !header && !link) return undefined;
  const look: { font: string; fill: string; numFmt: string; alignment: string } = {
    font: inValues ? "Calibri 11" : "-",
    fill: "-",
    numFmt: (inValues && s.numberFormats?.[c]) || "-",
    alignment: inValues ? ((s.wrapCols ?? []).includes(c) ? "top wrapped" : "top") : "-",
  };
  for (const f of area) look.numFmt = f.format;
  for (const f of rowFill) look.fill = f.fill.toUpperCase();
  if (header) {
    Object.assign(look, { font: "Calibri 11 bold", fill: "#DDEBF7", numFmt: "-" });
    look.alignment = "centre middle wrapped";
  }
  if (link) look.font = "Calibri 11 underlined #0563C1";
  return JSON.stringify(look);
}

/** The same four things of a cell as ExcelJS reads them back from the written part. */
function lookRead(cell: ExcelJS.Cell): string {
  const { font, fill, numFmt, alignment } = cell.style ?? {};
  const fontSaid = font?.name
    ? [
        `${font.name} ${font.size}`,
        font.bold ? "bold" : "",
        font.underline ? "underlined" : "",
        font.color?.argb ? `#${font.color.argb.slice(2)}` : "",
      ]
        .filter(Boolean)
        .join(" ")
    : "-";
  const solid =
    fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
  const align = alignment
    ? [
        alignment.horizontal === "center" ? "centre" : alignment.horizontal,
        alignment.vertical,
        alignment.wrapText ? "wrapped" : "",
      ]
        .filter(Boolean)
        .join(" ")
    : "-";
  return JSON.stringify({
    font: fontSaid,
    fill: solid ? `#${solid.slice(2)}` : "-",
    numFmt: numFmt && numFmt !== "General" ? numFmt : "-",
    alignment: align,
  });
}

// This replaces the comparison with the retired ExcelJS adapter's output (issue 14): each cell is held to
// the look the plan asks for, read back by another program.
describe("every cell of every own sheet", () => {
  test("has the look its SheetWrite asks for (font, fill, number format, alignment), and no other cell exists", async () => {
    // a reading of its own: getCell in the tests above made cells in the shared one
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.readFile(scored);
    const diffs: string[] = [];
    let checked = 0;
    for (const s of plan.sheets) {
      const ws = fresh.getWorksheet(s.name)!;
      const present = addresses(ws);
      const rows = Math.max(s.values.length, ws.rowCount);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < Math.max(ws.columnCount, s.values[r]?.length ?? 0); c++) {
          const address = a1(r, c);
          const want = lookOf(s, r, c);
          const cell = present.has(address) ? ws.findCell(r + 1, c + 1) : undefined;
          const got = cell ? lookRead(cell) : undefined;
          if (want !== undefined) checked++;
          if (want !== got) diffs.push(`${s.name}!${address}: ${got} ≠ ${want}`);
        }
    }
    expect(diffs).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test("widths, heights and the frozen pane are the SheetWrite's", () => {
    for (const s of plan.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const heights = Array.from(
        { length: ws.rowCount },
        (_, r) => ws.findRow(r + 1)?.height ?? null
      );
      const wantHeights = heights.map(() => null as number | null);
      for (const h of s.rowHeights ?? []) wantHeights[h.row] = h.height;
      expect([s.name, trimmed(ws.columns?.map((c) => c.width ?? null) ?? [])]).toEqual([
        s.name,
        s.columnWidths ?? [],
      ]);
      expect([s.name, heights]).toEqual([s.name, wantHeights]);
      const frozen = (ws.views ?? [])
        .filter((v) => v.state === "frozen")
        .map((v) => (v as { ySplit?: number }).ySplit);
      expect([s.name, frozen]).toEqual([s.name, s.freezeRows ? [s.freezeRows] : []]);
    }
    // an empty text is written as an empty inline string, not left out
    expect(xmlOf(REVIEW_SHEET)).toMatch(
      /<c r="H2" s="\d+" t="inlineStr"><is><t xml:space="preserve"><\/t><\/is><\/c>/
    );
  });
});

describe("bounds", () => {
  const styles = () => StyleSheet.read(null);
  test("a cell past Excel's grid, a text longer than a cell holds, a list longer than a drop-down takes: an error, no part", () => {
    expect(() =>
      ownSheetXml(
        { name: "t", values: [], links: [{ row: 1_048_576, col: 0, target: "'a'!A1" }] },
        styles()
      )
    ).toThrow(/outside Excel's grid/);
    expect(() =>
      ownSheetXml(
        {
          name: "t",
          values: [[null]],
          rowFills: [{ row: 0, fill: "#FFFFFF" }],
          areaFormats: [{ top: 0, left: 16_383, bottom: 0, right: 16_384, format: "0" }],
        },
        styles()
      )
    ).toThrow(/outside Excel's grid/);
    expect(() =>
      ownSheetXml({ name: "t", values: [["a"]], freezeRows: 1_048_576 }, styles())
    ).toThrow(/frozen pane below/);
    expect(() => ownSheetXml({ name: "t", values: [["x".repeat(32_768)]] }, styles())).toThrow(
      /longer than a cell holds, at A1/
    );
    expect(ownSheetXml({ name: "t", values: [["x".repeat(32_767)]] }, styles())).toContain(
      "x".repeat(32_767)
    );
    const list = (n: number) => ({
      name: "t",
      values: [["a"]],
      validations: [{ col: 0, firstRow: 0, lastRow: 5, list: ["x".repeat(n)] }],
    });
    expect(() => ownSheetXml(list(256), styles())).toThrow(/drop-down list longer/);
    expect(ownSheetXml(list(255), styles())).toContain('sqref="A1:A6"');
  });

  test("widths, heights and a drop-down's range stay within Excel's limits", () => {
    const xml = ownSheetXml(
      {
        name: "t",
        values: [["a", "b"]],
        columnWidths: [300, -1],
        rowHeights: [{ row: 0, height: 500 }],
        validations: [{ col: 0, firstRow: 1, lastRow: 2_000_000, list: ["是", "否"] }],
      },
      styles()
    );
    expect(xml).toContain('<cols><col min="1" max="1" width="255" customWidth="1"/></cols>'); // no width below 0
    expect(xml).toContain('<row r="1" ht="409" customHeight="1">');
    expect(xml).toContain('sqref="A2:A1048576"><formula1>&quot;是,否&quot;</formula1>');
  });
});

describe("writeOwnSheets", () => {
  test("changes nothing when one of the sheets cannot be written (a name Excel refuses, a cell past the grid)", async () => {
    const scoredParts = unzipParts(await fs.readFile(scored));
    for (const bad of [
      { name: "复核/清单", values: [["x"]] },
      { name: REVIEW_SHEET, values: [["x"]], links: [{ row: 0, col: 16_384, target: "'a'!A1" }] },
    ]) {
      const parts = new Map(scoredParts);
      const sheets = [spec(SUMMARY_SHEET), bad, spec(STATE_SHEET)];
      expect(() =>
        writeSheets(parts, sheets, StyleSheet.read(partText(parts, "xl/styles.xml")))
      ).toThrow();
      for (const [name, bytes] of scoredParts)
        expect([name, parts.get(name) === bytes]).toEqual([name, true]);
      expect(parts.size).toBe(scoredParts.size);
    }
  });
});
