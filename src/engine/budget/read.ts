/** Rows of a located budget table → budget lines (and the label rows that announce components). */

import type { TableRef } from "../model";
import type { MergedView } from "../locate/merged";
import { cellFormat, cellValue } from "../grid";
import { type Read, type StatedRate, readMoney, readNumber, readRate } from "./cells";
import { type Columns, MONEY_FIELDS, type MoneyField } from "./columns";
import { type NameInfo, labelKind, readName } from "./names";

export interface BudgetRow {
  row: number; // 0-based worksheet row
  name: NameInfo;
  money: Record<MoneyField, Read<number>>; // in 万元; "empty" where the column is absent
  rate: Read<StatedRate[]>;
  weight: Read<number>;
  statedScore: Read<number>;
  criterion: string | null;
}

/** A row with a name and no figures that says what follows: "其中：" or "按资金来源：". */
export interface LabelRow {
  row: number;
  label: "marker" | "section";
}

export type Entry = { kind: "line"; line: BudgetRow } | { kind: "label"; label: LabelRow };

const EMPTY: Read<never> = { kind: "empty" };

function textAt(view: MergedView, row: number, col: number): string {
  return col < 0 ? "" : view.text(row, col);
}

export function readRows(view: MergedView, table: TableRef, columns: Columns): Entry[] {
  const entries: Entry[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const money = {} as Record<MoneyField, Read<number>>;
    for (const field of MONEY_FIELDS) {
      const c = columns.money[field];
      money[field] = c ? readMoney(cellValue(view.grid, row, c.col), c.unit) : EMPTY;
    }
    const rateCol = columns.rate;
    const rate = rateCol
      ? readRate(
          cellValue(view.grid, row, rateCol.col),
          cellFormat(view.grid, row, rateCol.col),
          rateCol.percent
        )
      : EMPTY;
    const rawName = columns.name >= 0 ? cellRaw(view, row, columns.name) : "";
    const figures = [...MONEY_FIELDS.map((f) => money[f]), rate];
    const blank = figures.every((r) => r.kind === "empty");
    if (blank && rawName.trim() === "") continue;
    const label = blank ? labelKind(rawName) : null;
    if (label === "note") continue;
    if (label) {
      entries.push({ kind: "label", label: { row, label } });
      continue;
    }
    const criterion = textAt(view, row, columns.criterion);
    entries.push({
      kind: "line",
      line: {
        row,
        name: readName(rawName),
        money,
        rate,
        // Weight and score are read unmerged: a 分值 merged down a total's components belongs to the total only.
        weight: columns.weight ? readNumber(cellValue(view.grid, row, columns.weight.col)) : EMPTY,
        statedScore: columns.score
          ? readNumber(cellValue(view.grid, row, columns.score.col))
          : EMPTY,
        criterion: criterion === "" ? null : criterion,
      },
    });
  }
  return entries;
}

/** The name cell with its leading spaces kept (they are the indentation). */
function cellRaw(view: MergedView, row: number, col: number): string {
  const v = view.value(row, col);
  return typeof v === "string" ? v.replace(/\s+$/, "") : v === null ? "" : view.text(row, col);
}
