/**
 * 评分标准 → rule. `parseCriterion` reads the rule out of a row's criterion text: a JSON spec, the
 * short DSL (criterion-dsl.ts), or the controlled vocabulary of Chinese phrasings
 * (criterion-phrases.ts). Text it cannot read fully gives null, never a guess. Results are cached by
 * text: many rows share one criterion.
 */

import type { RuleSpec } from "../ruleset/types";
import { parseDsl, parseJsonSpec } from "./criterion-dsl";
import { combine, features } from "./criterion-phrases";
import { normaliseCriterion } from "./criterion-text";

const cache = new Map<string, RuleSpec | null>();
const cacheLimit = 20000;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

function parseUncached(text: string): RuleSpec | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("{")) return parseJsonSpec(trimmed);
  const dsl = parseDsl(trimmed);
  if (dsl !== undefined) return dsl;
  const fs = features(normaliseCriterion(trimmed));
  return fs === null || fs.length === 0 ? null : combine(fs);
}

/** The rule a criterion text states, or null. The returned spec is shared and frozen: do not modify it. */
export function parseCriterion(text: string): RuleSpec | null {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const spec = parseUncached(text);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(text, spec === null ? null : deepFreeze(spec));
  return spec;
}
