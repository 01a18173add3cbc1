/**
 * The package reader on packages made by hand, one SpreadsheetML feature at a time, as real .xlsx bytes
 * (zipped, then opened through checkPackage as a door opens them). Expected values are worked out in the
 * comments beside them.
 */

import type { Grid } from "../../../src/engine/grid";
import { parseLookRaw } from "../../../src/workbook/xlsx/package/cell-look";
import { readGrids } from "../../../src/workbook/xlsx/package/read-sheet";
import { type BookSource, MAIN, type SheetSource, XML, bookParts, gridsOf } from "./hand-book";

async function gridOf(book: BookSource): Promise<Grid> {
  return (await gridsOf(book))[0];
}

const sheet = (rows: string, more: Partial<SheetSource> = {}): SheetSource => ({
  name: "自评表",
  rows,
  ...more,
});

describe("cell values", () => {
  test("inline strings: text decoded, rich runs joined, phonetic runs left out, an empty one no value", async () => {
    const g = await gridOf({
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 绩效 &amp; 评分 </t></is></c>' +
            '<c r="B1" t="inlineStr"><is><r><t>项目</t></r><r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/></rPr><t>名称</t></r><rPh sb="0" eb="2"><t>xiangmu</t></rPh></is></c>' +
            '<c r="C1" t="inlineStr"><is><t>=SUM(A1)</t></is></c>' +
            '<c r="D1" t="inlineStr"><is><t></t></is></c></row>'
        ),
      ],
    });
    // D1's empty item is no value at all: the row ends at C1
    expect(g.values[0]).toEqual([" 绩效 & 评分 ", "项目名称", "=SUM(A1)"]);
    expect(g.formulas).toEqual([]); // text that looks like a formula stays text
  });

  test("shared strings: rich runs joined, phonetic runs left out, _xHHHH_ read back, CR LF as LF", async () => {
    const sst =
      `${XML}<sst xmlns="${MAIN}"><si><r><t>项目</t></r><r><rPr><b/></rPr><t>名称</t></r><rPh sb="0" eb="2"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>` +
      "<si><t>第一行_x000D_\r\n第二行</t></si><si/><si><t>a&lt;b&#x4E2D;</t></si></sst>";
    const g = await gridOf({
      strings: sst,
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
        ),
      ],
    });
    // _x000D_ is a carriage return the writer escaped; the literal CR LF after it is a line end ("\n")
    expect(g.values[0]).toEqual(["项目名称", "第一行\r\n第二行", "", "a<b中"]);
  });

  test("formula results by type: str, e, b, numbers, a 0 result, a formula without one", async () => {
    const g = await gridOf({
      sheets: [
        sheet(
          '<row r="1"><c r="A1"><v>7</v></c><c r="B1" t="str"><f>A1&amp;"件"</f><v>7件</v></c>' +
            '<c r="C1" t="e"><f>A1/0</f><v>#DIV/0!</v></c><c r="D1" t="b"><f>A1&gt;5</f><v>1</v></c>' +
            '<c r="E1" t="b"><v>0</v></c><c r="F1"><f>A1-7</f><v>0</v></c><c r="G1"><f>A1*2</f></c>' +
            '<c r="H1" t="e"><v>#N/A</v></c><c r="I1"><v>1e999</v></c><c r="J1"><v>-2.5E-3</v></c></row>'
        ),
      ],
    });
    expect(g.values[0]).toEqual([
      7,
      "7件",
      { error: "#DIV/0!" },
      true,
      false,
      0, // 7 − 7: the cached 0 is a value
      null, // never calculated: the cell is there, its value unknown
      { error: "#N/A" },
      { error: "#NUM!" }, // 1e999 is no finite number: Excel shows #NUM!
      -0.0025,
    ]);
    expect(g.formulas?.[0]).toEqual([
      undefined,
      'A1&"件"',
      "A1/0",
      "A1>5",
      undefined,
      "A1-7",
      "A1*2",
    ]);
  });

  test('ISO dates typed t="d" (written by some producers) read as their day', async () => {
    const g = await gridOf({
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="d"><v>2024-03-01T00:00:00</v></c><c r="B1" t="d"><v>2024-02-29</v></c></row>'
        ),
      ],
    });
    expect(g.values[0]).toEqual(["2024-03-01", "2024-02-29"]);
  });

  test("shared formulas: each cell of the run reads its own formula, absolute references kept", async () => {
    const g = await gridOf({
      sheets: [
        sheet(
          '<row r="1"><c r="D1"><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>10</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+B2*$D$1</f><v>21</v></c></row>' +
            '<row r="3"><c r="A3"><v>2</v></c><c r="B3"><v>20</v></c><c r="C3"><f t="shared" si="0"/><v>42</v></c></row>' +
            '<row r="4"><c r="A4"><v>3</v></c><c r="B4"><v>30</v></c><c r="C4"><f t="shared" si="0"/><v>63</v></c>' +
            '<c r="E4"><f t="shared" ref="E4:G4" si="1">SUM($A4:B4)&amp;"B4"</f><v>33B4</v></c><c r="F4"><f t="shared" si="1"/><v>0</v></c></row>'
        ),
      ],
    });
    expect(g.formulas?.[1]?.[2]).toBe("A2+B2*$D$1");
    expect(g.formulas?.[2]?.[2]).toBe("A3+B3*$D$1"); // one row down
    expect(g.formulas?.[3]?.[2]).toBe("A4+B4*$D$1"); // two rows down
    expect(g.formulas?.[3]?.[4]).toBe('SUM($A4:B4)&"B4"');
    // one column right: $A stays, B4 → C4, the text "B4" is no reference
    expect(g.formulas?.[3]?.[5]).toBe('SUM($A4:C4)&"B4"');
    expect(g.values[2]?.[2]).toBe(42);
  });

  test("numbers shown as dates become ISO days: custom 年月日 format, built-in formats, the 1900 leap-year bug", async () => {
    const g = await gridOf({
      numFmts:
        '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.00&quot;天&quot;"/>',
      xfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="177" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>',
      sheets: [
        sheet(
          // 45292 = 2024-01-01: 45292 − 25569 (1970-01-01) = 19723 days = 54 years since 1970 (13 of them leap)
          '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292.75</v></c><c r="C1" s="3"><v>45351</v></c>' +
            '<c r="D1" s="4"><v>45292</v></c><c r="E1" s="1" t="str"><f>"x"</f><v>x</v></c><c r="F1" s="1"><f>A1+1</f><v>45293</v></c></row>' +
            // 1900 system: day 1 = 1900-01-01, 59 = 1900-02-28, 60 = the 1900-02-29 Excel counts, 61 = 1900-03-01
            '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>59</v></c><c r="C2" s="1"><v>60</v></c><c r="D2" s="1"><v>61</v></c><c r="E2" s="1"><v>-1</v></c></row>'
        ),
      ],
    });
    expect(g.values[0]).toEqual([
      "2024-01-01",
      "2024-01-01", // 18:00 on that day: the day is kept
      "2024-02-29", // 45351 − 45292 = 59 days after 2024-01-01 (31 in January, 2024 a leap year)
      45292, // 0.00"天": a number format with a quoted 天, no date
      "x",
      "2024-01-02",
    ]);
    expect(g.formats?.[0]).toEqual([
      'yyyy"年"m"月"d"日"',
      "mm-dd-yy",
      'yyyy"年"m"月"d"日"', // built-in 31, the zh-CN long date
      '0.00"天"',
      'yyyy"年"m"月"d"日"',
      'yyyy"年"m"月"d"日"',
    ]);
    // −1 is no day a spreadsheet shows (it shows ####): the number stays
    expect(g.values[1]).toEqual(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", -1]);
  });

  test("a 1904 workbook counts its days from 1904-01-01", async () => {
    const g = await gridOf({
      date1904: true,
      numFmts:
        '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
      xfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0"/>',
      // 43830 = 45292 − 1462, the days between 1900-01-00 and 1904-01-01 in the 1900 system
      sheets: [
        sheet('<row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1" s="1"><v>0</v></c></row>'),
      ],
    });
    expect(g.values[0]).toEqual(["2024-01-01", "1904-01-01"]);
  });
});

describe("the sheet's layout", () => {
  test("merged areas: only the first cell holds the value, every row of the area is listed", async () => {
    const g = await gridOf({
      strings: ["项目", "陈旧值"],
      sheets: [
        sheet(
          // B3 still holds a value in the XML (a merge over filled cells): spreadsheets show only A3's
          '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c></row><row r="6"><c r="A6"><v>1</v></c></row>',
          {
            after:
              '<mergeCells count="2"><mergeCell ref="A3:C4"/><mergeCell ref="$D$5:$D$5"/></mergeCells>',
          }
        ),
      ],
    });
    expect(g.merges).toEqual([
      { top: 2, left: 0, bottom: 3, right: 2 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
    expect(g.values).toEqual([[], [], ["项目"], [], [], [1]]);
  });

  test("hidden rows and columns, widths from <col min max width>, heights from <row ht>", async () => {
    const g = await gridOf({
      sheets: [
        sheet(
          '<row r="1" ht="30" customHeight="1"><c r="A1"><v>1</v></c><c r="E1"><v>5</v></c></row>' +
            '<row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="true" ht="0"><c r="A3"><v>3</v></c></row>' +
            '<row r="4" ht="12.75"/>',
          {
            cols:
              '<col min="1" max="1" width="8.5" customWidth="1"/><col min="2" max="3" width="20.25" hidden="1" customWidth="1"/>' +
              '<col min="4" max="4" hidden="1"/><col min="9" max="9" hidden="1" width="3"/>',
          }
        ),
      ],
    });
    expect(g.hiddenRows).toEqual([1, 2]);
    // I is hidden too, but beyond the last column that holds a cell (E): ExcelJS looked no further
    expect(g.hiddenCols).toEqual([1, 2, 3]);
    expect(g.colWidths).toEqual([
      8.5,
      20.25,
      20.25,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      3,
    ]);
    // row 3's height 0 is how a hidden row is drawn: no height is reported for it
    expect(g.rowHeights).toEqual([30, undefined, undefined, 12.75]);
  });
});

describe("looks: fills and notes", () => {
  const THEME_FILL =
    '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.59999389629810485"/><bgColor indexed="64"/></patternFill></fill>';
  const PLAIN_FILL =
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>';
  const COMMENTS =
    `<comments xmlns="${MAIN}"><authors><author>李审核</author><author>王填报</author></authors><commentList>` +
    '<comment ref="B2" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>审核：</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">数据待核实\n请补充</t></r></text></comment>' +
    '<comment ref="D4" authorId="1"><text><t>空单元格上的批注</t></text></comment></commentList></comments>';

  test("a theme-coloured fill and a rich-text note are kept exactly in the raw look, beside their plain look", async () => {
    const g = await gridOf({
      fills: `<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${THEME_FILL}${PLAIN_FILL}`,
      xfs:
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/>' +
        '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" applyFill="1"/>',
      sheets: [
        sheet(
          '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="2"><v>2</v></c><c r="C2" s="2"/></row>',
          { comments: COMMENTS }
        ),
      ],
    });
    // A2: theme colour 4 with a tint: no RGB says it, so no plain fill, and the raw look holds the <fill>
    expect(g.fills?.[1]?.[0]).toBeUndefined();
    expect(parseLookRaw(g.looks?.[1]?.[0])).toEqual({ fill: THEME_FILL });
    // B2: a plain solid colour, and a note in two runs by 李审核
    expect(g.fills?.[1]?.[1]).toBe("#FFC7CE");
    expect(g.notes?.[1]?.[1]).toBe("审核：数据待核实\n请补充");
    const b2 = parseLookRaw(g.looks?.[1]?.[1]);
    expect(b2?.note?.author).toBe("李审核");
    expect(b2?.note?.text).toContain('<rFont val="宋体"/></rPr><t>审核：</t></r>');
    expect(b2?.fill).toBe(PLAIN_FILL);
    // C2: an empty cell with the plain fill: colour alone says it, no raw look
    expect(g.fills?.[1]?.[2]).toBe("#FFC7CE");
    expect(g.looks?.[1]?.[2]).toBeUndefined();
    // D4 has no <c> element at all: its note is still read, with its author
    expect(g.notes?.[3]?.[3]).toBe("空单元格上的批注");
    expect(parseLookRaw(g.looks?.[3]?.[3])?.note?.author).toBe("王填报");
    // a note alone does not make a row: the grid's values end at row 2
    expect(g.values.length).toBe(2);
  });
});

describe("packages written with a prefix on the SpreadsheetML namespace", () => {
  test("a prefixed workbook, sheet, shared strings and styles read as the unprefixed ones", async () => {
    const plain: BookSource = {
      strings: ["指标", "得分"],
      numFmts: '<numFmt numFmtId="176" formatCode="0.0%"/>',
      xfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0"/>',
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2" hidden="1"><c r="A2" s="1"><v>0.925</v></c><c r="B2"><f>A2*100</f><v>92.5</v></c></row>',
          {
            cols: '<col min="1" max="1" width="12" customWidth="1"/>',
            after: '<mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells>',
          }
        ),
      ],
    };
    const prefix = (xml: string) =>
      xml
        .replace(/<(\/?)(?!\?)([A-Za-z])/g, "<$1x:$2")
        .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    const parts = bookParts(plain);
    const prefixed: BookSource = {
      ...plain,
      workbookXml: prefix(new TextDecoder().decode(parts.get("xl/workbook.xml"))),
      stylesXml: prefix(new TextDecoder().decode(parts.get("xl/styles.xml"))),
      strings: prefix(new TextDecoder().decode(parts.get("xl/sharedStrings.xml"))),
      sheets: [
        {
          name: "自评表",
          xml: prefix(new TextDecoder().decode(parts.get("xl/worksheets/sheet1.xml"))),
        },
      ],
    };
    expect(prefixed.sheets[0].xml).toContain('<x:worksheet xmlns:x="');
    expect(prefixed.sheets[0].xml).toContain('<x:c r="A1" t="s"><x:v>0</x:v></x:c>');
    const ours = await gridOf(prefixed);
    expect(ours.values).toEqual([
      ["指标", "得分"],
      [0.925, 92.5],
    ]);
    expect(ours.formats?.[1]?.[0]).toBe("0.0%");
    expect(ours.formulas?.[1]?.[1]).toBe("A2*100");
    expect(ours.hiddenRows).toEqual([1]);
    expect(ours.colWidths).toEqual([12]);
    expect(ours.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
    expect(ours).toEqual(await gridOf(plain));
  });
});

describe("readGrids", () => {
  test("every sheet in workbook order, progress per sheet, a sheet whose part is missing left out", async () => {
    const parts = bookParts({
      sheets: [
        sheet('<row r="1"><c r="A1"><v>1</v></c></row>', { name: "乙" }),
        sheet("", { name: "甲" }),
        sheet("", { name: "丙" }),
      ],
    });
    parts.delete("xl/worksheets/sheet3.xml");
    const progress: [number, number][] = [];
    const grids = readGrids(parts, (done, total) => progress.push([done, total]));
    expect(grids.map((g) => g.sheet)).toEqual(["乙", "甲"]);
    expect(grids[1].values).toEqual([]);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
