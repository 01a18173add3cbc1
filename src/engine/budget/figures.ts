/**
 * The figures of one budget line: 执行率 with the rule set's denominator, 调整率, 结余 and 结余率.
 * Computed from the unrounded amounts (万元); rounded when reported: money 2 decimals, rates 4.
 */

import type { BudgetDenominator } from "../ruleset/types";
import type { Read } from "./cells";
import type { Columns, MoneyColumn, MoneyField } from "./columns";
import { roundMoney, roundRate } from "./numbers";

/** The budget column the execution rate divides by. */
export interface Denominator {
  field: MoneyField;
  column: MoneyColumn;
}

/** Which column each rule-set choice reads, in order of preference when the sheet lacks the first. */
const PREFERENCE: Record<BudgetDenominator, MoneyField[]> = {
  adjusted: ["budget", "initialBudget", "available"],
  initial: ["initialBudget", "budget", "available"],
  available: ["available", "budget", "initialBudget"],
};

export function chooseDenominator(choice: BudgetDenominator, columns: Columns): Denominator | null {
  for (const field of PREFERENCE[choice]) {
    const column = columns.money[field];
    if (column) return { field, column };
  }
  return null;
}

export function amount(read: Read<number>): number | null {
  return read.kind === "value" ? read.value : null;
}

/** executed / budget, unrounded; null when either is missing or the budget is 0. */
export function ratio(executed: number | null, budget: number | null): number | null {
  if (executed === null || budget === null || budget === 0) return null;
  return executed / budget;
}

export interface LineFigures {
  initialBudget: number | null;
  adjustedBudget: number | null; // the 全年/调整后 column, whatever the denominator
  budget: number | null; // the denominator's amount
  executed: number | null;
  /** Unrounded, for comparisons at a printed precision. */
  exactRate: number | null;
  rate: number | null;
  adjustmentRate: number | null;
  balance: number | null;
  balanceRate: number | null;
}

export function lineFigures(
  money: Record<MoneyField, Read<number>>,
  denominator: Denominator | null
): LineFigures {
  const initialBudget = amount(money.initialBudget);
  const adjustedBudget = amount(money.budget);
  const budget = denominator ? amount(money[denominator.field]) : null;
  const executed = amount(money.executed);
  const exactRate = ratio(executed, budget);
  const adjustment =
    initialBudget === null || adjustedBudget === null
      ? null
      : ratio(adjustedBudget - initialBudget, initialBudget);
  const balance = budget === null || executed === null ? null : budget - executed;
  const balanceRate = ratio(balance, budget);
  return {
    initialBudget: initialBudget === null ? null : roundMoney(initialBudget),
    adjustedBudget: adjustedBudget === null ? null : roundMoney(adjustedBudget),
    budget: budget === null ? null : roundMoney(budget),
    executed: executed === null ? null : roundMoney(executed),
    exactRate,
    rate: exactRate === null ? null : roundRate(exactRate),
    adjustmentRate: adjustment === null ? null : roundRate(adjustment),
    balance: balance === null ? null : roundMoney(balance),
    balanceRate: balanceRate === null ? null : roundRate(balanceRate),
  };
}
