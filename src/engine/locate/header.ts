/** Header text normalisation and matching against the alias tables. */

const BRACKETED = /[（(［[【][^）)］\]】]*[）)］\]】]/g;
const SPACES = /[\s\u3000]+/g;

/** The unit written in brackets inside a header, e.g. "金额(万元)" → "万元". */
export function headerUnit(text: string): string | null {
  const m = /[（(]\s*([^）)]*?)\s*[）)]/.exec(text);
  return m ? m[1] : null;
}

/** Characters that show nothing: zero-width ones, the soft hyphen, bidirectional controls, the BOM. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Text without invisible and bidirectional control characters: what a person sees is what is matched. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** "分值（分）" → "分值"; "Target Value" → "targetvalue"; line breaks and spaces removed. */
export function normalizeHeader(text: string): string {
  return stripInvisible(text)
    .replace(BRACKETED, "")
    .replace(SPACES, "")
    .replace(/[:：*＊]/g, "")
    .replace(/^\d+[.、]/, "")
    .toLowerCase();
}

export type AliasIndex<F extends string> = Map<string, F>;

export function buildAliasIndex<F extends string>(aliases: Record<F, string[]>): AliasIndex<F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) index.set(normalizeHeader(alias), field);
  }
  return index;
}

/** Header matching runs on every text cell while tables are looked for: remember answers per index. */
const memo = new WeakMap<AliasIndex<string>, Map<string, string | null>>();
const MEMO_LIMIT = 20_000;

export function matchHeader<F extends string>(text: string, index: AliasIndex<F>): F | null {
  let seen = memo.get(index);
  if (!seen) memo.set(index, (seen = new Map()));
  const known = seen.get(text);
  if (known !== undefined) return known as F | null;
  const key = normalizeHeader(text);
  const field = key === "" ? null : (index.get(key) ?? null);
  if (seen.size >= MEMO_LIMIT) seen.clear();
  seen.set(text, field);
  return field;
}
