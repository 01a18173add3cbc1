/** Generated indicator tables of any size, for the benchmarks: a national project form with N leaf rows. */

import type { CellValue, Grid } from "../engine/grid";

const HEADERS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const TARGETS: [string, string][] = [
  ["≥160宗", "174宗"],
  ["≥90宗", "51宗"],
  ["不少于80宗", "22宗"],
  ["≥25宗", "33宗"],
  ["≥3%", "-1.6%"],
  ["≤90万元", "85万元"],
  ["65%左右", "65.7%"],
  ["≥95%", "97.3%"],
];

export function generatedRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [["项目支出绩效自评表（基准测试）"], HEADERS];
  for (let i = 0; i < n; i++) {
    const [target, actual] = TARGETS[i % TARGETS.length];
    const level1 = `产出指标${Math.floor(i / 1000) + 1}`;
    const level2 = `数量指标${Math.floor(i / 50) + 1}`;
    rows.push([level1, level2, `指标${i + 1}`, target, actual, 1, null, null]);
  }
  rows.push(["合计", null, null, null, null, n, null, null]);
  return rows;
}

export function generatedGrid(n: number): Grid {
  return { sheet: "自评表", values: generatedRows(n), merges: [] };
}
