/**
 * 部门整体支出情况: per budget table, its total (budget, executed, rate with its denominator named, the
 * adjustment from the initial budget) and its split with a rate each, in the seeds' sentences.
 */

import { a1, cellFormat, cellValue, type Grid } from "../grid";
import { msg } from "../i18n/render";
import { MergedView } from "../locate/merged";
import type { BudgetLineResult, TableRef } from "../model";
import type { RuleSet } from "../ruleset/types";
import { readRate, type StatedRate } from "../budget/cells";
import { readColumns, type Columns, type MoneyField } from "../budget/columns";
import { chooseDenominator } from "../budget/figures";
import { fmtNumber, fmtPercent, fmtSignedPercent, round } from "../budget/numbers";
import { FigureBook, sentence } from "./figures";
import type { Block, Run } from "./model";

const RATE_DECIMALS = 2;
const TOTAL_WORD = /^(?:合计|总计|小计|total)$/i;

interface TableView {
  grid: Grid;
  columns: Columns;
  denominator: { field: MoneyField; col: number; label: string } | null;
  executed: { col: number; label: string } | null;
}

function tableView(grid: Grid, table: TableRef, ruleSet: RuleSet): TableView {
  const columns = readColumns(new MergedView(grid), table);
  const d = chooseDenominator(ruleSet.budget.denominator, columns);
  const e = columns.money.executed;
  return {
    grid,
    columns,
    denominator: d ? { field: d.field, col: d.column.col, label: d.column.label } : null,
    executed: e ? { col: e.col, label: e.label } : null,
  };
}

/** The rate the sheet prints on this line, the reading nearest the computed one. */
function statedRate(v: TableView, line: BudgetLineResult, computed: number): StatedRate | null {
  const rate = v.columns.rate;
  if (!rate) return null;
  const r = line.row - 1;
  const read = readRate(
    cellValue(v.grid, r, rate.col),
    cellFormat(v.grid, r, rate.col),
    rate.percent
  );
  if (read.kind !== "value" || read.value.length === 0) return null;
  return [...read.value].sort(
    (a, b) => Math.abs(a.value - computed) - Math.abs(b.value - computed)
  )[0];
}

function money(
  book: FigureBook,
  line: BudgetLineResult,
  col: number,
  label: string,
  value: number
): Run {
  return book.stated(
    fmtNumber(value),
    msg("draft.fig.moneyLabel", { name: line.name, column: label }),
    line.sheet,
    a1(line.row - 1, col)
  );
}

/** The execution rate at the precision the sheet prints it (2 decimals of a percent where it prints none). */
function rate(book: FigureBook, v: TableView, line: BudgetLineResult): Run[] {
  if (
    !v.denominator ||
    !v.executed ||
    line.budget === null ||
    line.executed === null ||
    line.budget === 0
  )
    return [];
  const computed = line.executed / line.budget;
  const stated = statedRate(v, line, computed);
  const decimals = stated?.decimals ?? RATE_DECIMALS;
  const r = line.row - 1;
  const run = book.add(
    fmtPercent(computed, decimals),
    msg("draft.fig.rateLabel", { name: line.name }),
    line.sheet,
    `${a1(r, v.executed.col)}、${a1(r, v.denominator.col)}`,
    msg("draft.fig.ratio", { executed: a1(r, v.executed.col), budget: a1(r, v.denominator.col) })
  );
  if (!stated || round(computed * 100, decimals) === round(stated.value * 100, decimals))
    return [run];
  const rateCol = v.columns.rate?.col ?? 0;
  const s = book.stated(
    stated.text,
    msg("draft.fig.rateLabel", { name: line.name }),
    line.sheet,
    a1(r, rateCol)
  );
  return [run, ...sentence(book, "draft.budget.rateStated", { stated: s, computed: run.text })];
}

function totalSentence(book: FigureBook, v: TableView, line: BudgetLineResult): Run[] {
  if (!v.executed || line.executed === null) return [];
  const executed = money(book, line, v.executed.col, v.executed.label, line.executed);
  if (!v.denominator || line.budget === null)
    return sentence(book, "draft.budget.executedOnly", {
      name: line.name,
      executedLabel: v.executed.label,
      executed,
    });
  const budget = money(book, line, v.denominator.col, v.denominator.label, line.budget);
  const rateRuns = rate(book, v, line);
  if (rateRuns.length === 0)
    return sentence(book, "draft.budget.executedOnly", {
      name: line.name,
      executedLabel: v.executed.label,
      executed,
    });
  const runs = sentence(book, "draft.budget.total", {
    name: line.name,
    denominator: v.denominator.label,
    budget,
    executedLabel: v.executed.label,
    executed,
    // The sheet's own word for the rate where it has a rate column (seed 003: 预算完成率).
    rateLabel: v.columns.rate?.label ?? book.text("draft.budget.rateLabel"),
    rate: rateRuns,
  });
  return [...runs, ...adjustment(book, v, line)];
}

function adjustment(book: FigureBook, v: TableView, line: BudgetLineResult): Run[] {
  const initialCol = v.columns.money.initialBudget;
  if (!initialCol || !v.denominator || v.denominator.field === "initialBudget") return [];
  if (line.initialBudget === null || line.budget === null || line.adjustmentRate === null)
    return [];
  if (line.initialBudget === line.budget) return [];
  const r = line.row - 1;
  const from = a1(r, initialCol.col);
  const to = a1(r, v.denominator.col);
  const delta = round(line.budget - line.initialBudget, 2);
  return sentence(book, "draft.budget.adjust", {
    initial: money(book, line, initialCol.col, initialCol.label, line.initialBudget),
    denominator: v.denominator.label,
    budget: { text: fmtNumber(line.budget) },
    delta: book.add(
      fmtNumber(delta),
      msg("draft.fig.adjustLabel", { name: line.name }),
      line.sheet,
      `${from}、${to}`,
      msg("draft.fig.difference", { from, to })
    ),
    rate: book.add(
      fmtSignedPercent(line.adjustmentRate),
      msg("draft.fig.adjustRateLabel", { name: line.name }),
      line.sheet,
      `${from}、${to}`,
      msg("draft.fig.difference", { from, to })
    ),
  });
}

function part(book: FigureBook, v: TableView, line: BudgetLineResult): Run[] {
  if (!v.executed || line.executed === null) return [];
  const executed = money(book, line, v.executed.col, v.executed.label, line.executed);
  const rateRuns = rate(book, v, line);
  if (!v.denominator || line.budget === null || rateRuns.length === 0)
    return sentence(book, "draft.budget.partExecuted", { name: line.name, executed });
  return sentence(book, "draft.budget.part", {
    name: line.name,
    budget: money(book, line, v.denominator.col, v.denominator.label, line.budget),
    executed,
    rate: rateRuns,
  });
}

/** A line with nothing in it (上年结转资金 0 / 0 / 0) says nothing worth a sentence. */
function hasFigures(line: BudgetLineResult): boolean {
  return [line.budget, line.executed, line.initialBudget].some((x) => x !== null && x !== 0);
}

export function budgetSection(
  book: FigureBook,
  tables: TableRef[],
  lines: BudgetLineResult[],
  grids: Grid[],
  ruleSet: RuleSet,
  kind: "department" | "project"
): Block[] {
  const blocks: Block[] = [];
  const said = new Set<string>();
  for (const table of tables) {
    const grid = grids.find((g) => g.sheet === table.sheet);
    if (table.kind !== "budget" || !grid) continue;
    const v = tableView(grid, table, ruleSet);
    const own = lines.filter(
      (l) => l.sheet === table.sheet && l.row - 1 >= table.firstRow && l.row - 1 <= table.lastRow
    );
    for (const total of own.filter((l) => l.level === 0)) {
      const key = `${total.budget}|${total.executed}`;
      // A line named only 合计 reads as the whole: "部门整体支出全年预算数…", as the seeds write it.
      const named = TOTAL_WORD.test(total.name.trim())
        ? { ...total, name: book.text(`draft.budget.whole.${kind}`) }
        : total;
      const runs: Run[] = said.has(key) ? [] : totalSentence(book, v, named);
      said.add(key);
      const parts = own
        .filter((l) => l.parentRow === total.row && hasFigures(l))
        .map((l) => part(book, v, l));
      const shown = parts.filter((p) => p.length > 0);
      if (shown.length > 1 || (shown.length === 1 && runs.length === 0)) {
        runs.push({ text: book.text("draft.budget.splitLead") });
        shown.forEach((p, i) => {
          if (i > 0) runs.push({ text: book.text("draft.budget.sep") });
          runs.push(...p);
        });
        runs.push({ text: book.text("draft.budget.end") });
      }
      if (runs.length > 0) blocks.push({ kind: "paragraph", runs });
    }
  }
  if (blocks.length === 0)
    blocks.push({
      kind: "paragraph",
      runs: [{ text: book.text("draft.budget.none") }],
      check: true,
    });
  return blocks;
}
