/**
 * The package editor on workbooks other programs wrote, with plans from the real engine: on the repo's samples
 * each user sheet holds what the plan names where it names it and is otherwise the input, cell by cell; undo
 * gives the input back; a copy the previous release wrote is scored again and undone; a workbook saved by
 * LibreOffice and one whose SpreadsheetML carries a prefix are edited in place; LibreOffice opens every output.
 */

import { existsSync, promises as fs, readFileSync, readdirSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { a1 } from "../../../src/engine/grid";
import { HEADER_FILL } from "../../../src/engine/plan/own";
import { planUndo } from "../../../src/engine/plan";
import { getPreset } from "../../../src/engine/ruleset";
import type { WritePlan } from "../../../src/engine/plan/types";
import { runScoring } from "../../../src/workbook/run";
import { notesOf } from "../../../src/workbook/xlsx/package-xml";
import { sheetParts } from "../../../src/workbook/xlsx/package/workbook-sheets";
import { applyToSheet, sheetPlans } from "../../../src/workbook/xlsx/package/edit-sheet";
import { lookRaw } from "../../../src/workbook/xlsx/package/cell-look";
import { openPackage } from "../../../src/workbook/xlsx/package/package-port";
import { partText, unzipParts, zipParts } from "../../../src/workbook/xlsx/zip-parts";
import { convert, hasSoffice } from "../../support/libreoffice";
import { type Skip, diffSheets } from "../compare";
import { tmpDir } from "../scoring";
import {
  SHEET,
  cellOf,
  excelRead,
  finishStyles,
  handPlan,
  openParts,
  rowsOf,
  sheetPlan,
  userBook,
} from "./edit-book";
import { PREVIOUS_RELEASE_COPY, planOf } from "./own-plan";

const SAMPLE = path.join(__dirname, "../../../assets/samples/sample.xlsx");
const describeLO = hasSoffice() ? describe : describe.skip;
if (!hasSoffice())
  console.warn("LibreOffice (soffice) is not installed: the LibreOffice tests are skipped");

/** The plan's user-sheet items applied to the package, sheet by sheet. */
function scoredByPackage(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  const o = openParts(bytes, sheetParts(unzipParts(bytes)).keys().next().value as string);
  const paths = sheetParts(o.parts);
  for (const [name, items] of sheetPlans(plan))
    applyToSheet(o.parts, o.styles, paths.get(name)!, items);
  finishStyles(o);
  return zipParts(o.parts);
}

/** The whole run through the package port, as the command line makes it: the scored copy's bytes. */
async function scoredByPort(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  const opened = await openPackage(file, bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const ruleSet = getPreset("national-2020")!;
  const outcome = await runScoring(opened.port, ruleSet, {
    file,
    ruleSetName: ruleSet.name,
    lang: "zh-CN",
    now: "2026-01-01T00:00:00.000Z",
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return opened.port.save();
}

/** Undo planned from a scored copy's grids (its undo state among them). */
async function undoPlanOf(bytes: Uint8Array): Promise<WritePlan> {
  const opened = await openPackage("scored.xlsx", bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return planUndo(await opened.port.read());
}

function sizes(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let c = 1; c <= 30; c++) out.push(`col ${c}: ${ws.getColumn(c).width ?? "-"}`);
  for (let r = 1; r <= ws.rowCount; r++) out.push(`row ${r}: ${ws.findRow(r)?.height ?? "-"}`);
  return out;
}

const noteText = (note: ExcelJS.Comment | string | undefined) =>
  typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");

const argbOf = (cell: ExcelJS.Cell) =>
  cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;

/**
 * What the plan asks of each user sheet, read back by ExcelJS from the package the editor wrote, held against
 * the plan and the input alone: every block value (and formula) in the cell it names, header rows bold on
 * HEADER_FILL, the other rows in the block's number format (or the cell's own); every mark's fill and note;
 * the plan's widths and heights; and every other cell, look and size as the input had them. The differences.
 */
function planProblems(
  input: ExcelJS.Workbook,
  output: ExcelJS.Workbook,
  plan: WritePlan
): string[] {
  const problems: string[] = [];
  const say = (v: unknown) => JSON.stringify(v);
  for (const name of sheetPlans(plan).keys()) {
    const [before, after] = [input.getWorksheet(name)!, output.getWorksheet(name)!];
    const written = new Set<string>();
    for (const b of plan.blocks.filter((x) => x.sheet === name))
      b.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const address = a1(b.top + i, b.left + j);
          written.add(address);
          const cell = after.getCell(address);
          const formula = b.formulas?.[i]?.[j];
          const header = (b.headerRows ?? []).includes(i);
          const got = [
            formula ? { formula: cell.formula, result: cell.result } : cell.value,
            ...(header ? [cell.font?.bold === true, argbOf(cell)] : [cell.numFmt ?? null]),
          ];
          const want = [
            formula ? { formula, result: value } : value,
            ...(header
              ? [true, `FF${HEADER_FILL.slice(1)}`]
              : [b.numberFormats?.[j] ?? before.getCell(address).numFmt ?? null]),
          ];
          if (say(got) !== say(want))
            problems.push(`${name}!${address}: ${say(got)} ≠ ${say(want)}`);
        })
      );
    const marked = new Set<string>();
    for (const m of plan.marks.filter((x) => x.sheet === name)) {
      marked.add(m.cell);
      const cell = after.getCell(m.cell);
      const got = [argbOf(cell), noteText(cell.note)];
      const want = [`FF${m.fill.slice(1)}`, m.note];
      if (say(got) !== say(want))
        problems.push(`${name}!${m.cell} mark: ${say(got)} ≠ ${say(want)}`);
    }
    const skip = (address: string): Skip =>
      written.has(address) ? "cell" : marked.has(address) ? "look" : null;
    problems.push(...diffSheets(before, after, skip));
    const got = sizes(after);
    sizes(before).forEach((line, i) => {
      const [kind, n] = line.split(/[ :]+/);
      const at = Number(n) - 1;
      const set =
        kind === "col"
          ? plan.columnWidths.find((w) => w.sheet === name && w.col === at)?.width
          : plan.rowHeights.find((h) => h.sheet === name && h.row === at)?.height;
      const want = set === undefined ? line : `${kind} ${n}: ${set ?? "-"}`;
      if (got[i] !== want) problems.push(`${name} ${got[i]} ≠ ${want}`);
    });
  }
  return problems;
}

const OTHER_SAMPLES = [
  ...readdirSync(path.dirname(SAMPLE)).filter((f) => f.endsWith(".xlsx") && f !== "sample.xlsx"),
  ...readdirSync(path.join(path.dirname(SAMPLE), "layouts")).map((f) => path.join("layouts", f)),
];

describe("the real engine's plan on the repo's samples", () => {
  // These replace the comparison with the retired ExcelJS adapter's output (issue 14): each user sheet is
  // held to the plan and the input, read back by another program.
  test.each([false, true])(
    "sample.xlsx: each user sheet holds the plan where it says and the input elsewhere (formula mode %s)",
    async (formulas) => {
      const input = new Uint8Array(readFileSync(SAMPLE));
      const plan = await planOf(SAMPLE, { formulas });
      expect(plan.blocks.length).toBeGreaterThan(0);
      expect(plan.marks.length).toBeGreaterThan(0);
      expect(plan.blocks.some((b) => b.formulas?.some((r) => r.some(Boolean)))).toBe(formulas);
      const out = await excelRead(scoredByPackage(input, plan));
      expect(planProblems(await excelRead(input), out, plan)).toEqual([]);
    }
  );

  test.each(OTHER_SAMPLES)(
    "%s: each user sheet holds the plan where it says and the input elsewhere",
    async (file) => {
      const full = path.join(path.dirname(SAMPLE), file);
      const input = new Uint8Array(readFileSync(full));
      const plan = await planOf(full);
      expect(plan.blocks.length).toBeGreaterThan(0);
      const out = await excelRead(scoredByPackage(input, plan));
      expect(planProblems(await excelRead(input), out, plan)).toEqual([]);
    }
  );

  test("undo planned from the scored copy gives each user sheet back as it was", async () => {
    const input = new Uint8Array(readFileSync(SAMPLE));
    const plan = await planOf(SAMPLE);
    const scored = await scoredByPort("sample.xlsx", input);
    const undo = await undoPlanOf(scored);
    expect(undo.restores.length).toBe(plan.marks.length);
    expect(undo.clears.length).toBeGreaterThan(0);
    const undone = await excelRead(scoredByPackage(scored, undo));
    const original = await excelRead(input);
    for (const name of new Set(plan.blocks.map((b) => b.sheet))) {
      expect(diffSheets(original.getWorksheet(name)!, undone.getWorksheet(name)!)).toEqual([]);
      expect(sizes(undone.getWorksheet(name)!)).toEqual(sizes(original.getWorksheet(name)!));
    }
  });

  test("a copy the previous release scored is scored again where it wrote, and undone to the input's user sheets", async () => {
    const plan = await planOf(SAMPLE);
    // its own columns found by their headers and its marks through its undo state: the same cells
    const again = await planOf(PREVIOUS_RELEASE_COPY);
    expect(again.blocks.map((b) => [b.sheet, b.top, b.left])).toEqual(
      plan.blocks.map((b) => [b.sheet, b.top, b.left])
    );
    expect(again.marks.map((m) => [m.sheet, m.cell])).toEqual(
      plan.marks.map((m) => [m.sheet, m.cell])
    );
    expect(again.clears).toEqual([]);
    const rescored = await scoredByPort(
      "old.xlsx",
      new Uint8Array(readFileSync(PREVIOUS_RELEASE_COPY))
    );
    const undone = await excelRead(scoredByPackage(rescored, await undoPlanOf(rescored)));
    const original = await excelRead(new Uint8Array(readFileSync(SAMPLE)));
    for (const name of new Set(plan.blocks.map((b) => b.sheet)))
      expect(diffSheets(original.getWorksheet(name)!, undone.getWorksheet(name)!)).toEqual([]);
  });

  test("every part but the sheets written, styles and notes byte-identical; a re-run adds nothing", async () => {
    const input = new Uint8Array(readFileSync(SAMPLE));
    const plan = await planOf(SAMPLE);
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
      ...sheetPlan({ clears: [{ sheet: SHEET, top: 0, left: 5, bottom: 3, right: 6 }] }),
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
    const plan = await planOf(SAMPLE);

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
