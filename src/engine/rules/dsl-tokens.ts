/**
 * What a rule kind's DSL reader works with (criterion-dsl.ts reads the kind name, then hands each
 * following token to the kind's `dsl`): the next tokens, number tokens ("0.5", "90%") and the
 * `from X` / `floor X` threshold shorthand shared by several kinds.
 */

export interface Num {
  value: number;
  percent: boolean;
}

const numberToken = /^([+-]?\d+(?:\.\d+)?)(%?)$/;

/** "0.5" → 0.5, "90%" → 0.9 (percent: true); null for anything else. */
export function num(token: string | undefined): Num | null {
  const m = token === undefined ? null : numberToken.exec(token);
  return m ? { value: m[2] ? Number(m[1]) / 100 : Number(m[1]), percent: m[2] === "%" } : null;
}

/** The options of a spec being read (the keys of its kind's parameters). */
export type DslOptions = Record<string, unknown>;

export interface DslTokens {
  /** The next token (lower case), consumed; undefined at the end. */
  next(): string | undefined;
  /** The next token without consuming it. */
  peek(): string | undefined;
}

/**
 * Reads one option: `token` has just been consumed; the reader may consume more with `tokens.next()`
 * and writes what it read into `spec`. False when the token is not understood (the text is then not
 * the DSL, never a guess).
 */
export type DslReader = (token: string, tokens: DslTokens, spec: DslOptions) => boolean;

/** `from 90%` / `floor 5`: a number into `key`, and thresholdUnit ratio when written in percent. */
export function thresholdOption(
  token: string | undefined,
  key: "threshold" | "floor",
  spec: DslOptions
): boolean {
  const n = num(token);
  if (!n) return false;
  spec[key] = n.value;
  if (n.percent) spec.thresholdUnit = "ratio";
  return true;
}
