/**
 * A real plan of the sample workbook: assets/samples/sample.xlsx read and scored by the engine (national-2020),
 * the plan captured instead of applied. Reading goes through the package port (only `read` is used).
 */

import { promises as fs } from "fs";
import * as path from "path";
import type { Grid } from "../../../src/engine/grid";
import { getPreset } from "../../../src/engine/ruleset";
import type { WritePlan } from "../../../src/engine/plan/types";
import type { WorkbookPort } from "../../../src/workbook/port";
import { runScoring } from "../../../src/workbook/run";
import { type PackagePort, openPackage } from "../../../src/workbook/xlsx/package/package-port";
import { StyleSheet } from "../../../src/workbook/xlsx/package/styles-part";
import { writeOwnSheets as writeSheets } from "../../../src/workbook/xlsx/package/own-sheet";
import { type Parts, partText, setPartText } from "../../../src/workbook/xlsx/zip-parts";

export const SAMPLE = path.join(__dirname, "../../../assets/samples/sample.xlsx");
export const NOW = "2024-03-01T09:00:00.000Z";
/** The sample as the previous release scored it (its ExcelJS adapter, plan of `planOf(SAMPLE)`): tests/fixtures/previous-release. */
export const PREVIOUS_RELEASE_COPY = path.join(
  __dirname,
  "../../fixtures/previous-release/sample.scored.xlsx"
);

class CapturingPort implements WorkbookPort {
  plan: WritePlan | undefined;
  constructor(private readonly reader: PackagePort) {}
  read(): Promise<Grid[]> {
    return this.reader.read();
  }
  async apply(plan: WritePlan): Promise<void> {
    this.plan = plan;
  }
}

/** The plan a run makes of `file` (an .xlsx), as the command line would apply it. */
export async function planOf(
  file: string,
  options: { formulas?: boolean } = {}
): Promise<WritePlan> {
  const opened = await openPackage(path.basename(file), await fs.readFile(file));
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const port = new CapturingPort(opened.port);
  const ruleSet = getPreset("national-2020");
  if (!ruleSet) throw new Error("national-2020 preset missing");
  const outcome = await runScoring(port, ruleSet, {
    file: path.basename(file),
    ruleSetName: ruleSet.name,
    lang: "zh-CN",
    now: NOW,
    ...options,
  });
  if (!outcome.ok || !port.plan) throw new Error("the sample did not score");
  return port.plan;
}

/** The plan's own sheets written as the package port writes them, and the styles part after them. */
export function writeOwnSheets(parts: Parts, plan: WritePlan): void {
  const styles = StyleSheet.read(partText(parts, "xl/styles.xml"));
  writeSheets(parts, plan.sheets, styles);
  if (styles.changed) setPartText(parts, "xl/styles.xml", styles.toXml());
}

/** A copy of the parts (the same byte arrays: untouched ones keep their stored bytes when zipped). */
export function copyParts(parts: Parts): Parts {
  return new Map(parts);
}
