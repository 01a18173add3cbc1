// The two sessions, loaded with import() so that the Office.js adapter and the .xlsx package adapter stay out
// of the initial JavaScript and each door downloads only its own. Browser mode's workbook is read, scored and
// written in a Web Worker (worker-session.ts); the package adapter is in the worker's chunk, fetched when a
// workbook is first opened.
import type { SessionOpeners } from "./session/contract";

export const defaultOpeners: SessionOpeners = {
  excel: async (language) => {
    const { excelSession } = await import(/* webpackChunkName: "excel-run" */ "./excel-run");
    return excelSession(language);
  },
  browser: async (file, language, cancel) => {
    const [{ openInWorker }, { spawnWorkbookWorker }] = await Promise.all([
      import(/* webpackChunkName: "worker-session" */ "./worker-session"),
      import(/* webpackChunkName: "worker-session" */ "./spawn-worker"),
    ]);
    return openInWorker(file, language, spawnWorkbookWorker, cancel);
  },
};
