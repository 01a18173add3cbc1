/**
 * The short rule language for people who write their own 评分标准 (docs/rules.md): a kind name, then
 * that kind's options — `per-unit 0.5/1pt`, `bands 95%:full 90%:8 *:0`, `at-most ratio`. Each kind
 * reads its own options (its `dsl`, with its syntax, in kinds/*.ts); this file reads the kind name and
 * hands the tokens after it over. Returns undefined when the text is not the DSL (it does not start
 * with a kind name), null when it is the DSL but wrong, else the spec (checked like a rule-set spec).
 */

import type { DslOptions, DslTokens } from "./dsl-tokens";
import { getRuleKind } from "./registry";
import { checkSpec } from "./spec-check";
import type { RuleKind, RuleSpec } from "./types";

/** Reads the options after the kind with the kind's own reader; null when a token is not understood. */
function readOptions(kind: RuleKind, tokens: string[]): DslOptions | null {
  const spec: DslOptions = {};
  let i = 0;
  const stream: DslTokens = { next: () => tokens[i++], peek: () => tokens[i] };
  while (i < tokens.length) {
    const t = tokens[i++];
    if (!kind.dsl || !kind.dsl(t, stream, spec)) return null; // growth, manual: no options
  }
  return spec;
}

export function parseDsl(text: string): RuleSpec | null | undefined {
  const tokens = text.trim().split(/\s+/);
  const kind = getRuleKind(tokens[0].toLowerCase());
  if (!kind) return undefined;
  const opts = readOptions(
    kind,
    tokens.slice(1).map((t) => t.toLowerCase())
  );
  if (!opts) return null;
  const spec: RuleSpec = { kind: kind.name, ...opts };
  return checkSpec(spec, "").length === 0 ? spec : null;
}

/** A rule written as JSON in the 评分标准 cell: `{"kind":"per-unit","points":0.5,…}`. */
export function parseJsonSpec(text: string): RuleSpec | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return checkSpec(value, "").length === 0 ? (value as RuleSpec) : null;
}
