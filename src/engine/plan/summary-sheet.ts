/**
 * 评分汇总, the summary: total, grade and what the sheet states; a row per level-1 indicator (the chart's
 * data: score against weight), a row per level-2 indicator; the budget lines' execution figures; flag
 * counts by severity. Written whole on every run, in the run's language. A workbook of several forms gets the
 * cross-form table first (each form's total, grade, execution rate, stated total and flags; no total or grade
 * across them), then the same sections for each form in turn.
 */

import { round } from "../budget/numbers";
import { FIELD_NAMES } from "../i18n/field-names";
import { render } from "../i18n/render";
import type { Evaluation, FormResult, GroupTotal, Lang, Severity, Totals } from "../model";
import { formView } from "../forms/view";
import { columnMapping } from "../report";
import { areaA1 } from "../grid";
import { label, severityLabel } from "./labels";
import { SUMMARY_SHEET } from "./own";
import type { AreaFormat, ChartSpec, PlanValue, SheetWrite } from "./types";

const POINTS = "0.00";
const RATE = "0.00%";
const MONEY = "#,##0.00";

/** Rows appended section by section, with the formats and header rows that go with them. */
class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly headerRows: number[] = [];
  readonly areaFormats: AreaFormat[] = [];

  get next(): number {
    return this.values.length;
  }

  header(cells: PlanValue[]): number {
    this.headerRows.push(this.next);
    return this.row(cells);
  }

  row(cells: PlanValue[]): number {
    this.values.push(cells);
    return this.values.length - 1;
  }

  blank(): void {
    this.values.push([]);
  }

  /** A format on columns left..right of rows from..to, when there are such rows. */
  format(from: number, to: number, left: number, right: number, format: string): void {
    if (to >= from) this.areaFormats.push({ top: from, left, bottom: to, right, format });
  }
}

const share = (score: number, weight: number): number | null =>
  weight > 0 ? round(score / weight, 4) : null;

/** A group's score and its share of the weight, blank where rows under it could not be scored (not 0). */
const scoreAndShare = (g: GroupTotal): [number | null, number | null] =>
  g.unscored ? [null, null] : [g.score, share(g.score, g.weight)];

function overview(b: SheetBuilder, e: Evaluation, t: Totals, lang: Lang): void {
  b.header([label("summary.item", lang), label("summary.value", lang)]);
  const first = b.row([label("summary.total", lang), t.score]);
  b.row([label("summary.weight", lang), t.weight]);
  b.format(first, first + 1, 1, 1, POINTS);
  b.row([label("summary.grade", lang), t.grade]);
  const stated = b.row([label("summary.statedScore", lang), t.statedScore]);
  b.format(stated, stated, 1, 1, POINTS);
  b.row([label("summary.statedGrade", lang), t.statedGrade]);
  b.row([label("summary.ruleSet", lang), e.ruleSet]);
  b.row([label("summary.file", lang), e.file]);
  const rows = t.rows ?? { scored: 0, unscored: 0 };
  b.row([label("summary.scoredRows", lang), rows.scored]);
  b.row([label("summary.unscoredRows", lang), rows.unscored]);
  if (t.gradeReason) b.row([label("summary.noGrade", lang), render(t.gradeReason, lang)]);
}

/** The cross-form table: one row per form, its own figures only (an average of grades means nothing). */
function formsTable(b: SheetBuilder, forms: readonly FormResult[], lang: Lang): void {
  const headerRow = b.header([
    label("summary.form", lang),
    label("summary.formId", lang),
    label("summary.formKind", lang),
    label("summary.total", lang),
    label("summary.weight", lang),
    label("summary.grade", lang),
    label("summary.rate", lang),
    label("summary.statedScore", lang),
    label("summary.statedGrade", lang),
    severityLabel("error", lang),
    severityLabel("warning", lang),
    severityLabel("info", lang),
  ]);
  for (const f of forms) {
    const t = f.totals;
    b.row([
      f.title,
      f.id,
      label(`summary.formKind.${f.kind}`, lang),
      t.score,
      t.weight,
      t.grade,
      f.executionRate,
      t.statedScore,
      t.statedGrade,
      f.flagCounts.error,
      f.flagCounts.warning,
      f.flagCounts.info,
    ]);
  }
  b.format(headerRow + 1, b.next - 1, 3, 4, POINTS);
  b.format(headerRow + 1, b.next - 1, 6, 6, RATE);
  b.format(headerRow + 1, b.next - 1, 7, 7, POINTS);
}

/** Which header each table's fields were read from, so that a person can see what the engine took for what. */
function columns(b: SheetBuilder, e: Evaluation, lang: Lang): void {
  if (e.tables.length === 0) return;
  b.blank();
  b.header([
    label("summary.table", lang),
    label("summary.field", lang),
    label("summary.column", lang),
    label("summary.header", lang),
  ]);
  for (const t of e.tables) {
    const where = `${t.sheet}!${areaA1({ top: t.headerRow, left: t.firstCol, bottom: t.lastRow, right: t.lastCol })}`;
    for (const [field, c] of Object.entries(columnMapping(t)))
      b.row([where, FIELD_NAMES[field]?.[lang] ?? field, c.column, c.header]);
  }
}

function levelOne(b: SheetBuilder, e: Evaluation, lang: Lang): ChartSpec | undefined {
  const groups = e.groups.filter((g) => g.levels.length === 1);
  const headerRow = b.header([
    label("summary.level1", lang),
    label("summary.groupWeight", lang),
    label("summary.groupScore", lang),
    label("summary.groupRate", lang),
  ]);
  for (const g of groups) b.row([g.levels[0], g.weight, ...scoreAndShare(g)]);
  const [first, last] = [headerRow + 1, b.next - 1];
  b.format(first, last, 1, 2, POINTS);
  b.format(first, last, 3, 3, RATE);
  if (groups.length === 0) return undefined;
  return {
    title: label("summary.chart", lang),
    categoriesCol: 0,
    seriesCols: [1, 2],
    headerRow,
    firstRow: first,
    lastRow: last,
  };
}

function levelTwo(b: SheetBuilder, e: Evaluation, lang: Lang): void {
  const groups = e.groups.filter((g) => g.levels.length === 2);
  if (groups.length === 0) return;
  b.blank();
  const headerRow = b.header([
    label("summary.level1", lang),
    label("summary.level2", lang),
    label("summary.groupWeight", lang),
    label("summary.groupScore", lang),
    label("summary.groupRate", lang),
  ]);
  for (const g of groups) b.row([g.levels[0], g.levels[1], g.weight, ...scoreAndShare(g)]);
  b.format(headerRow + 1, b.next - 1, 2, 3, POINTS);
  b.format(headerRow + 1, b.next - 1, 4, 4, RATE);
}

function budget(b: SheetBuilder, e: Evaluation, lang: Lang): void {
  if (e.budget.length === 0) return;
  b.blank();
  const headerRow = b.header([
    label("summary.budgetLine", lang),
    label("summary.budget", lang, { denominator: e.denominator }),
    label("summary.executed", lang),
    label("summary.rate", lang),
    label("summary.groupWeight", lang),
    label("summary.budgetScore", lang),
  ]);
  for (const line of e.budget) {
    b.row([
      "\u3000".repeat(Math.max(0, line.level)) + line.name,
      line.budget,
      line.executed,
      line.rate,
      line.weight,
      line.weight === null ? null : line.score,
    ]);
  }
  b.format(headerRow + 1, b.next - 1, 1, 2, MONEY);
  b.format(headerRow + 1, b.next - 1, 3, 3, RATE);
  b.format(headerRow + 1, b.next - 1, 4, 5, POINTS);
}

function flagCounts(b: SheetBuilder, e: Evaluation, lang: Lang): void {
  b.blank();
  b.header([label("summary.flags", lang), label("summary.count", lang)]);
  for (const s of ["error", "warning", "info"] as Severity[]) {
    b.row([severityLabel(s, lang), e.flags.filter((f) => f.severity === s).length]);
  }
  b.row([label("summary.flagTotal", lang), e.flags.length]);
}

function sections(b: SheetBuilder, e: Evaluation, t: Totals, lang: Lang): ChartSpec | undefined {
  overview(b, e, t, lang);
  b.blank();
  const chart = levelOne(b, e, lang);
  levelTwo(b, e, lang);
  budget(b, e, lang);
  flagCounts(b, e, lang);
  columns(b, e, lang);
  return chart;
}

export function summarySheet(e: Evaluation, lang: Lang): SheetWrite {
  const b = new SheetBuilder();
  b.header([label("summary.title", lang)]);
  b.blank();
  let chart: ChartSpec | undefined;
  if (e.totals !== null) chart = sections(b, e, e.totals, lang);
  else {
    // several forms: the chart would show one form's groups beside the others' tables, so there is none
    formsTable(b, e.forms, lang);
    for (const f of e.forms) {
      b.blank();
      b.blank();
      b.header([label("summary.formSection", lang, { title: f.title, id: f.id })]);
      sections(b, formView(e, f), f.totals, lang);
    }
  }
  return {
    name: SUMMARY_SHEET,
    values: b.values,
    headerRows: b.headerRows,
    areaFormats: b.areaFormats,
    columnWidths: [20, 16, 14, 12, 10, 10],
    ...(chart ? { chart } : {}),
  };
}
