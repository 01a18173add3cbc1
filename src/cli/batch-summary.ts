/**
 * The summary workbook of `jixiao batch`: a row per form (a workbook of several forms has a row for each, the
 * workbook named on every one; never a total across them), and every flag on a second sheet.
 */

import * as path from "path";
import { type Evaluation, type Lang, type PlanValue, type SheetWrite, render } from "../engine";
import { newWorkbook } from "../workbook/xlsx/package/new-workbook";

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
      "评价表",
      "评价表编号",
    ],
    flagCols: ["工作簿", "编号", "严重程度", "工作表", "单元格", "代码", "说明", "评价表编号"],
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
      "Form",
      "Form id",
    ],
    flagCols: ["Workbook", "Id", "Severity", "Sheet", "Cell", "Code", "Message", "Form id"],
  },
};

/** The summary's two sheets: a row per form (or per workbook that could not be processed), then every flag. */
export function summarySheets(entries: BatchEntry[], lang: Lang): SheetWrite[] {
  const h = HEAD[lang];
  const rows: PlanValue[][] = [h.cols];
  for (const e of entries) {
    const name = path.basename(e.file);
    const out = e.out ? path.basename(e.out) : null;
    if (!e.evaluation) {
      rows.push([name, null, null, null, null, null, null, null, null, null, out, e.problem]);
      continue;
    }
    for (const f of e.evaluation.forms) {
      const t = f.totals;
      const c = f.flagCounts;
      rows.push([
        name,
        t.score,
        t.weight,
        t.grade,
        t.statedScore,
        t.statedGrade,
        f.executionRate,
        c.error,
        c.warning,
        c.info,
        out,
        e.problem,
        f.title,
        f.id,
      ]);
    }
  }
  const flags: PlanValue[][] = [h.flagCols];
  for (const e of entries)
    for (const f of e.evaluation?.flags ?? [])
      flags.push([
        path.basename(e.file),
        f.id,
        f.severity,
        f.sheet,
        f.cell,
        f.code,
        render(f.message, lang),
        f.form ?? null,
      ]);
  return [
    {
      name: h.sheet,
      values: rows,
      headerRows: [0],
      freezeRows: 1,
      numberFormats: h.cols.map((_, i) => (i === 6 ? "0.00%" : null)),
      columnWidths: h.cols.map((_, i) => (i === 12 ? 48 : i === 0 || i >= 10 ? 28 : 11)),
    },
    {
      name: h.flags,
      values: flags,
      headerRows: [0],
      freezeRows: 1,
      columnWidths: h.flagCols.map((_, i) => (i === 6 ? 80 : 16)),
    },
  ];
}

export async function writeBatchSummary(
  file: string,
  entries: BatchEntry[],
  lang: Lang,
  write: (file: string, data: Buffer) => Promise<void>
): Promise<void> {
  await write(file, Buffer.from(newWorkbook(summarySheets(entries, lang))));
}
