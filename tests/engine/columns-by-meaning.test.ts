/**
 * Columns recognised by what their headers say (issue 12): the vocabulary through full width, line breaks,
 * invisible characters and bracketed units; COLUMN_GUESSED and COLUMN_MISSING; ACTUAL_MISSING on every row of
 * a table without an actual column; no grade over a partial total; a header nobody could read named on exit 2.
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/engine/grid";
import { evaluate } from "../../src/engine/evaluate";
import { render } from "../../src/engine/i18n/render";
import {
  INDICATOR_ALIASES,
  INDICATOR_MEANINGS,
  BUDGET_ALIASES,
  BUDGET_MEANINGS,
} from "../../src/engine/locate/aliases";
import { buildVocabulary, classifyHeader, normalizeHeader } from "../../src/engine/locate/header";
import { toReport } from "../../src/engine/report";
import { getPreset } from "../../src/engine/ruleset";
import type { Evaluation } from "../../src/engine/model";
import { runCli } from "../support/cli";
import { summarySheet } from "../../src/engine/plan/summary-sheet";

const rs = getPreset("national-2020")!;
const IND = buildVocabulary(INDICATOR_ALIASES, INDICATOR_MEANINGS);
const BUD = buildVocabulary(BUDGET_ALIASES, BUDGET_MEANINGS);

function run(values: CellValue[][], ruleSet = rs): Evaluation {
  const grid: Grid = { sheet: "表1", values, merges: [] };
  const out = evaluate([grid], ruleSet, { file: "t.xlsx", ruleSetName: ruleSet.name });
  if (!out.ok) throw new Error(render(out.problem.message, "zh-CN"));
  return out.evaluation;
}
const codes = (e: Evaluation) => e.flags.map((f) => `${f.code}@${f.cell}`).sort();

describe("the header vocabulary", () => {
  test("full width, line breaks, spaces, invisible characters and bracketed units fold away", () => {
    expect(normalizeHeader("实际\n完成值（万元）")).toBe("实际完成值");
    expect(normalizeHeader("ＷＥＩＧＨＴ　（分）")).toBe("weight");
    expect(normalizeHeader("得\u200b分")).toBe("得分");
    expect(normalizeHeader("分值【分】")).toBe("分值");
  });

  test.each([
    ["实际完成值", "actual", "alias"],
    ["全年实际值", "actual", "meaning"],
    ["年终实际完成情况", "actual", "meaning"],
    ["Actual achieved (2023)", "actual", "meaning"],
    ["Reason for deduction", "reason", "meaning"],
    ["偏差原因及整改措施", "reason", "meaning"],
    ["预期指标值", "target", "meaning"],
    ["Target value", "target", "alias"],
    ["分值权重（%）", "weight", "meaning"],
    ["Full score", "weight", "meaning"],
    ["单位自评得分", "score", "meaning"],
    ["评分标准（计分方法）", "criterion", "alias"],
    ["计分规则说明", "criterion", "meaning"],
    ["Scoring criteria", "criterion", "meaning"],
    ["Level-1 indicator", "level1", "meaning"],
  ])("indicator header %s → %s (%s)", (text, field, how) => {
    expect(classifyHeader(text, IND)).toEqual({ field, how });
  });

  test.each([
    ["全年预算数（A）", "budget", "alias"],
    ["预算执行数", "executed", "meaning"],
    ["执行率（B/A）", "rate", "alias"],
    ["自评得分", "score", "alias"],
    ["权重", "weight", "meaning"],
    ["Initial budget (10k yuan)", "initialBudget", "alias"],
  ])("budget header %s → %s (%s)", (text, field, how) => {
    expect(classifyHeader(text, BUD)).toEqual({ field, how });
  });

  test("sentences, block labels and words that mean nothing here are not headers", () => {
    expect(classifyHeader("本项目共完成预算资金89.97万元，其中30万元用于审计", IND)).toBeNull();
    expect(classifyHeader("预算执行情况（10分）", BUD)).toBeNull();
    expect(classifyHeader("得分系数(%)", IND)).toBeNull();
    expect(classifyHeader("年终盘点", IND)).toBeNull();
  });
});

const HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "年终盘点",
  "分值",
  "得分",
  "扣分原因",
];
const BODY: CellValue[][] = [
  ["产出指标", "数量指标", "新开工项目", "≥80宗", "22宗", 50, 50, null],
  [null, "质量指标", "验收合格率", "100%", "100%", 40, 40, null],
];

describe("a table whose actual column nobody could name", () => {
  const e = run([HEADER, ...BODY]);

  test("COLUMN_MISSING on the header names the role and the headers seen", () => {
    const f = e.flags.find((x) => x.code === "COLUMN_MISSING")!;
    expect(f).toMatchObject({ cell: "A1", severity: "error" });
    expect(render(f.message, "zh-CN")).toBe(
      "第1行表头中没有找到“完成值”列，2行带分值的指标无法计分；表头各列为：A「一级指标」、B「二级指标」、C「三级指标」、D「年度指标值」、E「年终盘点」、F「分值」、G「得分」、H「扣分原因」"
    );
    expect(render(f.message, "en-US")).toMatch(
      /^The header in row 1 has no actual column, so 2 weighted rows cannot be scored/
    );
  });

  test("ACTUAL_MISSING on each weighted row, no score, a partial total, no grade and the reason", () => {
    expect(codes(e)).toEqual([
      "ACTUAL_MISSING@G2",
      "ACTUAL_MISSING@G3",
      "COLUMN_MISSING@A1",
      "WEIGHT_SUM@F2",
    ]);
    expect(e.indicators.map((i) => i.score)).toEqual([null, null]);
    expect(e.totals).toMatchObject({ grade: "—", partial: true, rows: { scored: 0, unscored: 2 } });
    expect(render(e.totals!.gradeReason!, "zh-CN")).toBe(
      "2行带分值的指标无法计分（分值90分），总分不完整，不评定等级"
    );
  });

  test("the JSON report lists the mapping and the counts", () => {
    const r = toReport(e, "zh-CN");
    expect(r.tables[0].columns).toEqual({
      level1: { column: "A", header: "一级指标" },
      level2: { column: "B", header: "二级指标" },
      level3: { column: "C", header: "三级指标" },
      target: { column: "D", header: "年度指标值" },
      weight: { column: "F", header: "分值" },
      score: { column: "G", header: "得分" },
      reason: { column: "H", header: "扣分原因" },
    });
    expect(r.tables[0].rows).toEqual({ scored: 0, unscored: 2 });
    expect(r.totals).toMatchObject({ partial: true, grade: "—", rows: { scored: 0, unscored: 2 } });
  });
});

describe("the same table headed in words of its own", () => {
  const header = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "年终实际\n完成量",
    "分值",
    "得分",
    "Reason for deduction",
  ];
  const e = run([header, ...BODY, ["合计", null, null, null, null, 90, 90, null]]);

  test("read by meaning and said so; 22 of ≥80 scores 50 × 27.5 % = 13.75", () => {
    expect(e.indicators.filter((i) => i.kind === "indicator").map((i) => i.score)).toEqual([
      13.75, 40,
    ]);
    expect(codes(e).filter((c) => c.startsWith("COLUMN"))).toEqual([
      "COLUMN_GUESSED@E1",
      "COLUMN_GUESSED@H1",
    ]);
  });

  test("two columns competing for the actual: the known alias is taken and the rival named", () => {
    const two = run([
      ["一级指标", "二级指标", "三级指标", "年度指标值", "完成情况", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "项目", "≥10个", "8个", "10个", 10, 10],
    ]);
    const f = two.flags.find((x) => x.code === "COLUMN_GUESSED")!;
    expect(f.cell).toBe("F1");
    expect(render(f.message, "zh-CN")).toBe(
      "“完成值”有多列可选（E「完成情况」），采用F列“实际完成值”"
    );
    expect(two.indicators[0].score).toBe(10);
  });
});

describe("scores entered by hand", () => {
  test("a weighted row with no stated score and nothing to compute from: SCORE_MISSING, unscored, no grade", () => {
    const e = run([
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["部门决策", "目标任务", "相关性", 60, null],
      [null, null, "明确性", 40, 40],
    ]);
    expect(codes(e)).toEqual(["SCORE_MISSING@E2"]);
    expect(render(e.flags[0].message, "zh-CN")).toBe(
      "该指标分值60分，表中没有指标值和完成值可计算，也未填写得分，无法计分"
    );
    expect(e.totals).toMatchObject({ grade: "—", partial: true, rows: { scored: 1, unscored: 1 } });
  });
});

describe("scores as the domain says", () => {
  const header = ["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"];

  test("a stated 10.5 of 10 counts 10 in the system total and is flagged; the stated total is checked uncapped", () => {
    // manual table (no target, no actual): stated 10.5 + 90 = 100.5 stated, 10 + 90 = 100 counted
    const e = run([
      header,
      ["产出指标", "数量指标", "甲", 10, 10.5, null],
      [null, null, "乙", 90, 90, null],
      ["合计", null, null, 100, 100.5, null],
    ]);
    expect(e.totals?.score).toBe(100);
    expect(codes(e)).toEqual(["SCORE_OVER_WEIGHT@E2"]);
  });

  test("parts adding to 110 under a stated 100: SUM_MISMATCH against the uncapped 110", () => {
    const e = run([
      header,
      ["产出指标", "数量指标", "甲", 60, 60, null],
      [null, null, "乙", 50, 50, null],
      ["合计", null, null, 100, 100, null],
    ]);
    const f = e.flags.find((x) => x.code === "SUM_MISMATCH")!;
    expect(render(f.message, "zh-CN")).toBe("填报总分100分，与各项得分合计110分相差10分");
  });

  test("the scale is a rule-set parameter: 90 points graded on a 90-point scale, not on the default 100", () => {
    const rows: CellValue[][] = [
      header,
      ["产出指标", "数量指标", "甲", 50, 45, "延期"],
      [null, null, "乙", 40, 40, null],
    ];
    expect(run(rows).totals).toMatchObject({ score: 85, grade: "—", partial: true });
    expect(run(rows, { ...rs, scale: 90 }).totals).toMatchObject({
      score: 85,
      grade: "良",
      partial: false,
    });
  });
});

describe("budget blocks as printed", () => {
  test("a figure printed after its label in a text cell is read", () => {
    const e = run([
      ["项目", "全年预算数", "全年执行数"],
      ["年度资金总额", "合计：3,120.50", 3000],
      ["其中：财政拨款", 3120.5, 3000],
      ["其他资金", null, null],
    ]);
    expect(e.budget.map((b) => [b.name, b.budget, b.executed])).toEqual([
      ["年度资金总额", 3120.5, 3000],
      ["财政拨款", 3120.5, 3000],
      ["其他资金", null, null],
    ]);
    expect(e.flags.filter((f) => f.code === "BUDGET_TIE_OUT")).toEqual([]);
  });
});

describe("a header row with every column unknown", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-unknown-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("exit 2, naming the file, the sheet and the header row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("考核表");
    ws.addRow(["2023年度考核"]);
    ws.addRow(["类别", "事项", "要求", "结果", "分数"]);
    ws.addRow(["甲", "乙", "丙", "丁", 5]);
    const file = path.join(dir, "unknown.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["score", file, "--out", path.join(dir, "o.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "unknown.xlsx：工作表「考核表」第2行像是表头（A「类别」、B「事项」、C「要求」、D「结果」、E「分数」），但其中没有能识别的列"
    );
  });
});

describe("a sheet that looks like a table, with every column unknown, beside a sheet that was read", () => {
  const table: Grid = {
    sheet: "自评表",
    values: [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "新开工项目", "≥80宗", "82宗", 50, 50],
    ],
    merges: [],
  };
  const evaluateWith = (other: Grid): Evaluation => {
    const out = evaluate([table, other], rs, { file: "t.xlsx", ruleSetName: rs.name });
    if (!out.ok) throw new Error("no table");
    return out.evaluation;
  };

  test("COLUMN_MISSING names the sheet, its header row and the texts seen", () => {
    const e = evaluateWith({
      sheet: "考核表",
      values: [
        ["2023年度考核"],
        ["类别", "事项", "要求", "结果", "分数"],
        ["甲", "乙", "丙", "丁", 5],
        ["戊", "己", "庚", "辛", 4],
      ],
      merges: [],
    });
    const missing = e.flags.filter((f) => f.code === "COLUMN_MISSING");
    expect(missing.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(["考核表!A2 error"]);
    expect(render(missing[0]!.message, "zh-CN")).toBe(
      "工作表「考核表」第2行像是表头（A「类别」、B「事项」、C「要求」、D「结果」、E「分数」），下面各行有数字，但其中没有能识别的列，这张表没有读取、没有计分"
    );
    expect(render(missing[0]!.message, "en-US")).toContain("Row 2 of the sheet “考核表”");
    // the table that was read is scored as before: 82 ≥ 80, 50 of 50
    expect(e.indicators.map((i) => i.score)).toEqual([50]);
  });

  test("a 填报说明 sheet (numbered notes, long lines) raises nothing", () => {
    const e = evaluateWith({
      sheet: "填报说明",
      values: [
        ["填报说明"],
        ["序号", "事项", "说明"],
        [
          1,
          "分值",
          "一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。",
        ],
        [2, "得分", "得分最高不能超过该指标分值上限。"],
        [3, "偏差原因", "未完成的指标须说明偏差原因及改进措施。"],
      ],
      merges: [],
    });
    expect(e.flags.filter((f) => f.code === "COLUMN_MISSING")).toEqual([]);
  });

  test("one row of figures under a header is not yet a table beside a sheet that was read", () => {
    const e = evaluateWith({
      sheet: "备注",
      values: [
        ["单位", "联系人", "电话"],
        ["财务科", "张三", 12345678],
      ],
      merges: [],
    });
    expect(e.flags.filter((f) => f.code === "COLUMN_MISSING")).toEqual([]);
  });
});

describe("a key-indicator table: targets and actuals, no weights", () => {
  test("a missed target without a reason is said, though nothing is scored; a met one or one with its reason is not", () => {
    const e = run([
      ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
      ["产出指标", "数量指标", "储备到位率", "100%", "100%", null],
      [null, null, "市民满意度", "≥90%", "85%", null],
      [null, null, "轮换完成率", "100%", "60%", "当年未安排轮换"],
    ]);
    // 85 / 90 < 1 with the reason cell blank; 60 / 100 < 1 but its reason is written; 100 / 100 met
    expect(codes(e)).toEqual(["REASON_MISSING@F3"]);
    expect(render(e.flags[0]!.message, "zh-CN")).toBe(
      "完成值85%未达到指标值≥90%，未填写未完成原因（该指标没有分值，不计分）"
    );
    expect(e.indicators.map((i) => i.score)).toEqual([null, null, null]);
    expect(e.totals).toMatchObject({ weight: 0, grade: "—" });
  });
});

describe("评分汇总 shows the counts, why there is no grade, and each table's columns", () => {
  test("rows scored and not, the reason, and field → column → header", () => {
    const e = run([HEADER, ...BODY]);
    const rows = summarySheet(e, "zh-CN").values.map((r) =>
      r.map((v) => (v === null || v === undefined ? "" : String(v))).join("|")
    );
    expect(rows).toContain("已计分行数|0");
    expect(rows).toContain("未计分行数|2");
    expect(rows).toContain(
      "未评定等级原因|2行带分值的指标无法计分（分值90分），总分不完整，不评定等级"
    );
    expect(rows).toContain("表格|字段|列|表头");
    expect(rows).toContain("表1!A1:H3|指标值|D|年度指标值");
    expect(rows).toContain("表1!A1:H3|得分|G|得分");
    expect(rows.some((r) => r.includes("|完成值|"))).toBe(false);
  });
});

describe("评分汇总 leaves a group's score blank where its rows could not be scored", () => {
  test("a scored group shows its points and share; a group whose row has no actual shows blank, not 0", () => {
    const e = run([
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "新开工项目", "≥80宗", "82宗", 50, null],
      ["效益指标", "社会效益指标", "受益人口", "≥1000人", null, 30, null],
    ]);
    expect(e.groups.map((g) => [g.levels.join("/"), g.weight, g.score, g.unscored])).toEqual([
      ["产出指标", 50, 50, 0],
      ["产出指标/数量指标", 50, 50, 0],
      ["效益指标", 30, 0, 1],
      ["效益指标/社会效益指标", 30, 0, 1],
    ]);
    const rows = summarySheet(e, "zh-CN").values.map((r) =>
      r.map((v) => (v === null || v === undefined ? "" : String(v))).join("|")
    );
    // 82 ≥ 80: 50 of 50, 100 %; the 效益 row has no actual: blank score and share
    expect(rows).toContain("产出指标|50|50|1");
    expect(rows).toContain("效益指标|30||");
    expect(rows).toContain("效益指标|社会效益指标|30||");
    expect(toReport(e, "zh-CN").groups.map((g) => g.unscored)).toEqual([0, 0, 1, 1]);
  });
});

describe("points written in the names of a framework without a 分值 column", () => {
  test("相关性（5分） weighs 5; a name merged down over empty rows gives them nothing", () => {
    const grid: Grid = {
      sheet: "表1",
      values: [
        ["一级指标", "二级指标", "三级指标", "得分"],
        ["部门决策（10分）", "目标任务（10分）", "相关性（5分）", 5],
        [null, null, "明确性(5分)", 4],
        [null, "履职成效（20分）", "部门特性指标", null],
        [null, null, null, null],
      ],
      merges: [{ top: 3, left: 1, bottom: 4, right: 1 }],
    };
    const out = evaluate([grid], rs, { file: "t.xlsx", ruleSetName: rs.name });
    if (!out.ok) throw new Error("no table");
    expect(out.evaluation.indicators.map((i) => [i.row, i.weight, i.score])).toEqual([
      [2, 5, 5],
      [3, 5, 4],
    ]);
  });
});
