import type { Lang } from "../model";
import { hasMessage, render } from "./render";

/**
 * The grade is always the word of the sheet's scale (优/良/中/差); a language whose word for it differs gets its
 * meaning beside it: "中 (Fair)".
 */
export function gradeGloss(grade: string, lang: Lang): string {
  const key = `grade.${grade}`;
  if (!hasMessage(key)) return "";
  const meaning = render({ key, args: {} }, lang);
  return meaning === grade ? "" : ` (${meaning})`;
}
