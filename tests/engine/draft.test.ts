/**
 * The draft builder alone (no .docx): outline numbers, the title read from the rows above a table, and the
 * figure record behind every number. Titles are the seeds' own sheet titles (assets/samples).
 */

import type { Grid } from "../../src/engine/grid";
import type { TableRef } from "../../src/engine/model";
import { chineseNumber, outline } from "../../src/engine/draft/numbering";
import { formTitle } from "../../src/engine/draft/title";
import { FigureBook, sentence } from "../../src/engine/draft/figures";
import { msg } from "../../src/engine/i18n/render";

function gridWithTitle(rows: (string | null)[][]): { grid: Grid; table: TableRef } {
  const grid: Grid = {
    sheet: "表",
    values: [...rows, ["一级指标", "二级指标", "分值", "自评得分"]],
    merges: [],
  };
  const table: TableRef = {
    sheet: "表",
    kind: "indicators",
    headerRow: rows.length,
    firstRow: rows.length + 1,
    lastRow: rows.length + 1,
    firstCol: 0,
    lastCol: 3,
    columns: {},
  };
  return { grid, table };
}

test("outline numbers of a Chinese official document, and their English counterparts", () => {
  expect([1, 9, 10, 12, 20, 21].map(chineseNumber)).toEqual([
    "一",
    "九",
    "十",
    "十二",
    "二十",
    "二十一",
  ]);
  expect([1, 2, 3, 4].map((d) => outline(d as 1 | 2 | 3 | 4, 3, "zh-CN"))).toEqual([
    "三、",
    "（三）",
    "3. ",
    "（3）",
  ]);
  expect([1, 2, 3, 4].map((d) => outline(d as 1 | 2 | 3 | 4, 4, "en-US"))).toEqual([
    "IV. ",
    "(d) ",
    "4. ",
    "(4) ",
  ]);
});

const TITLES: [string, (string | null)[][], ReturnType<typeof formTitle>][] = [
  [
    "seed 001",
    [["广州市工业和信息化局2021年部门整体支出绩效自评表"]],
    { subject: "广州市工业和信息化局", year: "2021", kind: "department" },
  ],
  [
    "seed 003",
    [["2023年度广州市花都区科技工业商务和信息化局整体支出绩效自评得分表"], ["（百分制）"]],
    { subject: "广州市花都区科技工业商务和信息化局", year: "2023", kind: "department" },
  ],
  [
    "seed 004, 主管部门 line",
    [
      ["项目支出绩效自评表"],
      ["（2020年度）"],
      ["主管部门", "仲恺高新区经济发展局", null, "实施单位", "仲恺高新区经济发展局"],
    ],
    { subject: "仲恺高新区经济发展局", year: "2020", kind: "project" },
  ],
  // No title rows: nothing is guessed.
  ["no title", [], { subject: null, year: null, kind: "department" }],
];

test.each(TITLES)("the department and year from the title rows: %s", (_, rows, expected) => {
  const { grid, table } = gridWithTitle(rows);
  expect(formTitle(grid, table)).toEqual(expected);
});

test("a sentence's figures are runs linked to the appendix, in the order they are recorded", () => {
  const book = new FigureBook("zh-CN");
  const weight = book.stated(
    "16",
    msg("draft.fig.weightLabel", { name: "资金管理" }),
    "自评表",
    "C3"
  );
  const score = book.stated(
    "14.98",
    msg("draft.fig.scoreLabel", { name: "资金管理" }),
    "自评表",
    "D3"
  );
  const runs = sentence(book, "draft.ind.line", { n: "（1）", name: "资金管理", weight, score });
  expect(runs.map((r) => r.text).join("")).toBe("（1）资金管理，分值16分，自评得分14.98分");
  expect(runs.filter((r) => r.figure !== undefined).map((r) => r.figure)).toEqual([1, 2]);
  expect(book.figures[1]).toEqual({
    id: 2,
    text: "14.98",
    label: "资金管理 自评得分",
    sheet: "自评表",
    cell: "D3",
    basis: "表内填报",
  });
});
