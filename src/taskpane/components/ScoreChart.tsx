import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupTotal, IndicatorResult } from "../../engine";
import { format, type Strings } from "../i18n";
import { chartBars, chartSummary } from "../state/chart";
import { formatScore, formatWeight } from "../state/numbers";
import { useSharedStyles } from "./styles";

// Bars drawn in HTML, so that their text keeps the page's size at any pane width.
const SCORE_COLOUR = "#0F6CBD";
/** The weight's track: its edge has 3:1 contrast against white, as a graphic must. */
const WEIGHT_EDGE = "#707070";
const WEIGHT_FILL = "#EBEBEB";
const OVER_COLOUR = "#C50F1F";

const useStyles = makeStyles({
  chart: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  top: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: { minWidth: 0, overflowWrap: "anywhere" },
  figures: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
  track: { position: "relative", height: "10px" },
  weight: {
    position: "absolute",
    top: 0,
    left: 0,
    height: "100%",
    boxSizing: "border-box",
    border: `1px solid ${WEIGHT_EDGE}`,
    backgroundColor: WEIGHT_FILL,
    borderRadius: "2px",
  },
  score: {
    position: "absolute",
    top: 0,
    left: 0,
    height: "100%",
    backgroundColor: SCORE_COLOUR,
    borderRadius: "2px",
  },
  over: {
    position: "absolute",
    top: 0,
    height: "100%",
    backgroundImage: `repeating-linear-gradient(45deg, ${OVER_COLOUR} 0 3px, transparent 3px 6px)`,
    border: `1px solid ${OVER_COLOUR}`,
    boxSizing: "border-box",
  },
  note: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  partial: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
  key: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "4px",
    verticalAlign: "middle",
    boxSizing: "border-box",
  },
});

/**
 * Score against weight per level-1 indicator: bars for the eye (a score over its weight counts the weight,
 * the excess drawn hatched after it), a sentence and a table for screen readers.
 */
export function ScoreChart({
  strings,
  groups,
  indicators,
}: {
  readonly strings: Strings;
  readonly groups: readonly GroupTotal[];
  readonly indicators: readonly IndicatorResult[];
}): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const bars = chartBars(groups, indicators);
  if (bars.length === 0) return <Caption1>{strings.chartEmpty}</Caption1>;
  const percent = (n: number): string => `${(n * 100).toFixed(2)}%`;
  return (
    <div>
      <div
        className={styles.chart}
        role="img"
        aria-label={chartSummary(bars, strings)}
        data-testid="score-chart"
      >
        {bars.map((b, i) => (
          <div
            key={`${b.label}-${i}`}
            data-over={b.excess > 0 || undefined}
            data-partial={b.partial || undefined}
          >
            <div className={styles.top}>
              <span className={styles.label}>{b.label}</span>
              <span
                className={styles.figures}
              >{`${formatScore(b.score)} / ${formatWeight(b.weight)}`}</span>
            </div>
            <div className={styles.track}>
              <div className={styles.weight} style={{ width: percent(b.weightLength) }} />
              <div className={styles.score} style={{ width: percent(b.scoreLength) }} />
              {b.excess > 0 && (
                <div
                  className={styles.over}
                  style={{ left: percent(b.weightLength), width: percent(b.excessLength) }}
                />
              )}
            </div>
            {b.excess > 0 && (
              <div className={styles.note}>
                {format(strings.overWeight, { excess: formatScore(b.excess) })}
              </div>
            )}
            {b.partial && <div className={styles.partial}>{strings.partialScore}</div>}
          </div>
        ))}
      </div>
      <div className={styles.legend} aria-hidden="true">
        <Caption1>
          <span className={styles.key} style={{ backgroundColor: SCORE_COLOUR }} />
          {strings.chartScore}
        </Caption1>
        <Caption1>
          <span
            className={styles.key}
            style={{ backgroundColor: WEIGHT_FILL, border: `1px solid ${WEIGHT_EDGE}` }}
          />
          {strings.chartWeight}
        </Caption1>
      </div>
      <table className={shared.visuallyHidden}>
        <caption>{strings.chartHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.chartIndicator}</th>
            <th scope="col">{strings.chartScore}</th>
            <th scope="col">{strings.chartWeight}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={`${b.label}-${i}`}>
              <th scope="row">{b.label}</th>
              <td>{formatScore(b.score)}</td>
              <td>{formatWeight(b.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
