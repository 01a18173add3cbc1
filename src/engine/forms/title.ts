/** A form's title: its title row ("2020年度项目支出绩效自评表") and its 项目名称, else the sheet's name. */

import type { Grid } from "../grid";
import { cellText } from "../locate/merged";

const TITLE = /(自评|评价|评分|绩效).{0,12}表|自评表/;
const PROJECT_LABEL = /^(项目名称|单位名称|部门名称|预算单位名称|部门（单位）名称)\s*[:：]?$/;
const LONGEST = 120;

function texts(grid: Grid, r: number): string[] {
  const out: string[] = [];
  for (const v of grid.values[r] ?? []) {
    const t = cellText(v ?? null)
      .replace(/\s+/g, " ")
      .trim();
    if (t !== "") out.push(t);
  }
  return out;
}

/** A row that is a form's title: one text (a merged title), naming a self-evaluation table. */
export function isFormTitleRow(grid: Grid, r: number): boolean {
  const t = texts(grid, r);
  return (t.length === 1 && TITLE.test(t[0]) && t[0].length <= LONGEST) || projectOf(t) !== null;
}

function projectOf(t: string[]): string | null {
  const at = t.findIndex((x) => PROJECT_LABEL.test(x));
  return at >= 0 && at + 1 < t.length ? t[at + 1] : null;
}

/** The title of the form whose rows start at `top` and whose first table's header is at `header`. */
export function formTitle(grid: Grid, top: number, header: number): string {
  let title: string | null = null;
  let project: string | null = null;
  for (let r = Math.max(0, top); r < header && r < grid.values.length; r++) {
    const t = texts(grid, r);
    if (title === null && t.length === 1 && TITLE.test(t[0]) && t[0].length <= LONGEST)
      title = t[0];
    project ??= projectOf(t);
  }
  const parts = [title, project].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join(" — ").slice(0, 2 * LONGEST) : grid.sheet;
}
