/**
 * The budget table's columns as the header names them: which column holds which field, its label for
 * messages ("全年预算数"), and for money columns the unit the header states (元, 万元, 亿元).
 */

import type { TableRef } from "../model";
import type { MergedView } from "../locate/merged";
import { compact, moneyUnitIn } from "./cells";

export type MoneyField = "initialBudget" | "budget" | "available" | "executed";
export const MONEY_FIELDS: readonly MoneyField[] = [
  "initialBudget",
  "budget",
  "available",
  "executed",
];

export interface Column {
  col: number;
  label: string; // the header without its bracketed unit: "全年预算数"
}

export interface MoneyColumn extends Column {
  unit: string; // the unit the table states (元, 万元, 亿元), "万元" when it states none
}

export interface RateColumn extends Column {
  percent: boolean; // the header says "%", so a bare 99.4 means 99.4 %
}

export interface Columns {
  name: number; // -1 when absent
  money: Partial<Record<MoneyField, MoneyColumn>>;
  rate: RateColumn | null;
  weight: Column | null;
  score: Column | null;
  criterion: number;
}

const DEFAULT_UNIT = "万元";
/** How far above the header a "单位：万元" line may sit. */
const UNIT_LINE_REACH = 5;

function col(table: TableRef, key: string): number {
  const c = table.columns[key];
  return c === undefined ? -1 : c;
}

/** "全年预算数（万元）" → "全年预算数". */
export function headerLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "")
    .replace(/单位:.*$/, "")
    .replace(/[:*]/g, "")
    .replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, "") // "全年\n预算数" → "全年预算数"
    .replace(/\s+/g, " ")
    .trim();
}

/** The unit a money column's header states: its own header, a group header merged above it, the name column's header, a "单位：" line above the table. */
function unitOf(view: MergedView, table: TableRef, column: number): string {
  const own = moneyUnitIn(view.text(table.headerRow, column));
  if (own) return own;
  const above = table.headerRow - 1;
  if (above >= 0 && view.isCovered(above, column)) {
    const group = moneyUnitIn(view.text(above, column));
    if (group) return group;
  }
  const nameCol = col(table, "name");
  if (nameCol >= 0) {
    const fromName = moneyUnitIn(view.text(table.headerRow, nameCol));
    if (fromName) return fromName;
  }
  for (let r = table.headerRow; r >= Math.max(0, table.headerRow - UNIT_LINE_REACH); r--) {
    for (let c = table.firstCol; c <= table.lastCol; c++) {
      const m = /单位:?(亿元|万元|千元|元)/.exec(compact(view.text(r, c)));
      if (m) return m[1];
    }
  }
  return DEFAULT_UNIT;
}

function column(view: MergedView, table: TableRef, key: string): Column | null {
  const c = col(table, key);
  if (c < 0) return null;
  return { col: c, label: headerLabel(view.text(table.headerRow, c)) };
}

export function readColumns(view: MergedView, table: TableRef): Columns {
  const money: Partial<Record<MoneyField, MoneyColumn>> = {};
  for (const field of MONEY_FIELDS) {
    const c = column(view, table, field);
    if (!c) continue;
    money[field] = { ...c, unit: unitOf(view, table, c.col) };
  }
  const rate = column(view, table, "rate");
  return {
    name: col(table, "name"),
    money,
    rate: rate && {
      ...rate,
      percent: /%|百分比/.test(compact(view.text(table.headerRow, rate.col))),
    },
    weight: column(view, table, "weight"),
    score: column(view, table, "score"),
    criterion: col(table, "criterion"),
  };
}
