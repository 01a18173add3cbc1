// Excel mode: the workbook open in Excel, through the Office.js adapter. Loaded lazily (see run.ts) once
// Office.onReady has said the host is Excel, so browser mode never downloads the adapter.
import { officeWorkbookPort } from "../workbook/excel";
import { selectCell } from "../workbook/excel/select";
import type { Language } from "./i18n";
import type { WorkbookSession } from "./session/contract";
import {
  type SessionContext,
  draftReport,
  errorText,
  reviewFlag,
  scoreWorkbook,
  undoRun,
} from "./session/core";

/** The workbook's file name from its URL, where Office knows one ("" for a new, unsaved workbook). */
function documentName(): string {
  try {
    const url = Office.context.document.url ?? "";
    return decodeURIComponent(url.split(/[\\/]/).pop() ?? "");
  } catch {
    return "";
  }
}

export function excelSession(language: Language): WorkbookSession {
  const ctx: SessionContext = {
    port: officeWorkbookPort(),
    language,
    file: documentName(),
    clock: () => new Date(),
  };
  return {
    kind: "excel",
    score: (choices, onProgress, signal) => scoreWorkbook(ctx, choices, onProgress, signal),
    review: (flagId, decision) => reviewFlag(ctx, flagId, decision),
    undo: () => undoRun(ctx),
    draftReport: (choices, form) => draftReport(ctx, choices, form),
    async select(sheet, cell) {
      try {
        await selectCell((batch) => Excel.run(batch), sheet, cell);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: errorText(error, language) };
      }
    },
  };
}
