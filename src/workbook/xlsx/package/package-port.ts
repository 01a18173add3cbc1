/**
 * The .xlsx adapter: a WorkbookPort over the workbook's package itself, for Node and the browser alike. read()
 * gives every sheet as a grid (read-sheet.ts); apply() writes a WritePlan into the parts it names (the user's
 * sheets it changes: edit-sheet.ts; the add-in's own sheets: own-sheet.ts, workbook-sheets.ts; styles.xml), on a
 * copy of the package that replaces it only when the whole plan went in; save() zips it, every part the plan
 * did not touch with the bytes it came with.
 */

import type { InputProblem, Problem } from "../../../engine/errors";
import type { Grid } from "../../../engine/grid";
import { msg } from "../../../engine/i18n/render";
import type { WritePlan } from "../../../engine/plan/types";
import type { Progress, WorkbookPort } from "../../port";
import { type SizeLimits, checkPackage, notAWorkbook } from "../limits";
import { type Parts, zipParts } from "../zip-parts";
import { applyToSheet, sheetPlans } from "./edit-sheet";
import { writeOwnSheets } from "./own-sheet";
import { UnreadablePartError, readGrids } from "./read-sheet";
import { StyleSheet } from "./styles-part";
import {
  dropCalcChain,
  removeSheet,
  sheetEntries,
  sheetParts,
  stylesPart,
  writeStylesPart,
} from "./workbook-sheets";

/** The plan names sheets the workbook does not have (deleted or renamed since it was read): nothing was written. */
export class MissingSheetsError extends Error {
  readonly problem: Problem<"SHEET_MISSING">;

  constructor(readonly sheets: string[]) {
    super(`sheets not found: ${sheets.join(", ")}`);
    this.name = "MissingSheetsError";
    this.problem = {
      code: "SHEET_MISSING",
      message: msg("xlsx.sheetsMissing", { sheets: sheets.join("、") }),
      sheet: sheets[0],
    };
  }
}

/** The plan written into a copy of `input`; throws (nothing written) when a sheet it names is missing. */
export function writePlan(input: Parts, plan: WritePlan): Parts {
  const userPlans = sheetPlans(plan);
  const paths = sheetParts(input);
  const missing = [...userPlans.keys()].filter((name) => !paths.has(name));
  if (missing.length) throw new MissingSheetsError(missing);
  const parts: Parts = new Map(input);
  const stylesAt = stylesPart(parts);
  const styles = StyleSheet.read(stylesAt.xml);
  for (const name of plan.deleteSheets) if (paths.has(name)) removeSheet(parts, name);
  let formulasTouched = false;
  for (const [name, sheetPlan] of userPlans) {
    const path = paths.get(name) as string;
    if (applyToSheet(parts, styles, path, sheetPlan).formulasTouched) formulasTouched = true;
  }
  writeOwnSheets(parts, plan.sheets, styles);
  if (formulasTouched) dropCalcChain(parts);
  if (styles.changed) writeStylesPart(parts, stylesAt, styles.toXml());
  return parts;
}

export class PackagePort implements WorkbookPort {
  /** @param grids the package as read when it was opened, until a plan changes it */
  constructor(
    private parts: Parts,
    private grids: Grid[] | null = null
  ) {}

  async read(onProgress?: (p: Progress) => void): Promise<Grid[]> {
    if (this.grids) {
      // read when the package was opened: the step is done, and a run can still stop here
      onProgress?.({ step: "reading", done: this.grids.length, total: this.grids.length });
      return this.grids;
    }
    this.grids = readGrids(this.parts, (done, total) =>
      onProgress?.({ step: "reading", done, total })
    );
    return this.grids;
  }

  async apply(plan: WritePlan, onProgress?: (p: Progress) => void): Promise<void> {
    onProgress?.({ step: "writing", done: 0, total: 1 });
    this.parts = writePlan(this.parts, plan);
    this.grids = null;
    onProgress?.({ step: "writing", done: 1, total: 1 });
  }

  /** The workbook as .xlsx bytes: the input's parts, those the runs changed written anew. */
  save(): Uint8Array {
    return zipParts(this.parts);
  }
}

function unreadablePart(file: string, e: UnreadablePartError): InputProblem {
  const { sheet, cell } = e;
  if (e.why === "stylesBroken")
    return { code: "UNREADABLE_FILE", file, message: msg("xlsx.stylesBroken", { file }) };
  if (e.why === "stringMissing" && sheet && cell) {
    const args = { file, sheet, cell, index: e.index ?? "", count: e.count ?? 0 };
    return {
      code: "UNREADABLE_SHEET",
      file,
      sheet,
      cell,
      message: msg("xlsx.stringMissing", args),
    };
  }
  const where = sheet ?? "";
  return {
    code: "UNREADABLE_SHEET",
    file,
    sheet,
    message: msg("xlsx.sheetBroken", { file, sheet: where }),
  };
}

export type OpenResult = { ok: true; port: PackagePort } | { ok: false; problem: InputProblem };

/** An .xlsx's bytes (a file on disk, or one the user picked in the browser) as a port, within the size bounds. */
export async function openPackage(
  file: string,
  data: ArrayBuffer | Uint8Array,
  limits: SizeLimits = {}
): Promise<OpenResult> {
  const checked = await checkPackage(file, data, limits);
  if (!checked.ok) return checked;
  const listed = sheetEntries(checked.parts);
  if (listed.length === 0) return { ok: false, problem: notAWorkbook(file) };
  const lost = listed.filter((s) => !checked.parts.has(s.path)).map((s) => s.name);
  if (lost.length > 0) {
    const sheet = lost.join("、");
    const message = msg("xlsx.sheetUnreadable", { file, sheet });
    return { ok: false, problem: { code: "UNREADABLE_SHEET", file, sheet, message } };
  }
  // Read at once, so that a workbook whose sheets cannot be read is refused when it is opened.
  let grids: Grid[];
  try {
    grids = readGrids(checked.parts);
  } catch (e) {
    if (e instanceof UnreadablePartError) return { ok: false, problem: unreadablePart(file, e) };
    return { ok: false, problem: notAWorkbook(file) };
  }
  return { ok: true, port: new PackagePort(checked.parts, grids) };
}
