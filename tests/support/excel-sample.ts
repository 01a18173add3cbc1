/**
 * The bundled sample in an Excel host that answers Microsoft's own Office.js client (the strict fake behind it),
 * and the globals Office.js would provide, for Excel-mode tests.
 */

import * as fs from "fs";
import * as path from "path";
import { a1, areaA1 } from "../../src/engine/grid";
import { openPackage } from "../../src/workbook/xlsx/package/package-port";
import type { ExcelFake } from "../fakes/excel-fake";
import { OfficeHost } from "../fakes/office-host";
import { buildWorkbook, type Scalar, type SheetInit } from "../fakes/excel-model";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");

/** The sample's sheets as the fake's workbook: values, number formats and merged areas. */
export async function sampleInFake(): Promise<ExcelFake> {
  const opened = await openPackage("sample.xlsx", fs.readFileSync(SAMPLE));
  if (!opened.ok) throw new Error("sample does not open");
  const grids = await opened.port.read();
  const sheets: SheetInit[] = grids.map((g) => {
    const formats: Record<string, string> = {};
    g.formats?.forEach((row, r) => row?.forEach((f, c) => f && (formats[a1(r, c)] = f)));
    const rows: Scalar[][] = g.values.map((row) =>
      Array.from(row ?? [], (v) =>
        v === null || v === undefined || typeof v === "object" ? "" : v
      )
    );
    return { name: g.sheet, rows, formats, merges: g.merges.map(areaA1) };
  });
  return new OfficeHost(buildWorkbook(sheets));
}

export function install(fake: ExcelFake): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: fake.run };
  g.Office = {
    context: {
      requirements: { isSetSupported: fake.isSetSupported },
      document: { url: "C:\\填报\\sample.xlsx" },
    },
  };
}
