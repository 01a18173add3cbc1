import type { Lang } from "../model";

const ENGLISH: Record<string, string> = { 优: "Excellent", 良: "Good", 中: "Fair", 差: "Poor" };

/** The grade is always the Chinese word of the scale; English readers get its meaning beside it: "中 (Fair)". */
export function gradeGloss(grade: string, lang: Lang): string {
  const english = ENGLISH[grade];
  return lang === "en-US" && english ? ` (${english})` : "";
}
