/** One run, the same for every door: read → evaluate → plan → apply. */

import { evaluate, type EvaluateOptions } from "../engine/evaluate";
import type { InputProblem } from "../engine/errors";
import type { Evaluation, Lang, Message } from "../engine/model";
import { plan, planUndo } from "../engine/plan";
import type { WritePlan } from "../engine/plan/types";
import type { RuleSet } from "../engine/ruleset/types";
import type { Progress, WorkbookPort } from "./port";

export interface RunOptions extends EvaluateOptions {
  lang: Lang;
  now: string; // ISO time of the run, written into the review trail
  formulas?: boolean;
  fillScores?: boolean;
  onProgress?: (p: Progress) => void;
  /** Checked between steps: a cancelled run stops before it writes anything. */
  signal?: { aborted: boolean };
}

export type RunOutcome =
  | { ok: true; evaluation: Evaluation; plan: WritePlan }
  | { ok: false; problem: InputProblem }
  | { ok: false; cancelled: true };

export async function runScoring(
  port: WorkbookPort,
  ruleSet: RuleSet,
  options: RunOptions
): Promise<RunOutcome> {
  const grids = await port.read(options.onProgress);
  if (options.signal?.aborted) return { ok: false, cancelled: true };
  options.onProgress?.({ step: "scoring", done: 0, total: 1 });
  const outcome = evaluate(grids, ruleSet, options);
  if (!outcome.ok) return outcome;
  const writePlan = plan(outcome.evaluation, grids, {
    lang: options.lang,
    now: options.now,
    formulas: options.formulas ?? false,
    fillScores: options.fillScores ?? false,
  });
  options.onProgress?.({ step: "scoring", done: 1, total: 1 });
  if (options.signal?.aborted) return { ok: false, cancelled: true };
  const said = await port.apply(writePlan, options.onProgress);
  return { ok: true, evaluation: outcome.evaluation, plan: withNotices(writePlan, said) };
}

/** The plan with what the adapter said while applying it, after what the plan said itself. */
function withNotices(plan: WritePlan, said: readonly Message[] | void): WritePlan {
  return said && said.length > 0 ? { ...plan, notices: [...(plan.notices ?? []), ...said] } : plan;
}

/** Takes out everything the add-in wrote (its columns, marks, sheets), the user's own look back; every door's undo. */
export async function undoScoring(port: WorkbookPort): Promise<WritePlan> {
  const undo = planUndo(await port.read());
  return withNotices(undo, await port.apply(undo));
}
