// Browser mode: score a workbook the user picked. Loaded lazily (see run.ts), so whatever this module
// imports (ExcelJS, the .xlsx adapter, the engine) lands in a chunk that only browser mode downloads.
import type { RunOutcome } from "./run";

export async function runInBrowser(file: File): Promise<RunOutcome> {
  // Not wired yet: the .xlsx adapter (src/workbook/xlsx) will read `file`, run the engine and
  // offer the scored copy as a download.
  void file;
  return { status: "not-connected" };
}
