/**
 * Errors a person can cause while the add-in reads or writes the workbook, as typed values with a
 * location and a message in zh-CN and en-US. Anything else is a bug and stays an ordinary exception.
 */

import type { Lang } from "../../engine/model";

export type WorkbookErrorCode =
  /** A sheet the plan writes into is protected. */
  | "sheetProtected"
  /** The workbook's structure is protected: sheets cannot be added or deleted. */
  | "workbookProtected"
  /** A sheet was removed or renamed after it was read. */
  | "sheetMissing"
  /** A cell is being edited: Excel refuses every request until the edit ends. */
  | "cellEditMode"
  /** Even the smallest piece of the request is over Excel's request size limit. */
  | "payloadTooLarge"
  /** A range is over Excel's read limit (5,000,000 cells). */
  | "rangeTooLarge"
  /** The write stopped after part of it was written (only possible when it needed several requests). */
  | "partialWrite"
  /** This Excel lacks an API the adapter cannot do without (ExcelApi 1.8). */
  | "unsupportedExcel"
  /** Excel refused for a reason the adapter does not know; the Office error code is in the message. */
  | "excelError";

export type LocalizedText = Record<Lang, string>;

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly sheet?: string;
  readonly cell?: string;
  readonly text: LocalizedText;
  /** The Office error code behind it, when there was one (e.g. "ItemNotFound"). */
  readonly officeCode?: string;

  constructor(
    code: WorkbookErrorCode,
    text: LocalizedText,
    where: { sheet?: string; cell?: string; officeCode?: string } = {}
  ) {
    super(text["en-US"]);
    this.name = "WorkbookError";
    this.code = code;
    this.text = text;
    if (where.sheet !== undefined) this.sheet = where.sheet;
    if (where.cell !== undefined) this.cell = where.cell;
    if (where.officeCode !== undefined) this.officeCode = where.officeCode;
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}

/** The `code` of an Office error (OfficeExtension.Error), or undefined. */
export function officeCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** Excel refused a request or its response as too large (Excel on the web: 5 MB). */
export function isPayloadLimit(e: unknown): boolean {
  const code = officeCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * The one translation of an Office error into a person's message: a WorkbookError for what a person can act on,
 * `excelError` naming Excel's code for the rest; what is not an Office error stays as it is. The apply looks
 * at the sheets once more before this when a sheet may be gone or protected (write-send.ts).
 */
export function fromOffice(e: unknown): unknown {
  if (e instanceof WorkbookError) return e;
  const code = officeCode(e);
  if (code === undefined) return e;
  if (code === "InvalidOperationInCellEditMode") return errors.cellEditMode();
  if (code === "RangeExceedsLimit") return errors.rangeTooLarge();
  if (isPayloadLimit(e)) return errors.payloadTooLarge();
  return errors.excelError(code, e instanceof Error ? e.message : String(e));
}

export const errors = {
  sheetProtected: (sheet: string): WorkbookError =>
    new WorkbookError(
      "sheetProtected",
      {
        "zh-CN": `工作表“${sheet}”受保护，无法写入评分结果。请撤销工作表保护后重试；工作簿未做任何更改。`,
        "en-US": `The sheet "${sheet}" is protected, so the scores cannot be written. Unprotect it and try again; nothing in the workbook was changed.`,
      },
      { sheet }
    ),
  workbookProtected: (): WorkbookError =>
    new WorkbookError("workbookProtected", {
      "zh-CN":
        "工作簿结构受保护，无法添加或删除评分汇总、复核清单等工作表。请撤销工作簿保护后重试；工作簿未做任何更改。",
      "en-US":
        "The workbook's structure is protected, so the summary and review sheets cannot be added or removed. Unprotect the workbook and try again; nothing was changed.",
    }),
  sheetMissing: (sheet: string): WorkbookError =>
    new WorkbookError(
      "sheetMissing",
      {
        "zh-CN": `找不到工作表“${sheet}”：它在读取之后被删除或重命名了。请重新评分；工作簿未做任何更改。`,
        "en-US": `The sheet "${sheet}" is gone: it was deleted or renamed after it was read. Score the workbook again; nothing was changed.`,
      },
      { sheet, officeCode: "ItemNotFound" }
    ),
  cellEditMode: (): WorkbookError =>
    new WorkbookError(
      "cellEditMode",
      {
        "zh-CN": "Excel 正在编辑某个单元格。请按 Enter 或 Tab 结束编辑后重试；工作簿未做任何更改。",
        "en-US":
          "A cell is being edited in Excel. Press Enter or Tab to finish editing, then try again; nothing was changed.",
      },
      { officeCode: "InvalidOperationInCellEditMode" }
    ),
  payloadTooLarge: (sheet?: string): WorkbookError =>
    new WorkbookError(
      "payloadTooLarge",
      {
        "zh-CN": `单元格内容过大，超出 Excel 单次请求的大小限制${sheet ? `（工作表“${sheet}”）` : ""}。`,
        "en-US": `A cell's content is too large for a single Excel request${sheet ? ` (sheet "${sheet}")` : ""}.`,
      },
      { sheet, officeCode: "RequestPayloadSizeLimitExceeded" }
    ),
  rangeTooLarge: (sheet?: string): WorkbookError =>
    new WorkbookError(
      "rangeTooLarge",
      {
        "zh-CN": `${sheet ? `工作表“${sheet}”的` : ""}已用区域超出 Excel 单次读取的单元格上限（5,000,000 个）。`,
        "en-US": `The used range${sheet ? ` of the sheet "${sheet}"` : ""} is over Excel's read limit (5,000,000 cells).`,
      },
      { sheet, officeCode: "RangeExceedsLimit" }
    ),
  partialWrite: (cause: WorkbookError): WorkbookError =>
    new WorkbookError(
      "partialWrite",
      {
        "zh-CN": `写入中途停止，部分结果已写入工作簿。原因：${cause.text["zh-CN"].replace(/；?工作簿未做任何更改。?$/, "。")}请处理后重新评分，或使用“撤销”。`,
        "en-US": `Writing stopped part way; some results are already in the workbook. Cause: ${cause.text["en-US"].replace(/;? ?nothing (in the workbook )?was changed\.?$/, ".")} Fix it and score again, or use Undo.`,
      },
      { sheet: cause.sheet, cell: cause.cell, officeCode: cause.officeCode }
    ),
  unsupportedExcel: (): WorkbookError =>
    new WorkbookError("unsupportedExcel", {
      "zh-CN":
        "此版本的 Excel 不支持评分助手所需的接口（ExcelApi 1.8）。请升级 Excel 或使用网页版。",
      "en-US":
        "This version of Excel lacks the API the add-in needs (ExcelApi 1.8). Update Excel or use Excel on the web.",
    }),
  excelError: (code: string, message: string): WorkbookError =>
    new WorkbookError(
      "excelError",
      {
        "zh-CN": `Excel 拒绝了请求（${code}）：${message}`,
        "en-US": `Excel refused the request (${code}): ${message}`,
      },
      { officeCode: code }
    ),
};
