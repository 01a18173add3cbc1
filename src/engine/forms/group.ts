/**
 * Forms: a scored indicator table (one with weights or scores) with the budget block and key-indicator table that
 * belong to it (domain.md §2, §6). One scored table in the workbook: every table is its form's, wherever it sits
 * (the 部门整体 form with its budget or 关键指标 on other sheets). Several: each sheet's tables form one form, unless
 * a form's own title row (…自评表, 项目名称) stands between two scored tables of a sheet, which then start a form
 * each. A table on a sheet without a scored table is given to a form by rule, and a flag (FORM_ASSIGNED) says which.
 */

import { a1, type Grid } from "../grid";
import type { Flag, TableRef } from "../model";
import { msg } from "../i18n/render";
import { makeFlag } from "../review/severity";
import { formTitle, isFormTitleRow } from "./title";

export interface FormPlan {
  id: string;
  sheet: string;
  title: string;
  kind: "project" | "department";
  /** Indexes into the located tables, in their order. */
  tables: number[];
  /** Rows of its sheet the form covers (0-based, inclusive): flags and stated grades there are the form's. */
  top: number;
  bottom: number;
}

export interface FormGrouping {
  forms: FormPlan[];
  /** Per located table, the index of its form. */
  formOf: number[];
  flags: Flag[];
}

const DEPARTMENT = /部门整体/;

/** A table with weights or scores is a form's scored table; one without (关键指标: target against actual) is not. */
function isScoredTable(t: TableRef): boolean {
  return t.kind === "indicators" && ((t.columns.weight ?? -1) >= 0 || (t.columns.score ?? -1) >= 0);
}

function kindOf(title: string, sheet: string): FormPlan["kind"] {
  return DEPARTMENT.test(title) || DEPARTMENT.test(sheet) ? "department" : "project";
}

/** The rows between two tables hold a form's own title: the later table starts a new form. */
function titleBetween(grid: Grid, from: number, to: number): boolean {
  for (let r = from; r < to; r++) if (isFormTitleRow(grid, r)) return true;
  return false;
}

export function groupForms(tables: readonly TableRef[], grids: readonly Grid[]): FormGrouping {
  const gridOf = new Map(grids.map((g) => [g.sheet, g]));
  const indicatorIdx = tables.flatMap((t, i) => (isScoredTable(t) ? [i] : []));
  const formOf: number[] = new Array<number>(tables.length).fill(-1);
  const forms: FormPlan[] = [];
  const flags: Flag[] = [];

  const newForm = (sheet: string, top: number, bottom: number): number => {
    const onSheet = forms.filter((f) => f.sheet === sheet).length;
    forms.push({
      id: onSheet === 0 ? sheet : `${sheet}#${onSheet + 1}`,
      sheet,
      title: "",
      kind: "project",
      tables: [],
      top,
      bottom,
    });
    return forms.length - 1;
  };

  if (indicatorIdx.length <= 1) {
    const anchor = tables[indicatorIdx[0] ?? 0];
    const f = newForm(anchor.sheet, 0, Number.MAX_SAFE_INTEGER);
    formOf.fill(f);
  } else {
    // indicator tables, sheet by sheet, in the order they were found (top to bottom)
    let prev: TableRef | null = null;
    for (const i of indicatorIdx) {
      const t = tables[i];
      const grid = gridOf.get(t.sheet);
      const sameSheet = prev !== null && prev.sheet === t.sheet;
      const split =
        sameSheet && prev !== null && grid !== undefined
          ? titleBetween(grid, prev.lastRow + 1, t.headerRow)
          : false;
      if (!sameSheet) formOf[i] = newForm(t.sheet, 0, Number.MAX_SAFE_INTEGER);
      else if (split) {
        const before = forms[forms.length - 1];
        before.bottom = (prev as TableRef).lastRow;
        formOf[i] = newForm(t.sheet, before.bottom + 1, Number.MAX_SAFE_INTEGER);
      } else formOf[i] = forms.length - 1;
      prev = t;
    }
    // budget blocks and key-indicator tables: the form whose rows hold them on their sheet; else a rule, flagged
    tables.forEach((t, i) => {
      if (formOf[i] >= 0) return;
      const here = forms.findIndex(
        (f) => f.sheet === t.sheet && f.top <= t.headerRow && t.headerRow <= f.bottom
      );
      if (here >= 0) {
        formOf[i] = here;
        return;
      }
      const given = ownerElsewhere(forms, t, gridOf);
      formOf[i] = given;
      flags.push(
        makeFlag(
          t.sheet,
          a1(t.headerRow, Math.max(0, t.firstCol)),
          "FORM_ASSIGNED",
          msg(`flag.FORM_ASSIGNED.${t.kind}`, { sheet: t.sheet, form: forms[given].id })
        )
      );
    });
  }

  tables.forEach((_, i) => forms[formOf[i]].tables.push(i));
  for (const f of forms) {
    const grid = gridOf.get(f.sheet);
    const first = tables[f.tables.find((i) => tables[i].sheet === f.sheet) ?? f.tables[0]];
    f.title = grid ? formTitle(grid, f.top, first.headerRow) : f.sheet;
    f.kind = kindOf(f.title, f.sheet);
  }
  return { forms, formOf, flags };
}

/**
 * A budget block or key-indicator table on a sheet without a scored table, while several forms exist: the 部门整体
 * form when there is exactly one, else the last form on the nearest sheet before it, else the first form.
 */
function ownerElsewhere(
  forms: readonly FormPlan[],
  t: TableRef,
  gridOf: Map<string, Grid>
): number {
  const department = forms.flatMap((f, i) =>
    kindOf(sheetTitle(gridOf.get(f.sheet)), f.sheet) === "department" ? [i] : []
  );
  if (department.length === 1) return department[0];
  const order = [...gridOf.keys()];
  const at = order.indexOf(t.sheet);
  let best = 0;
  forms.forEach((f, i) => {
    if (order.indexOf(f.sheet) <= at) best = i;
  });
  return best;
}

function sheetTitle(grid: Grid | undefined): string {
  return grid ? formTitle(grid, 0, Math.min(grid.values.length, 6)) : "";
}
