/**
 * One error shape for every door: a code, a place and a catalogue message. The Excel door's errors keep the
 * words they had when each carried its own two-language text (expected strings copied from that version), and
 * a write stopped part way quotes its cause without "nothing was changed" — now by key, not by a regular
 * expression over the text.
 */
import { problemOf } from "../../src/engine/errors";
import { problemText } from "../../src/engine/i18n/problem-text";
import { errorText } from "../../src/taskpane/session/core";
import { errors } from "../../src/workbook/excel/errors";
import { MissingSheetsError } from "../../src/workbook/xlsx/package/package-port";

describe("the Excel door's errors", () => {
  test("a protected sheet: code, sheet and the words of both languages", () => {
    const e = errors.sheetProtected("表1");
    expect(e.problem).toEqual({
      code: "sheetProtected",
      sheet: "表1",
      message: { key: "excel.sheetProtected", args: { sheet: "表1" } },
    });
    expect(e.messageIn("zh-CN")).toBe(
      "工作表“表1”受保护，无法写入评分结果。请撤销工作表保护后重试；工作簿未做任何更改。"
    );
    expect(e.message).toBe(
      'The sheet "表1" is protected, so the scores cannot be written. Unprotect it and try again; nothing in the workbook was changed.'
    );
  });

  test("a write stopped part way quotes its cause without saying nothing was changed", () => {
    const e = errors.partialWrite(errors.sheetProtected("表1"));
    expect([e.code, e.sheet]).toEqual(["partialWrite", "表1"]);
    expect(e.messageIn("zh-CN")).toBe(
      "写入中途停止，部分结果已写入工作簿。原因：工作表“表1”受保护，无法写入评分结果。请撤销工作表保护后重试。请处理后重新评分，或使用“撤销”。"
    );
    expect(e.messageIn("en-US")).toBe(
      'Writing stopped part way; some results are already in the workbook. Cause: The sheet "表1" is protected, so the scores cannot be written. Unprotect it and try again. Fix it and score again, or use Undo.'
    );
  });

  test("a cause with no such ending is quoted whole", () => {
    const e = errors.partialWrite(errors.rangeTooLarge("表4"));
    expect(e.messageIn("en-US")).toBe(
      'Writing stopped part way; some results are already in the workbook. Cause: The used range of the sheet "表4" is over Excel\'s read limit (5,000,000 cells). Fix it and score again, or use Undo.'
    );
  });
});

describe("the .xlsx door's missing sheets", () => {
  test("carry the same shape, rendered by the catalogue at every door", () => {
    const e = new MissingSheetsError(["已删除", "旧表"]);
    expect(e.message).toBe("sheets not found: 已删除, 旧表");
    expect(problemOf(e)).toEqual({
      code: "SHEET_MISSING",
      sheet: "已删除",
      message: { key: "xlsx.sheetsMissing", args: { sheets: "已删除、旧表" } },
    });
    expect(problemText(e.problem, "zh-CN")).toBe(
      "工作表 已删除、旧表 在读取之后被删除或重命名了，没有写入任何内容；请重新评分"
    );
    expect(errorText(e, "en-US")).toBe(
      "The sheets 已删除、旧表 were deleted or renamed after they were read; nothing was written: score the workbook again"
    );
  });

  test("a plain exception is no problem of the input", () => {
    expect(problemOf(new Error("bug"))).toBeUndefined();
    expect(problemOf({ problem: "text" })).toBeUndefined();
  });
});
