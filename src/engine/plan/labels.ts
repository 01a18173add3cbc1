/** Words of the add-in's own sheets and notes, from the catalogue's plan section (i18n/languages/). */

import type { Lang, Severity } from "../model";
import { msg, render } from "../i18n/render";

export function label(key: string, lang: Lang, args: Record<string, string | number> = {}): string {
  return render(msg(`plan.${key}`, args), lang);
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return label(`severity.${severity}`, lang);
}
