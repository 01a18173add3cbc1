/**
 * The seed figures tie out, and the generated sample workbooks hold what seed-figures.ts says.
 * Expected figures are written here by hand from the seed texts (/work/shared/seeds/).
 */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  SAMPLE_DEMO,
  SAMPLE_INDICATORS,
  SEED_000,
  SEED_001,
  SEED_002,
  SEED_003,
  SEED_004,
} from "../../tools/samples/seed-figures";
import { LAYOUTS, SAMPLE_LAYOUT, layoutRows, writeSamples } from "../../tools/samples/make-samples";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

/** "99.4%" → 99.4 and 1 decimal. */
function printed(rate: string): { value: number; decimals: number } {
  const text = rate.replace("%", "");
  return { value: Number(text), decimals: (text.split(".")[1] ?? "").length };
}

/** The executed/budget rate rounded to the precision the seed printed equals the printed rate. */
function expectRate(executed: number, budget: number, rate: string): void {
  const { value, decimals } = printed(rate);
  expect(round((executed / budget) * 100, decimals)).toBeCloseTo(value, 6);
}

describe("seed figures tie out", () => {
  test("seed 000: 149,174.48 / 150,055.68 printed as 99.4%", () => {
    expect(SEED_000.budget.budget).toBe(150055.68);
    expect(SEED_000.budget.executed).toBe(149174.48);
    expect(SEED_000.budget.statedRate).toBe("99.4%");
    expectRate(149174.48, 150055.68, "99.4%");
    expect(SEED_000.statedRateValue).toBe(0.994);
  });

  test("seed 001: budget and execution by level and by type", () => {
    expect(SEED_001.budget).toBe(387236.73);
    expect(SEED_001.executed).toBe(387143.16);
    expect(sum(Object.values(SEED_001.budgetByLevel))).toBeCloseTo(387236.73, 2); // 285,129.73 + 102,107
    expect(sum(Object.values(SEED_001.budgetByType))).toBeCloseTo(387236.73, 2); // 12,716.53 + 374,520.2
    expect(sum(Object.values(SEED_001.executedByLevel))).toBeCloseTo(387143.16, 2); // 285,073.13 + 102,070.03
    expect(sum(Object.values(SEED_001.executedByType))).toBeCloseTo(387143.16, 2); // 12,674.45 + 374,468.71
    expectRate(387143.16, 387236.73, "99.98%");
  });

  test("seed 001: second-level scores and the bonus add up to 93.78", () => {
    const byLevel = (l: string) => SEED_001.scores.filter((x) => x.level1 === l);
    expect(byLevel("管理效能").map((x) => x.weight)).toEqual([16, 2, 4, 4, 4, 15]);
    expect(byLevel("管理效能").map((x) => x.score)).toEqual([14.98, 1.65, 4, 3.3, 4, 13.55]);
    expect(byLevel("履职效能").map((x) => x.weight)).toEqual([7, 10, 7, 11, 4, 7, 4]);
    expect(byLevel("履职效能").map((x) => x.score)).toEqual([7, 10, 6.8, 11, 4, 7, 4]);
    expect(sum(byLevel("管理效能").map((x) => x.weight))).toBe(45);
    expect(sum(byLevel("履职效能").map((x) => x.weight))).toBe(50);
    expect(SEED_001.bonus.score).toBe(2.5);
    expect(SEED_001.bonus.bound).toBe(5);
    const total = sum(SEED_001.scores.map((x) => x.score)) + SEED_001.bonus.score;
    expect(round(total, 2)).toBe(93.78);
    expect(SEED_001.total).toBe(93.78);
    // Every deduction carries the seed's reason.
    for (const x of SEED_001.scores) expect(x.score < x.weight).toBe(x.reason !== null);
  });

  test("seed 001: key indicators as printed", () => {
    const pairs = SEED_001.keyIndicators.slice(0, 5).map((k) => [k.target, k.actual]);
    expect(pairs).toEqual([
      ["65%左右", "65.7%"],
      ["≥15%", "18.4%"],
      ["2 倍", "4.23 倍"],
      ["6,000 亿元", "6,117.99 亿元"],
      ["6 个", "6 个"],
    ]);
    expect(SEED_001.keyIndicators).toHaveLength(7);
  });

  test("seed 002: 1,491.52 / 1,507.47 printed as 98.9%", () => {
    expect(SEED_002.budget.budget).toBe(1507.47);
    expect(SEED_002.budget.executed).toBe(1491.52);
    expectRate(1491.52, 1507.47, "98.9%");
    expect(SEED_002.facts.investmentCompletion).toBe("278.94%");
  });

  test("seed 003: adjustment, income and expenditure splits, 97.3%", () => {
    expect(SEED_003.initialBudget).toBe(24265.03);
    expect(SEED_003.adjustedBudget).toBe(46025.62);
    expect(round(((46025.62 - 24265.03) / 24265.03) * 100, 2)).toBe(89.68);
    expect(sum(Object.values(SEED_003.incomeBySource))).toBeCloseTo(46014.63, 2); // 42,190.64 + 98 + 3,725.99
    expect(sum(Object.values(SEED_003.expenditureByType))).toBeCloseTo(44792.02, 2); // 4,506 + 40,286.02
    expectRate(44792.02, 46025.62, "97.3%");
  });

  test("seed 003: the score table adds up to 96.5", () => {
    const part = (l: string) => SEED_003.scores.filter((x) => x.level1 === l);
    expect(sum(part("履职效能").map((x) => x.weight))).toBe(50);
    expect(sum(part("管理效率").map((x) => x.weight))).toBe(50);
    expect(part("履职效能").find((x) => x.name === "部门预算资金支出率")?.weight).toBe(10);
    expect(sum(SEED_003.scores.map((x) => x.score))).toBe(96.5);
    expect(SEED_003.total).toBe(96.5);
    expect(SEED_003.scores.filter((x) => x.score < x.weight).map((x) => x.score)).toEqual([19.5, 17]);
  });

  test("seed 004: 16,141.66 − 43.54 = 16,098.12, by type, with the printed rates", () => {
    expect(round(16141.66 - 43.54, 2)).toBe(16098.12);
    expect(sum(Object.values(SEED_004.initialByType))).toBeCloseTo(16141.66, 2); // 953.17 + 272.96 + 14,915.53
    expect(sum(SEED_004.byType.map((x) => x.budget))).toBeCloseTo(16098.12, 2); // 933.57 + 249.02 + 14,915.53
    expect(sum(SEED_004.byType.map((x) => x.executed))).toBeCloseTo(14871.77, 2); // 932.66 + 207.36 + 13,731.75
    expect(sum(SEED_004.byType.map((x) => (x.initial ?? 0) - x.budget))).toBeCloseTo(43.54, 2);
    expect(SEED_004.byType.map((x) => x.statedRate)).toEqual(["99.90%", "83.27%", "92.06%"]);
    for (const x of SEED_004.byType) expectRate(x.executed, x.budget, x.statedRate ?? "");
    expectRate(14871.77, 16098.12, "92.38%");
  });

  test("seed 004: project tasks and their printed completion rates", () => {
    expect(SEED_004.projects.map((p) => [p.target, p.actual])).toEqual([
      [160, 174],
      [90, 51],
      [80, 22],
      [25, 33],
    ]);
    for (const p of SEED_004.projects) expectRate(p.actual, p.target, p.statedCompletion);
    expect(SEED_004.total).toBe(89);
    expect(SEED_004.grade).toBe("良");
  });
});

describe("the demo design (sample.xlsx)", () => {
  test("level-1 weights are the national defaults", () => {
    const w = (l: string) => sum(SAMPLE_INDICATORS.filter((x) => x.level1 === l).map((x) => x.weight));
    expect(SAMPLE_DEMO.budget.weight).toBe(10);
    expect(w("产出指标")).toBe(50);
    expect(w("效益指标")).toBe(30);
    expect(w("满意度指标")).toBe(10);
  });

  test("hand-computed expected scores, total 79.59 → 中", () => {
    expect(SAMPLE_INDICATORS.map((x) => x.expectedScore)).toEqual([10, 5.1, 2.75, 6, 5, 5, 5, 6, 6, 0, 6, 4.5, 9]);
    // Cross-check the quantitative rows with s = w·min(1, B/A) (at least) / full when B ≤ A (at most).
    for (const x of SAMPLE_INDICATORS.filter((i) => i.op !== "定性")) {
      const a = x.targetValue as number;
      const b = x.actualValue as number;
      const c = x.op === "≤" ? (b <= a ? 1 : 0) : b < 0 ? 0 : Math.min(1, b / a);
      expect(round(x.weight * c, 2)).toBe(x.expectedScore);
    }
    expect(round(10 * (14871.77 / 16098.12), 2)).toBe(9.24);
    expect(SAMPLE_DEMO.expectedBudgetScore).toBe(9.24);
    const total = round(9.24 + sum(SAMPLE_INDICATORS.map((x) => x.expectedScore)), 2);
    expect(total).toBe(79.59);
    expect(SAMPLE_DEMO.expectedTotal).toBe(79.59);
    expect(SAMPLE_DEMO.expectedGrade).toBe("中");
  });
});

function text(ws: ExcelJS.Worksheet, addr: string): string {
  const v = ws.getCell(addr).value;
  return v === null || v === undefined ? "" : String(v);
}

describe("assets/samples/sample.xlsx as written", () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(SAMPLES, "sample.xlsx"));
    const sheet = wb.getWorksheet("项目支出绩效自评表");
    if (!sheet) throw new Error("sheet 项目支出绩效自评表 missing");
    ws = sheet;
  });

  test("sheets", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(["项目支出绩效自评表", "预算执行明细"]);
  });

  test("budget block: header on row 5, 年度资金总额 on row 6", () => {
    expect(SAMPLE_LAYOUT.budgetHeaderRow).toBe(5);
    expect(["A5", "C5", "D5", "E5", "F5", "G5", "H5"].map((a) => text(ws, a))).toEqual([
      "资金来源（万元）",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ]);
    expect(["A6", "A7", "A8", "A9"].map((a) => text(ws, a))).toEqual([
      "年度资金总额",
      "其中：当年财政拨款",
      "上年结转资金",
      "其他资金",
    ]);
    expect([ws.getCell("C6").value, ws.getCell("D6").value, ws.getCell("E6").value, ws.getCell("F6").value]).toEqual([
      16141.66, 16098.12, 14871.77, 10,
    ]);
    const rate = ws.getCell("G6").value as ExcelJS.CellFormulaValue;
    expect(rate.formula).toBe("E6/D6");
    expect(round(Number(rate.result), 4)).toBe(0.9238);
    expect(ws.getCell("G6").numFmt).toBe("0.00%");
    expect(ws.getCell("H6").value).toBeNull();
  });

  test("indicator block: headers on row 12, 13 indicators on rows 13–25, 合计 on 26", () => {
    expect(SAMPLE_LAYOUT.indicatorHeaderRow).toBe(12);
    expect(["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => text(ws, `${c}12`))).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    expect(text(ws, "C15")).toBe("新开工项目");
    expect(text(ws, "D15")).toBe("不少于80宗");
    expect(text(ws, "E15")).toBe("22宗");
    expect(text(ws, "D13")).toBe("≥160宗");
    expect(text(ws, "E13")).toBe("174宗");
    expect(text(ws, "C22")).toBe("规上工业增加值增速");
    expect(text(ws, "D22")).toBe("≥3%");
    expect(text(ws, "E22")).toBe("-1.6%");
    // 得分 empty on the quantitative rows 13–23, stated on the two qualitative rows.
    for (let r = 13; r <= 23; r++) expect(ws.getCell(`G${r}`).value).toBeNull();
    expect(ws.getCell("G24").value).toBe(4.5);
    expect(ws.getCell("G25").value).toBe(9);
    expect(text(ws, "A26")).toBe("合计");
    expect((ws.getCell("F26").value as ExcelJS.CellFormulaValue).result).toBe(100);
  });

  test("level cells are merged down their children", () => {
    const merges = ws.model.merges;
    for (const m of ["A13:A19", "B13:B16", "B17:B18", "A20:A24", "B20:B23", "A26:E26", "A6:B6"]) {
      expect(merges).toContain(m);
    }
    expect(text(ws, "A13")).toBe("产出指标");
    expect(ws.getCell("A16").isMerged).toBe(true);
    expect(ws.getCell("A16").master.address).toBe("A13");
    expect(text(ws, "B17")).toBe("质量指标");
    expect(text(ws, "B19")).toBe("时效指标");
    expect(text(ws, "A20")).toBe("效益指标");
    expect(text(ws, "B24")).toBe("社会效益指标");
    expect(text(ws, "A25")).toBe("满意度指标");
    expect(text(ws, "B25")).toBe("服务对象满意度指标");
  });
});

describe("the layout variants carry the same indicators", () => {
  test.each(LAYOUTS.map((l) => [l.file, l] as const))("%s", async (_file, spec) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(SAMPLES, "layouts", spec.file));
    const ws = wb.worksheets[0];
    const { headerRow, firstRow } = layoutRows(spec);
    const col = (field: string) => spec.columns.findIndex(([f]) => f === field) + 1;
    expect(String(ws.getCell(headerRow, col("weight")).value)).toBe(spec.columns[col("weight") - 1][1]);
    const rows = SAMPLE_INDICATORS.map((_x, i) => [
      String(ws.getCell(firstRow + i, col("name")).value),
      ws.getCell(firstRow + i, col("weight")).value,
    ]);
    expect(rows).toEqual(SAMPLE_INDICATORS.map((x) => [x.name, x.weight]));
  });

  async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(SAMPLES, "layouts", file));
    return wb.worksheets[0];
  }

  test("percent cells hold fractions formatted 0.00%", async () => {
    const ws = await sheetOf("layout-percent-cells.xlsx");
    // header on row 2; 工业投资增速 is the 9th indicator (row 11), 规上工业增加值增速 the 10th (row 12)
    expect([ws.getCell("C11").value, ws.getCell("D11").value, ws.getCell("E11").value]).toEqual([
      "工业投资增速",
      0.28,
      0.336,
    ]);
    expect([ws.getCell("D12").value, ws.getCell("E12").value]).toEqual([0.03, -0.016]);
    expect(ws.getCell("D12").numFmt).toBe("0.00%");
    expect(ws.getCell("D13").value).toBe("≥11亿元"); // non-percent rows keep their text
    expect(ws.getCell("D2").value).toBe("年度指标值");
  });

  test("指标性质 and 度量单位 columns split the target", async () => {
    const ws = await sheetOf("layout-operator-column.xlsx");
    expect(["D2", "E2", "F2", "G2"].map((a) => text(ws, a))).toEqual(["指标性质", "指标值", "度量单位", "实际完成值"]);
    expect(["C5", "D5", "E5", "F5", "G5"].map((a) => ws.getCell(a).value)).toEqual(["新开工项目", "≥", 80, "宗", 22]);
    expect(["D9", "E9", "F9", "G9"].map((a) => ws.getCell(a).value)).toEqual(["≤", 2, "个月", 2]);
    expect(["D14", "E14"].map((a) => ws.getCell(a).value)).toEqual(["定性", "效果明显"]);
  });

  test("blank-filled levels are not merged", async () => {
    const ws = await sheetOf("layout-blank-levels.xlsx");
    expect(ws.model.merges.filter((m) => !m.endsWith("1"))).toEqual([]); // only the title row is merged
    expect([text(ws, "A3"), text(ws, "A4"), text(ws, "B4"), text(ws, "B7")]).toEqual(["产出指标", "", "", "质量指标"]);
  });
});

describe("the generator", () => {
  test("rewrites the committed files byte for byte", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-samples-"));
    try {
      const files = await writeSamples(dir);
      expect(files).toHaveLength(11);
      for (const f of files) {
        const committed = path.join(SAMPLES, path.relative(dir, f));
        expect(fs.readFileSync(f).equals(fs.readFileSync(committed))).toBe(true);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
