// Browser mode's files: which ones can be scored, where the sample is, what the download is called.

/** The bundled sample, fetched from the page's own origin (the only request the page makes). */
export const SAMPLE_URL = "assets/samples/sample.xlsx";
export const SAMPLE_NAME = "sample.xlsx";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}

/** "自评表.xlsx" → "自评表.scored.xlsx"; after undo "自评表.unscored.xlsx". Never the picked file's own name. */
export function downloadName(original: string, scored: boolean): string {
  const base = original.trim().replace(/\.xlsx$/i, "") || "workbook";
  return `${base}.${scored ? "scored" : "unscored"}.xlsx`;
}
