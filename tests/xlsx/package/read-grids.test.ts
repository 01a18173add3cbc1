/**
 * The package reader against ExcelJS's reading of the same file (tests/support/exceljs-grids.ts, an oracle kept
 * for this test only), on every workbook the repository holds or its test builders make: the grids are the
 * same, field for field, except
 * - `looks`: each keeps its own exact record (ExcelJS's model vs the package's XML), compared here by what it
 *   stands for: the same cells have one, and the plain fill and note beside it are the same;
 * - the cases listed in EXCELJS_WRONG below, where ExcelJS reads the file otherwise than a spreadsheet shows
 *   it. Each is asserted to be the difference it says, on the cell it names, never skipped silently.
 */

import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import type { Grid } from "../../../src/engine/grid";
import { readGrids } from "../../../src/workbook/xlsx/package/read-sheet";
import { parseLookRaw } from "../../../src/workbook/xlsx/package/cell-look";
import { fillColour } from "../../../src/workbook/xlsx/package/styles-part";
import { checkPackage } from "../../../src/workbook/xlsx/limits";
import { generatedRows } from "../../../src/bench/generate";
import { REAL_FORMS } from "../../fixtures/real/forms";
import { writeRealForm } from "../../fixtures/real/build";
import { isFormula, sampleEvaluation, sampleSheet } from "../../plan/fixtures";
import { sampleWorkbook } from "../book";
import { excelExtrasBook } from "../excel-extras";
import { OPENPYXL_NOTE, openpyxlBook } from "../openpyxl-book";
import { libreOfficeBook } from "../real-book";
import { save, scoreFile, tmpDir, undoFile } from "../scoring";
import { ORACLE_LOOK, exceljsGrids } from "../../support/exceljs-grids";
import { convert, hasSoffice } from "../../support/libreoffice";
import { themeFill } from "../book";
import { bookBytes } from "./hand-book";

const ROOT = path.join(__dirname, "..", "..", "..");

async function packageGrids(file: string, data: Uint8Array): Promise<Grid[]> {
  const r = await checkPackage(file, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return readGrids(r.parts);
}

/** The grid without its raw looks: each adapter keeps its own (ExcelJS's model, the package's XML). */
function withoutRaw(grid: Grid): Grid {
  const { looks: _looks, ...rest } = grid;
  return rest;
}

/**
 * The raw looks by what they stand for. Ours say what the plain look beside them says (the fill's colour,
 * the note's text). Where ExcelJS kept a record for a note, or for a fill no colour says, ours keeps one too.
 * (Where ExcelJS's fill record is a solid colour, ours may have none: the package adapter writes that colour
 * back exactly; and ours keeps one for every note, whose author the plain look loses.)
 */
function checkRawLooks(ours: Grid, theirs: Grid): void {
  ours.looks?.forEach((row, r) =>
    row?.forEach((raw, c) => {
      if (raw === undefined) return;
      const look = parseLookRaw(raw);
      expect(look).not.toBeNull();
      if (look?.fill !== undefined) expect(fillColour(look.fill)).toBe(ours.fills?.[r]?.[c]);
      if (look?.note !== undefined) expect(ours.notes?.[r]?.[c]).toBeDefined();
      expect(look?.fill !== undefined || look?.note !== undefined).toBe(true);
    })
  );
  theirs.looks?.forEach((row, r) =>
    row?.forEach((raw, c) => {
      if (raw === undefined) return;
      const look = JSON.parse(raw.slice(ORACLE_LOOK.length)) as { fill?: unknown; note?: unknown };
      const needed =
        look.note !== undefined || (look.fill !== undefined && ours.fills?.[r]?.[c] === undefined);
      if (needed) expect([r, c, parseLookRaw(ours.looks?.[r]?.[c])]).not.toEqual([r, c, null]);
    })
  );
}

/**
 * Where ExcelJS reads a file otherwise than a spreadsheet shows it. Each difference found is one of these
 * kinds, on a cell named in the result; the ExcelJS grid is corrected there so the rest still compares.
 */
const EXCELJS_WRONG = {
  /**
   * A formula whose cached result is 0, FALSE or "" reads as an empty cell: ExcelJS's FormulaValue copies
   * only truthy fields of its model (`_copyModel`), so `cell.value.result` is lost. The spreadsheet shows 0.
   */
  falsyFormulaResult: (ours: Grid, theirs: Grid, r: number, c: number) =>
    theirs.values[r]?.[c] === null &&
    ours.formulas?.[r]?.[c] !== undefined &&
    [0, false, ""].includes(ours.values[r]?.[c] as never),
  /**
   * A shared formula's other cells: ExcelJS gives the first cell's address as their formula (its
   * `sharedFormula`); the cell's own formula is the first one's with its relative references moved.
   */
  sharedFollowerFormula: (ours: Grid, theirs: Grid, r: number, c: number) =>
    /^[A-Z]{1,3}\d+$/.test(theirs.formulas?.[r]?.[c] ?? "") &&
    ours.formulas?.[r]?.[c] !== undefined &&
    ours.formulas?.[r]?.[c] !== theirs.formulas?.[r]?.[c],
  /**
   * A number format with escaped characters (LibreOffice writes `yyyy\年m\月d\日`, `yyyy\-mm\-dd`):
   * ExcelJS takes every backslash out of the code, which changes what some formats mean (`0.0\%` shows a
   * literal % and does not scale by 100; `0.0%` does). The grid keeps the code as written.
   */
  escapedFormat: (ours: Grid, theirs: Grid, r: number, c: number) => {
    const a = ours.formats?.[r]?.[c];
    const b = theirs.formats?.[r]?.[c];
    return a !== undefined && a !== b && a.replace(/\\(.)/g, "$1") === b;
  },
  /**
   * A 1904 workbook whose <workbookPr> says date1904="true" (LibreOffice writes it so; xsd:boolean allows
   * "true" and "1"): ExcelJS takes only "1", counts from 1900, and every date comes out 1,462 days early.
   */
  date1904True: (ours: Grid, theirs: Grid, r: number, c: number) => {
    const [a, b] = [ours.values[r]?.[c], theirs.values[r]?.[c]];
    if (typeof a !== "string" || typeof b !== "string" || !/^\d{4}-\d\d-\d\d$/.test(a))
      return false;
    return (Date.parse(a) - Date.parse(b)) / 86_400_000 === 1462;
  },
  /**
   * A zh-CN built-in number format (ids 27–36 and 50–58, e.g. 31 = yyyy"年"m"月"d"日", which Chinese Excel
   * writes without a <numFmt>): ExcelJS knows none of them, so the cell has no format and its date stays a
   * serial number.
   */
  localeBuiltInFormat: (ours: Grid, theirs: Grid, r: number, c: number) =>
    ours.formats?.[r]?.[c] !== undefined && theirs.formats?.[r]?.[c] === undefined,
  /** A cell typed t="d" (an ISO date, ECMA-376 18.18.11): ExcelJS parses "2024-03-01…" as the number 2024. */
  isoDateCell: (ours: Grid, theirs: Grid, r: number, c: number) => {
    const a = ours.values[r]?.[c];
    return typeof a === "string" && theirs.values[r]?.[c] === Number(a.slice(0, 4));
  },
  /**
   * A number in a cell with a link: ExcelJS makes the cell a link whose text is the number, and a link's text
   * was read only when it is a string, so the cell came out empty.
   */
  linkedNumber: (ours: Grid, theirs: Grid, r: number, c: number) =>
    theirs.values[r]?.[c] === null &&
    typeof ours.values[r]?.[c] === "number" &&
    ours.formulas?.[r]?.[c] === undefined,
};
type Wrong = keyof typeof EXCELJS_WRONG | "columnWithoutWidth" | "lostNote";

/** The differences of each kind, by sheet!row,col (0-based); `theirs` corrected there. */
function explainDifferences(ours: Grid, theirs: Grid): Partial<Record<Wrong, string[]>> {
  const found: Partial<Record<Wrong, string[]>> = {};
  const rows = Math.max(ours.values.length, theirs.values.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(
      ours.values[r]?.length ?? 0,
      theirs.values[r]?.length ?? 0,
      ours.formulas?.[r]?.length ?? 0
    );
    for (let c = 0; c < width; c++)
      for (const [kind, applies] of Object.entries(EXCELJS_WRONG) as [
        keyof typeof EXCELJS_WRONG,
        (ours: Grid, theirs: Grid, r: number, c: number) => boolean,
      ][])
        if (applies(ours, theirs, r, c)) {
          (found[kind] ??= []).push(`${ours.sheet}!${r},${c}`);
          if (["falsyFormulaResult", "date1904True", "isoDateCell", "linkedNumber"].includes(kind))
            theirs.values[r][c] = ours.values[r][c];
          if (kind === "localeBuiltInFormat") {
            theirs.values[r][c] = ours.values[r][c];
            (theirs.formats as (string | undefined)[][])[r] ??= [];
            (theirs.formats as (string | undefined)[][])[r][c] = ours.formats?.[r]?.[c];
          }
          if (kind === "escapedFormat")
            (theirs.formats as (string | undefined)[][])[r][c] = ours.formats?.[r]?.[c];
          if (kind === "sharedFollowerFormula")
            (theirs.formulas as (string | undefined)[][])[r][c] = ours.formulas?.[r]?.[c];
        }
  }
  // A note on a cell without a <c> element (Excel and ExcelJS write none for an empty unstyled cell): ExcelJS
  // attaches notes only to cells it has, so the note is gone. (The retired adapter put such notes back.)
  ours.notes?.forEach((row, r) =>
    row?.forEach((note, c) => {
      if (note === undefined || theirs.notes?.[r]?.[c] !== undefined) return;
      (found.lostNote ??= []).push(`${ours.sheet}!${r},${c}`);
      ((theirs.notes as (string | undefined)[][])[r] ??= [])[c] = note;
    })
  );
  // A <col> without a width: ExcelJS gives it its own default of 9 characters; the sheet sets none.
  theirs.colWidths?.forEach((w, c) => {
    if (w === 9 && ours.colWidths?.[c] === undefined) {
      (found.columnWithoutWidth ??= []).push(`${ours.sheet}!col ${c}`);
      (theirs.colWidths as (number | undefined)[])[c] = undefined;
    }
  });
  return found;
}

let dir: string;
beforeAll(async () => {
  dir = await tmpDir("jixiao-read-grids-");
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function samples(): Promise<string[]> {
  const top = path.join(ROOT, "assets", "samples");
  const layouts = path.join(top, "layouts");
  const names = [
    ...(await fs.readdir(top)).filter((n) => n.endsWith(".xlsx")).map((n) => path.join(top, n)),
    ...(await fs.readdir(layouts))
      .filter((n) => n.endsWith(".xlsx"))
      .map((n) => path.join(layouts, n)),
  ];
  return names.sort();
}

async function compare(file: string) {
  const data = new Uint8Array(await fs.readFile(file));
  const theirs = await exceljsGrids(data);
  const ours = await packageGrids(file, data);
  expect(ours.map((g) => g.sheet)).toEqual(theirs.map((g) => g.sheet));
  return { ours, theirs };
}

/**
 * Each file's grids, ours against ExcelJS's: equal once the listed ExcelJS errors are corrected. Returns the
 * errors found, by file and sheet.
 */
async function compareAll(
  files: string[]
): Promise<Record<string, Partial<Record<Wrong, string[]>>>> {
  const differences: Record<string, Partial<Record<Wrong, string[]>>> = {};
  for (const file of files) {
    const { ours, theirs } = await compare(file);
    ours.forEach((g, i) => {
      const found = explainDifferences(g, theirs[i]);
      if (Object.keys(found).length) differences[`${path.basename(file)} ${g.sheet}`] = found;
      checkRawLooks(g, theirs[i]);
      expect(withoutRaw(g)).toEqual(withoutRaw(theirs[i]));
    });
  }
  return differences;
}

describe("readGrids gives what ExcelJS reads", () => {
  test("on every sample in assets/samples", async () => {
    const files = await samples();
    expect(files.length).toBeGreaterThanOrEqual(11);
    expect(await compareAll(files)).toEqual({});
  });
});

/**
 * A book with one of each thing a grid holds, written by ExcelJS: dates (a 年月日 format and ExcelJS's
 * default), booleans, errors, formulas with number, date, boolean and text results, rich text, a link, a
 * percentage, merged cells, a hidden row and column, widths and a height, a rich note, a theme and a plain fill.
 */
function featuresBook(date1904: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("特性");
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 30.5;
  ws.getColumn(3).hidden = true;
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  ws.getCell("A1").value = day(2024, 1, 15);
  ws.getCell("A1").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("A2").value = day(2023, 12, 31);
  ws.getCell("B1").value = true;
  ws.getCell("B2").value = false;
  ws.getCell("C1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("C2").value = 3;
  ws.getCell("D1").value = { formula: "A1+1", result: day(2024, 1, 16) };
  ws.getCell("D1").numFmt = "yyyy-mm-dd";
  ws.getCell("D2").value = { formula: "B1", result: true };
  ws.getCell("D3").value = { formula: '"x"&"y"', result: "xy" };
  ws.getCell("D4").value = { formula: "C2*2", result: 6 };
  ws.getCell("E1").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
  ws.getCell("E2").value = { text: "链接", hyperlink: "https://example.invalid/" };
  ws.getCell("F1").value = 0.925;
  ws.getCell("F1").numFmt = "0.0%";
  ws.getCell("G1").value = "合并";
  ws.mergeCells("G1:H2");
  ws.getCell("A3").value = "隐藏行";
  ws.getRow(3).hidden = true;
  ws.getRow(4).height = 28.5;
  ws.getCell("A4").value = "高行";
  ws.getCell("A4").fill = themeFill(4, 0.6);
  ws.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  ws.getCell("B2").note = {
    texts: [{ font: { bold: true }, text: "注：" }, { text: "富文本批注" }],
  };
  return wb;
}

/** Books the test builders make, and what a run writes (a scored copy, an undone one, a second run's). */
const BUILT: [string, () => Promise<string>][] = [
  [
    "the sample workbook (tests/xlsx/book.ts)",
    () => save(sampleWorkbook(), path.join(dir, "book.xlsx")),
  ],
  ["the sample with Excel's extra parts", () => excelExtrasBook(path.join(dir, "extras.xlsx"))],
  [
    "every transcribed real form",
    async () => {
      const files = await Promise.all(
        REAL_FORMS.map(async (form, i) => {
          const file = path.join(dir, `real-${i}.xlsx`);
          await writeRealForm(form, file);
          return file;
        })
      );
      return files.join("\n");
    },
  ],
  [
    "the 1,000-row bench workbook",
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("自评表");
      for (const r of generatedRows(1000)) ws.addRow(r);
      const file = path.join(dir, "bench-1000.xlsx");
      await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
      return file;
    },
  ],
  [
    "one of each thing a grid holds (ExcelJS)",
    () => save(featuresBook(false), path.join(dir, "features.xlsx")),
  ],
  [
    "the same in a 1904 workbook",
    () => save(featuresBook(true), path.join(dir, "features-1904.xlsx")),
  ],
  [
    "shared formulas, as Excel writes a formula filled down and across",
    async () => {
      const file = path.join(dir, "shared-formulas.xlsx");
      await fs.writeFile(
        file,
        bookBytes({
          sheets: [
            {
              name: "共享公式",
              rows:
                '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>10</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*B1</f><v>10</v></c><c r="D1"><f t="shared" ref="D1:E1" si="1">$A1+C1</f><v>11</v></c><c r="E1"><f t="shared" si="1"/><v>21</v></c></row>' +
                '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>40</v></c></row>' +
                '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>30</v></c><c r="C3"><f t="shared" si="0"/><v>90</v></c></row>',
            },
          ],
        })
      );
      return file;
    },
  ],
  [
    "what ExcelJS misreads: a zh-CN built-in date format, an ISO date cell, a linked number, a <col> without width",
    async () => {
      const file = path.join(dir, "misread.xlsx");
      await fs.writeFile(
        file,
        bookBytes({
          xfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>',
          sheets: [
            {
              name: "误读",
              cols: '<col min="4" max="4" hidden="1"/>',
              rows: '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" t="d"><v>2024-03-01T00:00:00</v></c><c r="C1"><v>42</v></c><c r="D1"><v>1</v></c></row>',
              links: [{ ref: "C1", target: "https://example.invalid/42" }],
            },
          ],
        })
      );
      return file;
    },
  ],
  [
    "scored copies (values, formulas), their undo, and a second run over a scored copy",
    async () => {
      const input = await save(sampleWorkbook(), path.join(dir, "run-in.xlsx"));
      const values = path.join(dir, "run-values.xlsx");
      const formulas = path.join(dir, "run-formulas.xlsx");
      const undone = path.join(dir, "run-undone.xlsx");
      const again = path.join(dir, "run-again.xlsx");
      await scoreFile(input, values, sampleEvaluation());
      await scoreFile(input, formulas, sampleEvaluation(), { formulas: true });
      await undoFile(values, undone);
      await scoreFile(values, again, sampleEvaluation());
      return [values, formulas, undone, again].join("\n");
    },
  ],
];

/** The sample book's note on 明细!D1, a cell with no value (tests/xlsx/book.ts): no <c> holds it. */
const DETAIL_NOTE = { lostNote: ["明细!0,3"] };

/** The differences each built book shows (EXCELJS_WRONG), worked out by hand from what it holds. */
const KNOWN: Record<string, Record<string, Partial<Record<Wrong, string[]>>>> = {
  "the sample workbook (tests/xlsx/book.ts)": { "book.xlsx 明细": DETAIL_NOTE },
  "the sample with Excel's extra parts": { "extras.xlsx 明细": DETAIL_NOTE },
  "scored copies (values, formulas), their undo, and a second run over a scored copy": {
    "run-values.xlsx 明细": DETAIL_NOTE,
    "run-undone.xlsx 明细": DETAIL_NOTE,
    "run-again.xlsx 明细": DETAIL_NOTE,
    "run-formulas.xlsx 明细": DETAIL_NOTE,
    // In formula mode the deduction column K holds ROUND(D-J,2). K9: weight D9 20, score J9 =
    // ROUND(MIN(1,MAX(0,F9/E9))*D9,2) = 100/100 × 20 = 20, so K9 = 0; K11: 完成值 92% ≥ 指标值 90%, full 30 of
    // 30, so K11 = 0. Both cached results are 0, which ExcelJS reads as empty.
    "run-formulas.xlsx 自评表": { falsyFormulaResult: ["自评表!8,10", "自评表!10,10"] },
  },
  "what ExcelJS misreads: a zh-CN built-in date format, an ISO date cell, a linked number, a <col> without width":
    {
      // A1: 45292 in built-in format 31 is 2024年1月1日; B1: t="d" 2024-03-01; C1: 42 with a link; column D
      // is hidden and sets no width
      "misread.xlsx 误读": {
        localeBuiltInFormat: ["误读!0,0"],
        isoDateCell: ["误读!0,1"],
        linkedNumber: ["误读!0,2"],
        columnWithoutWidth: ["误读!col 3"],
      },
    },
  "shared formulas, as Excel writes a formula filled down and across": {
    // C2 and C3 continue C1's A1*B1 down (A2*B2, A3*B3), E1 continues D1's $A1+C1 across ($A1+D1):
    // ExcelJS gives each of them the first cell's address ("C1", "D1") as its formula
    "shared-formulas.xlsx 共享公式": {
      sharedFollowerFormula: ["共享公式!0,4", "共享公式!1,2", "共享公式!2,2"],
    },
  },
};

describe("a book ExcelJS cannot read", () => {
  /**
   * The openpyxl book (its drawing in the default namespace): ExcelJS fails on it, so the reader is checked
   * against what openpyxl-book.ts put in, sampleSheet()'s cells: every value and formula where it wrote them
   * (a formula with an empty cached value, read as no value), its merges, and the note on I9.
   */
  test("openpyxl's: ExcelJS fails, the package reader gives the cells the book was made of", async () => {
    const data = openpyxlBook();
    await expect(exceljsGrids(data)).rejects.toThrow(/anchors/);
    const [grid] = await packageGrids("openpyxl.xlsx", data);
    const spec = sampleSheet();
    expect(grid.sheet).toBe(spec.name);
    const cells: string[] = [];
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const [value, formula] = isFormula(v) ? [null, v.formula] : [v, undefined];
        if (grid.values[r]?.[c] !== value || grid.formulas?.[r]?.[c] !== formula)
          cells.push(
            `${r},${c}: ${JSON.stringify([grid.values[r]?.[c], grid.formulas?.[r]?.[c]])}`
          );
      })
    );
    expect(cells).toEqual([]);
    expect(grid.merges.length).toBe(spec.merges.length);
    expect(grid.notes?.[8]?.[8]).toBe(OPENPYXL_NOTE);
  });
});

describe("readGrids gives what ExcelJS reads, on built books", () => {
  test.each(BUILT)("%s", async (name, make) => {
    expect(await compareAll((await make()).split("\n"))).toEqual(KNOWN[name] ?? {});
  });

  (hasSoffice() ? test : test.skip)("the fixture as LibreOffice saves it", async () => {
    // LibreOffice, too, writes no <c> for the empty D1 that holds the note
    expect(await compareAll([await libreOfficeBook(dir)])).toEqual({
      "lo-book.xlsx 明细": DETAIL_NOTE,
    });
  });

  (hasSoffice() ? test : test.skip)(
    "the book of each thing, and its 1904 twin, as LibreOffice saves them",
    async () => {
      const inputs = [
        await save(featuresBook(false), path.join(dir, "lo-features.xlsx")),
        await save(featuresBook(true), path.join(dir, "lo-features-1904.xlsx")),
      ];
      const r = await convert(inputs, "xlsx", path.join(dir, "lo-out"));
      expect(r.code).toBe(0);
      // LibreOffice writes the 年月日 (A1) and yyyy-mm-dd (D1) formats with their literals escaped, and
      // FALSE in B2 as the formula FALSE() with its result 0; in the 1904 twin it says date1904="true", so
      // ExcelJS misdates A1, D1 (=A1+1) and A2, the three dates of the book.
      const lo = {
        escapedFormat: ["特性!0,0", "特性!0,3"],
        falsyFormulaResult: ["特性!1,1"],
      };
      expect(await compareAll(r.outputs)).toEqual({
        "lo-features.xlsx 特性": lo,
        "lo-features-1904.xlsx 特性": { ...lo, date1904True: ["特性!0,0", "特性!0,3", "特性!1,0"] },
      });
    }
  );
});
