/**
 * evaluate(grids, ruleSet) → Evaluation: find the tables, score every indicator row by its own rule,
 * work out the budget figures, roll up totals and grade, and collect every flag.
 */

import { a1, parseA1, type Grid } from "./grid";
import type { InputProblem } from "./errors";
import { msg } from "./i18n/render";
import { evaluateBudget } from "./budget";
import type {
  BudgetLineResult,
  Evaluation,
  Flag,
  FormResult,
  GroupTotal,
  IndicatorResult,
  TableRef,
  Totals,
} from "./model";
import { groupForms, type FormGrouping, type FormPlan } from "./forms/group";
import { findTables } from "./locate/tables";
import { MergedView, cellText } from "./locate/merged";
import { indicatorRows, type IndicatorRow, type RawCell } from "./locate/rows";
import { readWorkbookRules, RULES_SHEET_NAMES } from "./locate/workbook-rules";
import { normalizeHeader } from "./locate/header";
import { parseQuantity, parseWithColumns, type Quantity } from "./quantity";
import { getRuleKind } from "./rules/registry";
import { resolveRule, unreadCriterion, type ResolvedRule } from "./rules/resolve";
import { criterionShown, criterionUnreadFlag, fallbackExplanation } from "./rules/criterion-unread";
import type { ScoreResult } from "./rules/types";
import { checkIndicator, type IndicatorCells } from "./review/indicator-checks";
import { columnFlags } from "./review/column-checks";
import { countFlags, makeFlag } from "./review/severity";
import type { RuleSet, RuleSpec } from "./ruleset/types";
import { computeTotals, type StatedTotals, type TotalsField, type TotalsRow } from "./totals";
import { countRows, withCoverage } from "./totals/coverage";
import { findStatedGrade } from "./locate/stated-grade";
import { unreadHeader, unreadTable } from "./locate/unknown-header";
import { isOwnSheet } from "./plan/own";

export interface EvaluateOptions {
  file: string;
  ruleSetName: string;
  asOf?: string;
}

export type EvaluateOutcome =
  { ok: true; evaluation: Evaluation } | { ok: false; problem: InputProblem };

function numberOf(cell: RawCell): number | null {
  const v = cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const q = parseQuantity(v);
  return q.kind === "number" && (q.unit.dimension === "plain" || q.unit.symbol === "分")
    ? q.value
    : null;
}

function textOf(cell: RawCell): string | null {
  const t = cellText(cell.value);
  return t === "" ? null : t;
}

function errorOf(cell: RawCell): string | undefined {
  const v = cell.value;
  return v !== null && typeof v === "object" ? v.error : undefined;
}

function cellsOf(row: IndicatorRow): IndicatorCells {
  const cells: IndicatorCells = {};
  if (row.target.address) cells.target = row.target.address;
  if (row.actual.address) cells.actual = row.actual.address;
  if (row.score.address) cells.score = row.score.address;
  if (row.weight.address) cells.weight = row.weight.address;
  if (row.reason.address) cells.reason = row.reason.address;
  return cells;
}

interface ScoredRow {
  result: TotalsRow;
  flags: readonly Flag[];
}

const MANUAL: ResolvedRule = { spec: { kind: "manual" }, source: "operator" };

/** A table with neither target nor actual column holds scores entered by hand: they are only checked. */
function isManualTable(table: TableRef): boolean {
  return table.columns.target === undefined && table.columns.actual === undefined;
}

/** Targets but no actual column: every weighted row's actual is missing, and each says so. */
function lacksActualColumn(table: TableRef): boolean {
  return table.columns.target !== undefined && table.columns.actual === undefined;
}

/** Sheets repeat their value texts (targets above all): parse each text once per run. Quantities are never mutated. */
class QuantityCache {
  /** Texts read alone (no number format, operator or unit column), the common case: keyed by the text itself. */
  private readonly plain = new Map<string, Quantity>();
  private readonly withContext = new Map<string, Quantity>();

  read(cell: RawCell, opText: string | undefined, unitText: string | undefined): Quantity {
    if (typeof cell.value !== "string")
      return parseWithColumns(cell.value, cell.format, opText, unitText);
    const alone = cell.format === undefined && opText === undefined && unitText === undefined;
    const known = alone ? this.plain : this.withContext;
    const key = alone
      ? cell.value
      : `${cell.value}\u0000${cell.format ?? ""}\u0000${opText ?? ""}\u0000${unitText ?? ""}`;
    let q = known.get(key);
    if (!q) {
      q = parseWithColumns(cell.value, cell.format, opText, unitText);
      known.set(key, q);
    }
    return q;
  }
}

function scoreRow(
  sheet: string,
  row: IndicatorRow,
  ruleSet: RuleSet,
  workbookRules: { match: string; rule: RuleSpec }[],
  manualTable: boolean,
  noActualColumn: boolean,
  quantities: QuantityCache
): ScoredRow {
  const opText = textOf(row.op) ?? undefined;
  const unitText = textOf(row.unit) ?? undefined;
  const targetValue = quantities.read(row.target, opText, unitText);
  const actualValue = quantities.read(row.actual, undefined, unitText);
  const weight = numberOf(row.weight) ?? row.nameWeight;
  const statedScore = numberOf(row.score);
  const result: TotalsRow = {
    sheet,
    row: row.row + 1,
    kind: row.kind,
    levels: row.levels,
    weight,
    target: textOf(row.target),
    actual: textOf(row.actual),
    targetValue,
    actualValue,
    rule: "unscored",
    score: null,
    statedScore,
    completion: null,
    reason: textOf(row.reason),
    explanation: null,
    suggestedReason: null,
    notApplicable: targetValue.kind === "na" || actualValue.kind === "na",
  };
  if (row.kind !== "indicator") {
    if (row.kind === "bonus") {
      result.rule = "manual";
      result.score = statedScore;
    }
    return { result, flags: [] };
  }
  let outcome: ScoreResult | null = null;
  const criterion = textOf(row.criterion);
  const resolved = result.notApplicable
    ? null
    : manualTable
      ? MANUAL
      : resolveRule(
          {
            criterion,
            levels: row.levels,
            target: targetValue,
            actual: actualValue,
            weight,
          },
          ruleSet,
          workbookRules
        );
  const kind = resolved ? getRuleKind(resolved.spec.kind) : undefined;
  if (resolved && kind) {
    const input = {
      weight: weight ?? 0,
      target: targetValue,
      actual: actualValue,
      stated: statedScore,
      ruleSet,
    };
    outcome = kind.score(resolved.spec, input);
    result.rule = kind.name;
    result.score = weight === null ? null : outcome.score;
    result.completion = outcome.completion;
    result.explanation =
      weight === null ? null : (outcome.explanation ?? kind.explain(resolved.spec, input, outcome));
    result.veto = outcome.veto ?? null;
  }
  // the row's own criterion was there but not read: the rule used is a fallback, or there is none
  const unread =
    result.notApplicable || manualTable ? undefined : unreadCriterion(criterion, resolved, ruleSet);
  if (unread !== undefined && resolved && result.explanation)
    result.explanation = fallbackExplanation(resolved, result.explanation);
  else if (resolved?.source === "criterion" && resolved.spec.kind === "manual" && criterion)
    if (result.explanation) result.explanation = criterionShown(criterion, result.explanation);
  let cellErrors: Partial<Record<"score" | "weight" | "reason", string>> | undefined;
  for (const f of ["score", "weight", "reason"] as const) {
    const e = errorOf(row[f]);
    if (e) (cellErrors ??= {})[f] = e;
  }
  const cells = cellsOf(row);
  const checked = checkIndicator({
    result,
    cells,
    outcome,
    ruleSet,
    cellErrors,
    criterionUnread: unread !== undefined,
    noActualColumn,
  });
  result.suggestedReason = checked.suggestedReason;
  if (unread === undefined) return { result, flags: checked.flags };
  const at = row.criterion.address ?? cells.target ?? cells.score ?? `A${row.row + 1}`;
  return {
    result,
    flags: [...checked.flags, criterionUnreadFlag(sheet, at, unread, resolved)],
  };
}

const BUDGET_INDICATOR = "预算执行率";

/** A budget line with a weight (the national form's 预算执行率 10 points) counts in the total like an indicator. */
export function budgetAsIndicator(line: BudgetLineResult): TotalsRow {
  return {
    ...(line.form === undefined ? {} : { form: line.form }),
    sheet: line.sheet,
    row: line.row,
    kind: "indicator",
    // On the national form the weighted budget line is the level-1 indicator 预算执行率.
    levels: [BUDGET_INDICATOR],
    weight: line.weight,
    target: null,
    actual: null,
    targetValue: { kind: "none", raw: "" },
    actualValue: { kind: "none", raw: "" },
    rule: "execution",
    score: line.score,
    statedScore: line.statedScore,
    completion: line.rate,
    reason: null,
    explanation: line.explanation,
    suggestedReason: null,
    notApplicable: false,
  };
}

function inputGrids(grids: Grid[]): Grid[] {
  return grids.filter(
    (g) => !isOwnSheet(g.sheet) && !RULES_SHEET_NAMES.includes(normalizeHeader(g.sheet))
  );
}

export function evaluate(
  grids: Grid[],
  ruleSet: RuleSet,
  options: EvaluateOptions
): EvaluateOutcome {
  const sheets = inputGrids(grids);
  const workbookRules = readWorkbookRules(grids);
  const located = sheets.map((grid) => ({ grid, found: findTables(grid) }));
  const tables: TableRef[] = located.flatMap((l) => l.found);
  if (tables.length === 0) return { ok: false, problem: noTables(sheets, options.file) };
  const grouping = groupForms(tables, sheets);
  const indicators: TotalsRow[] = [];
  const budget: BudgetLineResult[] = [];
  const flags: Flag[] = [...grouping.flags];
  const denominators = new Set<string>();
  const quantities = new QuantityCache();

  const sheetsWithoutTables: Grid[] = [];
  let index = 0;
  for (const { grid, found } of located) {
    const view = new MergedView(grid);
    if (found.length === 0) sheetsWithoutTables.push(grid);
    for (const table of found) {
      const form = grouping.forms[grouping.formOf[index++]].id;
      if (table.kind === "budget") {
        const b = evaluateBudget(grid, table, ruleSet, options.asOf ? { asOf: options.asOf } : {});
        for (const line of b.lines) line.form = form;
        budget.push(...b.lines);
        table.rows = countRows(b.lines.filter((l) => l.level === 0).map(budgetAsIndicator));
        flags.push(...columnFlags(grid, table, 0));
        flags.push(...b.flags);
        if (b.denominator) denominators.add(b.denominator);
        continue;
      }
      const first = indicators.length;
      for (const row of indicatorRows(view, table)) {
        const scored = scoreRow(
          grid.sheet,
          row,
          ruleSet,
          workbookRules,
          isManualTable(table),
          lacksActualColumn(table),
          quantities
        );
        scored.result.form = form;
        indicators.push(scored.result);
        for (const f of scored.flags) flags.push(f);
      }
      table.rows = countRows(indicators.slice(first));
      flags.push(...columnFlags(grid, table, table.rows.scored + table.rows.unscored));
    }
  }
  flags.push(...unreadTableFlags(sheetsWithoutTables));

  // Totals flags a few rows (subtotals, the total): their cells come from their tables when asked, as the rows'
  // own cells did, rather than from a record kept for every row (on 100,000 rows it showed in the GC's time).
  const cellOf = (sheet: string, row: number, field: TotalsField): string => {
    const r = row - 1;
    const table = tables.find(
      (t) => t.kind === "indicators" && t.sheet === sheet && t.firstRow <= r && r <= t.lastRow
    );
    const cell = (f: "score" | "weight"): string | undefined => {
      const col = table?.columns[f];
      return col === undefined || col < 0 ? undefined : a1(r, col);
    };
    const address = field === "weight" ? cell("weight") : cell("score");
    return address ?? cell("score") ?? `A${row}`;
  };

  const single = grouping.forms.length === 1;
  const rowsOf = bucket(indicators, grouping.forms);
  const linesOf = bucket(budget, grouping.forms);
  const groups: GroupTotal[] = [];
  const formTotals: Totals[] = grouping.forms.map((plan) => {
    const rows = rowsOf.get(plan.id) ?? [];
    const lines = linesOf.get(plan.id) ?? [];
    const weightedBudget = lines
      .filter((l) => l.weight !== null && l.level === 0)
      .map(budgetAsIndicator);
    const totalRow = rows.find((r) => r.kind === "total");
    const stated: StatedTotals = {
      score: totalRow?.statedScore ?? null,
      grade: null,
      ...(totalRow ? { totalRow: { sheet: totalRow.sheet, row: totalRow.row } } : {}),
    };
    // one form: its grade may be stated on any sheet; several: on the form's own rows only
    const grade = single
      ? findStatedGrade(sheets)
      : findStatedGrade(
          sheets.filter((g) => g.sheet === plan.sheet),
          plan
        );
    if (grade) {
      stated.grade = grade.grade;
      stated.gradeCell = { sheet: grade.sheet, cell: grade.cell };
    }
    const totals = computeTotals([...weightedBudget, ...rows], ruleSet, stated, { cell: cellOf });
    flags.push(...totals.flags);
    for (const g of totals.groups) groups.push({ ...g, form: plan.id });
    // A budget block alone, or a table with rows that could not be scored, has a partial total and no grade.
    return withCoverage(totals.totals, [...weightedBudget, ...rows], ruleSet);
  });

  const kept = dedupe(flags);
  assignFlagForms(kept, grouping, tables);
  const forms: FormResult[] = grouping.forms.map((plan, k) => ({
    id: plan.id,
    sheet: plan.sheet,
    title: plan.title,
    kind: plan.kind,
    tables: plan.tables,
    totals: formTotals[k],
    executionRate: (linesOf.get(plan.id) ?? []).find((l) => l.level === 0)?.rate ?? null,
    flagCounts: countFlags(kept.filter((f) => f.form === plan.id)),
  }));

  const evaluation: Evaluation = {
    file: options.file,
    ruleSet: options.ruleSetName,
    denominator: [...denominators].join("、"),
    tables,
    forms,
    indicators: indicators as IndicatorResult[],
    budget,
    groups,
    totals: single ? formTotals[0] : null,
    flags: kept,
  };
  return { ok: true, evaluation };
}

function bucket<T extends { form?: string }>(items: T[], forms: FormPlan[]): Map<string, T[]> {
  const out = new Map<string, T[]>(forms.map((f) => [f.id, []]));
  for (const item of items) out.get(item.form ?? "")?.push(item);
  return out;
}

/** A flag is its form's when its cell lies in one of the form's tables, or in the form's rows of its sheet. */
function assignFlagForms(flags: Flag[], grouping: FormGrouping, tables: readonly TableRef[]): void {
  const forms = grouping.forms;
  if (forms.length === 1) {
    for (const f of flags) f.form = forms[0].id;
    return;
  }
  for (const f of flags) {
    const row = parseA1(f.cell)?.row;
    if (row === undefined) continue;
    const t = tables.findIndex(
      (x) => x.sheet === f.sheet && x.headerRow - 1 <= row && row <= x.lastRow
    );
    const plan =
      t >= 0
        ? forms[grouping.formOf[t]]
        : forms.find((p) => p.sheet === f.sheet && p.top <= row && row <= p.bottom);
    if (plan) f.form = plan.id;
  }
}

/** Sheets without a table though others had one: a header over figures that nobody could read is said. */
function unreadTableFlags(grids: Grid[]): Flag[] {
  const flags: Flag[] = [];
  for (const grid of grids) {
    const header = unreadTable(grid);
    if (!header) continue;
    flags.push(
      makeFlag(
        header.sheet,
        a1(header.row, 0),
        "COLUMN_MISSING",
        msg("flag.COLUMN_MISSING.sheet", {
          sheet: header.sheet,
          row: header.row + 1,
          headers: header.texts,
        })
      )
    );
  }
  return flags;
}

/** Nothing recognisable: name the sheets, and the row that looks like a header nobody could read. */
function noTables(sheets: Grid[], file: string): InputProblem {
  const header = unreadHeader(sheets);
  if (sheets.length === 0)
    return { code: "NO_TABLES", file, message: msg("problem.noSheets", { file }) };
  const sheetList = sheets.map((g) => `「${g.sheet}」`).join("、");
  if (!header)
    return {
      code: "NO_TABLES",
      file,
      message: msg("problem.noTables", { file, sheets: sheetList }),
    };
  return {
    code: "NO_TABLES",
    file,
    sheet: header.sheet,
    cell: `A${header.row + 1}`,
    message: msg("problem.noTables.header", {
      file,
      sheet: header.sheet,
      row: header.row + 1,
      headers: header.texts,
    }),
  };
}

function dedupe(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
