// The Results screen's chart: score against weight for each level-1 indicator, as bar lengths and a
// sentence that says the same figures to a screen reader. A score above its weight is drawn and said as
// over, and only the weight is counted; a group with rows that could not be scored is marked partial.
import type { GroupTotal, IndicatorResult } from "../../engine";
import { format } from "../i18n";
import { formatScore, formatWeight } from "./numbers";

export interface ChartBar {
  readonly label: string;
  readonly weight: number;
  readonly score: number;
  /** What the score counts for: never more than the weight. */
  readonly counted: number;
  /** How far the score goes above the weight (0 when it does not). */
  readonly excess: number;
  /** Some indicators under the group could not be scored. */
  readonly partial: boolean;
  /** Bar lengths as shares of the longest bar (0..1): the weight, the counted score, the excess after the weight. */
  readonly weightLength: number;
  readonly scoreLength: number;
  readonly excessLength: number;
}

/** Indicator rows under a level-1 group that carry a weight but no score. */
/** Sheet and level-1 name of each level-1 group holding a row left unscored: one pass, however many groups. */
function partlyScored(indicators: readonly IndicatorResult[]): Set<string> {
  const keys = new Set<string>();
  for (const i of indicators)
    if (i.kind === "indicator" && !i.notApplicable && i.score === null)
      keys.add(`${i.sheet}\n${i.levels[0]}`);
  return keys;
}

/** Level-1 groups in sheet order; the sheet's name goes before the label when the groups span several sheets. */
export function chartBars(
  groups: readonly GroupTotal[],
  indicators: readonly IndicatorResult[] = []
): ChartBar[] {
  const level1 = groups.filter((g) => g.levels.length === 1);
  const sheets = new Set(level1.map((g) => g.sheet));
  const longest = Math.max(0, ...level1.map((g) => g.weight), ...level1.map((g) => g.score));
  const share = (n: number): number => (longest > 0 ? Math.max(0, Math.min(1, n / longest)) : 0);
  const partial = partlyScored(indicators);
  return level1.map((g) => {
    const name = g.levels[0] ?? "";
    const counted = Math.min(g.score, g.weight);
    const excess = Math.max(0, Math.round((g.score - g.weight) * 100) / 100);
    return {
      label: sheets.size > 1 ? `${g.sheet} · ${name}` : name,
      weight: g.weight,
      score: g.score,
      counted,
      excess,
      partial: partial.has(`${g.sheet}\n${g.levels[0]}`),
      weightLength: share(g.weight),
      scoreLength: share(counted),
      excessLength: share(excess),
    };
  });
}

export interface ChartTexts {
  readonly chartHeading: string;
  readonly chartSummary: string;
  readonly chartOverSummary: string;
  readonly chartPartialSummary: string;
  readonly chartAria: string;
  readonly listSeparator: string;
}

/** "一级指标得分与分值。产出指标：得分 38.85，分值 50；…", from the templates of the user's language. */
export function chartSummary(bars: readonly ChartBar[], t: ChartTexts): string {
  const items = bars.map((b) =>
    format(b.excess > 0 ? t.chartOverSummary : b.partial ? t.chartPartialSummary : t.chartSummary, {
      label: b.label,
      score: formatScore(b.score),
      weight: formatWeight(b.weight),
    })
  );
  return items.length
    ? format(t.chartAria, { heading: t.chartHeading, items: items.join(t.listSeparator) })
    : t.chartHeading;
}
