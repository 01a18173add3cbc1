// Browser mode's files: which ones can be scored, where the sample is, what the download is called.

/** The bundled sample, fetched from the page's own origin (the only request the page makes). */
export const SAMPLE_URL = "assets/samples/sample.xlsx";
export const SAMPLE_NAME = "sample.xlsx";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";
/** What the picker offers: the workbooks it scores, and the old kinds it names in its refusal (how to save them as .xlsx). */
export const PICKER_ACCEPT = `.xlsx,.xlsm,.xls,.et,${XLSX_TYPE},${XLSM_TYPE}`;

/**
 * A name the door opens: .xlsx and .xlsm are scored; .xls and WPS .et/.ett are opened only to be refused
 * with the same words as the command line (what the file is, how to save it as .xlsx).
 */
export function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xls|et|ett)$/i.test(name.trim());
}

const isXlsm = (name: string) => /\.xlsm$/i.test(name.trim());

/** The download's media type: an .xlsm's copy keeps its macros and stays an .xlsm. */
export function downloadType(original: string): string {
  return isXlsm(original) ? XLSM_TYPE : XLSX_TYPE;
}

/** "自评表.xlsx" → "自评表.scored.xlsx"; after undo "自评表.unscored.xlsx"; an .xlsm stays .xlsm. Never the picked file's own name. */
export function downloadName(original: string, scored: boolean): string {
  const ext = isXlsm(original) ? ".xlsm" : ".xlsx";
  const base = original.trim().replace(/\.xls[xm]$/i, "") || "workbook";
  return `${base}.${scored ? "scored" : "unscored"}${ext}`;
}
