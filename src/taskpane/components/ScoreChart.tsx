import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupTotal } from "../../engine/model";
import type { Strings } from "../i18n";
import { chartBars, chartSummary } from "../state/chart";
import { formatScore } from "../state/numbers";
import { useSharedStyles } from "./styles";

const WIDTH = 300;
const ROW = 36;
const LABEL_CHARS = 14;
const SCORE_COLOUR = "#0F6CBD";
const WEIGHT_COLOUR = "#D6D6D6";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  legend: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
  key: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "4px",
    verticalAlign: "middle",
  },
});

function shorten(label: string): string {
  return [...label].length > LABEL_CHARS
    ? `${[...label].slice(0, LABEL_CHARS - 1).join("")}…`
    : label;
}

/** Score against weight per level-1 indicator: a small SVG for the eye, a sentence and a table for screen readers. */
export function ScoreChart({
  strings,
  groups,
}: {
  readonly strings: Strings;
  readonly groups: readonly GroupTotal[];
}): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const bars = chartBars(groups);
  if (bars.length === 0) return <Caption1>{strings.chartEmpty}</Caption1>;
  const height = bars.length * ROW;
  return (
    <div>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={chartSummary(bars, strings)}
        data-testid="score-chart"
      >
        {bars.map((b, i) => {
          const top = i * ROW;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={0} y={top + 12} fontSize={12} fill="#242424">
                {shorten(b.label)}
              </text>
              <text x={WIDTH} y={top + 12} fontSize={12} fill="#424242" textAnchor="end">
                {`${formatScore(b.score)} / ${formatScore(b.weight)}`}
              </text>
              <rect
                x={0}
                y={top + 17}
                width={WIDTH * b.weightLength}
                height={10}
                rx={2}
                fill={WEIGHT_COLOUR}
              />
              <rect
                x={0}
                y={top + 17}
                width={WIDTH * b.scoreLength}
                height={10}
                rx={2}
                fill={SCORE_COLOUR}
              />
            </g>
          );
        })}
      </svg>
      <div className={styles.legend} aria-hidden="true">
        <Caption1>
          <span className={styles.key} style={{ backgroundColor: SCORE_COLOUR }} />
          {strings.chartScore}
        </Caption1>
        <Caption1>
          <span className={styles.key} style={{ backgroundColor: WEIGHT_COLOUR }} />
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
              <td>{formatScore(b.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
