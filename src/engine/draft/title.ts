/** The department and year a form's title rows name, and whether it is a department or a project form. */

import type { Grid } from "../grid";
import { MergedView } from "../locate/merged";
import type { TableRef } from "../model";

export interface FormTitle {
  subject: string | null; // the department (主管部门 / 单位名称, or the title before its year)
  year: string | null;
  kind: "department" | "project";
}

const YEAR = /((?:19|20)\d{2})\s*年度?/;
const SUBJECT_LABEL =
  /^(?:主管部门|部门名称|单位名称|预算单位|部门（单位）名称|部门\(单位\)名称)[:：]?$/;
/** Where a title's department name ends: "广州市工业和信息化局｜部门整体支出绩效自评表". */
const SUBJECT_END = /部门整体|整体支出|项目支出|部门支出|绩效|自评/;

/** Text rows above the table's header, as a person reads them (merged cells once). */
function rowsAbove(grid: Grid, table: TableRef): string[][] {
  const view = new MergedView(grid);
  const rows: string[][] = [];
  for (let r = 0; r < Math.min(table.headerRow, 30); r++) {
    const texts: string[] = [];
    const width = grid.values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      if (view.isCovered(r, c)) continue;
      const t = view.text(r, c).trim();
      if (t !== "") texts.push(t);
    }
    rows.push(texts);
  }
  return rows;
}

function labelled(rows: string[][]): string | null {
  for (const texts of rows) {
    const i = texts.findIndex((t) => SUBJECT_LABEL.test(t.replace(/\s+/g, "")));
    if (i >= 0 && texts[i + 1] && texts[i + 1] !== texts[i]) return texts[i + 1];
  }
  return null;
}

export function formTitle(grid: Grid | undefined, table: TableRef | undefined): FormTitle {
  const rows = grid && table ? rowsAbove(grid, table) : [];
  const texts = rows.flat();
  const title = texts.find((t) => /表|报告|绩效/.test(t)) ?? texts[0] ?? "";
  const year = texts.map((t) => YEAR.exec(t)?.[1]).find((y) => y !== undefined) ?? null;
  const fromTitle = title
    .replace(YEAR, "")
    .split(SUBJECT_END)[0]
    .replace(/[（(]\s*[)）]/g, "")
    .trim();
  return {
    subject: labelled(rows) ?? (fromTitle !== "" && fromTitle !== title ? fromTitle : null),
    year,
    kind: /项目支出/.test(title) ? "project" : "department",
  };
}
