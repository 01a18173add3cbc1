// The work both doors share, on any WorkbookPort: a run, a review decision, undo. Loaded only with the
// sessions (excel-run.ts, browser-run.ts), so the engine's run comes with them.
import { planReviewUpdate, problemOf, problemText, render, type WritePlan } from "../../engine";
import { isWorkbookError } from "../../workbook/excel/errors";
import type { Progress, WorkbookPort } from "../../workbook/port";
import { runScoring, undoScoring } from "../../workbook/run";
import { format, strings, type Language } from "../i18n";
import type {
  CancelSignal,
  DraftOutcome,
  ReviewDecision,
  ReviewOutcome,
  Notices,
  Reviews,
  ScoreOutcome,
  UndoOutcome,
} from "./contract";
import { localTimestamp } from "../state/numbers";
import { asOfFor, ruleSetFor, type RunChoices } from "../state/options";

export interface SessionContext {
  readonly port: WorkbookPort;
  readonly language: Language;
  /** The workbook's file name, for the report and the summary sheet. */
  readonly file: string;
  readonly clock: () => Date;
}

/** An exception as a sentence in the user's language: the adapter's own message when it has one. */
export function errorText(error: unknown, language: Language): string {
  if (isWorkbookError(error)) return error.messageIn(language);
  const problem = problemOf(error);
  if (problem) return problemText(problem, language);
  const message = error instanceof Error ? error.message : String(error);
  return format(strings(language).failedUnexpected, { message });
}

/** Statuses, reviewers and comments by flag id, from the review list the run's plan writes. */
export function reviewsOf(plan: WritePlan): Reviews {
  const reviews: Record<string, Reviews[string]> = {};
  for (const row of plan.reviewRows ?? []) {
    if (row.id !== "")
      reviews[row.id] = {
        status: row.status,
        reviewer: row.reviewer,
        comment: row.comment,
        time: row.time,
      };
  }
  return reviews;
}

export async function scoreWorkbook(
  ctx: SessionContext,
  choices: RunChoices,
  onProgress: (p: Progress) => void,
  signal: CancelSignal
): Promise<ScoreOutcome> {
  const asOf = asOfFor(choices);
  if (asOf === null) return { status: "failed", message: strings(ctx.language).asOfInvalid };
  const ruleSet = ruleSetFor(choices);
  try {
    const outcome = await runScoring(ctx.port, ruleSet, {
      file: ctx.file,
      ruleSetName: ruleSet.name,
      ...(asOf === undefined ? {} : { asOf }),
      lang: ctx.language,
      // 复核清单 is read by a person: local time, as they would write it.
      now: localTimestamp(ctx.clock()),
      formulas: choices.formulas,
      fillScores: choices.fillScores,
      onProgress,
      signal,
    });
    if (outcome.ok)
      return {
        status: "done",
        evaluation: outcome.evaluation,
        reviews: reviewsOf(outcome.plan),
        notices: noticesOf(outcome.plan, ctx.language),
      };
    if ("cancelled" in outcome) return { status: "cancelled" };
    return { status: "failed", message: problemText(outcome.problem, ctx.language) };
  } catch (error) {
    return { status: "failed", message: errorText(error, ctx.language) };
  }
}

/** The report draft of the workbook as the port reads it now, as a file to hand to the user. */
export async function draftReport(
  ctx: SessionContext,
  choices: RunChoices,
  form?: string
): Promise<DraftOutcome> {
  const asOf = asOfFor(choices);
  if (asOf === null) return { ok: false, message: strings(ctx.language).asOfInvalid };
  try {
    const { draftReportFile, draftFileName, DOCX_TYPE } = await import(
      /* webpackChunkName: "report-docx" */ "../../report-docx/draft-file"
    );
    const outcome = await draftReportFile(await ctx.port.read(), {
      file: ctx.file,
      ruleSet: ruleSetFor(choices),
      lang: ctx.language,
      ...(asOf === undefined ? {} : { asOf }),
      ...(form === undefined ? {} : { form }),
    });
    if (!outcome.ok) return { ok: false, message: problemText(outcome.problem, ctx.language) };
    const blob = new Blob([outcome.bytes as BlobPart], { type: DOCX_TYPE });
    return { ok: true, file: { blob, name: draftFileName(ctx.file) } };
  } catch (error) {
    return { ok: false, message: errorText(error, ctx.language) };
  }
}

export async function reviewFlag(
  ctx: SessionContext,
  flagId: string,
  decision: ReviewDecision
): Promise<ReviewOutcome> {
  try {
    const now = localTimestamp(ctx.clock());
    const entry = {
      status: decision.status,
      reviewer: decision.reviewer.trim(),
      comment: decision.comment.trim(),
      time: now,
    };
    const plan = planReviewUpdate(await ctx.port.read(), flagId, { ...entry, now });
    if (plan.blocks.length === 0) return { ok: false, message: strings(ctx.language).notInReview };
    await ctx.port.apply(plan);
    return { ok: true, entry };
  } catch (error) {
    return { ok: false, message: errorText(error, ctx.language) };
  }
}

/** The plan's notices in the user's language, as plain text (the screens never render them as HTML). */
function noticesOf(plan: WritePlan, language: Language): Notices {
  return (plan.notices ?? []).map((n) => render(n, language));
}

export async function undoRun(ctx: SessionContext): Promise<UndoOutcome> {
  try {
    const plan = await undoScoring(ctx.port);
    return { ok: true, notices: noticesOf(plan, ctx.language) };
  } catch (error) {
    return { ok: false, message: errorText(error, ctx.language) };
  }
}
