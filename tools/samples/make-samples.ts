/**
 * Writes the sample workbooks of assets/samples/ from the seed figures (seed-figures.ts).
 *
 *   npm run samples                     → assets/samples/
 *   node dist/tools/samples/make-samples.js DIR   (after npm run samples has compiled it)
 *
 * Output is deterministic: fixed document dates and fixed zip entry times, so a rerun writes the
 * same bytes.
 */

import * as fs from "fs";
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
  type SampleIndicator,
} from "./seed-figures";

type Sheet = ExcelJS.Worksheet;
type Value = ExcelJS.CellValue;

/** The date written into every workbook (docProps) and every zip entry. */
const FIXED_DATE = new Date(Date.UTC(2021, 2, 31, 9, 0, 0));
const MONEY = "#,##0.00";
const FONT = "宋体";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};

// ---------------------------------------------------------------------------------------------
// Small writing helpers
// ---------------------------------------------------------------------------------------------

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao samples";
  wb.lastModifiedBy = "jixiao samples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function addSheet(wb: ExcelJS.Workbook, name: string, widths: number[]): Sheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    },
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** Display width of a text in column-width units: a CJK character is about two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 1.7 : 1;
  return w;
}

/** Row heights that fit wrapped text (merged cells are left to the caller). */
function fitRows(ws: Sheet, top: number, bottom: number, lineHeight = 14): void {
  for (let r = top; r <= bottom; r++) {
    let lines = 1;
    ws.getRow(r).eachCell((cell, c) => {
      if (cell.isMerged || typeof cell.value !== "string") return;
      const width = (ws.getColumn(c).width ?? 9) - 1;
      lines = Math.max(lines, Math.ceil(textWidth(cell.value) / width));
    });
    if (lines > 1) ws.getRow(r).height = lines * lineHeight + 2;
  }
}

/** Writes `values` from column 1 of `row`; undefined leaves a cell untouched. */
function putRow(ws: Sheet, row: number, values: (Value | undefined)[], firstCol = 1): void {
  values.forEach((v, i) => {
    if (v !== undefined) ws.getCell(row, firstCol + i).value = v;
  });
}

/** Thin borders, a font and wrapping over a rectangle (1-based, inclusive). */
function frame(ws: Sheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: "middle", wrapText: true };
    }
  }
  fitRows(ws, top, bottom);
}

function headerStyle(ws: Sheet, row: number, left: number, right: number): void {
  for (let c = left; c <= right; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
}

function title(ws: Sheet, row: number, text: string, lastCol: number, size = 16): void {
  ws.mergeCells(row, 1, row, lastCol);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size, bold: size >= 14 };
  cell.alignment = { horizontal: "center", vertical: "middle" };
}

function numFmt(
  ws: Sheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  fmt: string
): void {
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) ws.getCell(r, c).numFmt = fmt;
}

/** Merges each run of equal, consecutive values in `col` (rows first..last) into one cell. */
function mergeRuns(ws: Sheet, col: number, first: number, values: string[]): void {
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start]) {
      if (i - start > 1) ws.mergeCells(first + start, col, first + i - 1, col);
      start = i;
    }
  }
}

/** Keeps the first of each run of equal, consecutive values and blanks the rest. */
function blankRuns(values: string[]): (string | null)[] {
  return values.map((v, i) => (i > 0 && values[i - 1] === v ? null : v));
}

// ---------------------------------------------------------------------------------------------
// Deterministic zip: ExcelJS stamps every zip entry with the current time; overwrite it.
// ---------------------------------------------------------------------------------------------

function dosDateTime(d: Date): { time: number; date: number } {
  const time =
    (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** Rewrites the modification time of every entry (local headers and central directory). */
export function fixZipTimes(buf: Buffer, when: Date = FIXED_DATE): Buffer {
  const { time, date } = dosDateTime(when);
  const out = Buffer.from(buf);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip file");
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error("bad local header");
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const data = await wb.xlsx.writeBuffer();
  fs.writeFileSync(file, fixZipTimes(Buffer.from(data as ArrayBuffer)));
  return file;
}

// ---------------------------------------------------------------------------------------------
// sample.xlsx — the bundled demo (seed 004 as a 项目支出绩效自评表)
// ---------------------------------------------------------------------------------------------

/** Row numbers of sample.xlsx (1-based); tests and docs refer to these. */
/** The indicator block's headers on the national project self-evaluation form (项目支出绩效自评表). */
export const NATIONAL_INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
] as const;

export const SAMPLE_LAYOUT = {
  titleRow: 1,
  budgetHeaderRow: 5,
  budgetTotalRow: 6,
  budgetLastRow: 9,
  goalRows: [10, 11],
  indicatorHeaderRow: 12,
  firstIndicatorRow: 13,
  lastIndicatorRow: 12 + SAMPLE_INDICATORS.length,
  totalRow: 13 + SAMPLE_INDICATORS.length,
} as const;

function writeDemoSheet(wb: ExcelJS.Workbook): void {
  const L = SAMPLE_LAYOUT;
  const ws = addSheet(wb, SAMPLE_DEMO.sheet, [12, 16, 26, 13, 13, 8, 10, 34]);
  title(ws, 1, "项目支出绩效自评表", 8);
  title(ws, 2, `（${SEED_004.year}年度）`, 8, 11);

  putRow(ws, 3, ["项目名称", SAMPLE_DEMO.projectName]);
  ws.mergeCells("B3:H3");
  putRow(ws, 4, [
    "主管部门",
    SAMPLE_DEMO.department,
    null,
    null,
    "实施单位",
    SAMPLE_DEMO.department,
  ]);
  ws.mergeCells("B4:D4");
  ws.mergeCells("F4:H4");
  frame(ws, 3, 1, 4, 8);

  // Budget block: header row 5, 年度资金总额 row 6, fund sources rows 7-9.
  const b = SAMPLE_DEMO.budget;
  const total = L.budgetTotalRow;
  putRow(ws, L.budgetHeaderRow, [
    "资金来源（万元）",
    null,
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
  ]);
  putRow(ws, total, ["年度资金总额", null, b.initial, b.budget, b.executed, b.weight]);
  ws.getCell(total, 7).value = { formula: `E${total}/D${total}`, result: b.executed / b.budget };
  putRow(ws, total + 1, ["其中：当年财政拨款", null, b.initial, b.budget, b.executed, "—"]);
  ws.getCell(total + 1, 7).value = {
    formula: `E${total + 1}/D${total + 1}`,
    result: b.executed / b.budget,
  };
  putRow(ws, total + 1, ["—"], 8);
  putRow(ws, total + 2, ["上年结转资金", null, 0, 0, 0, "—", "—", "—"]);
  putRow(ws, total + 3, ["其他资金", null, 0, 0, 0, "—", "—", "—"]);
  for (let r = L.budgetHeaderRow; r <= L.budgetLastRow; r++) ws.mergeCells(r, 1, r, 2);
  frame(ws, L.budgetHeaderRow, 1, L.budgetLastRow, 8);
  headerStyle(ws, L.budgetHeaderRow, 1, 8);
  numFmt(ws, total, 3, L.budgetLastRow, 5, MONEY);
  numFmt(ws, total, 7, total + 1, 7, "0.00%");

  // 年度总体目标: a text block between the two tables, as on the national form.
  const [g1, g2] = L.goalRows;
  putRow(ws, g1, ["年度总体目标", "预期目标", null, null, null, "实际完成情况"]);
  putRow(ws, g2, [
    null,
    "扩增量，狠抓新项目落地见效：完成过会新签约项目160宗、新落地（摘牌）项目90宗、新开工项目80宗、新竣工项目25宗的年度任务；稳存量，力争工业投资和规上工业增加值稳定增长。",
    null,
    null,
    null,
    "完成新过会项目174宗、新落地项目51宗、新开工22宗、新竣工33宗；工业投资140.8亿元，增长33.6%；规上工业增加值406亿元，同比下降1.6%。",
  ]);
  ws.mergeCells(g1, 1, g2, 1);
  ws.mergeCells(g1, 2, g1, 5);
  ws.mergeCells(g1, 6, g1, 8);
  ws.mergeCells(g2, 2, g2, 5);
  ws.mergeCells(g2, 6, g2, 8);
  frame(ws, g1, 1, g2, 8);
  headerStyle(ws, g1, 1, 8);
  ws.getRow(g2).height = 60;

  // Indicator block.
  const h = L.indicatorHeaderRow;
  putRow(ws, h, [...NATIONAL_INDICATOR_HEADERS]);
  SAMPLE_INDICATORS.forEach((ind, i) => {
    putRow(ws, h + 1 + i, [
      ind.level1,
      ind.level2,
      ind.name,
      ind.target,
      ind.actual,
      ind.weight,
      ind.statedScore,
      ind.reason,
    ]);
  });
  mergeRuns(
    ws,
    1,
    h + 1,
    SAMPLE_INDICATORS.map((x) => x.level1)
  );
  mergeRuns(
    ws,
    2,
    h + 1,
    SAMPLE_INDICATORS.map((x) => x.level2)
  );
  const t = L.totalRow;
  putRow(ws, t, ["合计", null, null, null, null]);
  ws.getCell(t, 6).value = {
    formula: `F${total}+SUM(F${L.firstIndicatorRow}:F${L.lastIndicatorRow})`,
    result: SAMPLE_DEMO.totalWeight,
  };
  ws.mergeCells(t, 1, t, 5);
  frame(ws, h, 1, t, 8);
  headerStyle(ws, h, 1, 8);
  ws.getCell(t, 1).alignment = { horizontal: "center", vertical: "middle" };
  ws.getCell(t, 1).font = { name: FONT, size: 10, bold: true };

  putRow(ws, t + 2, ["填报日期：2021年3月31日"]);
  ws.mergeCells(t + 2, 1, t + 2, 3);
}

/** Second sheet: the by-type split seed 004 prints, with its rates as text. */
function writeDemoDetailSheet(wb: ExcelJS.Workbook): void {
  const ws = addSheet(wb, SAMPLE_DEMO.detailSheet, [16, 13, 10, 13, 13, 10, 40]);
  title(ws, 1, `${SEED_004.year}年部门预算执行情况`, 7, 14);
  putRow(ws, 2, ["单位：万元"], 7);
  putRow(ws, 3, ["支出类型", "年初预算数", "压减数", "全年预算数", "全年执行数", "执行率", "备注"]);
  SEED_004.byType.forEach((line, i) => {
    const initial = line.initial ?? 0;
    const cut = Math.round((initial - line.budget) * 100) / 100;
    putRow(ws, 4 + i, [line.name, initial, cut, line.budget, line.executed, line.statedRate, null]);
  });
  const t = 4 + SEED_004.byType.length;
  putRow(ws, t, [
    "合计",
    SEED_004.initialBudget,
    SEED_004.cut,
    SEED_004.budget,
    SEED_004.executed,
    SEED_004.statedRate,
    "根据惠仲财预[2020]11号文件，压减部分工作经费43.54万元",
  ]);
  frame(ws, 3, 1, t, 7);
  headerStyle(ws, 3, 1, 7);
  numFmt(ws, 4, 2, t, 5, MONEY);
}

async function writeDemo(dir: string): Promise<string> {
  const wb = newWorkbook();
  writeDemoSheet(wb);
  writeDemoDetailSheet(wb);
  return save(wb, path.join(dir, SAMPLE_DEMO.file));
}

// ---------------------------------------------------------------------------------------------
// Layout variants: the same seed 004 indicators in the shapes other templates use
// ---------------------------------------------------------------------------------------------

type Field =
  | "seq"
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "op"
  | "targetValue"
  | "unit"
  | "actualValue";

interface LayoutSpec {
  file: string;
  sheet: string;
  titles: string[]; // rows above the header
  columns: [Field, string][]; // field and header text, in sheet order
  levels: "merged" | "blank";
  /** Percent figures as number cells formatted 0.00% instead of text. */
  percentCells?: boolean;
  totalLabel: string;
}

const STANDARD: [Field, string][] = [
  ["level1", "一级指标"],
  ["level2", "二级指标"],
  ["name", "三级指标"],
  ["target", "年度指标值"],
  ["actual", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
  ["reason", "偏差原因分析及改进措施"],
];

export const LAYOUTS: LayoutSpec[] = [
  {
    file: "layout-title-rows.xlsx",
    sheet: "绩效自评表",
    titles: [
      "项目支出绩效自评表",
      `（${SEED_004.year}年度）`,
      `主管部门：${SEED_004.department}`,
      "填报日期：2021年3月31日",
    ],
    columns: STANDARD,
    levels: "merged",
    totalLabel: "合计",
  },
  {
    file: "layout-english.xlsx",
    sheet: "Self-evaluation",
    titles: [],
    columns: [
      ["level1", "Level 1"],
      ["level2", "Level 2"],
      ["name", "Indicator"],
      ["weight", "Weight"],
      ["target", "Target"],
      ["actual", "Actual"],
      ["score", "Score"],
      ["reason", "Reason"],
    ],
    levels: "merged",
    totalLabel: "Total",
  },
  {
    file: "layout-reordered.xlsx",
    sheet: "指标得分",
    titles: ["绩效指标完成情况"],
    columns: [
      ["seq", "序号"],
      ["name", "三级指标"],
      ["weight", "权重"],
      ["actual", "完成值"],
      ["target", "目标值"],
      ["score", "自评得分"],
      ["level1", "一级指标"],
      ["level2", "二级指标"],
      ["reason", "扣分原因"],
    ],
    levels: "merged",
    totalLabel: "总分",
  },
  {
    file: "layout-operator-column.xlsx",
    sheet: "绩效目标完成情况",
    titles: ["项目支出绩效目标完成情况表"],
    columns: [
      ["level1", "一级指标"],
      ["level2", "二级指标"],
      ["name", "三级指标"],
      ["op", "指标性质"],
      ["targetValue", "指标值"],
      ["unit", "度量单位"],
      ["actualValue", "实际完成值"],
      ["weight", "分值"],
      ["score", "得分"],
      ["reason", "未完成原因分析"],
    ],
    levels: "merged",
    totalLabel: "合计",
  },
  {
    file: "layout-blank-levels.xlsx",
    sheet: "自评表",
    titles: ["项目支出绩效自评表"],
    columns: STANDARD,
    levels: "blank",
    totalLabel: "合计",
  },
  {
    file: "layout-percent-cells.xlsx",
    sheet: "自评表",
    titles: ["项目支出绩效自评表"],
    columns: STANDARD,
    levels: "merged",
    percentCells: true,
    totalLabel: "合计",
  },
];

/** Where each layout's header and data rows fall (1-based), for tests. */
export function layoutRows(spec: LayoutSpec): {
  headerRow: number;
  firstRow: number;
  totalRow: number;
} {
  const headerRow = spec.titles.length + 1;
  return { headerRow, firstRow: headerRow + 1, totalRow: headerRow + 1 + SAMPLE_INDICATORS.length };
}

/** 28 (%) → 0.28, without binary noise. */
function fraction(percent: number | string): number {
  return Number((Number(percent) / 100).toFixed(6));
}

function cellFor(field: Field, ind: SampleIndicator, index: number, percent: boolean): Value {
  const asPercent = percent && ind.unit === "%";
  switch (field) {
    case "seq":
      return index + 1;
    case "level1":
      return ind.level1;
    case "level2":
      return ind.level2;
    case "name":
      return ind.name;
    case "target":
      return asPercent ? fraction(ind.targetValue) : ind.target;
    case "actual":
      return asPercent ? fraction(ind.actualValue) : ind.actual;
    case "weight":
      return ind.weight;
    case "score":
      return ind.statedScore;
    case "reason":
      return ind.reason;
    case "op":
      return ind.op;
    case "targetValue":
      return ind.targetValue;
    case "unit":
      return ind.unit === "" ? null : ind.unit;
    case "actualValue":
      return ind.actualValue;
  }
}

async function writeLayout(dir: string, spec: LayoutSpec): Promise<string> {
  const wb = newWorkbook();
  const widths = spec.columns.map(([f]) =>
    f === "name" || f === "reason" ? 30 : f === "seq" ? 6 : 13
  );
  const ws = addSheet(wb, spec.sheet, widths);
  const n = spec.columns.length;
  spec.titles.forEach((text, i) => title(ws, i + 1, text, n, i === 0 ? 16 : 11));
  const { headerRow, firstRow, totalRow } = layoutRows(spec);
  putRow(
    ws,
    headerRow,
    spec.columns.map(([, header]) => header)
  );

  const level1 = SAMPLE_INDICATORS.map((x) => x.level1);
  const level2 = SAMPLE_INDICATORS.map((x) => x.level2);
  const shown1 = spec.levels === "blank" ? blankRuns(level1) : level1;
  const shown2 = spec.levels === "blank" ? blankRuns(level2) : level2;
  SAMPLE_INDICATORS.forEach((ind, i) => {
    const values = spec.columns.map(([field]) => {
      if (field === "level1") return shown1[i];
      if (field === "level2") return shown2[i];
      return cellFor(field, ind, i, spec.percentCells === true);
    });
    putRow(ws, firstRow + i, values);
    if (spec.percentCells && ind.unit === "%") {
      spec.columns.forEach(([field], c) => {
        if (field === "target" || field === "actual")
          ws.getCell(firstRow + i, c + 1).numFmt = "0.00%";
      });
    }
  });
  if (spec.levels === "merged") {
    const col1 = spec.columns.findIndex(([f]) => f === "level1") + 1;
    const col2 = spec.columns.findIndex(([f]) => f === "level2") + 1;
    mergeRuns(ws, col1, firstRow, level1);
    mergeRuns(ws, col2, firstRow, level2);
  }

  const weightCol = spec.columns.findIndex(([f]) => f === "weight") + 1;
  const labelCol = spec.columns.findIndex(([f]) => f === "name" || f === "level1") + 1;
  ws.getCell(totalRow, labelCol).value = spec.totalLabel;
  const weightSum = SAMPLE_INDICATORS.reduce((s, x) => s + x.weight, 0);
  ws.getCell(totalRow, weightCol).value = weightSum;

  frame(ws, headerRow, 1, totalRow, n);
  headerStyle(ws, headerRow, 1, n);
  return save(wb, path.join(dir, "layouts", spec.file));
}

// ---------------------------------------------------------------------------------------------
// Seed 001: department framework (管理效能 45 / 履职效能 50 / 加减分 5) and budget
// ---------------------------------------------------------------------------------------------

async function writeSeed001(dir: string): Promise<string> {
  const s = SEED_001;
  const wb = newWorkbook();

  const ws = addSheet(wb, "部门整体支出绩效自评表", [16, 34, 8, 10, 60]);
  title(ws, 1, `${s.department}${s.year}年部门整体支出绩效自评表`, 5, 14);
  putRow(ws, 2, ["一级指标", "二级指标", "分值", "自评得分", "扣分原因"]);
  const level1Label = (name: string): string =>
    name === "管理效能"
      ? `管理效能（${s.framework.管理效能.weight}分）`
      : `履职效能（${s.framework.履职效能.weight}分）`;
  s.scores.forEach((line, i) => {
    putRow(ws, 3 + i, [level1Label(line.level1), line.name, line.weight, line.score, line.reason]);
  });
  mergeRuns(
    ws,
    1,
    3,
    s.scores.map((x) => x.level1)
  );
  const bonusRow = 3 + s.scores.length;
  putRow(ws, bonusRow, [
    `工作表现加减分（${s.bonus.bound}分）`,
    "工作受表彰或批评",
    s.bonus.bound,
    s.bonus.score,
    s.bonus.reason,
  ]);
  const totalRow = bonusRow + 1;
  putRow(ws, totalRow, ["合计", null, 100, s.total, null]);
  ws.mergeCells(totalRow, 1, totalRow, 2);
  putRow(ws, totalRow + 1, ["评价等级", null, s.grade]);
  ws.mergeCells(totalRow + 1, 1, totalRow + 1, 2);
  ws.mergeCells(totalRow + 1, 3, totalRow + 1, 5);
  frame(ws, 2, 1, totalRow + 1, 5);
  headerStyle(ws, 2, 1, 5);

  const key = addSheet(wb, "关键指标", [6, 36, 30, 60]);
  putRow(key, 1, ["序号", "整体支出关键指标", "预期实现目标值", "年度完成情况"]);
  s.keyIndicators.forEach((k, i) => putRow(key, 2 + i, [i + 1, k.name, k.target, k.actual]));
  frame(key, 1, 1, 1 + s.keyIndicators.length, 4);
  headerStyle(key, 1, 1, 4);

  // Budget: two small tables, by level and by type, each with its own total.
  const bs = addSheet(wb, "部门整体收支", [22, 16, 16, 10]);
  title(bs, 1, `${s.year}年部门整体收支情况（单位：万元，均为财政拨款）`, 4, 12);
  const table = (top: number, header: string, parts: [string, number, number][]): number => {
    putRow(bs, top, [header, "全年预算数", "全年执行数", "执行率"]);
    parts.forEach(([name, budget, executed], i) =>
      putRow(bs, top + 1 + i, [name, budget, executed, null])
    );
    const t = top + 1 + parts.length;
    putRow(bs, t, ["合计", s.budget, s.executed, s.statedRate]);
    frame(bs, top, 1, t, 4);
    headerStyle(bs, top, 1, 4);
    numFmt(bs, top + 1, 2, t, 3, MONEY);
    return t;
  };
  const end = table(3, "项目（按预算级次）", [
    ["市本级支出", s.budgetByLevel.市本级支出, s.executedByLevel.市本级支出],
    ["转移支付区", s.budgetByLevel.转移支付区, s.executedByLevel.转移支付区],
  ]);
  table(end + 2, "项目（按资金结构）", [
    ["基本支出", s.budgetByType.基本支出, s.executedByType.基本支出],
    ["项目支出", s.budgetByType.项目支出, s.executedByType.项目支出],
  ]);

  return save(wb, path.join(dir, "seed001-department.xlsx"));
}

// ---------------------------------------------------------------------------------------------
// Seed 003: score table to 96.5 (level-1 cells blank-filled, not merged) and budget
// ---------------------------------------------------------------------------------------------

async function writeSeed003(dir: string): Promise<string> {
  const s = SEED_003;
  const wb = newWorkbook();

  const ws = addSheet(wb, "整体支出自评得分", [12, 34, 10, 10, 60]);
  title(ws, 1, `${s.year}年度${s.department}整体支出绩效自评得分表`, 5, 14);
  putRow(ws, 2, ["（百分制）"]);
  putRow(ws, 3, ["一级指标", "二级指标", "指标分值", "自评得分", "扣分原因和其他说明"]);
  const shown = blankRuns(s.scores.map((x) => x.level1));
  s.scores.forEach((line, i) =>
    putRow(ws, 4 + i, [shown[i], line.name, line.weight, line.score, line.reason])
  );
  const totalRow = 4 + s.scores.length;
  putRow(ws, totalRow, ["总分", null, 100, s.total, null]);
  frame(ws, 3, 1, totalRow, 5);
  headerStyle(ws, 3, 1, 5);

  const bs = addSheet(wb, "收支情况", [28, 14, 14, 14, 12]);
  title(bs, 1, `${s.year}年度部门整体收支情况（单位：万元）`, 5, 12);
  // Income: 年初 and 调整后 are printed only as totals; the split is printed for the 决算 only.
  putRow(bs, 3, ["项目", "年初预算数", "调整后预算数", "决算数", null]);
  putRow(bs, 4, ["收入合计", s.initialBudget, s.adjustedBudget, s.income]);
  const sources = Object.entries(s.incomeBySource);
  sources.forEach(([name, v], i) =>
    putRow(bs, 5 + i, [i === 0 ? `其中：${name}` : `      ${name}`, "—", "—", v])
  );
  const incomeEnd = 4 + sources.length;
  frame(bs, 3, 1, incomeEnd, 4);
  headerStyle(bs, 3, 1, 4);
  numFmt(bs, 4, 2, incomeEnd, 4, MONEY);

  // Expenditure: the 97.3% completion is 支出决算 / 调整后预算.
  const top = incomeEnd + 2;
  putRow(bs, top, ["项目", "年初预算数", "调整后预算数", "支出决算数", "预算完成率"]);
  putRow(bs, top + 1, ["支出合计", s.initialBudget, s.adjustedBudget, s.expenditure, s.statedRate]);
  putRow(bs, top + 2, ["其中：基本支出", "—", "—", s.expenditureByType.基本支出, "—"]);
  putRow(bs, top + 3, ["      项目支出", "—", "—", s.expenditureByType.项目支出, "—"]);
  frame(bs, top, 1, top + 3, 5);
  headerStyle(bs, top, 1, 5);
  numFmt(bs, top + 1, 2, top + 3, 4, MONEY);

  return save(wb, path.join(dir, "seed003-department.xlsx"));
}

// ---------------------------------------------------------------------------------------------
// Seeds 000 and 002: what they support — a budget line with a stated rate, and unweighted targets
// ---------------------------------------------------------------------------------------------

async function writeSeed000(dir: string): Promise<string> {
  const s = SEED_000;
  const wb = newWorkbook();
  const ws = addSheet(wb, "部门整体支出", [20, 16, 16, 12]);
  title(ws, 1, `${s.department}${s.year}年部门整体支出情况`, 4, 12);
  putRow(ws, 2, ["单位：万元"], 4);
  putRow(ws, 3, ["项目", "全年预算数", "执行数", "预算完成率"]);
  putRow(ws, 4, [s.budget.name, s.budget.budget, s.budget.executed, s.budget.statedRate]);
  frame(ws, 3, 1, 4, 4);
  headerStyle(ws, 3, 1, 4);
  numFmt(ws, 4, 2, 4, 3, MONEY);

  const goals = addSheet(wb, "绩效目标", [32, 20, 16, 28]);
  putRow(goals, 1, ["指标名称", "目标值", "完成值", "备注"]);
  s.indicators.forEach((x, i) =>
    putRow(goals, 2 + i, [x.name, x.target ?? "—", x.actual, x.note ?? null])
  );
  frame(goals, 1, 1, 1 + s.indicators.length, 4);
  headerStyle(goals, 1, 1, 4);
  return save(wb, path.join(dir, "seed000-budget.xlsx"));
}

async function writeSeed002(dir: string): Promise<string> {
  const s = SEED_002;
  const wb = newWorkbook();
  const ws = addSheet(wb, "部门整体支出绩效自评", [30, 26, 40, 30]);
  title(ws, 1, `${s.department}${s.year}年部门整体支出绩效自评`, 4, 12);
  putRow(ws, 3, ["项目", "全年预算数", "全年执行数", "执行率"]);
  putRow(ws, 4, [s.budget.name, s.budget.budget, s.budget.executed, s.statedRateValue]);
  frame(ws, 3, 1, 4, 4);
  headerStyle(ws, 3, 1, 4);
  numFmt(ws, 4, 2, 4, 3, MONEY);
  ws.getCell(4, 4).numFmt = "0.0%";

  putRow(ws, 6, ["指标名称", "目标值", "完成值", "备注"]);
  s.indicators.forEach((x, i) =>
    putRow(ws, 7 + i, [x.name, x.target ?? "—", x.actual, x.note ?? null])
  );
  frame(ws, 6, 1, 6 + s.indicators.length, 4);
  headerStyle(ws, 6, 1, 4);
  return save(wb, path.join(dir, "seed002-project.xlsx"));
}

// ---------------------------------------------------------------------------------------------

/** Writes every sample workbook under `dir` and returns their paths. */
export async function writeSamples(dir: string): Promise<string[]> {
  const files = [
    await writeDemo(dir),
    await writeSeed001(dir),
    await writeSeed003(dir),
    await writeSeed000(dir),
    await writeSeed002(dir),
  ];
  for (const spec of LAYOUTS) files.push(await writeLayout(dir, spec));
  return files;
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? "assets/samples");
  writeSamples(dir).then(
    (files) => files.forEach((f) => console.log(path.relative(process.cwd(), f))),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    }
  );
}
