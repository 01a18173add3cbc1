import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type Evaluation, gradeGloss, render } from "../../engine";
import { format, presetTitle, severityLabel } from "../i18n";
import { SEVERITIES, severityCounts } from "../state/flags";
import { formatDifference, formatScore, formatWeight } from "../state/numbers";
import { compareRows, resultSummary } from "../state/results";
import type { Workbench } from "../useWorkbench";
import { ColumnMapping } from "./ColumnMapping";
import { RateList } from "./RateList";
import { ReportDraftButton } from "./ReportDraftButton";
import { RunNotices } from "./RunNotices";
import { ScoreChart } from "./ScoreChart";
import { UndoRun } from "./UndoRun";
import { SEVERITY_EDGES, useSharedStyles, useTableStyles } from "./styles";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  score: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  total: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  grade: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  count: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalS,
  },
  dot: { width: "10px", height: "10px", borderRadius: "50%", display: "inline-block" },
  differs: { color: tokens.colorPaletteRedForeground1 },
  captionGap: { paddingBottom: tokens.spacingVerticalXXS },
  numberWidth: { width: "5em" },
  totalRow: { fontWeight: tokens.fontWeightSemibold },
});

/** 自评 | 系统 | 差额 for the total and each level-1 indicator. */
function Comparison({
  strings,
  evaluation,
}: {
  readonly strings: Strings;
  readonly evaluation: Evaluation;
}): React.JSX.Element {
  const styles = useStyles();
  const table = useTableStyles();
  const rows = compareRows(evaluation);
  const number = mergeClasses(table.cell, table.number, styles.numberWidth);
  return (
    <table className={table.table} data-testid="compare">
      <caption className={mergeClasses(table.caption, styles.captionGap)}>
        {strings.compareCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(table.cell, table.head)}>
            {strings.compareItem}
          </th>
          <th scope="col" className={mergeClasses(number, table.head)}>
            {strings.compareStated}
          </th>
          <th scope="col" className={mergeClasses(number, table.head)}>
            {strings.compareSystem}
          </th>
          <th scope="col" className={mergeClasses(number, table.head)}>
            {strings.compareDiff}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.label === null ? styles.totalRow : undefined}>
            <th scope="row" className={table.cell}>
              {r.label ?? strings.compareTotal}
            </th>
            <td className={number}>{r.stated === null ? "—" : formatScore(r.stated)}</td>
            <td className={number}>{formatScore(r.system)}</td>
            <td
              className={mergeClasses(
                number,
                r.difference !== null && r.difference !== 0 && styles.differs
              )}
            >
              {r.difference === null ? "—" : formatDifference(r.difference)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Summary({
  w,
  evaluation,
}: {
  readonly w: Workbench;
  readonly evaluation: Evaluation;
}): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const s = resultSummary(evaluation);
  // why the grade is —, as the engine words it for every door (its report, the CLI, 评分汇总)
  const reason = evaluation.totals?.gradeReason ?? null;
  if (s === null)
    return (
      <div className={shared.section} data-testid="result-summary">
        <Body1 data-testid="forms-no-total">{w.strings.formsNoTotal}</Body1>
        <Caption1 className={shared.muted}>
          {format(w.strings.ruleSetUsed, { name: presetTitle(w.language, evaluation.ruleSet) })}
        </Caption1>
        <ColumnMapping strings={w.strings} language={w.language} evaluation={evaluation} />
      </div>
    );
  return (
    <div className={shared.section} data-testid="result-summary">
      <div className={styles.score}>
        <span>
          <Caption1 className={shared.muted}>{w.strings.totalLabel} </Caption1>
          <span className={styles.total} data-testid="total">
            {formatScore(s.total)}
          </span>
          <Caption1 className={shared.muted}>
            {" "}
            {format(w.strings.outOf, { weight: formatWeight(s.weight) })}
          </Caption1>
        </span>
        <span>
          <Caption1 className={shared.muted}>{w.strings.gradeLabel} </Caption1>
          <span className={styles.grade} data-testid="grade">
            {s.grade}
          </span>
          <Caption1 className={shared.muted}>{gradeGloss(s.grade, w.language)}</Caption1>
        </span>
      </div>
      {reason && <Caption1 data-testid="grade-reason">{render(reason, w.language)}</Caption1>}
      {s.statedGrade !== null && (
        <Body1>
          {format(w.strings.statedGrade, { grade: s.statedGrade })}
          {s.statedDiffers && (
            <span className={styles.differs}>
              {format(w.strings.bracketed, { text: w.strings.statedDiffers })}
            </span>
          )}
        </Body1>
      )}
      <Comparison strings={w.strings} evaluation={evaluation} />
      <Caption1 className={shared.muted}>
        {format(w.strings.ruleSetUsed, { name: presetTitle(w.language, evaluation.ruleSet) })}
      </Caption1>
      <ColumnMapping strings={w.strings} language={w.language} evaluation={evaluation} />
    </div>
  );
}

function FlagCounts({
  w,
  evaluation,
}: {
  readonly w: Workbench;
  readonly evaluation: Evaluation;
}): React.JSX.Element {
  const styles = useStyles();
  const counts = severityCounts(evaluation.flags);
  return (
    <div className={styles.counts} data-testid="flag-counts">
      {SEVERITIES.map((severity) => (
        <Text key={severity} className={styles.count}>
          <span
            className={styles.dot}
            style={{ backgroundColor: SEVERITY_EDGES[severity] }}
            aria-hidden="true"
          />
          {severityLabel(w.strings, severity)}
          <Badge
            appearance="tint"
            color={counts[severity] > 0 ? "important" : "informative"}
            data-severity={severity}
          >
            {counts[severity]}
          </Badge>
        </Text>
      ))}
      <Button
        size="small"
        disabled={evaluation.flags.length === 0}
        onClick={() => w.showScreen("flags")}
      >
        {w.strings.viewFlags}
      </Button>
    </div>
  );
}

/** The Results screen: total and grade, the chart, execution rates, flag counts, undo. */
export function ResultsPanel({
  workbench: w,
  evaluation,
  form = null,
}: {
  readonly workbench: Workbench;
  readonly evaluation: Evaluation;
  /** The form picked in a workbook of several (the evaluation is then that form's alone). */
  readonly form?: string | null;
}): React.JSX.Element {
  const shared = useSharedStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { focusResults, resultsFocused } = w;

  React.useEffect(() => {
    // After a run, focus moves here so that the keyboard and the screen reader start at the results.
    if (focusResults) {
      heading.current?.focus();
      resultsFocused();
    }
  }, [focusResults, resultsFocused]);

  return (
    <section className={shared.panel} aria-labelledby="results-heading">
      <h2
        id="results-heading"
        className={mergeClasses(shared.heading, shared.headingText)}
        ref={heading}
        tabIndex={-1}
      >
        {w.strings.resultsHeading}
      </h2>
      <RunNotices strings={w.strings} notices={w.run.notices} />
      <Summary w={w} evaluation={evaluation} />
      <section className={shared.section} aria-labelledby="chart-heading">
        <Subtitle2 as="h3" id="chart-heading" className={shared.heading}>
          {w.strings.chartHeading}
        </Subtitle2>
        <ScoreChart
          strings={w.strings}
          groups={evaluation.groups}
          indicators={evaluation.indicators}
        />
      </section>
      <section className={shared.section} aria-labelledby="rates-heading">
        <Subtitle2 as="h3" id="rates-heading" className={shared.heading}>
          {w.strings.ratesHeading}
        </Subtitle2>
        <RateList strings={w.strings} evaluation={evaluation} />
      </section>
      <section className={shared.section} aria-labelledby="counts-heading">
        <Subtitle2 as="h3" id="counts-heading" className={shared.heading}>
          {w.strings.countsHeading}
        </Subtitle2>
        <FlagCounts w={w} evaluation={evaluation} />
      </section>
      <ReportDraftButton workbench={w} form={form} />
      <UndoRun strings={w.strings} onUndo={w.undo} />
    </section>
  );
}
