/**
 * The package editor applies a plan's user-sheet items to one sheet part: what the plan names changes, the
 * rest of the package and of the sheet stays byte for byte. Inputs are real .xlsx bytes (ExcelJS-made here;
 * LibreOffice-saved, prefixed and the repo's sample in edit-sheet-real.test.ts); outputs are read back with
 * ExcelJS.
 */

import { notesOf } from "../../../src/workbook/xlsx/package-xml";
import { lookRaw } from "../../../src/workbook/xlsx/package/cell-look";
import { applyToSheet, type UserSheetPlan } from "../../../src/workbook/xlsx/package/edit-sheet";
import { NOTE_AUTHOR } from "../../../src/workbook/xlsx/package/sheet-notes";
import { StyleSheet } from "../../../src/workbook/xlsx/package/styles-part";
import { type Parts, partText, unzipParts, zipParts } from "../../../src/workbook/xlsx/zip-parts";
import {
  SHEET,
  USER_NOTE,
  cellOf,
  excelRead,
  finishStyles,
  handPlan,
  openParts,
  rowsOf,
  sheetPlan,
  userBook,
} from "./edit-book";

const decode = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

/** Apply a plan to a package's bytes as a port would; the new bytes and what the editor said. */
function applied(
  bytes: Uint8Array,
  plan: UserSheetPlan
): { bytes: Uint8Array; formulasTouched: boolean } {
  const o = openParts(bytes);
  const r = applyToSheet(o.parts, o.styles, o.sheetPath, plan);
  finishStyles(o);
  return { bytes: zipParts(o.parts), formulasTouched: r.formulasTouched };
}

function changedParts(a: Parts, b: Parts): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => decode(a.get(n)) !== decode(b.get(n))).sort();
}

describe("applyToSheet, a hand-made plan on an ExcelJS-made workbook", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let formulasTouched: boolean;

  beforeAll(async () => {
    input = await userBook();
    ({ bytes: output, formulasTouched } = applied(input, handPlan()));
  });

  test("values, formulas with their results, text never a formula; ExcelJS reads them back", async () => {
    const ws = (await excelRead(output)).getWorksheet(SHEET)!;
    expect(ws.getCell("F1").value).toBe("系统得分\nSystem score");
    expect(ws.getCell("F2").value).toEqual({ formula: "ROUND(MIN(1,C2/B2)*D2,2)", result: 9 });
    expect(ws.getCell("F3").value).toBe(19);
    expect(ws.getCell("F4").value).toBe(10.5);
    expect(ws.getCell("G2").value).toBe("=SUM(A1) 不是公式");
    expect(ws.getCell("G3").value).toBe("<b>&amp;</b>");
    expect(ws.getCell("G4").value).toBe(true);
    // the user's cells as they were
    expect(ws.getCell("A2").value).toBe("产出数量");
    expect(ws.getCell("E3").value).toEqual({ sharedFormula: "E2", result: 1.9 });
    const xml = partText(unzipParts(output), "xl/worksheets/sheet1.xml")!;
    expect(cellOf(xml, "G2")).toBe(
      '<c r="G2" t="inlineStr"><is><t xml:space="preserve">=SUM(A1) 不是公式</t></is></c>'
    );
    expect(formulasTouched).toBe(true); // a formula was written: calcChain must go
  });

  test("header cells: bold in the font of the table's header cell to their left, light blue, wrapped and centred", async () => {
    const ws = (await excelRead(output)).getWorksheet(SHEET)!;
    for (const ref of ["F1", "G1"]) {
      const { font, fill, alignment, numFmt } = ws.getCell(ref).style;
      expect(font).toMatchObject({ name: "宋体", size: 12, bold: true }); // E1 is 宋体 12
      expect(fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
      expect(alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
      expect(numFmt).toBeUndefined();
    }
    for (const ref of ["F2", "F3", "F4"]) expect(ws.getCell(ref).numFmt).toBe("0.00");
    expect(ws.getCell("G2").numFmt).toBeUndefined(); // null format: the cell's own style
  });

  test("marks: the fill over the cell's own style, the note with the person's author kept", async () => {
    const ws = (await excelRead(output)).getWorksheet(SHEET)!;
    expect(ws.getCell("B2").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFF8D7DA" },
    });
    expect(ws.getCell("B2").numFmt).toBe("0.0"); // the user's format stays under the mark
    expect(ws.getCell("D4").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFFFF3CD" },
    });
    const comments = partText(unzipParts(output), "xl/comments1.xml")!;
    const notes = new Map(notesOf(comments).map((n) => [n.ref, n]));
    expect(notes.get("B2")).toMatchObject({
      author: "Author", // ExcelJS's author of the user's note
      plain: `${USER_NOTE}\n\n【绩效评分助手 Jixiao】\n错误（X）：目标值`,
    });
    expect(notes.get("D4")).toMatchObject({
      author: NOTE_AUTHOR,
      plain: "【绩效评分助手 Jixiao】\n警告（W）：权重",
    });
    expect([...notes.keys()]).toEqual(["B2", "D4"]); // row-major order
    const vml = partText(unzipParts(output), "xl/drawings/vmlDrawing1.vml")!;
    const boxes = [...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map(
      (m) => `${m[1]},${m[2]}`
    );
    expect(boxes).toEqual(["1,1", "3,3"]); // B2 (0-based 1,1) kept, D4 (3,3) added
  });

  test("column widths and the header row's height", async () => {
    const ws = (await excelRead(output)).getWorksheet(SHEET)!;
    expect(ws.getColumn(6).width).toBe(13);
    expect(ws.getColumn(7).width).toBe(50);
    expect(ws.getColumn(1).width).toBe(18); // the user's
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(2).height).toBeUndefined();
  });

  test("every other part, and every row the plan does not name, byte-identical", () => {
    const a = unzipParts(input);
    const b = unzipParts(output);
    expect(changedParts(a, b)).toEqual([
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const before = rowsOf(partText(a, "xl/worksheets/sheet1.xml")!);
    const after = rowsOf(partText(b, "xl/worksheets/sheet1.xml")!);
    for (const r of [6, 7, 8, 9]) expect(after.get(r)).toBe(before.get(r));
    // in rows the plan wrote into, the user's cells are as they were (B2 and D4 were marked: their s only)
    for (const ref of ["A1", "E1", "A2", "C2", "E2", "C3", "E3", "E4"])
      expect([ref, cellOf(partText(b, "xl/worksheets/sheet1.xml")!, ref)]).toEqual([
        ref,
        cellOf(partText(a, "xl/worksheets/sheet1.xml")!, ref),
      ]);
    // the user's styles keep their indices: the run's are appended
    const stylesBefore = partText(a, "xl/styles.xml")!;
    const xfsBefore = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesBefore)![1];
    expect(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(partText(b, "xl/styles.xml")!)![1]).toMatch(
      new RegExp(`^${xfsBefore.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)
    );
  });

  test("the same plan applied again gives the same bytes (a re-run adds nothing)", () => {
    const again = applied(output, handPlan()).bytes;
    expect(changedParts(unzipParts(output), unzipParts(again))).toEqual([]);
  });
});

describe("undo: marks then restores, clears, widths and heights back", () => {
  test("restoring the saved looks gives back each marked cell's XML and the notes part as they were", async () => {
    const input = await userBook();
    const a = unzipParts(input);
    const comments = partText(a, "xl/comments1.xml")!;
    const b2 = notesOf(comments).find((n) => n.ref === "B2")!;
    const marks = {
      ...sheetPlan(),
      marks: [
        { sheet: SHEET, cell: "B2", severity: "error" as const, fill: "#F8D7DA", note: "标记" },
        { sheet: SHEET, cell: "C3", severity: "info" as const, fill: "#D1ECF1", note: "标记" },
        { sheet: SHEET, cell: "D4", severity: "warning" as const, fill: "#FFF3CD", note: "标记" },
        { sheet: SHEET, cell: "H9", severity: "warning" as const, fill: "#FFF3CD", note: "空格" },
      ],
    };
    const marked = applied(input, marks).bytes;
    const restores = {
      ...sheetPlan(),
      restores: [
        // B2: the note as the package held it (its runs and author); no fill
        {
          sheet: SHEET,
          cell: "B2",
          look: {
            fill: null,
            note: USER_NOTE,
            raw: lookRaw({ note: { text: b2.text, author: b2.author } }),
          },
        },
        // C3: the user's yellow fill as the package held it (no bgColor: not what the colour alone gives)
        {
          sheet: SHEET,
          cell: "C3",
          look: {
            fill: "#FFFF00",
            note: null,
            raw: lookRaw({ fill: StyleSheet.read(partText(a, "xl/styles.xml")).fill(3) }),
          },
        },
        { sheet: SHEET, cell: "D4", look: { fill: null, note: null } },
        { sheet: SHEET, cell: "H9", look: { fill: null, note: null } },
      ],
    };
    const back = unzipParts(applied(marked, restores).bytes);
    const sheetBefore = partText(a, "xl/worksheets/sheet1.xml")!;
    const sheetAfter = partText(back, "xl/worksheets/sheet1.xml")!;
    for (const ref of ["B2", "C3", "D4"])
      expect(cellOf(sheetAfter, ref)).toBe(cellOf(sheetBefore, ref));
    expect(cellOf(sheetAfter, "H9")).toBeUndefined(); // the empty cell the mark made is gone again
    expect(partText(back, "xl/comments1.xml")).toBe(comments);
    expect(partText(back, "xl/drawings/vmlDrawing1.vml")).toBe(
      partText(a, "xl/drawings/vmlDrawing1.vml")
    );
    // only the styles part keeps what the marks added (appended styles no cell uses)
    expect(changedParts(a, back)).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
  });

  test("a full undo on a workbook without notes takes the notes parts and their wiring out again", async () => {
    const input = await userBook({ note: false });
    const a = unzipParts(input);
    expect(partText(a, "xl/comments1.xml")).toBeNull();
    const scored = applied(input, handPlan()).bytes;
    const s = unzipParts(scored);
    expect(partText(s, "[Content_Types].xml")).toContain('<Default Extension="vml"');
    expect(partText(s, "[Content_Types].xml")).toContain('PartName="/xl/comments1.xml"');
    expect(partText(s, "xl/worksheets/sheet1.xml")).toMatch(
      /<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/
    );
    const undo: UserSheetPlan = {
      clears: [{ sheet: SHEET, top: 0, left: 5, bottom: 3, right: 6 }],
      restores: [
        { sheet: SHEET, cell: "B2", look: { fill: null, note: null } },
        { sheet: SHEET, cell: "D4", look: { fill: null, note: null } },
      ],
      blocks: [],
      marks: [],
      columnWidths: [
        { sheet: SHEET, col: 5, width: null },
        { sheet: SHEET, col: 6, width: null },
      ],
      rowHeights: [{ sheet: SHEET, row: 0, height: null }],
    };
    const back = unzipParts(applied(scored, undo).bytes);
    expect(changedParts(a, back)).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    const before = partText(a, "xl/worksheets/sheet1.xml")!;
    const after = partText(back, "xl/worksheets/sheet1.xml")!;
    // the own columns' cells keep no style of the run's; the rest of the sheet as it was but the dimension
    expect(after.replace(/<dimension ref="[^"]*"\/>/, "")).toBe(
      before.replace(/<dimension ref="[^"]*"\/>/, "")
    );
  });
});

describe("columns", () => {
  test("a width inside a <col> range splits only that column out, and undo joins it back", async () => {
    const input = await userBook();
    const o = openParts(input);
    const xml = partText(o.parts, o.sheetPath)!;
    const ranged = xml.replace(
      /<cols>[\s\S]*?<\/cols>/,
      '<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="10" width="12" customWidth="1"/></cols>'
    );
    o.parts.set(o.sheetPath, new TextEncoder().encode(ranged));
    const set: UserSheetPlan = {
      ...sheetPlan(),
      columnWidths: [{ sheet: SHEET, col: 5, width: 13 }],
    };
    applyToSheet(o.parts, o.styles, o.sheetPath, set);
    const split = partText(o.parts, o.sheetPath)!;
    expect(/<cols>[\s\S]*?<\/cols>/.exec(split)![0]).toBe(
      '<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="5" width="12" customWidth="1"/>' +
        '<col min="6" max="6" width="13" customWidth="1"/><col min="7" max="10" width="12" customWidth="1"/></cols>'
    );
    const back: UserSheetPlan = {
      ...sheetPlan(),
      columnWidths: [{ sheet: SHEET, col: 5, width: 12 }],
    };
    applyToSheet(o.parts, o.styles, o.sheetPath, back);
    expect(partText(o.parts, o.sheetPath)).toBe(ranged);
    const defaulted: UserSheetPlan = {
      ...sheetPlan(),
      columnWidths: [{ sheet: SHEET, col: 0, width: null }],
    };
    applyToSheet(o.parts, o.styles, o.sheetPath, defaulted);
    expect(/<cols>[\s\S]*?<\/cols>/.exec(partText(o.parts, o.sheetPath)!)![0]).toBe(
      '<cols><col min="2" max="10" width="12" customWidth="1"/></cols>'
    );
  });
});

/** The ExcelJS-made book with its sheet part's XML changed by `edit`: shapes other producers write. */
async function bookWith(edit: (xml: string) => string, note = false) {
  const o = openParts(await userBook({ note }));
  o.parts.set(o.sheetPath, new TextEncoder().encode(edit(partText(o.parts, o.sheetPath)!)));
  return o;
}

describe("sheet shapes other producers write", () => {
  test("a new cell takes its row's style (customFormat), else its column's; a clear goes back to it", async () => {
    const o = await bookWith((xml) =>
      xml
        .replace('<row r="6" spans="1:1"', '<row r="6" spans="1:1" s="2" customFormat="1"')
        .replace(
          '<col min="1" max="1" width="18" customWidth="1"/>',
          '$&<col min="8" max="8" style="3"/>'
        )
    );
    applyToSheet(o.parts, o.styles, o.sheetPath, {
      ...sheetPlan(),
      blocks: [{ sheet: SHEET, top: 5, left: 6, values: [[1, 2]] }], // G6 (row style), H6 (row style wins)
      marks: [{ sheet: SHEET, cell: "H8", severity: "info", fill: "#D1ECF1", note: "列" }], // column style
    });
    let xml = partText(o.parts, o.sheetPath)!;
    expect(cellOf(xml, "G6")).toBe('<c r="G6" s="2"><v>1</v></c>');
    expect(cellOf(xml, "H6")).toBe('<c r="H6" s="2"><v>2</v></c>');
    const h8 = Number(/s="(\d+)"/.exec(cellOf(xml, "H8")!)![1]);
    expect(o.styles.fill(h8)).toBe(
      '<fill><patternFill patternType="solid"><fgColor rgb="FFD1ECF1"/><bgColor indexed="64"/></patternFill></fill>'
    );
    expect(o.styles.xf(h8)).toContain('fontId="0"'); // column style 3 is the yellow fill: only the fill changed
    applyToSheet(o.parts, o.styles, o.sheetPath, {
      ...sheetPlan(),
      clears: [{ sheet: SHEET, top: 5, left: 6, bottom: 7, right: 7 }],
    });
    xml = partText(o.parts, o.sheetPath)!;
    expect(cellOf(xml, "G6")).toBe('<c r="G6" s="2"/>');
    expect(cellOf(xml, "H8")).toBe('<c r="H8" s="3"/>');
    expect(partText(o.parts, "xl/comments1.xml")).toBeNull(); // the clear took the only note away
  });

  test("rows and cells without r are placed by their order; a sheet with empty sheetData gets rows", async () => {
    const noR = await bookWith((xml) =>
      xml
        .replace(/<row r="\d+"/g, (m) => (m === '<row r="1"' ? "<row" : m))
        .replace(/<c r="[A-E]1"/g, "<c")
    );
    applyToSheet(noR.parts, noR.styles, noR.sheetPath, {
      ...sheetPlan(),
      blocks: [{ sheet: SHEET, top: 0, left: 2, values: [["中"]] }], // C1: the third cell of the first row
    });
    const xml = partText(noR.parts, noR.sheetPath)!;
    expect(cellOf(xml, "C1")).toBe(
      '<c r="C1" s="1" t="inlineStr"><is><t xml:space="preserve">中</t></is></c>'
    );
    expect(cellOf(xml, "D1")).toBe('<c r="D1" s="1" t="s"><v>3</v></c>');

    const bare = await bookWith((xml) =>
      xml
        .replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>")
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>')
    );
    applyToSheet(bare.parts, bare.styles, bare.sheetPath, {
      ...sheetPlan(),
      blocks: [{ sheet: SHEET, top: 2, left: 1, values: [[1], [2]] }],
    });
    const out = partText(bare.parts, bare.sheetPath)!;
    expect(/<dimension ref="([^"]*)"/.exec(out)![1]).toBe("B3:B4");
    expect(/<sheetData>[\s\S]*<\/sheetData>/.exec(out)![0]).toBe(
      '<sheetData><row r="3"><c r="B3"><v>1</v></c></row><row r="4"><c r="B4"><v>2</v></c></row></sheetData>'
    );
  });

  test("a comments part whose elements carry a prefix gets prefixed notes", async () => {
    const o = openParts(await userBook());
    const plain = partText(o.parts, "xl/comments1.xml")!;
    const prefixed = plain
      .replace(/<(\/?)(?=[a-zA-Z][\w]*[\s/>])/g, "<$1x:")
      .replace('xmlns="http://schemas', 'xmlns:x="http://schemas')
      .replace("<x:?xml", "<?xml");
    o.parts.set("xl/comments1.xml", new TextEncoder().encode(prefixed));
    applyToSheet(o.parts, o.styles, o.sheetPath, {
      ...sheetPlan(),
      marks: [{ sheet: SHEET, cell: "D4", severity: "info", fill: "#D1ECF1", note: "前缀" }],
    });
    const xml = partText(o.parts, "xl/comments1.xml")!;
    expect(xml).toContain(
      `<x:comment ref="D4" authorId="1"><x:text><x:r><x:t xml:space="preserve">前缀</x:t></x:r></x:text></x:comment></x:commentList>`
    );
    expect(xml).toContain(
      "<x:authors><x:author>Author</x:author><x:author>绩效评分助手 Jixiao</x:author></x:authors>"
    );
    // taken away again, the part is as it was
    applyToSheet(o.parts, o.styles, o.sheetPath, {
      ...sheetPlan(),
      restores: [{ sheet: SHEET, cell: "D4", look: { fill: null, note: null } }],
    });
    expect(partText(o.parts, "xl/comments1.xml")).toBe(prefixed);
  });

  test("the first note goes in before an Excel table's parts (the order Excel needs, exceljs #1369)", async () => {
    const o = await bookWith((xml) =>
      xml.replace(
        "</worksheet>",
        '<tableParts count="1"><tablePart r:id="rId7"/></tableParts></worksheet>'
      )
    );
    applyToSheet(o.parts, o.styles, o.sheetPath, {
      ...sheetPlan(),
      marks: [{ sheet: SHEET, cell: "A2", severity: "info", fill: "#D1ECF1", note: "表" }],
    });
    expect(partText(o.parts, o.sheetPath)).toMatch(
      /<pageSetup [^>]*\/><legacyDrawing r:id="rId\d+"\/><tableParts count="1">/
    );
  });
});
