/**
 * Every output opens in LibreOffice Calc (headless): the scored workbook converts to .xlsx and to PDF, and in
 * formula mode LibreOffice's own recalculation gives the engine's numbers. The scored samples convert to PDF.
 * Set JIXIAO_LOOK_DIR to keep the PDFs and first-page PNGs for a person to look at.
 */

import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { getPreset } from "../../src/engine/ruleset";
import { plan, REVIEW_SHEET, SUMMARY_SHEET } from "../../src/engine/plan";
import { writeSamples } from "../../tools/samples/make-samples";
import { runScoring } from "../../src/workbook/run";
import { writeXlsx } from "../../src/workbook/xlsx/file";
import { SHEET, sampleEvaluation } from "../plan/fixtures";
import { convert, hasPdftoppm, hasSoffice, pdfPage } from "../support/libreoffice";
import { NOW, load, open, save, tmpDir } from "./scoring";
import { sampleWorkbook } from "./book";

const lookDir = process.env.JIXIAO_LOOK_DIR;
const describeLO = hasSoffice() ? describe : describe.skip;
if (!hasSoffice()) console.warn("LibreOffice (soffice) is not installed: the LibreOffice tests are skipped");

let dir: string;
beforeAll(async () => {
  dir = lookDir ?? (await tmpDir("jixiao-lo-"));
  await fs.mkdir(dir, { recursive: true });
});
afterAll(async () => {
  if (!lookDir) await fs.rm(dir, { recursive: true, force: true });
});

describeLO("LibreOffice opens what the add-in writes", () => {
  test("formula mode: LibreOffice recalculates the formulas to the engine's values", async () => {
    const input = await save(sampleWorkbook(), path.join(dir, "lo-in.xlsx"));
    const port = await open(input);
    const p = plan(sampleEvaluation(), await port.read(), { lang: "zh-CN", now: NOW, formulas: true });
    // Poison the cached results: only a real recalculation can bring back the engine's values.
    const expected = new Map<string, number>();
    for (const b of p.blocks) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (b.formulas?.[i]?.[j] && typeof v === "number") {
            expected.set(`${b.top + i + 1}:${b.left + j + 1}`, v);
            row[j] = 999;
          }
        }),
      );
    }
    expect(expected.size).toBeGreaterThanOrEqual(10);
    await port.apply(p);
    const scored = path.join(dir, "lo-formulas.xlsx");
    await fs.writeFile(scored, writeXlsx(port));

    const out = await convert(scored, "xlsx", path.join(dir, "lo-recalculated"), { recalc: true });
    expect(out.code).toBe(0);
    expect(existsSync(out.outputs[0])).toBe(true);
    const wb = await load(out.outputs[0]);
    expect(wb.getWorksheet(REVIEW_SHEET)).toBeDefined();
    expect(wb.getWorksheet(SUMMARY_SHEET)).toBeDefined();
    const ws = wb.getWorksheet(SHEET)!;
    for (const [key, value] of expected) {
      const [r, c] = key.split(":").map(Number);
      const cell = ws.getCell(r, c);
      expect(cell.formula).toBeTruthy();
      expect([cell.address, cell.result]).toEqual([cell.address, value]);
    }
  });

  test("the scored workbook converts to PDF", async () => {
    const input = await save(sampleWorkbook(), path.join(dir, "lo-pdf-in.xlsx"));
    const port = await open(input);
    await port.apply(plan(sampleEvaluation(), await port.read(), { lang: "zh-CN", now: NOW }));
    const scored = path.join(dir, "sample-scored.xlsx");
    await fs.writeFile(scored, writeXlsx(port));
    const pdf = await convert(scored, "pdf", dir);
    expect(pdf.code).toBe(0);
    expect((await fs.stat(pdf.outputs[0])).size).toBeGreaterThan(1000);
    if (hasPdftoppm()) expect(existsSync(await pdfPage(pdf.outputs[0], path.join(dir, "sample-scored-page1")))).toBe(true);
  });

  test("the scored samples convert to PDF", async () => {
    const samples = await writeSamples(path.join(dir, "samples"));
    const ruleSet = getPreset("national-2020")!;
    const scored: string[] = [];
    for (const file of samples) {
      const port = await open(file);
      const r = await runScoring(port, ruleSet, { file: path.basename(file), ruleSetName: ruleSet.name, lang: "zh-CN", now: NOW });
      expect([path.basename(file), r.ok]).toEqual([path.basename(file), true]);
      const out = path.join(dir, "scored", `${path.basename(file, ".xlsx")}.scored.xlsx`);
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, writeXlsx(port));
      scored.push(out);
    }
    const pdf = await convert(scored, "pdf", path.join(dir, "pdf"));
    expect(pdf.code).toBe(0);
    for (const output of pdf.outputs) expect([path.basename(output), (await fs.stat(output)).size > 1000]).toEqual([path.basename(output), true]);
  });
});
