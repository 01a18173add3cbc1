/** Words of the add-in's own sheets and notes, from the catalogue's plan section (i18n/languages/). */

import type { Lang, Severity } from "../model";
import type { MessageKey } from "../i18n/catalogue";
import { msg, render, type ArgsOf } from "../i18n/render";

/** The keys of the catalogue's plan section, without "plan.". */
type PlanLabel = MessageKey extends infer K ? (K extends `plan.${infer L}` ? L : never) : never;

export function label<L extends PlanLabel>(
  key: L,
  lang: Lang,
  ...args: ArgsOf<`plan.${L}`>
): string {
  return render(msg(`plan.${key}`, ...args), lang);
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return label(`severity.${severity}`, lang);
}
