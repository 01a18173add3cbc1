// The Results screen's figures: total and grade against the stated ones, and the budget execution rates.
import type { Evaluation, FlagCode } from "../../engine/model";
import { parseA1 } from "../../engine/grid";

export interface ResultSummary {
  readonly total: number;
  readonly weight: number;
  readonly grade: string;
  readonly statedScore: number | null;
  readonly statedGrade: string | null;
  /** The workbook states a total or grade that differs from the computed one. */
  readonly statedDiffers: boolean;
}

export function resultSummary(e: Evaluation): ResultSummary {
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
      rate: b.rate as number,
      flagged: flaggedRows.has(`${b.sheet}\n${b.row}`),
    }));
}
