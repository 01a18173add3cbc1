// The two sessions, loaded with import() so that the Office.js adapter and ExcelJS stay out of the initial
// JavaScript and each door downloads only its own.
import type { SessionOpeners } from "./session/contract";

export const defaultOpeners: SessionOpeners = {
  excel: async (language) => {
    const { excelSession } = await import(/* webpackChunkName: "excel-run" */ "./excel-run");
    return excelSession(language);
  },
  browser: async (file, language) => {
    const { openBrowserSession } = await import(
      /* webpackChunkName: "browser-run" */ "./browser-run"
    );
    return openBrowserSession(file, language);
  },
};
