/**
 * 评分标准 → rule. `parseCriterion` reads the rule out of a row's criterion text: a JSON spec, the
 * short DSL (criterion-dsl.ts), or the controlled vocabulary of Chinese phrasings
 * (criterion-phrases.ts). Text it cannot read fully gives null, never a guess. Results are cached by
 * text: many rows share one criterion.
 */

import type { RuleSpec } from "./types";
import { parseDsl, parseJsonSpec } from "./criterion-dsl";
import { combine, features, manualReading, type CriterionContext } from "./criterion-phrases";
import { normaliseCriterion, withWeight } from "./criterion-text";

export type { CriterionContext } from "./criterion-phrases";

const cache = new Map<string, RuleSpec | null>();
const cacheLimit = 20000;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** A number written with a leading zero (02分) is a damaged figure (0.2 lost its point): never read. */
const damagedNumber = /(?<![\d.])0\d/;

function parseUncached(text: string, context: CriterionContext): RuleSpec | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("{")) return parseJsonSpec(trimmed);
  const dsl = parseDsl(trimmed);
  if (dsl !== undefined) return dsl;
  const normalised = withWeight(normaliseCriterion(trimmed), context.weight ?? null);
  if (damagedNumber.test(normalised)) return null;
  if (manualReading(normalised, context.weight ?? null)) return { kind: "manual" };
  const fs = features(normalised);
  return fs === null || fs.length === 0 ? null : combine(fs, context);
}

function cacheKey(text: string, context: CriterionContext): string {
  const { weight, unit, direction } = context;
  return weight == null && unit == null && direction == null
    ? text
    : `${weight ?? ""}\u0001${unit ?? ""}\u0001${direction ?? ""}\u0001${text}`;
}

/**
 * The rule a criterion text states, or null. The row's weight, target unit and direction, where
 * known, let more texts be read ("得8分" on an 8-point row is full marks) and stop readings the row
 * contradicts. The returned spec is shared and frozen: do not modify it.
 */
export function parseCriterion(text: string, context: CriterionContext = {}): RuleSpec | null {
  const key = cacheKey(text, context);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const spec = parseUncached(text, context);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, spec === null ? null : deepFreeze(spec));
  return spec;
}
