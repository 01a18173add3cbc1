/**
 * Issue 14's guarantee, part by part: the scored copy is the user's package plus the run's changes. The
 * fixture is LibreOffice's own save (chart, picture, conditional formats, a data validation, a defined name,
 * frozen panes, a print area, a hidden sheet) with a pivot table and a threaded comment added as Excel writes
 * them (real-book.ts). Every part the plan does not name must come back byte for byte; in the sheet it writes
 * into, every cell it does not name too; and undo must give the input's parts back.
 */

import { promises as fs } from "fs";
import * as path from "path";
import { a1 } from "../../../src/engine/grid";
import { REVIEW_SHEET, STATE_SHEET, SUMMARY_SHEET } from "../../../src/engine/plan";
import type { WritePlan } from "../../../src/engine/plan/types";
import { sheetParts } from "../../../src/workbook/xlsx/package/workbook-sheets";
import { relationsOf } from "../../../src/workbook/xlsx/package/relations";
import { type Parts, partText, unzipParts } from "../../../src/workbook/xlsx/zip-parts";
import { sampleEvaluation } from "../../plan/fixtures";
import { hasSoffice } from "../../support/libreoffice";
import { libreOfficeBook, withPivotAndThread } from "../real-book";
import { load, scoreFile, sheetXml, tmpDir, undoFile } from "../scoring";

const describeLO = hasSoffice() ? describe : describe.skip;

/** Each cell element of a sheet part by its reference. */
function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
    out.set(m[1], m[0]);
  return out;
}

/** Every cell the plan names in `sheet`: own blocks, marks, restores, clears. */
function named(p: WritePlan, sheet: string): Set<string> {
  const out = new Set<string>();
  const area = (top: number, left: number, bottom: number, right: number) => {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.add(a1(r, c));
  };
  for (const b of p.blocks.filter((x) => x.sheet === sheet))
    area(
      b.top,
      b.left,
      b.top + b.values.length - 1,
      b.left + Math.max(0, ...b.values.map((r) => r.length)) - 1
    );
  for (const c of p.clears.filter((x) => x.sheet === sheet)) area(c.top, c.left, c.bottom, c.right);
  for (const m of [...p.marks, ...p.restores].filter((x) => x.sheet === sheet)) out.add(m.cell);
  return out;
}

/** The parts a run may change: the sheets the plan writes into with their notes, and the workbook's own wiring. */
function mayChange(input: Parts, sheets: Set<string>): Set<string> {
  const out = new Set([
    "xl/styles.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "docProps/app.xml",
    "xl/calcChain.xml",
  ]);
  for (const [name, part] of sheetParts(input)) {
    if (!sheets.has(name)) continue;
    out.add(part);
    out.add(part.replace(/([^/]+)$/, "_rels/$1.rels"));
    for (const r of relationsOf(input, part))
      if (/\/(comments|vmlDrawing)$/.test(r.type)) out.add(r.target);
  }
  return out;
}

describeLO("the scored copy is the user's package plus the run's changes", () => {
  let dir: string;
  let input: string;
  let scored: string;
  let undone: string;
  let plan: WritePlan;
  let inParts: Parts;
  let outParts: Parts;
  let sheets: Set<string>;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-whole-");
    const lo = await libreOfficeBook(dir);
    input = await withPivotAndThread(
      lo,
      path.join(dir, "input.xlsx"),
      async (zip, name) => (await sheetXml(zip, name)).path
    );
    scored = path.join(dir, "scored.xlsx");
    undone = path.join(dir, "undone.xlsx");
    plan = await scoreFile(input, scored, sampleEvaluation());
    await undoFile(scored, undone);
    inParts = unzipParts(await fs.readFile(input));
    outParts = unzipParts(await fs.readFile(scored));
    sheets = new Set(
      [
        ...plan.blocks,
        ...plan.marks,
        ...plan.restores,
        ...plan.clears,
        ...plan.columnWidths,
        ...plan.rowHeights,
      ].map((x) => x.sheet)
    );
  }, 180_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("every part the plan does not name is there, byte for byte", () => {
    expect(sheets).toEqual(new Set(["自评表"]));
    const changeable = mayChange(inParts, sheets);
    const untouched = [...inParts.keys()].filter((p) => !changeable.has(p));
    // The fixture's chart, picture, pivot table with cache and records, threaded comment and persons among them.
    for (const kind of [
      /^xl\/charts\//,
      /^xl\/media\//,
      /^xl\/pivotTables\//,
      /^xl\/pivotCache\/pivotCacheRecords/,
      /^xl\/threadedComments\//,
      /^xl\/persons\//,
      /^xl\/drawings\/drawing\d+\.xml$/,
    ])
      expect([kind.source, untouched.some((p) => kind.test(p))]).toEqual([kind.source, true]);
    const differ = untouched.filter(
      (p) => !outParts.get(p) || !Buffer.from(outParts.get(p)!).equals(Buffer.from(inParts.get(p)!))
    );
    expect(differ).toEqual([]);
  });

  test("the only new parts are the add-in's sheets and the notes of the sheet it marks", () => {
    const added = [...outParts.keys()].filter((p) => !inParts.has(p));
    const own = sheetParts(outParts);
    const ownParts = new Set(
      [SUMMARY_SHEET, REVIEW_SHEET, STATE_SHEET]
        .map((n) => own.get(n))
        .filter((p): p is string => !!p)
    );
    expect(ownParts.size).toBe(3);
    for (const p of added)
      expect([
        p,
        ownParts.has(p) ||
          /^xl\/(comments\d*\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/sheet\d+\.xml\.rels)$/.test(
            p
          ),
      ]).toEqual([p, true]);
  });

  test("in the sheet written into, every cell the plan does not name is as it was", () => {
    const path = sheetParts(inParts).get("自评表")!;
    const before = cells(partText(inParts, path)!);
    const after = cells(partText(outParts, sheetParts(outParts).get("自评表")!)!);
    const planned = named(plan, "自评表");
    expect(planned.size).toBeGreaterThan(20);
    const changed = [...before]
      .filter(([ref, xml]) => !planned.has(ref) && after.get(ref) !== xml)
      .map(([ref]) => ref);
    expect(changed).toEqual([]);
    // and what is not a cell: views, conditional formats, validations, page set-up, the drawing, merges
    const inXml = partText(inParts, path)!;
    const outXml = partText(outParts, sheetParts(outParts).get("自评表")!)!;
    for (const tag of [
      "sheetViews",
      "conditionalFormatting",
      "dataValidations",
      "mergeCells",
      "pageMargins",
      "pageSetup",
      "drawing",
    ]) {
      const element = new RegExp(`<${tag}\\b[\\s\\S]*?(?:</${tag}>|/>)`).exec(inXml)?.[0];
      if (element) expect([tag, outXml.includes(element)]).toEqual([tag, true]);
    }
  });

  test("undo gives back every part of the input but the styles, which keep the looks the run added", async () => {
    const back = unzipParts(await fs.readFile(undone));
    const differ = [...inParts.keys()].filter(
      (p) => !back.get(p) || !Buffer.from(back.get(p)!).equals(Buffer.from(inParts.get(p)!))
    );
    const extra = [...back.keys()].filter((p) => !inParts.has(p));
    const written = sheetParts(inParts).get("自评表")!;
    expect({ differ: differ.sort(), extra }).toEqual({
      differ: ["xl/styles.xml", written].sort(),
      extra: [],
    });
    // The sheet written into: every cell as it was (a restored cell may drop s="0", the default look), and
    // everything after its rows byte for byte. What undo leaves of the run is listed in docs/write-back.md:
    // <dimension>, a row's spans, a height put back as a fixed one, a <col>'s attributes in another order.
    const plain = (xml: string) =>
      new Map([...cells(xml)].map(([ref, c]) => [ref, c.replace(' s="0"', "")]));
    expect(plain(partText(back, written)!)).toEqual(plain(partText(inParts, written)!));
    const tail = (xml: string) => xml.slice(xml.indexOf("</sheetData>"));
    expect(tail(partText(back, written)!)).toBe(tail(partText(inParts, written)!));
    // The styles the run added are appended: the user's own come first, unchanged.
    const own = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(
      partText(inParts, "xl/styles.xml")!
    )![1];
    expect(partText(back, "xl/styles.xml")).toContain(own.slice(0, -1));
  });

  test("another reader (ExcelJS) reads the copy with the run's sheets", async () => {
    const wb = await load(scored);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([SUMMARY_SHEET, REVIEW_SHEET, STATE_SHEET])
    );
  });
});
