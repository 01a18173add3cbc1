/**
 * From a workbook's grids to the .docx of its 自评报告 draft: evaluate, build the draft, render it. The one
 * path the command line and both task-pane doors take; no Node or DOM API here.
 */

import type { Grid } from "../engine/grid";
import { evaluate } from "../engine/evaluate";
import { buildDraft } from "../engine/draft";
import type { Lang, Message } from "../engine/model";
import type { RuleSet } from "../engine/ruleset/types";
import { renderDocx } from "./render";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface DraftOptions {
  file: string; // the workbook's name, as the draft and its messages quote it
  ruleSet: RuleSet;
  lang: Lang;
  asOf?: string;
  form?: string;
}

export type DraftFileOutcome =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: Message; sheet?: string; cell?: string };

/** "自评表.xlsx" → "自评表.report.docx". */
export function draftFileName(workbook: string): string {
  const base = workbook.trim().replace(/\.xlsx$/i, "") || "workbook";
  return `${base}.report.docx`;
}

export async function draftReportFile(grids: Grid[], o: DraftOptions): Promise<DraftFileOutcome> {
  const outcome = evaluate(grids, o.ruleSet, {
    file: o.file,
    ruleSetName: o.ruleSet.name,
    ...(o.asOf ? { asOf: o.asOf } : {}),
  });
  if (!outcome.ok) return { ok: false, ...outcome.problem, problem: outcome.problem.message };
  const drafted = buildDraft({
    evaluation: outcome.evaluation,
    grids,
    ruleSet: o.ruleSet,
    lang: o.lang,
    ...(o.form !== undefined ? { form: o.form } : {}),
  });
  if (!drafted.ok) return { ok: false, problem: drafted.problem };
  return { ok: true, bytes: await renderDocx(drafted.draft) };
}
