/**
 * The walking skeleton, end to end through the command line: the bundled sample (a national project
 * self-evaluation form built from seed 004's figures) scores to the figures worked out by hand below.
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "sample.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = async (f: string) => createHash("sha256").update(await fs.readFile(f)).digest("hex");

interface Report {
  version: number;
  totals: { score: number; weight: number; grade: string };
  indicators: { row: number; levels: string[]; rule: string; score: number | null; weight: number | null }[];
  budget: { name: string; rate: number | null; score: number | null; level: number }[];
  flags: { id: string; code: string; cell: string; message: string }[];
}

describe("jixiao score on the bundled sample", () => {
  let report: Report;
  let result: { code: number; out: string; err: string };
  const out = () => path.join(dir, "sample.scored.xlsx");

  beforeAll(async () => {
    const before = await sha(SAMPLE);
    result = await runCli(["score", SAMPLE, "--out", out(), "--json", path.join(dir, "r.json")]);
    report = JSON.parse(await fs.readFile(path.join(dir, "r.json"), "utf8"));
    expect(await sha(SAMPLE)).toBe(before); // the input is never touched
  });

  test("exits 0 and prints total, grade and flag counts", () => {
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/总分 79\.59\/100，等级 中/);
    expect(result.out).toMatch(/0 个错误、\d+ 个警告/);
    expect(result.out).toContain(out());
  });

  test("scores every at-least indicator as w·min(1, B/A), a negative completion as 0", () => {
    const byName = new Map(report.indicators.map((i) => [i.levels[i.levels.length - 1], i]));
    // seed 004: 174 of ≥160 → full 10; 51 of ≥90 at weight 9 → 9 × 51/90 = 5.10;
    // 22 of ≥80 at weight 10 → 10 × 22/80 = 2.75; 33 of ≥25 → full 6; +3% target, −1.6% actual → 0.
    expect(byName.get("过会新签约项目")?.score).toBe(10);
    expect(byName.get("新落地（摘牌）项目")?.score).toBe(5.1);
    expect(byName.get("新开工项目")?.score).toBe(2.75);
    expect(byName.get("新竣工项目")?.score).toBe(6);
    expect(byName.get("规上工业增加值增速")?.score).toBe(0);
    expect(byName.get("新开工项目")?.rule).toBe("at-least");
  });

  test("folds the execution score into the total and grades it", () => {
    // Budget: 14,871.77 / 16,098.12 = 92.38 % → linear 10 × 0.9238 = 9.24.
    const total = report.budget.find((b) => b.level === 0 && b.score !== null);
    expect(total?.rate).toBe(0.9238);
    expect(total?.score).toBe(9.24);
    // Leaves: 10 + 5.1 + 2.75 + 6 + 5 + 5 + 5 (产出) + 6 + 6 + 0 + 6 + 4.5 (效益) + 9 (满意度) = 70.35; + 9.24 = 79.59.
    expect(report.totals.score).toBe(79.59);
    expect(report.totals.weight).toBe(100);
    expect(report.totals.grade).toBe("中"); // [60, 80)
  });

  test("flags the negative completion and the over-achievement on the actual cells", () => {
    const codes = report.flags.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toContain("NEGATIVE_COMPLETION@E22");
    expect(codes).toContain("OVER_ACHIEVEMENT@E16"); // 33 / 25 = 132 % ≥ 130 %, no reason given
    expect(report.flags.every((f) => f.id === `${f.id.split("!")[0]}!${f.cell}:${f.code}`)).toBe(true);
  });

  test("the scored copy re-reads with its own columns and sheets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    expect(wb.getWorksheet("复核清单")).toBeDefined();
    expect(wb.getWorksheet("评分汇总")).toBeDefined();
    const ws = wb.getWorksheet("项目支出绩效自评表");
    const header = ws?.getRow(12).values as unknown[];
    expect(header.some((v) => typeof v === "string" && v.startsWith("系统得分"))).toBe(true);
  });

  test("--lang en-US prints English", async () => {
    const r = await runCli(["score", SAMPLE, "--out", path.join(dir, "en.xlsx"), "--lang", "en-US"]);
    expect(r.out).toMatch(/total 79\.59\/100, grade 中 \(Fair\)/);
  });
});

describe("exit codes and messages", () => {
  test("a file that is not a workbook exits 2 and names the file", async () => {
    const bad = path.join(dir, "not-a-workbook.xlsx");
    await fs.writeFile(bad, "this is plain text, not a zip");
    const r = await runCli(["score", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("not-a-workbook.xlsx");
  });

  test("a workbook with no table exits 2, naming the file, the sheets and the headers expected", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRow(["本工作簿没有指标表"]);
    const f = path.join(dir, "empty.xlsx");
    await wb.xlsx.writeFile(f);
    const r = await runCli(["score", f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("empty.xlsx");
    expect(r.err).toContain("「说明」");
    expect(r.err).toContain("一级指标");
  });

  test("a missing file exits 2", async () => {
    const r = await runCli(["score", path.join(dir, "nope.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("nope.xlsx");
  });

  test("the output may never be the input", async () => {
    const copy = path.join(dir, "copy.xlsx");
    await fs.copyFile(SAMPLE, copy);
    const before = await sha(copy);
    const r = await runCli(["score", copy, "--out", copy]);
    expect(r.code).toBe(2);
    expect(await sha(copy)).toBe(before);
  });

  test("--fail-on warning exits 1 when there are warnings, --fail-on error exits 0 when there are none", async () => {
    const w = await runCli(["score", SAMPLE, "--out", path.join(dir, "w.xlsx"), "--fail-on", "warning"]);
    expect(w.code).toBe(1);
    const e = await runCli(["score", SAMPLE, "--out", path.join(dir, "e.xlsx"), "--fail-on", "error"]);
    expect(e.code).toBe(0);
  });

  test("bad arguments exit 2 with usage", async () => {
    expect((await runCli(["score"])).code).toBe(2);
    expect((await runCli(["score", SAMPLE, "--lang", "fr"])).code).toBe(2);
    expect((await runCli(["score", SAMPLE, "--as-of", "2020-02-30"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  test("an unknown rule set exits 2 naming it", async () => {
    const r = await runCli(["score", SAMPLE, "--rules", "no-such-preset"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no-such-preset");
  });

  test("rules lists the presets and rule kinds", async () => {
    const r = await runCli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("national-2020");
    expect(r.out).toContain("at-least");
  });
});
