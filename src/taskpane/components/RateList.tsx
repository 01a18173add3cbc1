import * as React from "react";
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Evaluation } from "../../engine";
import { format, type Strings } from "../i18n";
import { formatAmount, formatPercent } from "../state/numbers";
import { rateLines } from "../state/results";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    overflowWrap: "anywhere",
  },
  rate: { width: "4.6em", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  amount: {
    width: "5.4em",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  caption: { textAlign: "left", captionSide: "top", color: tokens.colorNeutralForeground3 },
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
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
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
  const lines = rateLines(evaluation);
  if (lines.length === 0) return <Caption1>{strings.ratesEmpty}</Caption1>;
  const manySheets = new Set(lines.map((l) => l.sheet)).size > 1;
  return (
    <>
      <table className={styles.table} data-testid="rates">
        <caption className={styles.caption}>
          <Caption1>
            {strings.ratesUnit}
            {strings.listSeparator}
            {format(strings.ratesDenominator, { denominator: evaluation.denominator })}
          </Caption1>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {strings.ratesLine}
            </th>
            <th
              scope="col"
              className={mergeClasses(styles.cell, styles.amount, styles.head)}
              title={evaluation.denominator}
            >
              {strings.ratesBudget}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.amount, styles.head)}>
              {strings.ratesExecuted}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.rate, styles.head)}>
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
                    className={mergeClasses(styles.cell, styles.sheet)}
                  >
                    {l.sheet}
                  </th>
                </tr>
              )}
              <tr className={l.flagged ? styles.flagged : undefined}>
                <th
                  scope="row"
                  className={styles.cell}
                  style={{
                    paddingLeft: `${l.level + (manySheets ? 0.5 : 0)}em`,
                    fontWeight: "inherit",
                  }}
                >
                  {l.name}
                  {l.flagged && (
                    <Badge className={styles.badge} size="small" appearance="tint" color="warning">
                      {strings.rateFlagged}
                    </Badge>
                  )}
                </th>
                <td className={mergeClasses(styles.cell, styles.amount)}>
                  {l.budget === null ? "—" : formatAmount(l.budget)}
                </td>
                <td className={mergeClasses(styles.cell, styles.amount)}>
                  {l.executed === null ? "—" : formatAmount(l.executed)}
                </td>
                <td className={mergeClasses(styles.cell, styles.rate)}>{formatPercent(l.rate)}</td>
              </tr>
            </React.Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}
