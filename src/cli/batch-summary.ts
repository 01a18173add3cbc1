/** The summary workbook of `jixiao batch`: a row per workbook, and every flag on a second sheet. */

import ExcelJS from "exceljs";
import * as path from "path";
import { type Evaluation, flagCounts, type Lang, render } from "../engine";
import { writeXlsx } from "../workbook/xlsx/file";

export interface BatchEntry {
  file: string;
  evaluation: Evaluation | null;
  out: string | null;
  problem: string | null;
}

const HEAD = {
  "zh-CN": {
    sheet: "汇总",
    flags: "问题清单",
    cols: [
      "工作簿",
      "总分",
      "满分",
      "等级",
      "表内总分",
      "表内等级",
      "执行率",
      "错误",
      "警告",
      "提示",
      "评分副本",
      "无法处理的原因",
    ],
    flagCols: ["工作簿", "编号", "严重程度", "工作表", "单元格", "代码", "说明"],
  },
  "en-US": {
    sheet: "Summary",
    flags: "Flags",
    cols: [
      "Workbook",
      "Total",
      "Out of",
      "Grade",
      "Stated total",
      "Stated grade",
      "Execution rate",
      "Errors",
      "Warnings",
      "Info",
      "Scored copy",
      "Why it could not be processed",
    ],
    flagCols: ["Workbook", "Id", "Severity", "Sheet", "Cell", "Code", "Message"],
  },
};

/** The top-level execution rate: the first total line of the first budget table. */
export function executionRate(e: Evaluation): number | null {
  return e.budget.find((b) => b.level === 0)?.rate ?? null;
}

export async function writeBatchSummary(
  file: string,
  entries: BatchEntry[],
  lang: Lang,
  write: (file: string, data: Buffer) => Promise<void>
): Promise<void> {
  const h = HEAD[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao";
  const ws = wb.addWorksheet(h.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(h.cols).font = { bold: true };
  for (const e of entries) {
    const ev = e.evaluation;
    const c = ev ? flagCounts(ev) : null;
    ws.addRow([
      path.basename(e.file),
      ev?.totals.score ?? null,
      ev?.totals.weight ?? null,
      ev?.totals.grade ?? null,
      ev?.totals.statedScore ?? null,
      ev?.totals.statedGrade ?? null,
      ev ? executionRate(ev) : null,
      c?.error ?? null,
      c?.warning ?? null,
      c?.info ?? null,
      e.out ? path.basename(e.out) : null,
      e.problem,
    ]);
  }
  ws.getColumn(7).numFmt = "0.00%";
  ws.columns.forEach((col, i) => (col.width = i === 0 || i >= 10 ? 28 : 11));
  const fs = wb.addWorksheet(h.flags, { views: [{ state: "frozen", ySplit: 1 }] });
  fs.addRow(h.flagCols).font = { bold: true };
  for (const e of entries) {
    for (const f of e.evaluation?.flags ?? []) {
      fs.addRow([
        path.basename(e.file),
        f.id,
        f.severity,
        f.sheet,
        f.cell,
        f.code,
        render(f.message, lang),
      ]);
    }
  }
  fs.columns.forEach((col, i) => (col.width = i === 6 ? 80 : 16));
  await write(file, await writeXlsx(wb));
}
