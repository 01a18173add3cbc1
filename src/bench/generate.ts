/** Generated indicator tables of any size, for the benchmarks: a national project form with N leaf rows. */

import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../engine/grid";
import { NATIONAL_INDICATOR_HEADERS } from "../../tools/samples/make-samples";

/**
 * Target, actual, and the reason an evaluator writes where points are lost. As in the seeds, most rows meet
 * their targets and deductions carry a reason; one row in eight (a negative completion) is flagged.
 */
const TARGETS: [string, string, string | null][] = [
  ["≥160宗", "174宗", null],
  ["≥90宗", "51宗", "受疫情影响，部分项目推迟摘牌"],
  ["不少于80宗", "22宗", "项目完成度及时性不足"],
  ["≥25宗", "30宗", null],
  ["≥3%", "-1.6%", "规上工业增加值同比下降"],
  ["≤90万元", "85万元", null],
  ["65%左右", "65.7%", null],
  ["≥95%", "97.3%", null],
];

export function generatedRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [["项目支出绩效自评表（基准测试）"], [...NATIONAL_INDICATOR_HEADERS]];
  for (let i = 0; i < n; i++) {
    const [target, actual, reason] = TARGETS[i % TARGETS.length];
    const level1 = `产出指标${Math.floor(i / 1000) + 1}`;
    const level2 = `数量指标${Math.floor(i / 50) + 1}`;
    rows.push([level1, level2, `指标${i + 1}`, target, actual, 1, null, reason]);
  }
  rows.push(["合计", null, null, null, null, n, null, null]);
  return rows;
}

/** The same rows as plain cell values, as a spreadsheet holds them (blank where the grid has nothing). */
export function generatedCells(n: number): (string | number | boolean)[][] {
  return generatedRows(n).map((r) => r.map((v) => (v === null || typeof v === "object" ? "" : v)));
}

export function generatedGrid(n: number): Grid {
  return { sheet: "自评表", values: generatedRows(n), merges: [] };
}

/**
 * A national project form of its own (domain.md §5): the budget block (10 points) and nine indicators of 10
 * points under their title row and 项目名称, with a 总分 row — form `i` of a workbook of many.
 */
export function generatedFormRows(i: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["2020年度项目支出绩效自评表"],
    ["项目名称", `基准项目${i + 1}`],
    ["资金情况（万元）", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
    ["年度资金总额：", 100 + i, 92 + i, 10, null, null],
    [],
    [...NATIONAL_INDICATOR_HEADERS],
  ];
  for (let k = 0; k < 9; k++) {
    const [target, actual, reason] = TARGETS[(i + k) % TARGETS.length];
    rows.push([
      k < 5 ? "产出指标" : "效益指标",
      `指标组${(k % 3) + 1}`,
      `指标${k + 1}`,
      target,
      actual,
      10,
      null,
      reason,
    ]);
  }
  rows.push(["总分", null, null, null, null, 100, null, null]);
  return rows;
}

/** A workbook ExcelJS built, as the .xlsx bytes it writes: the benchmarks' inputs. */
export async function exceljsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
