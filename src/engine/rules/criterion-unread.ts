/**
 * A row whose own 评分标准 text was there but not understood is scored by a fallback rule (a rules
 * sheet, the rule set's default, the target's operator). It is never silent about it: the row's
 * explanation starts with "评分标准未能自动识别…", and an info flag CRITERION_UNREAD names the text and
 * the rule used instead. A criterion read as the evaluator's own call shows its text in the
 * explanation.
 */

import { msg, render } from "../i18n/render";
import type { Flag, Message } from "../model";
import { makeFlag } from "../review/severity";
import { getRuleKind } from "./registry";
import type { ResolvedRule } from "./resolve";

/** Criterion texts are quoted in flags up to this length. */
const quoteLimit = 60;

function quoted(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > quoteLimit ? `${t.slice(0, quoteLimit)}…` : t;
}

/** The fallback rule's explanation, prefixed with the words that say it is a fallback. */
export function fallbackExplanation(rule: ResolvedRule, explanation: Message): Message {
  const source = rule.source === "criterion" ? "operator" : rule.source;
  return msg(`rule.criterionUnread.${source}`, {
    detail: render(explanation, "zh-CN"),
    detailEn: render(explanation, "en-US"),
  });
}

/**
 * A rule the criterion itself leaves to the evaluator (a rank, an additive checklist): the
 * explanation shows the criterion, so the evaluator scores against it.
 */
export function criterionShown(text: string, explanation: Message): Message {
  return msg("rule.criterionManual", {
    text: quoted(text),
    detail: render(explanation, "zh-CN"),
    detailEn: render(explanation, "en-US"),
  });
}

/** The info flag on the criterion cell: the text, and the rule used instead (or none). */
export function criterionUnreadFlag(
  sheet: string,
  cell: string,
  text: string,
  rule: ResolvedRule | null
): Flag {
  const kind = rule ? getRuleKind(rule.spec.kind) : undefined;
  if (!rule || !kind)
    return makeFlag(
      sheet,
      cell,
      "CRITERION_UNREAD",
      msg("flag.CRITERION_UNREAD.none", { text: quoted(text) })
    );
  const zh = kind.label["zh-CN"].split("：")[0];
  const en = kind.label["en-US"].split(":")[0];
  const by: Record<string, [string, string]> = {
    operator: [`指标值的运算符（${zh}）`, `the target's operator (${en})`],
    workbook: [`工作簿规则表（${zh}）`, `the workbook's rules sheet (${en})`],
    ruleset: [`规则集的默认规则（${zh}）`, `the rule set's default (${en})`],
  };
  const [ruleZh, ruleEn] = by[rule.source] ?? by.operator;
  return makeFlag(
    sheet,
    cell,
    "CRITERION_UNREAD",
    msg("flag.CRITERION_UNREAD", { text: quoted(text), rule: ruleZh, ruleEn })
  );
}
