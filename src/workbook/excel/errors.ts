/**
 * Errors a person can cause while the add-in reads or writes the workbook: a code, where (sheet, cell) and a
 * message of the catalogue's excel section. Anything else is a bug and stays an ordinary exception.
 */

import { LANGS } from "../../engine/i18n/languages";
import { msg, render } from "../../engine/i18n/render";
import type { Problem } from "../../engine/errors";
import type { Lang, Localized, Message } from "../../engine/model";

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

/** The message in every language, rendered once from the catalogue. */
export type LocalizedText = Record<Lang, string>;

/** A message of the catalogue's excel section that may end by saying the workbook was not changed. */
type Unchanged = "excel.unchanged" | "excel.unchangedInWorkbook";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly sheet?: string;
  readonly cell?: string;
  /** What went wrong, in the shape every door shares: code, place and a catalogue message. */
  readonly problem: Problem<WorkbookErrorCode>;
  /** The ending that says nothing was changed, which a write stopped part way cannot say of its cause. */
  readonly unchanged?: Unchanged;
  /** The message in every language. */
  readonly text: LocalizedText;
  /** For a write stopped part way: the error that stopped it. */
  readonly cause?: WorkbookError;
  /** The Office error code behind it, when there was one (e.g. "ItemNotFound"). */
  readonly officeCode?: string;

  constructor(
    code: WorkbookErrorCode,
    problem: Message,
    where: {
      sheet?: string;
      cell?: string;
      officeCode?: string;
      unchanged?: Unchanged;
      cause?: WorkbookError;
    } = {}
  ) {
    super();
    this.name = "WorkbookError";
    this.code = code;
    this.problem = { code, message: problem };
    if (where.sheet !== undefined) this.problem.sheet = this.sheet = where.sheet;
    if (where.cell !== undefined) this.problem.cell = this.cell = where.cell;
    if (where.officeCode !== undefined) this.officeCode = where.officeCode;
    if (where.unchanged !== undefined) this.unchanged = where.unchanged;
    if (where.cause !== undefined) this.cause = where.cause;
    this.text = Object.fromEntries(
      LANGS.map((lang) => [lang, this.compose(lang)])
    ) as LocalizedText;
    this.message = this.text["en-US"];
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return this.text[lang];
  }

  private compose(lang: Lang): string {
    const text = render(this.problem.message, lang);
    return this.unchanged ? text + render(msg(this.unchanged), lang) : text;
  }

  /** As the cause of a write stopped part way, in every language: without "nothing was changed". */
  asCause(): Localized {
    return Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        this.unchanged
          ? render(this.problem.message, lang) + render(msg("excel.causeEnd"), lang)
          : this.text[lang],
      ])
    ) as Localized;
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
    new WorkbookError("sheetProtected", msg("excel.sheetProtected", { sheet }), {
      sheet,
      unchanged: "excel.unchangedInWorkbook",
    }),
  workbookProtected: (): WorkbookError =>
    new WorkbookError("workbookProtected", msg("excel.workbookProtected"), {
      unchanged: "excel.unchanged",
    }),
  sheetMissing: (sheet: string): WorkbookError =>
    new WorkbookError("sheetMissing", msg("excel.sheetMissing", { sheet }), {
      sheet,
      officeCode: "ItemNotFound",
      unchanged: "excel.unchanged",
    }),
  cellEditMode: (): WorkbookError =>
    new WorkbookError("cellEditMode", msg("excel.cellEditMode"), {
      officeCode: "InvalidOperationInCellEditMode",
      unchanged: "excel.unchanged",
    }),
  payloadTooLarge: (sheet?: string): WorkbookError =>
    new WorkbookError(
      "payloadTooLarge",
      sheet ? msg("excel.payloadTooLarge.sheet", { sheet }) : msg("excel.payloadTooLarge"),
      { sheet, officeCode: "RequestPayloadSizeLimitExceeded" }
    ),
  rangeTooLarge: (sheet?: string): WorkbookError =>
    new WorkbookError(
      "rangeTooLarge",
      sheet ? msg("excel.rangeTooLarge.sheet", { sheet }) : msg("excel.rangeTooLarge"),
      { sheet, officeCode: "RangeExceedsLimit" }
    ),
  partialWrite: (cause: WorkbookError): WorkbookError =>
    new WorkbookError("partialWrite", msg("excel.partialWrite", { cause: cause.asCause() }), {
      sheet: cause.sheet,
      cell: cause.cell,
      officeCode: cause.officeCode,
      cause,
    }),
  unsupportedExcel: (): WorkbookError =>
    new WorkbookError("unsupportedExcel", msg("excel.unsupportedExcel")),
  excelError: (code: string, message: string): WorkbookError =>
    new WorkbookError("excelError", msg("excel.excelError", { code, message }), {
      officeCode: code,
    }),
};
