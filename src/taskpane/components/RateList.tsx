import * as React from "react";
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Evaluation } from "../../engine";
import { format, type Strings } from "../i18n";
import { formatAmount, formatPercent } from "../state/numbers";
import { rateLines } from "../state/results";
import { useTableStyles } from "./styles";

const useStyles = makeStyles({
  rateWidth: { width: "4.6em" },
  amountWidth: { width: "5.4em" },
  flagged: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  sheet: {
    paddingTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  badge: { marginLeft: tokens.spacingHorizontalXS },
});

/** Every budget line with an execution rate; lines flagged for their execution stand out. */
export function RateList({
  strings,
  evaluation,
}: {
  readonly strings: Strings;
  readonly evaluation: Evaluation;
}): React.JSX.Element {
  const styles = useStyles();
  const table = useTableStyles();
  const amount = mergeClasses(table.cell, table.number, styles.amountWidth);
  const rate = mergeClasses(table.cell, table.number, styles.rateWidth);
  const lines = rateLines(evaluation);
  if (lines.length === 0) return <Caption1>{strings.ratesEmpty}</Caption1>;
  const manySheets = new Set(lines.map((l) => l.sheet)).size > 1;
  return (
    <>
      <table className={table.table} data-testid="rates">
        <caption className={table.caption}>
          <Caption1>
            {strings.ratesUnit}
            {strings.listSeparator}
            {format(strings.ratesDenominator, { denominator: evaluation.denominator })}
          </Caption1>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(table.cell, table.head)}>
              {strings.ratesLine}
            </th>
            <th
              scope="col"
              className={mergeClasses(amount, table.head)}
              title={evaluation.denominator}
            >
              {strings.ratesBudget}
            </th>
            <th scope="col" className={mergeClasses(amount, table.head)}>
              {strings.ratesExecuted}
            </th>
            <th scope="col" className={mergeClasses(rate, table.head)}>
              {strings.ratesRate}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <React.Fragment key={l.key}>
              {manySheets && l.sheet !== lines[i - 1]?.sheet && (
                <tr>
                  <th
                    scope="rowgroup"
                    colSpan={4}
                    className={mergeClasses(table.cell, styles.sheet)}
                  >
                    {l.sheet}
                  </th>
                </tr>
              )}
              <tr className={l.flagged ? styles.flagged : undefined}>
                <th
                  scope="row"
                  className={table.cell}
                  style={{ paddingLeft: `${l.level + (manySheets ? 0.5 : 0)}em` }}
                >
                  {l.name}
                  {l.flagged && (
                    <Badge className={styles.badge} size="small" appearance="tint" color="warning">
                      {strings.rateFlagged}
                    </Badge>
                  )}
                </th>
                <td className={amount}>{l.budget === null ? "—" : formatAmount(l.budget)}</td>
                <td className={amount}>{l.executed === null ? "—" : formatAmount(l.executed)}</td>
                <td className={rate}>{formatPercent(l.rate)}</td>
              </tr>
            </React.Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}
