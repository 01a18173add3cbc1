/** `jixiao batch` over a folder, and `jixiao undo` on a scored copy, through the command line. */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-batch-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function rows(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("batch", () => {
  test("a row per workbook with total, grade, execution rate and flag counts; flags on a second sheet", async () => {
    const folder = path.join(dir, "bureau");
    await fs.mkdir(folder);
    await fs.copyFile(path.join(SAMPLES, "sample.xlsx"), path.join(folder, "a-sample.xlsx"));
    await fs.copyFile(path.join(SAMPLES, "seed003-department.xlsx"), path.join(folder, "b-seed003.xlsx"));
    const summary = path.join(dir, "summary.xlsx");
    const r = await runCli(["batch", folder, "--summary", summary, "--quiet"]);
    expect(r.code).toBe(0);
    const table = await rows(summary, "汇总");
    expect(table[0].slice(0, 4)).toEqual(["工作簿", "总分", "满分", "等级"]);
    // sample: 79.59 → 中, 5 warnings, execution 14,871.77 / 16,098.12; seed 003: 96.5 → 优, 2 warnings.
    expect(table[1].slice(0, 4)).toEqual(["a-sample.xlsx", 79.59, 100, "中"]);
    expect(table[1][6]).toBe(0.9238);
    expect(table[1].slice(7, 10)).toEqual([0, 5, 0]);
    expect(table[2].slice(0, 4)).toEqual(["b-seed003.xlsx", 96.5, 100, "优"]);
    const flags = await rows(summary, "问题清单");
    expect(flags).toHaveLength(1 + 5 + 2);
    // Each scored copy sits beside its input; the inputs are untouched.
    expect((await fs.readdir(folder)).sort()).toEqual([
      "a-sample.scored.xlsx",
      "a-sample.xlsx",
      "b-seed003.scored.xlsx",
      "b-seed003.xlsx",
    ]);
  });

  test("a workbook that cannot be read is listed with the reason, the others are done, exit 2", async () => {
    const folder = path.join(dir, "mixed");
    await fs.mkdir(folder);
    await fs.copyFile(path.join(SAMPLES, "sample.xlsx"), path.join(folder, "good.xlsx"));
    await fs.writeFile(path.join(folder, "broken.xlsx"), "not a zip");
    const summary = path.join(dir, "mixed.xlsx");
    const r = await runCli(["batch", folder, "--summary", summary, "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("broken.xlsx");
    const table = await rows(summary, "汇总");
    const broken = table.find((row) => row[0] === "broken.xlsx")!;
    expect(String(broken[11])).toContain("broken.xlsx");
    expect(table.find((row) => row[0] === "good.xlsx")?.[1]).toBe(79.59);
  });
});

describe("undo", () => {
  test("undo of a scored copy gives back every cell of the input, and none of the add-in's sheets", async () => {
    const scored = path.join(dir, "s.scored.xlsx");
    const restored = path.join(dir, "s.restored.xlsx");
    expect((await runCli(["score", path.join(SAMPLES, "sample.xlsx"), "--out", scored, "--quiet"])).code).toBe(0);
    expect((await runCli(["undo", scored, "--out", restored, "--quiet"])).code).toBe(0);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(path.join(SAMPLES, "sample.xlsx"));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(restored);
    expect(back.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
    for (const ws of original.worksheets) {
      const other = back.getWorksheet(ws.name)!;
      expect(other.actualColumnCount).toBe(ws.actualColumnCount);
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const again = other.getCell(r, c);
          expect([cell.address, again.value, again.fill, again.note]).toEqual([cell.address, cell.value, cell.fill, cell.note]);
        });
      });
    }
  });
});
