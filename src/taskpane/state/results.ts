// The Results screen's figures: total and grade against the stated ones, and the budget execution rates.
import { type Evaluation, type FlagCode, type IndicatorResult, parseA1 } from "../../engine";

export interface ResultSummary {
  readonly total: number;
  readonly weight: number;
  readonly grade: string;
  readonly statedScore: number | null;
  readonly statedGrade: string | null;
  /** The workbook states a total or grade that differs from the computed one. */
  readonly statedDiffers: boolean;
}

/** Null for a workbook of several forms: each has its own total, none is the workbook's. */
export function resultSummary(e: Evaluation): ResultSummary | null {
  if (e.totals === null) return null;
  const { score, weight, grade, statedScore, statedGrade } = e.totals;
  const scoreDiffers = statedScore !== null && Math.abs(statedScore - score) > 0.005;
  const gradeDiffers = statedGrade !== null && statedGrade !== grade;
  return {
    total: score,
    weight,
    grade,
    statedScore,
    statedGrade,
    statedDiffers: scoreDiffers || gradeDiffers,
  };
}

export interface RateLine {
  readonly key: string;
  readonly sheet: string;
  readonly name: string;
  readonly level: number;
  /** The denominator's amount and the amount spent, in 万元. */
  readonly budget: number | null;
  readonly executed: number | null;
  readonly rate: number;
  /** A flag about the line's execution (low, behind the calendar, over budget) is raised on its row. */
  readonly flagged: boolean;
}

const EXECUTION_CODES: ReadonlySet<FlagCode> = new Set<FlagCode>([
  "EXECUTION_LOW",
  "PROGRESS_BEHIND",
  "EXECUTION_OVER",
]);

/** Every budget line with a rate, in sheet order. */
export function rateLines(e: Evaluation): RateLine[] {
  const flaggedRows = new Set(
    e.flags
      .filter((f) => EXECUTION_CODES.has(f.code))
      .map((f) => `${f.sheet}\n${(parseA1(f.cell)?.row ?? -1) + 1}`)
  );
  return e.budget
    .filter((b) => b.rate !== null)
    .map((b) => ({
      key: `${b.sheet}\n${b.row}`,
      sheet: b.sheet,
      name: b.name,
      level: b.level,
      budget: b.budget,
      executed: b.executed,
      rate: b.rate as number,
      flagged: flaggedRows.has(`${b.sheet}\n${b.row}`),
    }));
}

/** One row of 自评 | 系统 | 差额: the total, or a level-1 indicator. */
export interface CompareRow {
  readonly key: string;
  /** The indicator's name; null for the total. */
  readonly label: string | null;
  readonly stated: number | null;
  readonly system: number;
  /** 系统 − 自评, where the sheet states a score. */
  readonly difference: number | null;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** What the sheet states for a level-1 indicator: its own row's score, else the sum of its rows' stated scores. */
function statedForGroup(rows: readonly IndicatorResult[]): number | null {
  const own = rows.find(
    (i) => i.kind === "group" && i.levels.length === 1 && i.statedScore !== null
  );
  if (own) return own.statedScore;
  // A sum of some rows' scores would pass for the whole group's: only when every row states one.
  const scored = rows.filter((i) => i.kind === "indicator" && !i.notApplicable);
  if (scored.length === 0 || scored.some((i) => i.statedScore === null)) return null;
  return round2(scored.reduce((n, i) => n + (i.statedScore ?? 0), 0));
}

/** The total and each level-1 indicator, stated beside computed, with the difference. */
export function compareRows(e: Evaluation): CompareRow[] {
  const row = (key: string, label: string | null, stated: number | null, system: number) => ({
    key,
    label,
    stated,
    system,
    difference: stated === null ? null : round2(system - stated),
  });
  const level1 = e.groups.filter((g) => g.levels.length === 1);
  const sheets = new Set(level1.map((g) => g.sheet));
  // The rows under each level-1 indicator, gathered in one pass (a workbook may have tens of thousands).
  const under = new Map<string, IndicatorResult[]>();
  for (const i of e.indicators) {
    const key = `${i.sheet}\n${i.levels[0]}`;
    const rows = under.get(key);
    if (rows) rows.push(i);
    else under.set(key, [i]);
  }
  return [
    ...(e.totals ? [row("total", null, e.totals.statedScore, e.totals.score)] : []),
    ...level1.map((g) => {
      const name = g.levels[0] ?? "";
      return row(
        `${g.sheet}\n${name}`,
        sheets.size > 1 ? `${g.sheet} · ${name}` : name,
        statedForGroup(under.get(`${g.sheet}\n${name}`) ?? []),
        g.score
      );
    }),
  ];
}
