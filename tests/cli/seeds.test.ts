/**
 * Workbooks built from the five seeds, each in its own layout, run through the command line, reproduce the
 * figures the seeds print; a deliberately broken copy of each raises exactly the flags it should, on the
 * right cells. Expected figures are the seeds' own (quoted) or worked out by hand in the comments.
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

interface Report {
  totals: { score: number; weight: number; grade: string; statedScore: number | null; statedGrade: string | null };
  indicators: { sheet: string; row: number; levels: string[]; rule: string; score: number | null; statedScore: number | null; completion: number | null }[];
  budget: { sheet: string; row: number; name: string; level: number; rate: number | null; adjustmentRate: number | null; score: number | null }[];
  flags: { id: string; code: string; sheet: string; cell: string; message: string }[];
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-seeds-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function score(file: string, extra: string[] = []): Promise<Report> {
  const name = path.basename(file, ".xlsx");
  const json = path.join(dir, `${name}.json`);
  const r = await runCli(["score", file, "--out", path.join(dir, `${name}.scored.xlsx`), "--json", json, "--quiet", ...extra]);
  expect(r.code).toBe(0);
  return JSON.parse(await fs.readFile(json, "utf8"));
}

/** A copy of a sample with some cells changed, written with ExcelJS. */
async function brokenCopy(sample: string, edits: [sheet: string, cell: string, value: ExcelJS.CellValue][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, sample));
  for (const [sheet, cell, value] of edits) wb.getWorksheet(sheet)!.getCell(cell).value = value;
  const out = path.join(dir, `broken-${sample}`);
  await wb.xlsx.writeFile(out);
  return out;
}

const flagKeys = (r: Report) => r.flags.map((f) => `${f.sheet}!${f.cell}:${f.code}`).sort();
const leaf = (r: Report, name: string) => r.indicators.find((i) => i.levels[i.levels.length - 1] === name);
const pct = (rate: number | null, decimals: number) => (rate === null ? null : (rate * 100).toFixed(decimals));

describe("seed 000 — 黄埔区工业和信息化局 2021", () => {
  test("150,055.68 budget, 149,174.48 executed: 99.4 % as printed, no flag on the budget", async () => {
    const r = await score(path.join(SAMPLES, "seed000-budget.xlsx"));
    const total = r.budget.find((b) => b.level === 0)!;
    expect(pct(total.rate, 1)).toBe("99.4"); // 149,174.48 / 150,055.68 = 0.99413…
    expect(r.flags.filter((f) => f.code === "RATE_MISMATCH" || f.code === "BUDGET_TIE_OUT")).toEqual([]);
  });

  test("a broken copy: the rate printed 99.5 % → RATE_MISMATCH on that cell, and nothing else new", async () => {
    const before = flagKeys(await score(path.join(SAMPLES, "seed000-budget.xlsx")));
    const b = await score(await brokenCopy("seed000-budget.xlsx", [["部门整体支出", "D4", "99.5%"]]));
    // 149,174.48 / 150,055.68 = 99.41 %, which at one decimal is 99.4 %, not 99.5 %.
    expect(flagKeys(b).filter((k) => !before.includes(k))).toEqual(["部门整体支出!D4:RATE_MISMATCH"]);
    expect(b.flags.find((f) => f.code === "RATE_MISMATCH")?.message).toContain("99.41%");
  });
});

describe("seed 001 — 广州市工业和信息化局 2021", () => {
  let r: Report;
  beforeAll(async () => {
    r = await score(path.join(SAMPLES, "seed001-department.xlsx"));
  });

  test("second-level scores as the seed reports them, and the bonus, total 93.78 → 优", () => {
    const expected: [string, number][] = [
      ["资金管理", 14.98], ["采购管理", 1.65], ["信息公开管理", 4], ["资产管理", 3.3], ["成本管理", 4], ["绩效管理", 13.55],
      ["推动工业增加值、工业投资等稳步增长", 7], ["构建具有国际竞争力的现代产业体系", 10], ["优化产业发展生态环境", 6.8],
      ["推进数字新基建等新型基础设施建设", 11], ["优化产业园区载体建设", 4], ["持续优化中小企业民营经济发展环境", 7],
      ["提升无线电智能化、精细化管理水平", 4], ["工作受表彰或批评", 2.5],
    ];
    for (const [name, s] of expected) expect([name, leaf(r, name)?.score]).toEqual([name, s]);
    // 14.98 + 1.65 + 4 + 3.3 + 4 + 13.55 = 41.48; 7 + 10 + 6.8 + 11 + 4 + 7 + 4 = 49.8; + 2.5 = 93.78
    expect(r.totals.score).toBe(93.78);
    expect(r.totals.grade).toBe("优");
    expect(r.totals.statedScore).toBe(93.78);
    expect(r.totals.statedGrade).toBe("优");
  });

  test("key indicators: 65%左右 vs 65.7% about, ≥15% vs 18.4%, 2倍 vs 4.23倍 over-achieved", () => {
    expect(leaf(r, "先进制造业增加值占规模以上制造业增加值比重")?.rule).toBe("about");
    expect(leaf(r, "软件和信息服务业收入增速")?.completion).toBeCloseTo(18.4 / 15, 4);
    expect(leaf(r, "产业基金拉动倍数")?.completion).toBeCloseTo(4.23 / 2, 4);
    // 4.23 / 2 = 211.5 % ≥ 130 % with no explanation: the only flag of the workbook.
    expect(flagKeys(r)).toEqual(["关键指标!D4:OVER_ACHIEVEMENT"]);
  });

  test("budget 387,236.73 = 285,129.73 + 102,107 = 12,716.53 + 374,520.2 ties out; 99.98 %", () => {
    const totals = r.budget.filter((b) => b.level === 0);
    expect(totals).toHaveLength(2);
    for (const t of totals) expect(pct(t.rate, 2)).toBe("99.98"); // 387,143.16 / 387,236.73
    expect(r.flags.filter((f) => f.code === "BUDGET_TIE_OUT")).toEqual([]);
  });

  test("a broken copy: 资金管理 stated 15.98 instead of 14.98 → SUM_MISMATCH on the total's score cell, and nothing else new", async () => {
    const b = await score(await brokenCopy("seed001-department.xlsx", [["部门整体支出绩效自评表", "D3", 15.98]]));
    expect(flagKeys(b)).toEqual(["关键指标!D4:OVER_ACHIEVEMENT", "部门整体支出绩效自评表!D17:SUM_MISMATCH"]);
    expect(b.flags.find((f) => f.code === "SUM_MISMATCH")?.message).toContain("94.78");
  });
});

describe("seed 002 — 黄埔临港经济区管理委员会 2021", () => {
  test("1,507.47 budget, 1,491.52 executed: 98.9 %; the investment task at 278.94 %", async () => {
    const r = await score(path.join(SAMPLES, "seed002-project.xlsx"));
    expect(pct(r.budget.find((b) => b.level === 0)!.rate, 1)).toBe("98.9"); // 1,491.52 / 1,507.47 = 0.98942
    expect(leaf(r, "重点项目年度投资任务完成率")?.completion).toBeCloseTo(2.7894, 4);
    expect(r.flags.filter((f) => f.code === "RATE_MISMATCH")).toEqual([]);
  });

  test("a broken copy: executed 1,570.47 (two digits swapped) → EXECUTION_OVER and RATE_MISMATCH on that row", async () => {
    const before = flagKeys(await score(path.join(SAMPLES, "seed002-project.xlsx")));
    const b = await score(await brokenCopy("seed002-project.xlsx", [["部门整体支出绩效自评", "C4", 1570.47]]));
    // 1,570.47 > 1,507.47 by 63.00; 1,570.47 / 1,507.47 = 104.18 %, not the printed 98.9 %.
    expect(flagKeys(b).filter((k) => !before.includes(k))).toEqual([
      "部门整体支出绩效自评!C4:EXECUTION_OVER",
      "部门整体支出绩效自评!D4:RATE_MISMATCH",
    ]);
  });
});

describe("seed 003 — 花都区科技工业商务和信息化局 2023", () => {
  let r: Report;
  beforeAll(async () => {
    r = await score(path.join(SAMPLES, "seed003-department.xlsx"));
  });

  test("scores to 96.5 → 优 with its deduction reasons", () => {
    expect(r.totals.score).toBe(96.5);
    expect(r.totals.grade).toBe("优");
    expect(r.flags.filter((f) => f.code === "REASON_MISSING" || f.code === "SUM_MISMATCH")).toEqual([]);
  });

  test("initial 24,265.03 → adjusted 46,025.62 is +89.68 % (ADJUSTMENT_HIGH), execution 97.3 %", () => {
    const spend = r.budget.find((b) => b.name === "支出合计")!;
    expect(pct(spend.adjustmentRate, 2)).toBe("89.68"); // (46,025.62 − 24,265.03) / 24,265.03
    expect(pct(spend.rate, 1)).toBe("97.3"); // 44,792.02 / 46,025.62 = 0.97320
    expect(flagKeys(r)).toEqual(["收支情况!C10:ADJUSTMENT_HIGH", "收支情况!C4:ADJUSTMENT_HIGH"]);
  });

  test("a broken copy: executed 44,729.02 (two digits swapped) → BUDGET_TIE_OUT and RATE_MISMATCH on the total row only", async () => {
    const b = await score(await brokenCopy("seed003-department.xlsx", [["收支情况", "D10", 44729.02]]));
    // 基本 4,506 + 项目 40,286.02 = 44,792.02 ≠ 44,729.02; 44,729.02 / 46,025.62 = 97.18 % ≠ the printed 97.3 %.
    expect(flagKeys(b)).toEqual([
      "收支情况!C10:ADJUSTMENT_HIGH",
      "收支情况!C4:ADJUSTMENT_HIGH",
      "收支情况!D10:BUDGET_TIE_OUT",
      "收支情况!E10:RATE_MISMATCH",
    ]);
  });
});

describe("seed 004 — 仲恺高新区经济发展局 2020 (the bundled sample)", () => {
  let r: Report;
  beforeAll(async () => {
    r = await score(path.join(SAMPLES, "sample.xlsx"));
  });

  test("rates 92.38 %, 99.90 %, 83.27 %, 92.06 % and the components tie out", () => {
    const rates = Object.fromEntries(r.budget.filter((b) => b.sheet === "预算执行明细").map((b) => [b.name, pct(b.rate, 2)]));
    expect(rates).toEqual({ 基本支出: "99.90", 部门项目支出: "83.27", 公共项目支出: "92.06", 合计: "92.38" });
    expect(r.flags.filter((f) => f.code === "BUDGET_TIE_OUT")).toEqual([]);
  });

  test("completions 174/160, 51/90, 22/80, 33/25 scored at-least; −1.6 % against +3 % scores 0", () => {
    expect(leaf(r, "过会新签约项目")?.completion).toBeCloseTo(174 / 160, 4);
    expect(leaf(r, "新落地（摘牌）项目")?.completion).toBeCloseTo(51 / 90, 4);
    expect(leaf(r, "新开工项目")?.completion).toBeCloseTo(22 / 80, 4);
    expect(leaf(r, "新竣工项目")?.completion).toBeCloseTo(33 / 25, 4);
    expect(leaf(r, "规上工业增加值增速")?.score).toBe(0);
    expect(r.flags.map((f) => f.code)).toContain("NEGATIVE_COMPLETION");
  });

  test("a broken copy: full marks typed for 新开工 (22 of 80) → SCORE_MISMATCH and FULL_MARKS_UNMET on that cell", async () => {
    const before = flagKeys(r);
    const b = await score(await brokenCopy("sample.xlsx", [["项目支出绩效自评表", "G15", 10]]));
    const added = flagKeys(b).filter((k) => !before.includes(k));
    expect(added).toEqual(["项目支出绩效自评表!G15:FULL_MARKS_UNMET", "项目支出绩效自评表!G15:SCORE_MISMATCH"]);
    expect(before.filter((k) => !flagKeys(b).includes(k))).toEqual([]);
  });

  test("a broken copy: 部门项目支出 executed 207.36 typed as 270.36 → BUDGET_TIE_OUT on the total's executed cell", async () => {
    const before = flagKeys(r);
    const b = await score(await brokenCopy("sample.xlsx", [["预算执行明细", "E5", 270.36]]));
    const added = flagKeys(b).filter((k) => !before.includes(k));
    // 932.66 + 270.36 + 13,731.75 = 14,934.77 ≠ 14,871.77; 270.36 / 249.02 > 100 % is also spending over budget.
    expect(added).toEqual(expect.arrayContaining(["预算执行明细!E7:BUDGET_TIE_OUT"]));
    expect(added.filter((k) => k.endsWith("BUDGET_TIE_OUT"))).toEqual(["预算执行明细!E7:BUDGET_TIE_OUT"]);
  });
});
