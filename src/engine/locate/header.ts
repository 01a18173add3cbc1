/** Header text normalisation and matching against the vocabulary of `aliases.ts`. */

import type { Meaning } from "./aliases";

const BRACKETED = /[([【〔][^)\]】〕]*[)\]】〕]/g;
const SPACES = /\s+/g;
/**
 * Characters that show nothing, yet break a comparison: zero-width spaces and joiners, soft hyphens,
 * bidirectional controls and marks, line and paragraph separators, byte-order marks.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g;

/** The unit written in brackets inside a header, e.g. "金额(万元)" → "万元". */
export function headerUnit(text: string): string | null {
  const m = /[（(]\s*([^）)]*?)\s*[）)]/.exec(text);
  return m ? m[1] : null;
}

/** Text without invisible and bidirectional control characters: what a person sees is what is matched. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * "分值（分）" → "分值"; "Target Value" → "targetvalue"; "ｗｅｉｇｈｔ" → "weight"; line breaks, spaces and
 * invisible characters removed, full-width forms folded to half width.
 */
export function normalizeHeader(text: string): string {
  return stripInvisible(text.normalize("NFKC"))
    .replace(BRACKETED, "")
    .replace(SPACES, "")
    .replace(/[:*]/g, "")
    .replace(/^\d+[.、]/, "")
    .toLowerCase();
}

/** The exact aliases, and the meanings tried when no alias matches. */
export interface Vocabulary<F extends string> {
  aliases: Map<string, F>;
  meanings: readonly Meaning<F>[];
}

export function buildVocabulary<F extends string>(
  aliases: Record<F, string[]>,
  meanings: readonly Meaning<F>[]
): Vocabulary<F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) index.set(normalizeHeader(alias), field);
  }
  return { aliases: index, meanings };
}

export interface HeaderMatch<F extends string> {
  field: F;
  /** "alias" when the header is a known word, "meaning" when it was recognised by the words it holds. */
  how: "alias" | "meaning";
}

/** A header is a few words: longer texts and sentences are never read by meaning. */
const MEANING_MAX_LENGTH = 24;
const SENTENCE = /[，。；;！？!?]|,\S/;

function byMeaning<F extends string>(key: string, meanings: readonly Meaning<F>[]): F | null {
  if (key.length > MEANING_MAX_LENGTH || SENTENCE.test(key)) return null;
  for (const m of meanings) {
    if (m.not?.some((w) => key.includes(w))) continue;
    if (m.all.every((group) => group.some((w) => key.includes(w)))) return m.field;
  }
  return null;
}

/** Header matching runs on every text cell while tables are looked for: remember answers per vocabulary. */
const memo = new WeakMap<Vocabulary<string>, Map<string, HeaderMatch<string> | null>>();
const MEMO_LIMIT = 20_000;

export function classifyHeader<F extends string>(
  text: string,
  vocabulary: Vocabulary<F>
): HeaderMatch<F> | null {
  let seen = memo.get(vocabulary);
  if (!seen) memo.set(vocabulary, (seen = new Map()));
  const known = seen.get(text);
  if (known !== undefined) return known as HeaderMatch<F> | null;
  const key = normalizeHeader(text);
  let found: HeaderMatch<F> | null = null;
  if (key !== "") {
    const alias = vocabulary.aliases.get(key);
    if (alias !== undefined) found = { field: alias, how: "alias" };
    else {
      const meant = byMeaning(key, vocabulary.meanings);
      if (meant !== null) found = { field: meant, how: "meaning" };
    }
  }
  if (seen.size >= MEMO_LIMIT) seen.clear();
  seen.set(text, found);
  return found;
}

export function matchHeader<F extends string>(text: string, vocabulary: Vocabulary<F>): F | null {
  return classifyHeader(text, vocabulary)?.field ?? null;
}
