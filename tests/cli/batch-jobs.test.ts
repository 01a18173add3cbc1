/**
 * `jixiao batch --jobs N` through the built command line (worker threads need the compiled worker, so the CLI is
 * built first): the same summary and exit code as `--jobs 1`, one progress line per finished workbook, and a
 * workbook that fails or exhausts a worker's heap is a row with the reason, never a lost summary.
 */

import { execFile, execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { convert, hasSoffice } from "../support/libreoffice";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = path.join(ROOT, "assets", "samples");
let dir: string;

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
    }
  );
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-jobs-"));
}, 180000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
}

function jixiao(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "bin", "jixiao.js"), ...args],
      { env: { ...process.env, ...env } },
      (error, out, err) =>
        resolve({ code: error ? Number(error.code) : 0, out: String(out), err: String(err) })
    );
  });
}

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** A bureau's folder: the sample three times, seed 003, and a file that is no workbook. */
async function bureau(name: string): Promise<string> {
  const folder = path.join(dir, name);
  await fs.mkdir(folder);
  for (const copy of ["a", "c", "e"])
    await fs.copyFile(path.join(SAMPLES, "sample.xlsx"), path.join(folder, `${copy}-sample.xlsx`));
  await fs.copyFile(
    path.join(SAMPLES, "seed003-department.xlsx"),
    path.join(folder, "b-seed003.xlsx")
  );
  await fs.writeFile(path.join(folder, "d-broken.xlsx"), "not a zip");
  return folder;
}

const NAMES = [
  "a-sample.xlsx",
  "b-seed003.xlsx",
  "c-sample.xlsx",
  "d-broken.xlsx",
  "e-sample.xlsx",
];

test("--jobs 2 writes the same summary, in input order, and exits as --jobs 1 does", async () => {
  const one = await bureau("one");
  const two = await bureau("two");
  const r1 = await jixiao(["batch", one, "--summary", path.join(dir, "one.xlsx"), "--jobs", "1"]);
  const r2 = await jixiao(["batch", two, "--summary", path.join(dir, "two.xlsx"), "--jobs", "2"]);
  expect(r1.code).toBe(2);
  expect(r2.code).toBe(2);
  const summary1 = await sheetRows(path.join(dir, "one.xlsx"), "汇总");
  const summary2 = await sheetRows(path.join(dir, "two.xlsx"), "汇总");
  // The reason names the file by its path, which differs between the two folders.
  const strip = (rows: unknown[][]) =>
    rows.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/[^\s：:]*[/\\]/g, "") : v)));
  expect(strip(summary2)).toEqual(strip(summary1));
  expect(summary2.slice(1).map((r) => r[0])).toEqual(NAMES);
  // sample: 79.59 → 中 with 5 warnings; seed 003: 96.5 → 优 with 2 (tests/cli/batch-undo.test.ts).
  expect(summary2[1].slice(0, 4)).toEqual(["a-sample.xlsx", 79.59, 100, "中"]);
  expect(summary2[2].slice(0, 4)).toEqual(["b-seed003.xlsx", 96.5, 100, "优"]);
  expect(String(summary2[4][11])).toContain("d-broken.xlsx");
  expect(await sheetRows(path.join(dir, "two.xlsx"), "问题清单")).toEqual(
    await sheetRows(path.join(dir, "one.xlsx"), "问题清单")
  );
  expect(await sheetRows(path.join(dir, "two.xlsx"), "问题清单")).toHaveLength(1 + 3 * 5 + 2);
  // One progress line per finished workbook, numbered 1..5 in finishing order, each workbook once.
  const progress = r2.err.split("\n").filter((l) => /^\[\d\/5\] /.test(l));
  expect(progress.map((l) => l.slice(0, 5))).toEqual(["[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]"]);
  expect(progress.map((l) => path.basename(l.slice(6))).sort()).toEqual(NAMES);
  // Each scored copy beside its input, the broken file has none.
  const written = (await fs.readdir(two)).filter((n) => n.endsWith(".scored.xlsx")).sort();
  expect(written).toEqual([
    "a-sample.scored.xlsx",
    "b-seed003.scored.xlsx",
    "c-sample.scored.xlsx",
    "e-sample.scored.xlsx",
  ]);
});

const describeLO = hasSoffice() ? describe : describe.skip;

describeLO("the summary workbook, written by the package writer", () => {
  test("has a bold frozen header, the rate as a percentage and its widths; LibreOffice opens it with the same rows", async () => {
    const folder = await bureau("looks");
    const summary = path.join(dir, "looks.xlsx");
    expect(
      (await jixiao(["batch", folder, "--summary", summary, "--jobs", "1", "--quiet"])).code
    ).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // a-sample's execution rate: 14,871.77 / 16,098.12 万元 (seed figures) = 92.38 %
    expect(ws.getCell("G2").numFmt).toBe("0.00%");
    expect(Number(ws.getCell("G2").value)).toBeCloseTo(14871.77 / 16098.12, 4);
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getColumn(13).width]).toEqual([
      28, 11, 48,
    ]);
    const lo = await convert(summary, "xlsx", path.join(dir, "looks-lo"));
    expect(lo.code).toBe(0);
    // LibreOffice saves mixed Chinese and Latin text as runs in two fonts: the text is what is compared
    const plain = (rows: unknown[][]) =>
      rows.map((r) =>
        r.map((v) =>
          v && typeof v === "object" && "richText" in v
            ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("")
            : v
        )
      );
    for (const sheet of ["汇总", "问题清单"])
      expect(plain(await sheetRows(lo.outputs[0], sheet))).toEqual(await sheetRows(summary, sheet));
  });
});

test("a worker that runs out of heap costs its workbook a row with the reason; the summary is written", async () => {
  const folder = await bureau("oom");
  const summary = path.join(dir, "oom.xlsx");
  // 8 MB of heap is not enough to read any workbook: every worker dies of it, and a fresh one takes the next.
  const r = await jixiao(["batch", folder, "--summary", summary, "--jobs", "2", "--quiet"], {
    JIXIAO_WORKER_HEAP_MB: "8",
  });
  expect(r.code).toBe(2);
  const rows = await sheetRows(summary, "汇总");
  expect(rows.slice(1).map((row) => row[0])).toEqual(NAMES);
  for (const row of rows.slice(1).filter((row) => row[0] !== "d-broken.xlsx")) {
    expect(row[1] ?? null).toBeNull();
    expect(String(row[11])).toContain("内存不足（每个并行任务上限 8 MB）");
  }
  expect(r.err).toContain("个工作簿无法处理");
});

test("--jobs takes a whole number from 1 to 64, said in both languages", async () => {
  const r = await jixiao(["batch", dir, "--summary", path.join(dir, "x.xlsx"), "--jobs", "0"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(
    "--jobs must be a whole number from 1 to 64 / --jobs 须为 1 到 64 的整数: 0"
  );
});
