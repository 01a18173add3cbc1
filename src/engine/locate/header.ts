/** Header text normalisation and matching against the alias tables. */

const BRACKETED = /[（(［\[【][^）)］\]】]*[）)］\]】]/g;
const SPACES = /[\s\u3000]+/g;

/** The unit written in brackets inside a header, e.g. "金额(万元)" → "万元". */
export function headerUnit(text: string): string | null {
  const m = /[（(]\s*([^）)]*?)\s*[）)]/.exec(text);
  return m ? m[1] : null;
}

/** "分值（分）" → "分值"; "Target Value" → "targetvalue"; line breaks and spaces removed. */
export function normalizeHeader(text: string): string {
  return text
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

export function matchHeader<F extends string>(text: string, index: AliasIndex<F>): F | null {
  const key = normalizeHeader(text);
  if (key === "") return null;
  return index.get(key) ?? null;
}
