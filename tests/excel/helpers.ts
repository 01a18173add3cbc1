// Workbooks and plans for the Office.js adapter's tests. Plans are built by hand here; an end-to-end test
// with the engine's own plan comes later.

import type {
  CellMark,
  CellRestore,
  PlanValue,
  SheetWrite,
  WritePlan,
} from "../../src/engine/plan/types";
import { ExcelWorkbookPort } from "../../src/workbook/excel";
import type { ExcelFake, FakeOptions } from "../fakes/excel-fake";
import { excelFor } from "../fakes/office-host";
import { type Scalar, type WorkbookModel, buildWorkbook } from "../fakes/excel-model";

export const SHEET = "自评表";
export const SUMMARY = "评分汇总";
export const REVIEW = "复核清单";
export const STATE = "_jixiao_state";

export const HEADER: Scalar[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因",
];

/** An indicator table of `rows` data rows under one header row, with merged level-1 and level-2 cells. */
export function indicatorWorkbook(rows: number): WorkbookModel {
  const data: Scalar[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const level1 = i % 50 === 0 ? ["产出指标", "效益指标", "满意度指标"][(i / 50) % 3] : "";
    const level2 =
      i % 10 === 0 ? ["数量指标", "质量指标", "时效指标", "成本指标"][(i / 10) % 4] : "";
    data.push([
      level1,
      level2,
      `完成项目数${i + 1}`,
      "≥10个",
      10 + (i % 7),
      5,
      i % 9 === 0 ? 4 : 5,
      i % 9 === 0 ? "受天气影响进度滞后" : "",
    ]);
  }
  const merges: string[] = [];
  for (let i = 0; i + 50 <= rows; i += 50) merges.push(`A${i + 2}:A${i + 51}`);
  for (let i = 0; i + 10 <= rows; i += 10) merges.push(`B${i + 2}:B${i + 11}`);
  const wb = buildWorkbook([
    { name: SHEET, rows: data, merges },
    { name: "说明", rows: [["填表说明"], ["请如实填写"]] },
  ]);
  const s = wb.sheet(SHEET);
  for (let c = 0; c < HEADER.length; c++)
    s.edit(0, c, (cell) => ((cell.bold = true), (cell.fill = "#BDD7EE")));
  return wb;
}

/**
 * The host behind Microsoft's Office.js client, and a port on that client's Excel.run. The client build has
 * no ExcelApi 1.18 (notes): a test of the notes path asks for "1.18" and gets the strict fake instead.
 */
export function setup(
  model: WorkbookModel,
  options: FakeOptions = {},
  targetPayloadBytes?: number
): { fake: ExcelFake; port: ExcelWorkbookPort } {
  const fake = excelFor(model, options);
  const port = new ExcelWorkbookPort({
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    targetPayloadBytes,
  });
  return { fake, port };
}

export const FILLS: Record<string, string> = {
  error: "#F8CBAD",
  warning: "#FFE699",
  info: "#DDEBF7",
};

/** A plan like the engine's: three own columns beside the table, marks, the summary, review and state sheets. */
export function scoringPlan(
  rows: number,
  options: { markEvery?: number; formulas?: boolean } = {}
): WritePlan {
  const markEvery = options.markEvery ?? 9;
  const values: PlanValue[][] = [
    ["系统得分\nSystem score", "扣分\nDeduction", "计分说明\nHow scored"],
  ];
  const formulas: (string | null)[][] = [[null, null, null]];
  for (let i = 0; i < rows; i++) {
    const flagged = i % markEvery === 0;
    const score = flagged ? 4 : 5;
    values.push([
      score,
      5 - score,
      flagged
        ? `目标≥10个，实际${10 + (i % 7)}个；得分与自评不一致，按比例扣${5 - score}分`
        : "达成目标，得满分",
    ]);
    formulas.push(
      options.formulas
        ? [`IF(E${i + 2}>=10,F${i + 2},F${i + 2}*E${i + 2}/10)`, null, null]
        : [null, null, null]
    );
  }
  const marks: CellMark[] = [];
  for (let i = 0; i < rows; i += markEvery) {
    marks.push({
      sheet: SHEET,
      cell: `G${i + 2}`,
      severity: "warning",
      fill: FILLS.warning,
      note: `自评得分 ${i % 9 === 0 ? 4 : 5} 与系统得分不一致（第 ${i + 2} 行）`,
    });
  }
  const review: SheetWrite = {
    name: REVIEW,
    values: [
      ["编号", "严重程度", "工作表", "单元格", "代码", "说明", "状态"],
      ...marks.map(
        (m) =>
          [
            `${SHEET}!${m.cell}:SCORE_MISMATCH`,
            "警告",
            SHEET,
            m.cell,
            "SCORE_MISMATCH",
            m.note,
            "待复核",
          ] as PlanValue[]
      ),
    ],
    headerRows: [0],
    columnWidths: [28, 8, 10, 8, 18, 60, 10],
    links: marks.map((m, k) => ({ row: k + 1, col: 3, target: `'${SHEET}'!${m.cell}` })),
    rowFills: marks.map((_, k) => ({ row: k + 1, fill: FILLS.warning })),
    validations: marks.length
      ? [
          {
            col: 6,
            firstRow: 1,
            lastRow: marks.length,
            list: ["待复核", "已确认", "已驳回", "已修正"],
          },
        ]
      : [],
    freezeRows: 1,
    wrapCols: [5],
  };
  const summary: SheetWrite = {
    name: SUMMARY,
    values: [
      ["总分", 96.5],
      ["等级", "优"],
      [],
      ["一级指标", "分值", "得分"],
      ["产出指标", 50, 48],
      ["效益指标", 30, 29],
      ["满意度指标", 20, 19.5],
    ],
    headerRows: [3],
    numberFormats: [null, "0.00", "0.00"],
    chart: {
      title: "得分与分值",
      categoriesCol: 0,
      seriesCols: [1, 2],
      headerRow: 3,
      firstRow: 4,
      lastRow: 6,
    },
  };
  const state: SheetWrite = {
    name: STATE,
    values: [
      ["version", 1],
      ["marked", marks.map((m) => m.cell).join(",")],
    ],
    hidden: true,
  };
  return {
    blocks: [
      {
        sheet: SHEET,
        top: 0,
        left: 8,
        values,
        formulas: options.formulas ? formulas : undefined,
        headerRows: [0],
        numberFormats: ["0.00", "0.00", null],
      },
    ],
    marks,
    restores: [],
    sheets: [summary, review, state],
    clears: [],
    deleteSheets: [],
    columnWidths: [
      { sheet: SHEET, col: 8, width: 10 },
      { sheet: SHEET, col: 9, width: 8 },
      { sheet: SHEET, col: 10, width: 40 },
    ],
    rowHeights: [{ sheet: SHEET, row: 0, height: 30 }],
  };
}

/** What undoes `scoringPlan` on a workbook read before it was applied. */
export function undoPlan(plan: WritePlan, looks: Map<string, CellRestore["look"]>): WritePlan {
  return {
    blocks: [],
    marks: [],
    restores: plan.marks.map((m) => ({
      sheet: m.sheet,
      cell: m.cell,
      look: looks.get(m.cell) ?? { fill: null, note: null },
    })),
    sheets: [],
    clears: plan.blocks.map((b) => ({
      sheet: b.sheet,
      top: b.top,
      left: b.left,
      bottom: b.top + b.values.length - 1,
      right: b.left + 2,
    })),
    deleteSheets: plan.sheets.map((s) => s.name),
    columnWidths: plan.columnWidths.map((w) => ({ ...w, width: null })),
    rowHeights: plan.rowHeights.map((h) => ({ ...h, height: null })),
  };
}
