/**
 * The package reader against today's ExcelJS path (openXlsx + PackagePort.read), on every workbook the
 * repository holds or its test builders make: the grids are the same, field for field, except
 * - `looks`: each adapter keeps its own exact record (ExcelJS's model vs the package's XML), compared here by
 *   what it stands for: the same cells have one, and the plain fill and note beside it are the same;
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
import { PackagePort, openPackage } from "../../../src/workbook/xlsx/package/package-port";
import { checkPackage } from "../../../src/workbook/xlsx/limits";
import { generatedRows } from "../../../src/bench/generate";
import { writeXlsx } from "../../../src/workbook/xlsx/file";
import { REAL_FORMS } from "../../fixtures/real/forms";
import { writeRealForm } from "../../fixtures/real/build";
import { sampleEvaluation } from "../../plan/fixtures";
import { sampleWorkbook } from "../book";
import { excelExtrasBook } from "../excel-extras";
import { openpyxlBook } from "../openpyxl-book";
import { libreOfficeBook } from "../real-book";
import { save, scoreFile, tmpDir, undoFile } from "../scoring";
import { hasSoffice } from "../../support/libreoffice";

const ROOT = path.join(__dirname, "..", "..", "..");

async function exceljsGrids(file: string, data: Uint8Array): Promise<Grid[]> {
  const r = await openPackage(file, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.port.read();
}

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
      const look = JSON.parse(raw.slice("exceljs:".length)) as { fill?: unknown; note?: unknown };
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
};
type Wrong = keyof typeof EXCELJS_WRONG;

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
        Wrong,
        (typeof EXCELJS_WRONG)[Wrong],
      ][])
        if (applies(ours, theirs, r, c)) {
          (found[kind] ??= []).push(`${ours.sheet}!${r},${c}`);
          if (kind === "falsyFormulaResult") theirs.values[r][c] = ours.values[r][c];
          if (kind === "sharedFollowerFormula")
            (theirs.formulas as (string | undefined)[][])[r][c] = ours.formulas?.[r]?.[c];
        }
  }
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
  const theirs = await exceljsGrids(file, data);
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

describe("readGrids gives what the ExcelJS path gives", () => {
  test("on every sample in assets/samples", async () => {
    const files = await samples();
    expect(files.length).toBeGreaterThanOrEqual(11);
    expect(await compareAll(files)).toEqual({});
  });
});

/** Books the test builders make, and what a run writes (a scored copy, an undone one, a second run's). */
const BUILT: [string, () => Promise<string>][] = [
  [
    "the sample workbook (tests/xlsx/book.ts)",
    () => save(sampleWorkbook(), path.join(dir, "book.xlsx")),
  ],
  [
    "an openpyxl workbook with a chart, a picture and a note",
    async () => {
      const file = path.join(dir, "openpyxl.xlsx");
      await fs.writeFile(file, openpyxlBook());
      return file;
    },
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
      await fs.writeFile(file, await writeXlsx(wb));
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

/** The differences each built book shows (EXCELJS_WRONG), worked out by hand from what it holds. */
const KNOWN: Record<string, Record<string, Partial<Record<Wrong, string[]>>>> = {
  "scored copies (values, formulas), their undo, and a second run over a scored copy": {
    // In formula mode the deduction column K holds ROUND(D-J,2). K9: weight D9 20, score J9 =
    // ROUND(MIN(1,MAX(0,F9/E9))*D9,2) = 100/100 × 20 = 20, so K9 = 0; K11: 完成值 92% ≥ 指标值 90%, full 30 of
    // 30, so K11 = 0. Both cached results are 0, which ExcelJS reads as empty.
    "run-formulas.xlsx 自评表": { falsyFormulaResult: ["自评表!8,10", "自评表!10,10"] },
  },
};

describe("readGrids gives what the ExcelJS path gives, on built books", () => {
  test.each(BUILT)("%s", async (name, make) => {
    expect(await compareAll((await make()).split("\n"))).toEqual(KNOWN[name] ?? {});
  });

  (hasSoffice() ? test : test.skip)("the fixture as LibreOffice saves it", async () => {
    expect(await compareAll([await libreOfficeBook(dir)])).toEqual({});
  });
});
