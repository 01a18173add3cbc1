// Browser mode: the .xlsx the user picked (or the sample), held in memory as its package. Loaded lazily (see
// run.ts): the .xlsx adapter is imported here and only here, so it lands in a chunk that only browser mode
// downloads.
import { type Grid, msg, render } from "../engine";
import { type PackagePort, openPackage } from "../workbook/xlsx/package/package-port";
import type { Language } from "./i18n";
import type { BrowserSession, DownloadFile, OpenOutcome } from "./session/contract";
import {
  type SessionContext,
  draftReport,
  errorText,
  reviewFlag,
  scoreWorkbook,
  undoRun,
} from "./session/core";
import { downloadName, downloadType } from "./state/files";

export async function openBrowserSession(
  file: File,
  language: Language
): Promise<OpenOutcome<BrowserSession>> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, message: render(msg("xlsx.unreadable", { file: file.name }), language) };
  }
  const opened = await openPackage(file.name, bytes);
  // One catalogue of refusals for every door: the same words as the command line, never a library's.
  if (!opened.ok) return { ok: false, message: render(opened.problem.message, language) };
  const port = opened.port;
  try {
    const grids = await port.read();
    return { ok: true, session: browserSession(file.name, port, grids, language) };
  } catch (error) {
    return { ok: false, message: errorText(error, language) };
  }
}

function browserSession(
  fileName: string,
  port: PackagePort,
  initial: Grid[],
  language: Language
): BrowserSession {
  const ctx: SessionContext = { port, language, file: fileName, clock: () => new Date() };
  let grids = initial;
  let scored = false;
  // The preview shows the workbook as it is after each change.
  const refresh = async (): Promise<void> => {
    grids = await port.read();
  };
  return {
    kind: "browser",
    fileName,
    grids: () => grids,
    scored: () => scored,
    async score(choices, onProgress, signal) {
      const outcome = await scoreWorkbook(ctx, choices, onProgress, signal);
      if (outcome.status === "done") {
        scored = true;
        await refresh();
      }
      return outcome;
    },
    async review(flagId, decision) {
      const outcome = await reviewFlag(ctx, flagId, decision);
      if (outcome.ok) await refresh();
      return outcome;
    },
    draftReport: (choices, form) => draftReport(ctx, choices, form),
    // The preview scrolls to the cell itself: nothing to do in the workbook.
    select: async () => ({ ok: true }),
    async undo() {
      const outcome = await undoRun(ctx);
      if (outcome.ok) {
        scored = false;
        await refresh();
      }
      return outcome;
    },
    async download(): Promise<DownloadFile> {
      const bytes = port.save();
      return {
        blob: new Blob([bytes as BlobPart], { type: downloadType(fileName) }),
        name: downloadName(fileName, scored),
      };
    },
  };
}
