/** Components under a total: 其中：, indentation, outline numbers, known part names, bottom totals, partial rows. */

import { evaluateBudget } from "../../src/engine/budget";
import { buildHierarchy } from "../../src/engine/budget/hierarchy";
import { readName } from "../../src/engine/budget/names";
import type { Entry } from "../../src/engine/budget/read";
import type { CellValue } from "../../src/engine/grid";
import { render } from "../../src/engine/i18n/render";
import { gridOf, ruleSetOf, tableOf } from "./budget-grids";

const HEADER = ["项目", "全年预算数", "执行数"];
function run(rows: CellValue[][], header: CellValue[] = HEADER) {
  const grid = gridOf([header, ...rows]);
  return evaluateBudget(grid, tableOf(grid), ruleSetOf());
}
const tree = (r: ReturnType<typeof run>) => r.lines.map((l) => [l.name, l.level, l.parentRow]);
const codes = (r: ReturnType<typeof run>) => r.flags.map((f) => [f.code, f.cell]);

describe("names", () => {
  it("reads indentation, the 其中 marker, outline numbers, totals and known parts", () => {
    const n = readName("\u3000\u3000其中：当年财政拨款");
    // Two full-width spaces (2 × 2) plus the printed width of "其中：" (3 full-width characters × 2) = 10:
    // the later parts of the list are aligned under the text after the marker.
    expect([n.display, n.indent, n.marker, n.part?.family]).toEqual([
      "当年财政拨款",
      10,
      true,
      "source",
    ]);
    expect(readName("（二）公用经费").outline).toBe(2);
    expect(readName("一、基本支出").part?.kind).toBe("basic");
    expect(readName("①人员经费").outline).toBe(5);
    expect(readName("年度资金总额").total).toBe(true);
    expect(readName("合  计").total).toBe(true);
    expect(readName("部门项目支出预算").part?.kind).toBe("project");
    expect(readName("转移支付区").part?.family).toBe("level");
    expect(readName("政府性基金预算财政拨款收入").part?.kind).toBe("fiscal-kind");
    expect(readName("广州人工智能试验区专项").part).toBeNull();
  });
});

describe("the national form: 其中：fund sources, partial component rows", () => {
  const header = [
    "项目资金（万元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
  ];
  const rows: CellValue[][] = [
    ["年度资金总额", 100, 120, 110, 10, "91.67%", 9.17],
    ["其中：当年财政拨款", 100, 110, 102, "—", "—", "—"],
    ["上年结转资金", "—", 10, 8, "—", "—", "—"],
    ["其他资金", null, null, null, "—", "—", "—"],
  ];

  it("places the fund sources under the total and ties out each column, a blank part adding nothing", () => {
    // 年初: 100 + 0 + 0 = 100; 全年: 110 + 10 = 120; 执行: 102 + 8 = 110. 110 / 120 = 91.67 %, 10 × 0.9167 = 9.17.
    const r = run(rows, header);
    expect(tree(r)).toEqual([
      ["年度资金总额", 0, null],
      ["当年财政拨款", 1, 2],
      ["上年结转资金", 1, 2],
      ["其他资金", 1, 2],
    ]);
    expect(r.lines[0].score).toBe(9.17);
    expect(r.lines[1].weight).toBeNull();
    expect(r.lines[2].initialBudget).toBeNull();
    // 上年结转 8 / 10 = 80 %: a real finding, on its row's rate cell.
    expect(codes(r)).toEqual([["EXECUTION_LOW", "F4"]]);
  });

  it("reads parts aligned under the text after 其中： as siblings (seed 003's income table)", () => {
    // seed 003: 决算 46,014.63 = 一般公共预算财政拨款 42,190.64 + 政府性基金 98 + 其他收入 3,725.99.
    const income: CellValue[][] = [
      ["收入合计", 24265.03, 46025.62, 46014.63, null, null, null],
      ["其中：一般公共预算财政拨款收入", "—", "—", 42190.64, null, null, null],
      ["      政府性基金预算财政拨款收入", "—", "—", 98, null, null, null],
      ["      其他收入", "—", "—", 3725.99, null, null, null],
    ];
    const r = run(income, header);
    expect(tree(r)).toEqual([
      ["收入合计", 0, null],
      ["一般公共预算财政拨款收入", 1, 2],
      ["政府性基金预算财政拨款收入", 1, 2],
      ["其他收入", 1, 2],
    ]);
    expect(codes(r).filter(([c]) => c === "BUDGET_TIE_OUT")).toEqual([]);
  });

  it("flags the total's executed cell when the sources do not add up", () => {
    const broken = rows.map((row) => [...row]);
    broken[2][3] = 9; // 102 + 9 = 111 ≠ 110
    const r = run(broken, header);
    expect(codes(r)).toEqual([["BUDGET_TIE_OUT", "D2"]]);
    expect(render(r.flags[0].message, "zh-CN")).toBe(
      "年度资金总额的全年执行数110.00万元与组成部分之和111.00万元不符（当年财政拨款 102.00 + 上年结转资金 9.00），差额-1.00万元"
    );
  });

  it("skips a column whose parts hold unreadable text", () => {
    const odd = rows.map((row) => [...row]);
    odd[1][3] = "详见附表";
    odd[2][3] = 9;
    expect(codes(run(odd, header))).toEqual([]);
  });
});

describe("nesting to any depth", () => {
  it("by indentation (full-width and ASCII spaces), with 基本 = 人员 + 公用 tied out on 基本支出's cell", () => {
    const r = run([
      ["合计", 100, 94],
      ["\u3000基本支出", 30, 29],
      ["\u3000\u3000人员经费", 20, 19],
      ["\u3000\u3000公用经费", 11, 10], // 20 + 11 = 31 ≠ 30
      ["  项目支出", 70, 65],
      ["    信息化建设", 40, 38],
      ["      软件购置", 40, 38],
      ["    办公楼维修", 30, 27],
    ]);
    expect(tree(r)).toEqual([
      ["合计", 0, null],
      ["基本支出", 1, 2],
      ["人员经费", 2, 3],
      ["公用经费", 2, 3],
      ["项目支出", 1, 2],
      ["信息化建设", 2, 6],
      ["软件购置", 3, 7],
      ["办公楼维修", 2, 6],
    ]);
    // 基本支出's budget: 20 + 11 = 31 vs 30. Executed 19 + 10 = 29 agrees. 项目: 40 + 30 = 70, 38 + 27 = 65;
    // 合计: 30 + 70 = 100, 29 + 65 = 94. Every rate is at least 90 % (27 / 30 = 90 %).
    // 软件购置 is the only part of 信息化建设: a single part is an "of which", not summed.
    expect(codes(r)).toEqual([["BUDGET_TIE_OUT", "B3"]]);
  });

  it("by outline numbers", () => {
    const r = run([
      ["合计", 100, 92], // 29 + 63
      ["一、基本支出", 30, 29],
      ["（一）人员经费", 20, 20],
      ["（二）公用经费", 10, 9],
      ["二、项目支出", 70, 63], // 36 + 27
      ["1.信息化建设", 40, 36],
      ["2.办公楼维修", 30, 27],
    ]);
    expect(tree(r).map((t) => t[2])).toEqual([null, 2, 3, 3, 2, 6, 6]);
    expect(r.flags).toEqual([]);
  });

  it("by known names alone: 人员/公用经费 under 基本支出, 一般公共预算/政府性基金 under 财政拨款", () => {
    const r = run([
      ["合计", 100, 93], // 80 + 20 = 30 + 70 = 100; 75 + 18 = 29 + 64 = 93
      ["财政拨款", 80, 75], // 70 + 10 = 80; 66 + 9 = 75
      ["一般公共预算财政拨款", 70, 66],
      ["政府性基金预算财政拨款", 10, 9],
      ["其他资金", 20, 18],
      ["基本支出", 30, 29], // 20 + 10 = 30; 20 + 9 = 29
      ["人员经费", 20, 20],
      ["公用经费", 10, 9],
      ["项目支出", 70, 64],
    ]);
    expect(tree(r).map((t) => t[2])).toEqual([null, 2, 3, 3, 2, 2, 7, 7, 2]);
    expect(r.flags).toEqual([]);
  });
});

describe("tie-out groups", () => {
  const entries = (names: string[], first = 0): Entry[] =>
    names.map((n, k): Entry => ({
      kind: "line",
      line: {
        row: first + k,
        name: readName(n),
        money: {
          initialBudget: { kind: "empty" },
          budget: { kind: "empty" },
          available: { kind: "empty" },
          executed: { kind: "empty" },
        },
        rate: { kind: "empty" },
        weight: { kind: "empty" },
        statedScore: { kind: "empty" },
        criterion: null,
      },
    }));

  it("splits a total's parts by family: levels, then 基本/项目", () => {
    const h = buildHierarchy(entries(["合计", "市本级", "转移支付区", "基本支出", "项目支出"]));
    expect(h.groups[0]).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("a second 其中 or a section label starts a new group; unknown names join the group they follow", () => {
    const h = buildHierarchy([
      ...entries(["合计", "财政拨款", "单位捐赠收入"]),
      { kind: "label", label: { row: 3, label: "section" } },
      ...entries(["甲单位", "乙单位"], 4),
    ]);
    expect(h.parent).toEqual([null, 0, 0, 0, 0]);
    expect(h.groups[0]).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("projects without a total are separate lines, each with its own sources", () => {
    const r = run([
      ["甲项目", 50, 45], // 30 + 20 = 50; 27 + 18 = 45
      ["其中：财政拨款", 30, 27],
      ["其他资金", 20, 18],
      ["乙项目", 60, 58],
      ["其中：财政拨款", 60, 58],
    ]);
    expect(tree(r).map((t) => t[2])).toEqual([null, 2, 2, null, 5]);
    expect(r.flags).toEqual([]);
    // 甲's parts no longer add up: 27 + 17.6 = 44.6 ≠ 45 (17.6 / 20 = 88 % is low too, on its own row), on 甲项目's executed cell.
    const broken = run([
      ["甲项目", 50, 45],
      ["其中：财政拨款", 30, 27],
      ["其他资金", 20, 17.6],
    ]);
    expect(codes(broken)).toEqual([
      ["BUDGET_TIE_OUT", "C2"],
      ["EXECUTION_LOW", "C4"],
    ]);
  });

  it("an unknown-named 其中 list continues until the indentation or a total says otherwise", () => {
    const r = run([
      ["甲项目", 50, 40],
      ["其中：设备购置", 30, 25],
      ["软件开发", 20, 15],
    ]);
    expect(tree(r).map((t) => t[2])).toEqual([null, 2, 2]);
  });

  it("a 合计 row below the lines it adds up", () => {
    const r = run([
      ["甲项目", 50, 45],
      ["乙项目", 60, 58],
      ["丙项目", 40, 39],
      ["合计", 150, 142],
    ]);
    expect(tree(r).map((t) => t[2])).toEqual([5, 5, 5, null]);
    // 50 + 60 + 40 = 150; 45 + 58 + 39 = 142.
    expect(r.flags).toEqual([]);
    const broken = run([
      ["甲项目", 50, 45],
      ["乙项目", 60, 58],
      ["合计", 111, 103],
    ]);
    // 50 + 60 = 110 ≠ 111: on the 合计 row's budget cell.
    expect(codes(broken)).toEqual([["BUDGET_TIE_OUT", "B4"]]);
  });
});

describe("label rows and merged cells", () => {
  it("a 其中： row of its own opens the list; a note row is skipped", () => {
    const r = run([
      ["部门预算", 100, 95],
      ["其中：", null, null],
      ["甲单位", 60, 57],
      ["乙单位", 40, 38],
      ["注：数据来源于决算报表", null, null],
    ]);
    expect(tree(r)).toEqual([
      ["部门预算", 0, null],
      ["甲单位", 1, 2],
      ["乙单位", 1, 2],
    ]);
    // 60 + 40 = 100; 57 + 38 = 95.
    expect(r.flags).toEqual([]);
  });

  it("a section label row (按支出结构：) starts a second split of the total", () => {
    const r = run([
      ["合计", 100, 95],
      ["按资金来源：", null, null],
      ["财政拨款", 90, 86],
      ["单位自筹资金", 10, 9],
      ["按支出结构：", null, null],
      ["甲工作", 70, 66],
      ["乙工作", 30, 28], // 66 + 28 = 94 ≠ 95
    ]);
    expect(tree(r).map((t) => t[2])).toEqual([null, 2, 2, 2, 2]);
    expect(codes(r)).toEqual([["BUDGET_TIE_OUT", "C2"]]);
    expect(r.flags[0].message.key).toBe("budget.tieOut.partsSuspect");
  });

  it("a 分值 merged down the components belongs to the total only", () => {
    const grid = gridOf(
      [
        ["项目资金（万元）", "全年预算数", "全年执行数", "分值", "得分"],
        ["年度资金总额", 120, 110, 10, 9.17],
        ["其中：当年财政拨款", 110, 102, null, null],
        ["上年结转资金", 10, 8, null, null],
      ],
      { merges: [{ top: 1, left: 3, bottom: 3, right: 3 }] }
    );
    const r = evaluateBudget(grid, tableOf(grid), ruleSetOf());
    expect(r.lines.map((l) => [l.weight, l.score])).toEqual([
      [10, 9.17], // 10 × (110 / 120 = 0.9167) = 9.17
      [null, null],
      [null, null],
    ]);
  });
});
