/**
 * A workbook of many project forms, one per sheet (issue 13): the command line's scoring against ExcelJS reading
 * and writing the same workbook alone, and the Office.js adapter's syncs as the number of forms grows.
 */

import ExcelJS from "exceljs";
import { getPreset } from "../engine/ruleset";
import type { RuleSet } from "../engine/ruleset/types";
import { runScoring } from "../workbook/run";
// The command line's own file module: it gives the package Node's zlib, as \`jixiao score\` has it.
import { writeXlsx } from "../workbook/xlsx/file";
import { openPackage } from "../workbook/xlsx/package/package-port";
import { exceljsBytes, generatedFormRows } from "./generate";
import { fewestSyncs, officeRunSheets, targetMet } from "./office-bench";
import { medianMs, ms, ratio, row } from "./timing";

function national(): RuleSet {
  const rs = getPreset("national-2020");
  if (!rs) throw new Error("national-2020 preset missing");
  return rs;
}

const sheetName = (i: number): string => `项目${i + 1}`;

export async function formsWorkbookBytes(forms: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("填报说明").addRow(["每个项目填写一张自评表。"]);
  for (let i = 0; i < forms; i++) {
    const ws = wb.addWorksheet(sheetName(i));
    for (const r of generatedFormRows(i)) ws.addRow(r);
  }
  return exceljsBytes(wb);
}

/** Score the workbook as `jixiao score` does (read, evaluate, plan, write); the number of forms it found. */
export async function scoreForms(bytes: Uint8Array, rs: RuleSet): Promise<number> {
  const opened = await openPackage("forms.xlsx", bytes);
  if (!opened.ok) throw new Error("bench workbook did not open");
  const port = opened.port;
  const result = await runScoring(port, rs, {
    file: "forms.xlsx",
    ruleSetName: rs.name,
    lang: "zh-CN",
    now: "2026-01-01T00:00:00Z",
  });
  if (!result.ok) throw new Error("bench workbook was not scored");
  writeXlsx(port);
  return result.evaluation.forms.length;
}

export async function benchForms(forms: number): Promise<void> {
  console.log(
    `\n多张评价表 Many forms: a workbook of ${forms} project forms, one per sheet, scored by the command line against ExcelJS read + write of it alone`
  );
  const rs = national();
  const bytes = await formsWorkbookBytes(forms);
  const bare = async (): Promise<Uint8Array> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return exceljsBytes(wb);
  };
  // small workbooks: both warmed up first, and the median of seven, or the JIT's first runs decide the ratio
  const found = await scoreForms(bytes, rs);
  await bare();
  const tBase = await medianMs(bare, 7);
  const tScore = await medianMs(() => scoreForms(bytes, rs), 7);
  const W = [8, 12, 14, 10];
  console.log(row(["forms", "score", "ExcelJS r+w", "ratio"], W));
  console.log(row([found, ms(tScore), ms(tBase), ratio(tScore, tBase)], W));
  console.log("target: at most 2× reading and writing with ExcelJS alone");

  console.log("Office.js: syncs of one run as the forms grow (one form per sheet)");
  const widths = [8, 7, 7, 10, 9, 10, 7];
  console.log(row(["forms", "flags", "syncs", "read+app", "largest", "floor 4MB", "met"], widths));
  for (const n of [1, 5, 10, forms]) {
    const sheets = Array.from({ length: n }, (_, i) => ({
      name: sheetName(i),
      rows: generatedFormRows(i).map((r) =>
        r.map((v) => (v === null || typeof v === "object" ? "" : v))
      ),
    }));
    const r = await officeRunSheets(sheets, rs);
    console.log(
      row(
        [
          n,
          r.flags,
          r.syncs,
          `${r.readSyncs}+${r.syncs - r.readSyncs}`,
          `${(r.largest / 1024).toFixed(0)} KB`,
          fewestSyncs(r),
          targetMet(r) ? "yes" : "NO",
        ],
        widths
      )
    );
  }
  console.log(
    "target: the syncs do not grow with the number of forms while every request fits under 4 MB"
  );
}
