/** Real files: write a workbook, score it through the .xlsx adapter, undo, and look inside the package. */

import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import type { Evaluation } from "../../src/engine/model";
import { plan, planUndo, type PlanOptions } from "../../src/engine/plan";
import type { WritePlan } from "../../src/engine/plan/types";
import { readXlsxFile, writeXlsx } from "../../src/workbook/xlsx/file";
import type { PackagePort } from "../../src/workbook/xlsx/package/package-port";

export const NOW = "2024-03-01T09:00:00.000Z";
export const LATER = "2024-03-08T10:30:00.000Z";

export function tmpDir(prefix = "jixiao-xlsx-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A workbook ExcelJS built, written as ExcelJS writes it: the input of a test. */
export async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await fs.writeFile(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

export async function open(file: string): Promise<PackagePort> {
  const r = await readXlsxFile(file);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.port;
}

/** Score `input` into `output` as the command line does (a new file; the input is never written). */
export async function scoreFile(input: string, output: string, e: Evaluation, options: Partial<PlanOptions> = {}): Promise<WritePlan> {
  const port = await open(input);
  const p = plan(e, await port.read(), { lang: "zh-CN", now: NOW, ...options });
  await port.apply(p);
  await fs.writeFile(output, writeXlsx(port));
  return p;
}

export async function undoFile(input: string, output: string): Promise<WritePlan> {
  const port = await open(input);
  const p = planUndo(await port.read());
  await port.apply(p);
  await fs.writeFile(output, writeXlsx(port));
  return p;
}

/** A fresh ExcelJS reading of a file. */
export async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The package's parts by name. */
export async function parts(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await fs.readFile(file));
}

/** The XML part of a sheet, found by its name through workbook.xml and its relationships. */
export async function sheetXml(zip: JSZip, name: string): Promise<{ path: string; xml: string; rels: string }> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels)
    ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  const p = `xl/${target![1].replace(/^\/?xl\//, "")}`;
  const relsPath = p.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
  return { path: p, xml: await zip.file(p)!.async("string"), rels: (await zip.file(relsPath)?.async("string")) ?? "" };
}
