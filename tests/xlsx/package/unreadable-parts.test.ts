/**
 * A package whose sheets or styles cannot be read as a spreadsheet reads them is refused when it is opened,
 * with a message that names the file, the sheet and the cell; it is never read in part (a sheet cut short
 * would score as a shorter table, a missing shared text as an empty cell). Packages made by hand.
 */

import { problemText } from "../../../src/engine/i18n/problem-text";
import { openPackage } from "../../../src/workbook/xlsx/package/package-port";
import { MAIN, XML, bookBytes, type BookSource } from "./hand-book";

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>10</v></c></row>';
const STRINGS = ["指标", "分值", "产出指标"];

function book(sheetXml?: string, more: Partial<BookSource> = {}): BookSource {
  return {
    sheets: [
      {
        name: "说明",
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>填报说明</t></is></c></row>',
      },
      { name: "自评表", rows: ROWS, ...(sheetXml === undefined ? {} : { xml: sheetXml }) },
    ],
    strings: STRINGS,
    ...more,
  };
}

const whole = `${XML}<worksheet xmlns="${MAIN}"><sheetData>${ROWS}</sheetData></worksheet>`;

async function problemOf(b: BookSource) {
  const opened = await openPackage("部门.xlsx", bookBytes(b));
  if (opened.ok) return null;
  return {
    ...opened.problem,
    zh: problemText(opened.problem, "zh-CN"),
    en: problemText(opened.problem, "en-US"),
  };
}

test("a whole sheet opens, prefixed or with a line break after its end", async () => {
  expect(await problemOf(book(whole))).toBeNull();
  expect(await problemOf(book(`${whole}\r\n`))).toBeNull();
  const prefixed = `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  expect(await problemOf(book(prefixed))).toBeNull();
});

test("a sheet cut in half is refused, its name in the message", async () => {
  const p = await problemOf(book(whole.slice(0, Math.floor(whole.length / 2))));
  expect(p).toMatchObject({ code: "UNREADABLE_SHEET", file: "部门.xlsx", sheet: "自评表" });
  expect(p!.zh).toContain("部门.xlsx：工作表「自评表」的内容不完整或已损坏");
  expect(p!.en).toContain("sheet “自评表” is incomplete or damaged");
});

test("a sheet part that is not XML is refused", async () => {
  const p = await problemOf(book("<<<not xml"));
  expect(p).toMatchObject({ code: "UNREADABLE_SHEET", sheet: "自评表" });
});

test("a cell whose shared text is not in the file is refused, with the sheet and the cell named once", async () => {
  // B2 points at the fourth shared text (index 3) of three
  const rows = ROWS.replace('<c r="B2"><v>10</v></c>', '<c r="B2" t="s"><v>3</v></c>');
  const p = await problemOf(
    book(`${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`)
  );
  expect(p).toMatchObject({ code: "UNREADABLE_SHEET", sheet: "自评表", cell: "B2" });
  expect(p!.zh).toBe(
    "部门.xlsx：工作表「自评表」单元格 B2 引用的共享文本（编号 3）在文件中不存在（共 3 条），这个单元格的文字已丢失，因此不予处理；请在 Excel 或 WPS 中打开、检查后另存再试"
  );
  expect(p!.en).toContain(
    "a cell's text is missing from the file: cell B2 of sheet “自评表” refers to shared text “3”"
  );
  expect(p!.en).not.toContain("(自评表!B2)");
});

test("styles cut short are refused: marks written into them would give a copy that does not open", async () => {
  const styles = `${XML}<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/></cellXfs>`;
  const p = await problemOf(book(undefined, { stylesXml: styles }));
  expect(p).toMatchObject({ code: "UNREADABLE_FILE", file: "部门.xlsx" });
  expect(p!.zh).toContain("样式部分（xl/styles.xml）不完整或已损坏");
});
