/**
 * Real published self-evaluation tables (tests/fixtures/real/forms.ts, each with its source address), written as
 * .xlsx, scored through the command line and read back from its JSON report. Every figure expected below is the
 * publisher's own or worked out by hand in the comment beside it; where the publisher's figures disagree with
 * each other, the flag that says so is expected.
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { REAL_FORMS } from "../fixtures/real/forms";
import { writeRealForm } from "../fixtures/real/build";
import { runCli } from "../support/cli";

interface Totals {
  weight: number;
  score: number;
  grade: string;
  partial: boolean;
  rows: { scored: number; unscored: number };
  gradeReason: string | null;
  statedScore: number | null;
}

interface Report {
  tables: {
    range: string;
    kind: string;
    columns: Record<string, { column: string; header: string }>;
    rows: { scored: number; unscored: number };
  }[];
  budget: {
    row: number;
    name: string;
    level: number;
    budget: number | null;
    executed: number | null;
    rate: number | null;
    statedRate: number | null;
    weight: number | null;
    score: number | null;
    statedScore: number | null;
  }[];
  indicators: {
    row: number;
    weight: number | null;
    rule: string;
    score: number | null;
    statedScore: number | null;
  }[];
  totals: Totals;
  forms: { id: string; title: string; tables: number[]; totals: Totals }[];
  flags: { code: string; cell: string; message: string; form: string | null }[];
}

let dir: string;
const reports = new Map<string, { report: Report; out: string; code: number }>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-real-"));
  for (const form of REAL_FORMS) {
    const file = path.join(dir, `${form.id}.xlsx`);
    await writeRealForm(form, file);
    const json = path.join(dir, `${form.id}.json`);
    const r = await runCli([
      "score",
      file,
      "--out",
      path.join(dir, `${form.id}.scored.xlsx`),
      "--json",
      json,
    ]);
    reports.set(form.id, {
      report: JSON.parse(await fs.readFile(json, "utf8")),
      out: r.out,
      code: r.code,
    });
  }
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const get = (id: string) => reports.get(id)!;
const flagsOf = (r: Report) => r.flags.map((f) => `${f.code}@${f.cell}`).sort();
const mapping = (t: Report["tables"][number]) =>
  Object.fromEntries(Object.entries(t.columns).map(([f, c]) => [f, `${c.column}:${c.header}`]));

test("every form carries its source address and notes", () => {
  for (const form of REAL_FORMS) {
    expect(form.source).toMatch(/^https?:\/\/\S+$/);
    expect(form.notes.length).toBeGreaterThan(0);
  }
  expect(new Set(REAL_FORMS.map((f) => f.province)).size).toBeGreaterThanOrEqual(3);
});

test("every table of every form is found, and every weighted row is scored or flagged", () => {
  for (const form of REAL_FORMS) {
    const { report } = get(form.id);
    expect(report.tables.length).toBeGreaterThan(0);
    for (const i of report.indicators.filter(
      (x) => x.weight !== null && x.weight > 0 && x.score === null
    )) {
      const row = String(i.row);
      // an unscored weighted row has a flag on one of its own cells
      expect(report.flags.some((f) => f.cell.replace(/^[A-Z]+/, "") === row)).toBe(true);
    }
    // no grade over a partial total, in any form
    for (const f of report.forms) if (f.totals.partial) expect(f.totals.grade).toBe("—");
  }
});

describe("四川 中江县水利局 2022 (全年实际值; parts add to 110, 总分 prints 100)", () => {
  const id = "sc-zhongjiang-2022";

  test("the budget block and the indicator table, with 全年实际值 read as the actual by its words", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "budget A4:F7",
      "indicators B10:I22",
    ]);
    expect(mapping(report.tables[1])).toMatchObject({
      weight: "E:分值",
      target: "F:年度指标值",
      actual: "G:全年实际值",
      score: "H:得分",
      reason: "I:未完成原因及拟采取的改进措施",
    });
    expect(report.flags.find((f) => f.cell === "G10")?.code).toBe("COLUMN_GUESSED");
  });

  test("budget: 20 / 20 = 100.00 %, 10 × 100 % = 10 points, as printed", () => {
    const total = get(id).report.budget[0];
    expect(total).toMatchObject({
      name: "年度资金总额：",
      budget: 20,
      executed: 20,
      rate: 1,
      statedRate: 1,
      weight: 10,
      score: 10,
      statedScore: 10,
    });
    // 其他资金 is printed with blank figures: still a line
    expect(get(id).report.budget.map((b) => b.name)).toEqual([
      "年度资金总额：",
      "本年财政拨款",
      "其他资金",
    ]);
  });

  test("each indicator: actual equals target, so full weight, as the sheet states", () => {
    const rows = get(id).report.indicators;
    // weights 10, 10, 20, 10, 10, 10 | 10, 10 | 10
    expect(rows.map((r) => [r.weight, r.score, r.statedScore])).toEqual([
      [10, 10, 10],
      [10, 10, 10],
      [20, 20, 20],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
    ]);
  });

  test("totals: weights 10 + 100 = 110; the total counts at most 100; the stated 100 against the uncapped 110", () => {
    const { report, out } = get(id);
    expect(report.totals).toMatchObject({
      weight: 110,
      score: 100,
      grade: "优",
      partial: false,
      statedScore: 100,
      rows: { scored: 10, unscored: 0 },
    });
    expect(flagsOf(report)).toEqual([
      "COLUMN_GUESSED@G10",
      "COLUMN_GUESSED@I10",
      "SUM_MISMATCH@H22",
      "WEIGHT_SUM@E22",
    ]);
    expect(report.flags.find((f) => f.code === "SUM_MISMATCH")?.message).toBe(
      "填报总分100分，与各项得分合计110分相差10分"
    );
    expect(report.flags.find((f) => f.code === "WEIGHT_SUM")?.message).toBe(
      "各指标分值合计110分，应为100分"
    );
    expect(out).toMatch(/10 行已计分、0 行未计分/);
  });
});

describe("四川 青神县发展和改革局 2023 (完成值 and 得分 left blank)", () => {
  const id = "sc-qingshen-2023";

  test("budget: 251.89 / 251.89 = 100 %, 10 points computed; the four fund lines tie out (251.89 + 0 + 0 + blank)", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "budget B7:H12",
      "indicators B13:K16",
    ]);
    expect(report.budget.map((b) => [b.name, b.budget, b.executed, b.rate])).toEqual([
      ["总额", 251.89, 251.89, 1],
      ["财政资金", 251.89, 251.89, 1],
      ["财政专户管理资金", 0, 0, null],
      ["单位资金", 0, 0, null],
      ["其他资金", null, null, null],
    ]);
    expect(report.budget[0]).toMatchObject({ weight: 10, score: 10, statedScore: null });
    expect(report.flags.filter((f) => f.code === "BUDGET_TIE_OUT")).toEqual([]);
  });

  test("both weighted indicators lack their actual: ACTUAL_MISSING each, no score, a partial total and no grade", () => {
    const { report, out } = get(id);
    expect(report.indicators.map((r) => [r.row, r.weight, r.score])).toEqual([
      [14, 60, null],
      [15, 30, null],
    ]);
    expect(report.flags.filter((f) => f.code === "ACTUAL_MISSING").map((f) => f.cell)).toEqual([
      "H14",
      "H15",
    ]);
    // scored: the budget line's 10; not scored: 60 + 30
    expect(report.totals).toMatchObject({
      weight: 100,
      score: 10,
      grade: "—",
      partial: true,
      rows: { scored: 1, unscored: 2 },
    });
    expect(report.totals.gradeReason).toBe(
      "2行带分值的指标无法计分（分值90分），总分不完整，不评定等级"
    );
    expect(out).toMatch(/等级 —.*1 行已计分、2 行未计分/);
  });

  test("the block's 权重 and 预算执行数 headers are read by their words, and said so", () => {
    const { report } = get(id);
    expect(mapping(report.tables[0])).toMatchObject({
      executed: "E:预算执行数",
      weight: "G:权重",
      score: "H:得分",
      rate: "F:预算执行率",
    });
    expect(flagsOf(report).filter((f) => f.startsWith("COLUMN_GUESSED"))).toEqual([
      "COLUMN_GUESSED@D7",
      "COLUMN_GUESSED@E7",
      "COLUMN_GUESSED@G7",
    ]);
  });
});

describe("安徽 棠溪镇 2022 (年度资金总额 0/0/0 over a 90 万元 line; cut off before 满意度)", () => {
  const id = "ah-tangxi-2022";

  test("the name-only fund lines stay in the block, and the 0 total against its 90 万元 part is BUDGET_TIE_OUT in each column", () => {
    const { report } = get(id);
    expect(report.budget.map((b) => b.name)).toEqual([
      "年度资金总额：",
      "本年财政拨款",
      "上年结转资金",
      "其他资金",
    ]);
    // 0 ≠ 90 + blank + blank; 0 ≠ 89.974; 0 ≠ 89.974
    expect(flagsOf(report).filter((f) => f.startsWith("BUDGET_TIE_OUT"))).toEqual([
      "BUDGET_TIE_OUT@B6",
      "BUDGET_TIE_OUT@C6",
      "BUDGET_TIE_OUT@D6",
    ]);
    // the total's rate cannot be computed (budget 0): its 10 points are not scored
    expect(report.budget[0]).toMatchObject({
      budget: 0,
      executed: 0,
      rate: null,
      weight: 10,
      score: null,
      statedScore: 0,
    });
  });

  test("nine indicators at full weight (8 × 5 + 10 | 10 × 3 = 80), a partial total, no grade", () => {
    const { report } = get(id);
    expect(report.indicators.map((r) => r.score)).toEqual([8, 8, 8, 8, 8, 10, 10, 10, 10]);
    expect(report.totals).toMatchObject({
      weight: 90,
      score: 80,
      grade: "—",
      partial: true,
      rows: { scored: 9, unscored: 1 },
    });
  });
});

describe("内蒙古 巴彦淖尔 2024 (执行率 printed 0 for a 1.8 / 1.8 line; cut off after 质量指标)", () => {
  const id = "nm-bayannur-2024";

  test("budget: 2.38 = 0.58 + 1.8; the printed 0 % for 其他资金 is RATE_MISMATCH (1.8 / 1.8 = 100 %)", () => {
    const { report } = get(id);
    expect(report.budget.map((b) => [b.name, b.budget, b.executed, b.rate, b.statedRate])).toEqual([
      ["年度资金总额", 2.38, 2.38, 1, 1],
      ["财政拨款", 0.58, 0.58, 1, 1],
      ["其他资金", 1.8, 1.8, 1, 0],
    ]);
    expect(report.flags.filter((f) => f.code === "RATE_MISMATCH").map((f) => f.cell)).toEqual([
      "F7",
    ]);
    expect(report.flags.some((f) => f.code === "BUDGET_TIE_OUT")).toBe(false);
  });

  test("four indicators at full weight (8 + 7 + 8 + 7 = 30) and the budget's 10: 40 of a 100 scale, no grade", () => {
    const { report } = get(id);
    expect(report.indicators.map((r) => [r.weight, r.score])).toEqual([
      [8, 8],
      [7, 7],
      [8, 8],
      [7, 7],
    ]);
    expect(report.totals).toMatchObject({
      weight: 40,
      score: 40,
      grade: "—",
      partial: true,
      rows: { scored: 5, unscored: 0 },
    });
    expect(report.totals.gradeReason).toBe(
      "已计分的分值合计40分，不足100分，总分不完整，不评定等级"
    );
  });
});

describe("四川 大英县司法局 2023 (two forms on one sheet)", () => {
  const id = "sc-daying-2023-two-forms";

  test("three tables on the sheet: the first form's indicators, the second form's budget block and indicator header", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "indicators B1:K3",
      "budget B14:H19",
      "indicators B20:K21",
    ]);
    expect(report.budget[0]).toMatchObject({
      name: "总额",
      budget: 3.36,
      executed: 3.36,
      rate: 1,
      weight: 10,
      score: 10,
      statedScore: 10,
    });
  });

  test("the title row between the tables starts the second form: two forms, each with its own tables", () => {
    const { report, out } = get(id);
    expect(report.totals).toBeNull();
    expect(report.forms.map((f) => [f.id, f.title, f.tables])).toEqual([
      // the page begins inside the first form: no title of its own, so the sheet's name
      ["自评表", "自评表", [0]],
      [
        "自评表#2",
        "部门预算项目支出绩效自评表（2023年度） — 51092324T000010263357-2023年全县安可替代补助资金项目",
        [1, 2],
      ],
    ]);
    expect(out).toContain("共 2 张评价表");
  });

  test("完成 against ≤30 万元 cannot be scored: flagged, the first form's 90 points unscored, its total partial", () => {
    const { report } = get(id);
    expect(report.indicators[0]).toMatchObject({
      row: 2,
      weight: 90,
      score: null,
      statedScore: 90,
    });
    expect(report.flags.filter((f) => f.cell === "H2").map((f) => [f.code, f.form])).toEqual([
      ["ACTUAL_MISSING", "自评表"],
    ]);
    expect(report.forms[0].totals).toMatchObject({
      grade: "—",
      partial: true,
      rows: { scored: 0, unscored: 1 },
    });
    // its 合计 says 100 (the budget's 10 points are on the page before): checked against this form's 90 alone
    expect(
      report.flags.filter((f) => f.code === "WEIGHT_SUM").map((f) => [f.cell, f.form])
    ).toEqual([
      ["I3", "自评表"],
      ["A15", "自评表#2"],
    ]);
    // the second form: its budget line 3.36 of 3.36 → 10 of 10; the page ends in its first indicator row
    expect(report.forms[1].totals).toMatchObject({
      weight: 10,
      score: 10,
      grade: "—",
      partial: true,
      rows: { scored: 1, unscored: 0 },
    });
  });
});

describe("云南 丽江市古城区 2020 (header split over two rows; stated scores below full marks with actual = target)", () => {
  const id = "yn-gucheng-2020";

  test("the two header rows read as one: levels, 指标性质, 指标值, 度量单位 below; 实际完成值, 分值, 得分 above", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "budget A4:G8",
      "indicators A12:J17",
    ]);
    expect(mapping(report.tables[1])).toMatchObject({
      level1: "A:一级指标",
      op: "D:指标性质",
      target: "E:指标值",
      unit: "F:度量单位",
      actual: "G:实际完成值",
      weight: "H:分值",
      score: "I:得分",
    });
  });

  test("budget 7.29 / 7.29 = 100 %, 10 points as printed", () => {
    expect(get(id).report.budget[0]).toMatchObject({
      budget: 7.29,
      executed: 7.29,
      rate: 1,
      statedRate: 1,
      weight: 10,
      score: 10,
      statedScore: 10,
    });
  });

  test("actual = target on every row: full weight computed; the stated 9, 19, 19, 27 are SCORE_MISMATCH and REASON_MISSING", () => {
    const { report } = get(id);
    expect(report.indicators.map((r) => [r.weight, r.score, r.statedScore])).toEqual([
      [10, 10, 9],
      [20, 20, 19],
      [20, 20, 19],
      [30, 30, 27],
      [10, 10, null],
    ]);
    expect(flagsOf(report)).toEqual([
      "REASON_MISSING@J13",
      "REASON_MISSING@J14",
      "REASON_MISSING@J15",
      "REASON_MISSING@J16",
      "SCORE_MISMATCH@I13",
      "SCORE_MISMATCH@I14",
      "SCORE_MISMATCH@I15",
      "SCORE_MISMATCH@I16",
    ]);
    // 10 (budget) + 10 + 20 + 20 + 30 + 10 = 100, all scored
    expect(report.totals).toMatchObject({
      weight: 100,
      score: 100,
      grade: "优",
      partial: false,
      rows: { scored: 6, unscored: 0 },
    });
  });
});

describe("湖南 衡山县 2020 (a key-indicator form: no 分值, no 得分)", () => {
  const id = "hn-hengshan-2020";

  test("budget 194.9 / 194.9 = 100 % as printed; 16 indicators read; nothing weighted, so no grade, and it says why", () => {
    const { report, out } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "budget A4:D7",
      "indicators B10:G27",
    ]);
    expect(report.budget.map((b) => [b.name, b.budget, b.executed, b.rate, b.statedRate])).toEqual([
      ["年度资金总额", 194.9, 194.9, 1, 1],
      ["中央、省、市补助县级资金", 194.9, 194.9, 1, 1],
      ["其他资金", null, null, null, null],
    ]);
    expect(report.indicators).toHaveLength(16);
    expect(report.indicators.every((i) => i.weight === null)).toBe(true);
    expect(report.totals).toMatchObject({
      weight: 0,
      grade: "—",
      rows: { scored: 0, unscored: 0 },
    });
    expect(report.totals.gradeReason).toBe("没有带分值的指标，不评定等级");
    expect(mapping(report.tables[1])).toMatchObject({
      target: "E:年度指标值",
      actual: "F:全年完成值",
      reason: "G:未完成原因和改进措施",
    });
    expect(out).toMatch(/未评定等级：没有带分值的指标/);
  });

  test("unweighted, yet the one missed target is said: 100% against 290% with no reason (row 26)", () => {
    const { report } = get(id);
    // 100 / 290 < 1: missed; every other row meets its target, and 政策性挂账利息补贴保障率 (无) gives its reason
    expect(
      report.flags.filter((f) => f.code === "REASON_MISSING").map((f) => `${f.cell} ${f.message}`)
    ).toEqual(["G26 完成值100%未达到指标值290%，未填写未完成原因（该指标没有分值，不计分）"]);
  });
});

describe("河北 廊坊市食品工程学校 2019 (headers with line breaks; 9 stated where 8.62 is computed)", () => {
  const id = "hb-langfang-2019";

  test("budget: 37.24 / 43.2 = 86.20 % (printed 86 %), 10 × 0.862 = 8.62 against the stated 9, and below 90 %", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "budget A6:H10",
      "indicators A13:H39",
    ]);
    expect(report.budget[0]).toMatchObject({
      budget: 43.2,
      executed: 37.24,
      rate: 0.862,
      statedRate: 0.86,
      weight: 10,
      score: 8.62,
      statedScore: 9,
    });
    expect(flagsOf(report).filter((f) => f.endsWith("7"))).toEqual([
      "EXECUTION_LOW@G7",
      "SCORE_MISMATCH@H7",
    ]);
  });

  test("工程资金金额 37.24 of 43.2: 10 × 37.24 / 43.2 = 8.62, stated 9 (a reason is given); the other eight at full weight", () => {
    const { report } = get(id);
    expect(report.indicators.map((r) => [r.weight, r.score, r.statedScore])).toEqual([
      [10, 8.62, 9],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
    ]);
    expect(flagsOf(report).filter((f) => f.endsWith("14"))).toEqual(["SCORE_MISMATCH@G14"]);
    expect(mapping(report.tables[1])).toMatchObject({
      target: "D:年度 指标值",
      actual: "E:实际 完成值",
    });
    // 8.62 + 8.62 + 8 × 10 = 97.24 of 100 → 优
    expect(report.totals).toMatchObject({
      weight: 100,
      score: 97.24,
      grade: "优",
      partial: false,
      rows: { scored: 10, unscored: 0 },
    });
  });
});

describe("安徽 棠溪镇 2022, 村级补助及运转经费 (the same 0/0/0 total over 202.64 万元; cut off in 效益指标)", () => {
  const id = "ah-tangxi-2022-village";

  test("0 ≠ 202.64, 0 ≠ 132.912, 0 ≠ 132.912: BUDGET_TIE_OUT in each column; (132.912 − 202.64) / 202.64 = −34.41 %: ADJUSTMENT_HIGH", () => {
    const { report } = get(id);
    expect(flagsOf(report)).toEqual([
      "ADJUSTMENT_HIGH@C7",
      "BUDGET_TIE_OUT@B6",
      "BUDGET_TIE_OUT@C6",
      "BUDGET_TIE_OUT@D6",
      "WEIGHT_SUM@A6",
    ]);
    expect(report.budget[1]).toMatchObject({
      name: "本年财政拨款",
      budget: 132.91,
      executed: 132.91,
      rate: 1,
    });
  });

  test("=8个 / 8, =42个 / 42, ≤202.6万元 / 132.9 and five qualitative rows at full weight: 8 × 5 + 10 + 10 + 10 = 70; no grade", () => {
    const { report } = get(id);
    expect(report.indicators.map((r) => [r.rule, r.score])).toEqual([
      ["equal", 8],
      ["equal", 8],
      ["qualitative", 8],
      ["qualitative", 8],
      ["qualitative", 8],
      ["at-most", 10],
      ["qualitative", 10],
      ["qualitative", 10],
    ]);
    expect(report.totals).toMatchObject({
      weight: 80,
      score: 70,
      grade: "—",
      partial: true,
      rows: { scored: 8, unscored: 1 },
    });
  });
});

describe("四川 达州 部门整体 framework (points in the names, 得分 blank)", () => {
  const id = "sc-dazhou-department-framework";

  test("the points in each name are its weight: 25 + 30 + 25 = 80 printed (履职成效's 20 left to unprinted indicators)", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual(["indicators A1:D32"]);
    const weights = report.indicators.map((r) => r.weight);
    // 5 × 5 | 1 1 2 2 3 1 1 2 2 2 2 2 2 2 2 3 | 5 5 5 3 3 4
    expect(weights).toEqual([
      5, 5, 5, 5, 5, 1, 1, 2, 2, 3, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 5, 5, 5, 3, 3, 4,
    ]);
    expect(report.flags.filter((f) => f.code === "WEIGHT_SUM").map((f) => f.message)).toEqual([
      "各指标分值合计80分，应为100分",
    ]);
  });

  test("every weighted row has no score and says so; no grade", () => {
    const { report } = get(id);
    expect(report.flags.filter((f) => f.code === "SCORE_MISSING")).toHaveLength(27);
    expect(report.totals).toMatchObject({
      weight: 80,
      score: 0,
      grade: "—",
      partial: true,
      rows: { scored: 0, unscored: 27 },
    });
  });
});

describe("安徽 宣城市地震局 2021 (actuals written as 200余人, 10月; cut off inside 成本指标)", () => {
  const id = "ah-xuancheng-earthquake-2021";

  test("budget 55 / 55 = 100 %, 10 points as printed; the 0 / 0 / 0 lines stay in the block with no rate", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "budget A5:G9",
      "indicators B12:I18",
    ]);
    expect(report.budget.map((b) => [b.name, b.budget, b.executed, b.rate])).toEqual([
      ["年度资金总额：", 55, 55, 1],
      ["本年财政拨款", 55, 55, 1],
      ["上年结转资金", 0, 0, null],
      ["其他资金", 0, 0, null],
    ]);
    expect(report.budget[0]).toMatchObject({ weight: 10, score: 10, statedScore: 10 });
  });

  test("200余人 ≥ 200, 600余人 ≥ 500, 100% = 100%, 99.12% ≥ 95%, 10月 before 11月底前: all at full weight, as stated", () => {
    const { report } = get(id);
    expect(mapping(report.tables[1])).toMatchObject({
      target: "E:年度指标值",
      actual: "F:实际完成值",
      weight: "G:分值",
      score: "H:得分",
    });
    expect(report.indicators.map((r) => [r.weight, r.score, r.statedScore])).toEqual([
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [10, 10, 10],
      [5, 5, 5],
      [5, 5, 5],
    ]);
    // the section header 年度绩效指标完成情况 also holds 完成: the choice of F is said
    expect(flagsOf(report)).toContain("COLUMN_GUESSED@F12");
  });

  test("10 + 10 × 4 + 5 × 2 = 60 scored of a table cut off at 60: a partial total and no grade", () => {
    const { report } = get(id);
    expect(report.totals).toMatchObject({
      weight: 60,
      score: 60,
      grade: "—",
      partial: true,
      rows: { scored: 7, unscored: 0 },
    });
    expect(report.flags.filter((f) => f.code === "WEIGHT_SUM").map((f) => f.message)).toEqual([
      "各指标分值合计60分，应为100分",
    ]);
  });
});

describe("湖南 岳阳市审计局 2018 部门整体 (评分标准 / 分值 / 自评得分: hand-scored, no actual column)", () => {
  const id = "hn-yueyang-audit-2018-department";

  test("the criterion, weight, stated score and reason columns are read by their words", () => {
    const { report } = get(id);
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual(["indicators A3:G11"]);
    expect(mapping(report.tables[0])).toMatchObject({
      criterion: "D:评分标准",
      weight: "E:分值",
      score: "F:自评得分",
      reason: "G:扣分原因和其他说明",
    });
  });

  test("the stated scores stand (5 5 5 | 3 3 2 6 | 3 = 32 of 33); 资金结余's 2 of 3 without a reason is REASON_MISSING", () => {
    const { report } = get(id);
    expect(report.indicators.map((r) => [r.weight, r.score])).toEqual([
      [5, 5],
      [5, 5],
      [5, 5],
      [3, 3],
      [3, 3],
      [3, 2],
      [6, 6],
      [3, 3],
    ]);
    expect(flagsOf(report).filter((f) => f.startsWith("REASON_MISSING"))).toEqual([
      "REASON_MISSING@G9",
    ]);
    // 预算执行（15分）: 3 + 3 + 3 + 6 = 15, as its name says
    expect(report.totals).toMatchObject({
      weight: 33,
      score: 32,
      grade: "—",
      partial: true,
      rows: { scored: 8, unscored: 0 },
    });
  });
});
