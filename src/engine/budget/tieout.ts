/**
 * BUDGET_TIE_OUT: for each money column separately, a total against the sum of each group of its direct
 * components (fund sources; 市本级 + 转移支付; 基本 + 项目; 人员 + 公用 …). One flag per total and column,
 * on the total's cell, quoting the total, the parts, their sum and the difference.
 */

import type { Flag } from "../model";
import { msg } from "../i18n/render";
import type { Columns, MoneyField } from "./columns";
import { MONEY_FIELDS } from "./columns";
import { amount } from "./figures";
import { budgetFlag } from "./flags";
import type { Hierarchy } from "./hierarchy";
import { fmtNumber } from "./numbers";

const EPS = 1e-9;

interface GroupSum {
  parts: { name: string; value: number }[];
  sum: number;
}

/**
 * The sum of a group in one column. An empty or placeholder cell adds nothing, as long as some member
 * of the group has a figure in that column; a group with no figure there, or with unreadable text or an
 * Excel error in it, is not summed (null).
 */
function groupSum(tree: Hierarchy, group: number[], field: MoneyField): GroupSum | null {
  const parts: GroupSum["parts"] = [];
  for (const i of group) {
    const read = tree.lines[i].money[field];
    if (read.kind === "unreadable" || read.kind === "error") return null;
    if (read.kind === "value") parts.push({ name: tree.lines[i].name.display, value: read.value });
  }
  if (parts.length === 0) return null;
  return { parts, sum: parts.reduce((s, p) => s + p.value, 0) };
}

const partsText = (g: GroupSum): string =>
  g.parts.map((p) => `${p.name} ${fmtNumber(p.value)}`).join(" + ");

export function tieOuts(
  sheet: string,
  tree: Hierarchy,
  columns: Columns,
  tolerance: number
): Flag[] {
  const flags: Flag[] = [];
  tree.lines.forEach((line, p) => {
    const groups = tree.groups[p].filter((g) => g.length >= 2);
    if (groups.length === 0) return;
    for (const field of MONEY_FIELDS) {
      const column = columns.money[field];
      const total = amount(line.money[field]);
      if (!column || total === null) continue;
      const sums = groups
        .map((g) => groupSum(tree, g, field))
        .filter((g): g is GroupSum => g !== null);
      const failing = sums.filter((g) => Math.abs(total - g.sum) > tolerance + EPS);
      if (failing.length === 0) continue;
      const passing = sums.filter((g) => !failing.includes(g));
      const base = { line: line.name.display, column: column.label, total: fmtNumber(total) };
      const [first] = failing;
      const one = {
        ...base,
        sum: fmtNumber(first.sum),
        diff: fmtNumber(total - first.sum),
        parts: partsText(first),
      };
      const message =
        failing.length > 1
          ? msg("budget.tieOut.totalSuspect", {
              ...base,
              parts: failing.map((g) => `${partsText(g)} = ${fmtNumber(g.sum)}`).join("; "),
            })
          : passing.length > 0
            ? msg("budget.tieOut.partsSuspect", { ...one, other: partsText(passing[0]) })
            : msg("budget.tieOut", one);
      flags.push(budgetFlag(sheet, line.row, column.col, "BUDGET_TIE_OUT", message));
    }
  });
  return flags;
}
