/**
 * The package editor on workbooks other programs wrote, with plans from the real engine: the repo's sample
 * scored by runScoring gives, sheet for sheet, what today's ExcelJS path gives; a workbook saved by LibreOffice
 * and one whose SpreadsheetML carries a prefix are edited in place; LibreOffice opens every output.
 */

import { existsSync, promises as fs, readFileSync, readdirSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { planUndo } from "../../../src/engine/plan";
import { getPreset } from "../../../src/engine/ruleset";
import { type WritePlan, emptyPlan } from "../../../src/engine/plan/types";
import { runScoring } from "../../../src/workbook/run";
import { notesOf, sheetParts } from "../../../src/workbook/xlsx/package-xml";
import { applyToSheet, sheetPlanOf } from "../../../src/workbook/xlsx/package/edit-sheet";
import { lookRaw } from "../../../src/workbook/xlsx/package/cell-look";
import { XlsxWorkbookPort, openXlsx, toXlsxBytes } from "../../../src/workbook/xlsx/port";
import { partText, unzipParts, zipParts } from "../../../src/workbook/xlsx/zip-parts";
import { convert, hasSoffice } from "../../support/libreoffice";
import { diffSheets } from "../compare";
import { tmpDir } from "../scoring";
import {
  SHEET,
  cellOf,
  excelRead,
  finishStyles,
  handPlan,
  openParts,
  rowsOf,
  userBook,
} from "./edit-book";

const SAMPLE = path.join(__dirname, "../../../assets/samples/sample.xlsx");
const NOW = "2026-01-01T00:00:00.000Z";
const describeLO = hasSoffice() ? describe : describe.skip;
if (!hasSoffice())
  console.warn("LibreOffice (soffice) is not installed: the LibreOffice tests are skipped");

/** The sample scored through today's ExcelJS port; the plan it applied, and its output. */
async function scoredByExcelJS(
  bytes: Uint8Array,
  options: { formulas?: boolean } = {}
): Promise<{ plan: WritePlan; output: Uint8Array }> {
  const opened = await openXlsx("sample.xlsx", bytes);
  if (!opened.ok) throw new Error(`does not open: ${JSON.stringify(opened.problem)}`);
  const port = new XlsxWorkbookPort(opened.workbook);
  let captured: WritePlan | undefined;
  const capturing = {
    read: () => port.read(),
    apply: async (p: WritePlan) => {
      captured = p;
      await port.apply(p);
    },
  };
  const ruleSet = getPreset("national-2020");
  if (!ruleSet) throw new Error("no preset");
  const outcome = await runScoring(capturing, ruleSet, {
    file: "sample.xlsx",
    ruleSetName: ruleSet.name,
    lang: "zh-CN",
    now: NOW,
    ...options,
  });
  if (!outcome.ok || !captured) throw new Error(`does not score: ${JSON.stringify(outcome)}`);
  return { plan: captured, output: await toXlsxBytes(port.workbook) };
}

/** The plan's user-sheet items applied to the package, sheet by sheet. */
function scoredByPackage(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  const o = openParts(bytes, sheetParts(unzipParts(bytes)).keys().next().value as string);
  const paths = sheetParts(o.parts);
  const names = new Set(
    [
      plan.blocks,
      plan.marks,
      plan.restores,
      plan.clears,
      plan.columnWidths,
      plan.rowHeights,
    ].flatMap((l) => l.map((x) => x.sheet))
  );
  for (const name of names)
    applyToSheet(o.parts, o.styles, paths.get(name)!, sheetPlanOf(plan, name));
  finishStyles(o);
  return zipParts(o.parts);
}

/** A solid fill's bgColor means nothing: solidFillXml writes indexed 64 as Excel does, ExcelJS writes none. */
function sameButBgColor(diff: string): boolean {
  const bg = ',"bgColor":{"indexed":64}';
  const [before, after] = diff.split(" ≠ ");
  return (
    before
      .slice(before.indexOf(": ") + 2)
      .split(bg)
      .join("") === after.split(bg).join("")
  );
}

function sizes(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let c = 1; c <= 30; c++) out.push(`col ${c}: ${ws.getColumn(c).width ?? "-"}`);
  for (let r = 1; r <= ws.rowCount; r++) out.push(`row ${r}: ${ws.findRow(r)?.height ?? "-"}`);
  return out;
}

describe("the real engine's plan on the repo's sample", () => {
  test.each([false, true])(
    "gives each user sheet what the ExcelJS path gives (formula mode %s)",
    async (formulas) => {
      const input = new Uint8Array(readFileSync(SAMPLE));
      const { plan, output } = await scoredByExcelJS(input, { formulas });
      expect(plan.blocks.length).toBeGreaterThan(0);
      expect(plan.marks.length).toBeGreaterThan(0);
      const ours = await excelRead(scoredByPackage(input, plan));
      const theirs = await excelRead(output);
      for (const name of new Set(plan.blocks.map((b) => b.sheet))) {
        const a = theirs.getWorksheet(name)!;
        const b = ours.getWorksheet(name)!;
        expect(diffSheets(a, b).filter((d) => !sameButBgColor(d))).toEqual([]);
        expect(sizes(b)).toEqual(sizes(a));
      }
    }
  );

  const samples = [
    ...readdirSync(path.dirname(SAMPLE)).filter((f) => f.endsWith(".xlsx") && f !== "sample.xlsx"),
    ...readdirSync(path.join(path.dirname(SAMPLE), "layouts")).map((f) => path.join("layouts", f)),
  ];
  test.each(samples)("%s: each user sheet as the ExcelJS path writes it", async (file) => {
    const input = new Uint8Array(readFileSync(path.join(path.dirname(SAMPLE), file)));
    const { plan, output } = await scoredByExcelJS(input);
    expect(plan.blocks.length).toBeGreaterThan(0);
    const ours = await excelRead(scoredByPackage(input, plan));
    const theirs = await excelRead(output);
    for (const name of new Set(plan.blocks.map((b) => b.sheet))) {
      expect(
        diffSheets(theirs.getWorksheet(name)!, ours.getWorksheet(name)!).filter(
          (d) => !sameButBgColor(d)
        )
      ).toEqual([]);
      expect(sizes(ours.getWorksheet(name)!)).toEqual(sizes(theirs.getWorksheet(name)!));
    }
  });

  test("undo planned from the scored copy gives each user sheet back as it was", async () => {
    const input = new Uint8Array(readFileSync(SAMPLE));
    const { plan, output } = await scoredByExcelJS(input);
    const scored = scoredByPackage(input, plan);
    // the undo state lives in an own sheet, which the ExcelJS path wrote: the grids read from its copy
    // hold the same user sheets as ours (the test above), so they plan the same undo
    const opened = await openXlsx("scored.xlsx", output);
    if (!opened.ok) throw new Error("scored copy does not open");
    const undo = planUndo(await new XlsxWorkbookPort(opened.workbook).read());
    expect(undo.restores.length).toBe(plan.marks.length);
    expect(undo.clears.length).toBeGreaterThan(0);
    const undone = await excelRead(scoredByPackage(scored, undo));
    const original = await excelRead(input);
    for (const name of new Set(plan.blocks.map((b) => b.sheet))) {
      expect(diffSheets(original.getWorksheet(name)!, undone.getWorksheet(name)!)).toEqual([]);
      expect(sizes(undone.getWorksheet(name)!)).toEqual(sizes(original.getWorksheet(name)!));
    }
  });

  test("every part but the sheets written, styles and notes byte-identical; a re-run adds nothing", async () => {
    const input = new Uint8Array(readFileSync(SAMPLE));
    const { plan } = await scoredByExcelJS(input);
    const once = scoredByPackage(input, plan);
    const a = unzipParts(input);
    const b = unzipParts(once);
    const written = new Set(
      [...new Set(plan.blocks.map((x) => x.sheet))].map((n) => sheetParts(a).get(n))
    );
    for (const [name, bytes] of a) {
      if (written.has(name) || name === "xl/styles.xml") continue;
      if (/comments|vmlDrawing|\.rels$|Content_Types/.test(name)) continue; // the notes and their wiring
      expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const twice = unzipParts(scoredByPackage(once, plan));
    for (const [name, bytes] of b)
      expect([name, Buffer.from(twice.get(name)!).equals(Buffer.from(bytes))]).toEqual([
        name,
        true,
      ]);
    expect([...twice.keys()]).toEqual([...b.keys()]);
  });
});

/** The sheet part with every SpreadsheetML element prefixed x: (as some export systems write). */
function prefixed(xml: string): string {
  return xml
    .replace(
      /<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g,
      (_, slash: string, name: string) => `<${slash}x:${name}`
    )
    .replace(
      ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    );
}

describeLO("workbooks LibreOffice saved, and prefixed ones; LibreOffice opens every output", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-edit-");
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("a LibreOffice-saved workbook is edited in place and every output opens in LibreOffice", async () => {
    await fs.writeFile(path.join(dir, "user.xlsx"), await userBook());
    const saved = await convert(path.join(dir, "user.xlsx"), "xlsx", path.join(dir, "lo"));
    expect(saved.code).toBe(0);
    const loInput = new Uint8Array(readFileSync(saved.outputs[0]));

    // LibreOffice's own package, edited
    const o = openParts(loInput);
    applyToSheet(o.parts, o.styles, o.sheetPath, handPlan());
    finishStyles(o);
    const loScored = zipParts(o.parts);
    const before = rowsOf(partText(unzipParts(loInput), o.sheetPath)!);
    const after = rowsOf(partText(o.parts, o.sheetPath)!);
    // marked, then the looks put back as the package held them: LibreOffice's cells and notes as they were
    const inputParts = unzipParts(loInput);
    const commentsPath = [...inputParts.keys()].find((k) => /comments\d*\.xml$/.test(k))!;
    const b2 = notesOf(partText(inputParts, commentsPath)!).find((n) => n.ref === "B2")!;
    const c3Fill = o.styles.fill(
      Number(/ s="(\d+)"/.exec(cellOf(partText(inputParts, o.sheetPath)!, "C3")!)![1])
    )!;
    const undo = openParts(loScored);
    applyToSheet(undo.parts, undo.styles, undo.sheetPath, {
      ...sheetPlanOf(
        { ...emptyPlan(), clears: [{ sheet: SHEET, top: 0, left: 5, bottom: 3, right: 6 }] },
        SHEET
      ),
      restores: [
        {
          sheet: SHEET,
          cell: "B2",
          look: {
            fill: null,
            note: b2.plain,
            raw: lookRaw({ note: { text: b2.text, author: b2.author } }),
          },
        },
        {
          sheet: SHEET,
          cell: "C3",
          look: { fill: null, note: null, raw: lookRaw({ fill: c3Fill }) },
        },
        { sheet: SHEET, cell: "D4", look: { fill: null, note: null } },
      ],
    });
    // s="0" is the default look (ECMA-376 18.3.1.4): a look restored to nothing writes no s at all
    const plainLook = (xml: string | undefined) => xml?.replace(' s="0"', "");
    for (const ref of ["B2", "C3", "D4", "A1", "E2"])
      expect([ref, plainLook(cellOf(partText(undo.parts, undo.sheetPath)!, ref))]).toEqual([
        ref,
        plainLook(cellOf(partText(inputParts, o.sheetPath)!, ref)),
      ]);
    expect(partText(undo.parts, commentsPath)).toBe(partText(inputParts, commentsPath));
    for (const r of [6, 7, 8, 9]) expect(after.get(r)).toBe(before.get(r));
    const ws = (await excelRead(loScored)).getWorksheet(SHEET)!;
    expect(ws.getCell("F2").value).toEqual({ formula: "ROUND(MIN(1,C2/B2)*D2,2)", result: 9 });
    expect(ws.getCell("G2").value).toBe("=SUM(A1) 不是公式");
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFF8D7DA" } });
    expect(ws.getColumn(6).width).toBe(13);

    // the ExcelJS-made workbook with its sheet part prefixed, edited
    const p = openParts(await userBook());
    p.parts.set(p.sheetPath, new TextEncoder().encode(prefixed(partText(p.parts, p.sheetPath)!)));
    const prefixedInput = zipParts(p.parts);
    applyToSheet(p.parts, p.styles, p.sheetPath, handPlan());
    finishStyles(p);
    const xml = partText(p.parts, p.sheetPath)!;
    expect(xml).not.toMatch(/<(?!x:|\/x:|\?xml)[A-Za-z]/); // every element still prefixed
    expect(cellOf(xml, "F3")).toMatch(/^<x:c r="F3" s="\d+"><x:v>19<\/x:v><\/x:c>$/);
    expect(xml).toMatch(/<x:cols>.*<x:col min="6" max="6" width="13" customWidth="1"\/>/);
    const prefixedScored = zipParts(p.parts);

    // the ExcelJS-made workbook and the repo's sample (the real engine's plan), edited
    const e = openParts(await userBook());
    applyToSheet(e.parts, e.styles, e.sheetPath, handPlan());
    finishStyles(e);
    const sample = new Uint8Array(readFileSync(SAMPLE));
    const { plan } = await scoredByExcelJS(sample);

    const files: string[] = [];
    for (const [name, bytes] of [
      ["lo-scored.xlsx", loScored],
      ["prefixed-in.xlsx", prefixedInput],
      ["prefixed-scored.xlsx", prefixedScored],
      ["exceljs-scored.xlsx", zipParts(e.parts)],
      ["sample-scored.xlsx", scoredByPackage(sample, plan)],
    ] as const) {
      files.push(path.join(dir, name));
      await fs.writeFile(files[files.length - 1], bytes);
    }
    const back = await convert(files, "xlsx", path.join(dir, "back"));
    expect(back.code).toBe(0);
    for (const f of back.outputs) expect([f, existsSync(f)]).toEqual([f, true]);
    const books = await Promise.all(
      back.outputs.map(async (f) => excelRead(new Uint8Array(readFileSync(f))))
    );
    const [loBack, prefixedInBack, prefixedBack, excelBack] = books.map((b) =>
      b.getWorksheet(SHEET)!
    );
    // LibreOffice writes text back as runs by script: the text is what counts
    const text = (v: ExcelJS.CellValue) =>
      v && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : v;
    for (const sheet of [loBack, prefixedBack, excelBack]) {
      expect(text(sheet.getCell("F1").value)).toBe("系统得分\nSystem score");
      expect(sheet.getCell("F3").value).toBe(19);
      expect(sheet.getCell("F3").numFmt).toBe("0.00");
      expect(sheet.getCell("G3").value).toBe("<b>&amp;</b>");
      expect(sheet.getCell("D4").fill).toMatchObject({ fgColor: { argb: "FFFFF3CD" } });
      expect(sheet.getCell("D4").note).toBeTruthy();
      expect(sheet.getRow(1).height).toBe(30);
    }
    // LibreOffice read the prefixed input at all (else the test above proves nothing of it)
    expect(prefixedInBack.getCell("A2").value).toBe("产出数量");
    expect(prefixedBack.getCell("A2").value).toBe("产出数量");
    // the sample: LibreOffice shows the engine's own columns and marks
    const sampleBack = books[4];
    const block = plan.blocks.find((b) => (b.headerRows ?? []).length > 0)!;
    const header = block.headerRows![0];
    const own = sampleBack.getWorksheet(block.sheet)!;
    expect(text(own.getCell(block.top + header + 1, block.left + 1).value)).toBe(
      block.values[header][0]
    );
    const mark = plan.marks[0];
    expect(sampleBack.getWorksheet(mark.sheet)!.getCell(mark.cell).fill).toMatchObject({
      fgColor: { argb: `FF${mark.fill.slice(1)}` },
    });
    expect(
      text(sampleBack.getWorksheet(mark.sheet)!.getCell(mark.cell).note as ExcelJS.CellValue)
    ).toBeTruthy();
  });
});
