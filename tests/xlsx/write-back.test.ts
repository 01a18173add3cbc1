import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { a1, parseA1 } from "../../src/engine/grid";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../src/engine/plan";
import { inAreas, areaOf } from "../../src/engine/plan/areas";
import { TEXT_GUARD } from "../../src/engine/plan/text";
import type { WritePlan } from "../../src/engine/plan/types";
import { parseLookRaw } from "../../src/workbook/xlsx/package/cell-look";
import { MissingSheetsError } from "../../src/workbook/xlsx/package/package-port";
import { FORMULA_LIKE, SHEET, flag, sampleEvaluation, sampleFlags, sampleSheet } from "../plan/fixtures";
import { DETAIL_SHEET, sampleWorkbook } from "./book";
import { type Skip, diffSheets } from "./compare";
import { LATER, load, open, parts, save, scoreFile, sheetXml, tmpDir, undoFile } from "./scoring";

let dir: string;
let input: string;

beforeAll(async () => {
  dir = await tmpDir();
  input = await save(sampleWorkbook(), path.join(dir, "in.xlsx"));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Own columns are left out; marked cells are compared except for their fill and note. */
function ownAndMarked(p: WritePlan) {
  const own = p.blocks.map(areaOf);
  const marked = new Set(p.marks.map((m) => `${m.sheet}!${m.cell}`));
  return (sheet: string) =>
    (address: string): Skip => {
      const at = parseA1(address)!;
      if (inAreas(own, sheet, at.row, at.col)) return "cell";
      return marked.has(`${sheet}!${address}`) ? "look" : null;
    };
}

/** The sheet's Excel Tables by name and range (ExcelJS types getTables() oddly: each entry is a Table). */
const tables = (ws: ExcelJS.Worksheet) =>
  ws.getTables().map((entry) => {
    const t = entry as unknown as { model: { name: string; tableRef: string } };
    return `${t.model.name}@${t.model.tableRef}`;
  });

describe("the scored copy", () => {
  test.each([["values", {}], ["formulas", { formulas: true }]])(
    "is identical to its input outside the add-in's own columns and sheets (%s)",
    async (name, options) => {
      const out = path.join(dir, `scored-${name}.xlsx`);
      const p = await scoreFile(input, out, sampleEvaluation(), options);
      const [a, b] = [await load(input), await load(out)];
      expect(b.worksheets.map((w) => w.name)).toEqual([SHEET, DETAIL_SHEET, SUMMARY_SHEET, REVIEW_SHEET, STATE_SHEET]);
      const skip = ownAndMarked(p);
      // The comparison sees the add-in's own cells when they are not left out.
      expect(diffSheets(a.getWorksheet(SHEET)!, b.getWorksheet(SHEET)!).length).toBeGreaterThan(20);
      for (const ws of a.worksheets) {
        const other = b.getWorksheet(ws.name)!;
        expect(diffSheets(ws, other, skip(ws.name))).toEqual([]);
        expect(tables(other)).toEqual(tables(ws));
      }
      // Marked cells: the severity fill and a note; the user's own note first.
      const g8 = b.getWorksheet(SHEET)!.getCell("G8");
      expect(g8.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFF8D7DA" } });
      expect(String(g8.note)).toMatch(/^请核实得分\n\n【绩效评分助手 Jixiao】\n错误（SCORE_MISMATCH）/);
      expect(b.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");
      // Column widths outside the own columns are the user's.
      expect(b.getWorksheet(SHEET)!.getColumn(3).width).toBe(16);
    },
  );

  test("has the add-in's columns beside each table, scores in formula mode as formulas with cached results", async () => {
    const out = path.join(dir, "scored-formulas.xlsx");
    await scoreFile(input, out, sampleEvaluation(), { formulas: true });
    const ws = (await load(out)).getWorksheet(SHEET)!;
    expect(ws.getCell("J7").value).toBe("系统得分\nSystem score");
    expect(ws.getCell("J7").font?.bold).toBe(true);
    expect(ws.getCell("J8").value).toEqual({ formula: "ROUND(MIN(1,MAX(0,F8/E8))*D8,2)", result: 5.5 });
    expect(ws.getCell("J8").numFmt).toBe("0.00");
    expect(ws.getCell("J12").value).toEqual({ formula: "ROUND(SUM(J8:J11),2)", result: 74.45 });
    expect(ws.getCell("G3").value).toEqual({ formula: "ROUND(D3/C3,4)", result: 0.8333 });
    expect(ws.getCell("G3").numFmt).toBe("0.00%");
    expect(ws.getCell("J7").alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(7).height).toBe(30);
    expect(ws.getColumn(12).width).toBe(50);
  });

  test("a message that begins with \"=\" is written as a string, never a formula", async () => {
    const out = path.join(dir, "scored-formula-like.xlsx");
    const e = sampleEvaluation({ flags: [...sampleFlags(), flag("C9", "CELL_ERROR", FORMULA_LIKE)] });
    e.indicators[1] = { ...e.indicators[1], explanation: FORMULA_LIKE };
    await scoreFile(input, out, e);
    const wb = await load(out);
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const row = review.getColumn(6).values.findIndex((v) => typeof v === "string" && v.endsWith("=SUM(A1)"));
    const cell = review.getCell(row, 6);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`${TEXT_GUARD}=SUM(A1)`);
    const explanation = wb.getWorksheet(SHEET)!.getCell("L9");
    expect(explanation.type).toBe(ExcelJS.ValueType.String);
    // In the package: a string cell (shared or inline), no <f>.
    for (const [name, ref] of [[REVIEW_SHEET, a1(row - 1, 5)], [SHEET, "L9"]]) {
      const { xml } = await sheetXml(await parts(out), name);
      const c = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(xml)![0];
      expect(c).toMatch(/t="(s|str|inlineStr)"/);
      expect(c).not.toContain("<f>");
    }
  });

  test("legacyDrawing precedes tableParts on a sheet with an Excel Table and a note (exceljs issue 1369)", async () => {
    const out = path.join(dir, "scored-order.xlsx");
    const plan = await scoreFile(input, out, sampleEvaluation());
    const zip = await parts(out);
    // The input is ExcelJS's own save, in the wrong order; a sheet the run writes into is put right, a
    // sheet it does not touch keeps its bytes.
    const inZip = await parts(input);
    for (const name of [SHEET, DETAIL_SHEET]) {
      const { xml } = await sheetXml(zip, name);
      expect(xml).toContain("<tableParts");
      expect(xml).toContain("<legacyDrawing");
      const written = [...plan.blocks, ...plan.marks].some((item) => item.sheet === name);
      if (written) expect(xml.indexOf("<legacyDrawing")).toBeLessThan(xml.indexOf("<tableParts"));
      else expect(xml).toBe((await sheetXml(inZip, name)).xml);
      expect(xml.trimEnd().endsWith("</worksheet>")).toBe(true);
    }
    expect([...plan.blocks, ...plan.marks].some((item) => item.sheet === SHEET)).toBe(true);
    // What ExcelJS 4.4.0 writes by itself: the order this fixes.
    const raw = await (await load(out)).xlsx.writeBuffer();
    const plain = (await sheetXml(await JSZip.loadAsync(raw), SHEET)).xml;
    expect(plain.indexOf("<legacyDrawing")).toBeGreaterThan(plain.indexOf("<tableParts"));
  });

  test("links in the review list point into the workbook, as Excel writes them", async () => {
    const out = path.join(dir, "scored-links.xlsx");
    await scoreFile(input, out, sampleEvaluation());
    const { xml, rels } = await sheetXml(await parts(out), REVIEW_SHEET);
    // One drop-down over the status column (ExcelJS would merge per-cell ones into overlapping ranges).
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml).toMatch(/<dataValidation type="list" allowBlank="1" sqref="G2:G\d+"><formula1>&quot;待复核,已确认,已驳回,已修正&quot;<\/formula1>/);
    expect(xml).toMatch(/<hyperlink ref="D2" location="(&apos;|')自评表(&apos;|')!G8"( display="G8")?\/>/);
    expect(rels).not.toContain("hyperlink");
    // ExcelJS 4.4.0 itself reads only links with a relationship: to it, D2 is plain text now.
    expect((await load(out)).getWorksheet(REVIEW_SHEET)!.getCell("D2").value).toBe("G8");
  });

  test("running twice on an unchanged workbook changes nothing", async () => {
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await scoreFile(input, once, sampleEvaluation(), { formulas: true });
    const p2 = await scoreFile(once, twice, sampleEvaluation(), { formulas: true, now: LATER });
    expect(p2.clears).toEqual([]);
    const [a, b] = [await load(once), await load(twice)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) expect(diffSheets(ws, b.getWorksheet(ws.name)!)).toEqual([]);
    // The sheets' XML, byte for byte.
    const [za, zb] = [await parts(once), await parts(twice)];
    for (const ws of a.worksheets) expect((await sheetXml(zb, ws.name)).xml).toBe((await sheetXml(za, ws.name)).xml);
  });

  test("undo returns every cell to the original — values, formulas, styles, fills and notes — and removes the own sheets", async () => {
    const once = path.join(dir, "u-once.xlsx");
    const twice = path.join(dir, "u-twice.xlsx");
    const undone = path.join(dir, "undone.xlsx");
    await scoreFile(input, once, sampleEvaluation(), { formulas: true });
    await scoreFile(once, twice, sampleEvaluation({ flags: sampleFlags().filter((f) => f.cell !== "H10") }), { now: LATER });
    await undoFile(twice, undone);
    const [a, b] = [await load(input), await load(undone)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      expect(diffSheets(ws, b.getWorksheet(ws.name)!)).toEqual([]);
      expect(tables(b.getWorksheet(ws.name)!)).toEqual(tables(ws));
    }
    const ws = b.getWorksheet(SHEET)!;
    expect(ws.getCell("D3").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { theme: 5, tint: 0.4 }, bgColor: { indexed: 64 } });
    expect(ws.getCell("G8").note).toBe("请核实得分");
    for (const c of [10, 11, 12]) expect(ws.getColumn(c).width).toBeUndefined();
  });

  test("filled 得分 cells are undone, the rest of the user's column untouched", async () => {
    const spec = sampleSheet();
    spec.rows[8][6] = null; // G9 empty
    const blank = await save(sampleWorkbook(spec), path.join(dir, "blank-score.xlsx"));
    const filled = path.join(dir, "filled.xlsx");
    const undone = path.join(dir, "filled-undone.xlsx");
    await scoreFile(blank, filled, sampleEvaluation(), { fillScores: true });
    expect((await load(filled)).getWorksheet(SHEET)!.getCell("G9").value).toBe(20);
    await undoFile(filled, undone);
    const [a, b] = [await load(blank), await load(undone)];
    for (const ws of a.worksheets) expect(diffSheets(ws, b.getWorksheet(ws.name)!)).toEqual([]);
  });

  test("a plan naming a sheet the workbook does not have writes nothing", async () => {
    const port = await open(input);
    const before = port.save();
    const p: WritePlan = {
      blocks: [{ sheet: SHEET, top: 0, left: 20, values: [["x"]] }],
      marks: [{ sheet: "已删除", cell: "A1", severity: "error", fill: "#F8D7DA", note: "n" }],
      restores: [], sheets: [{ name: REVIEW_SHEET, values: [["x"]] }], clears: [], deleteSheets: [], columnWidths: [], rowHeights: [],
    };
    await expect(port.apply(p)).rejects.toEqual(new MissingSheetsError(["已删除"]));
    expect(Buffer.from(port.save()).equals(Buffer.from(before))).toBe(true);
  });
});

describe("reading a sheet into a grid", () => {
  test("fills and notes of every cell, empty ones included; exact looks where a colour cannot say it", async () => {
    const grid = (await (await open(input)).read()).find((g) => g.sheet === SHEET)!;
    expect(grid.fills?.[7]?.[6]).toBe("#FFFF00");
    expect(grid.notes?.[7]?.[6]).toBe("请核实得分");
    expect(grid.fills?.[9]?.[7]).toBe("#E2EFDA"); // H10 has no value
    expect(grid.values[9][7] ?? null).toBeNull();
    expect(grid.notes?.[2]?.[3]).toBe("财务科:\n含结转资金");
    expect(parseLookRaw(grid.looks?.[2]?.[3])?.fill).toMatch(/<fgColor theme="5"/);
    expect(grid.colWidths?.[2]).toBe(16);
  });

  test("a note on an empty, unstyled cell (which ExcelJS drops on load) is kept", async () => {
    const detail = async (file: string) => (await (await open(file)).read()).find((g) => g.sheet === DETAIL_SHEET)!;
    expect((await detail(input)).notes?.[0]?.[3]).toBe("按月汇总");
    const out = path.join(dir, "scored-empty-note.xlsx");
    await scoreFile(input, out, sampleEvaluation());
    expect((await detail(out)).notes?.[0]?.[3]).toBe("按月汇总");
  });
});
