// The Results screen's chart: score against weight for each level-1 indicator, as bar lengths and a
// sentence that says the same figures to a screen reader.
import type { GroupTotal } from "../../engine/model";
import { format } from "../i18n";
import { formatScore } from "./numbers";

export interface ChartBar {
  readonly label: string;
  readonly weight: number;
  readonly score: number;
  /** Bar lengths as shares of the largest weight (0..1). */
  readonly weightLength: number;
  readonly scoreLength: number;
}

/** Level-1 groups in sheet order; the sheet's name goes before the label when the groups span several sheets. */
export function chartBars(groups: readonly GroupTotal[]): ChartBar[] {
  const level1 = groups.filter((g) => g.levels.length === 1);
  const sheets = new Set(level1.map((g) => g.sheet));
  const longest = Math.max(0, ...level1.map((g) => g.weight), ...level1.map((g) => g.score));
  const share = (n: number): number => (longest > 0 ? Math.max(0, Math.min(1, n / longest)) : 0);
  return level1.map((g) => {
    const name = g.levels[0] ?? "";
    return {
      label: sheets.size > 1 ? `${g.sheet} · ${name}` : name,
      weight: g.weight,
      score: g.score,
      weightLength: share(g.weight),
      scoreLength: share(g.score),
    };
  });
}

/** "一级指标得分与分值：产出指标：得分 38.85，分值 50；…", from the templates of the user's language. */
export function chartSummary(
  bars: readonly ChartBar[],
  t: { chartHeading: string; chartSummary: string; chartAria: string; listSeparator: string }
): string {
  const items = bars.map((b) =>
    format(t.chartSummary, {
      label: b.label,
      score: formatScore(b.score),
      weight: formatScore(b.weight),
    })
  );
  return items.length
    ? format(t.chartAria, { heading: t.chartHeading, items: items.join(t.listSeparator) })
    : t.chartHeading;
}
