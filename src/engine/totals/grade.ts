/** Grades by half-open bands from the rule set: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60). */

import type { RuleSet } from "../ruleset/types";

type Grades = RuleSet["grades"];

const sortedCache = new WeakMap<Grades, Grades>();

function sorted(grades: Grades): Grades {
  let s = sortedCache.get(grades);
  if (!s) {
    s = [...grades].sort((a, b) => b.min - a.min);
    sortedCache.set(grades, s);
  }
  return s;
}

/** The grade of a total: the highest band whose lower bound it reaches (89.99 → 良, 90 → 优). */
export function gradeFor(total: number, grades: Grades): string {
  const list = sorted(grades);
  for (const g of list) if (total >= g.min - 1e-9) return g.name;
  return list[list.length - 1]?.name ?? "";
}

/** A stated grade in the rule set's names (优秀 → 优, "良 " → 良), or null when it is none of them. */
export function canonicalGrade(stated: string, grades: Grades): string | null {
  const s = stated.trim().replace(/[“”"'「」]/g, "");
  if (s === "") return null;
  const lower = s.toLowerCase();
  for (const g of grades) {
    if (s === g.name || (g.aliases ?? []).some((a) => a.toLowerCase() === lower)) return g.name;
  }
  // "优（90分以上）", "良好等级": a name at the start
  for (const g of sorted(grades)) {
    if (s.startsWith(g.name) || (g.aliases ?? []).some((a) => a.length > 1 && s.startsWith(a)))
      return g.name;
  }
  return null;
}
