/**
 * The header vocabulary (src/engine/locate/aliases.ts) is compared after normalizeHeader, so every word in
 * it must already be written normalised (docs/engine.md, "Adding a header word"): a word with a space, a
 * capital or a full-width form would never match. Also: an alias belongs to one field only.
 */

import {
  BUDGET_ALIASES,
  BUDGET_MEANINGS,
  INDICATOR_ALIASES,
  INDICATOR_MEANINGS,
} from "../../src/engine/locate/aliases";
import { normalizeHeader } from "../../src/engine/locate/header";

const meaningWords = (list: { all: string[][]; not?: string[] }[]): string[] =>
  list.flatMap((m) => [...m.all.flat(), ...(m.not ?? [])]);

describe("header words are written as normalizeHeader leaves them", () => {
  const words = [
    ...Object.values(INDICATOR_ALIASES).flat(),
    ...Object.values(BUDGET_ALIASES).flat(),
    ...meaningWords(INDICATOR_MEANINGS),
    ...meaningWords(BUDGET_MEANINGS),
  ];

  test("there are words to check", () => {
    expect(words.length).toBeGreaterThan(100);
    expect(words).toContain("分值");
  });

  test("each is its own normal form", () => {
    expect(words.filter((w) => normalizeHeader(w) !== w)).toEqual([]);
  });

  test("the check catches a word written the way a sheet shows it", () => {
    expect(normalizeHeader("Max Score")).not.toBe("Max Score");
    expect(normalizeHeader("分值（分）")).toBe("分值");
  });

  test.each([
    ["indicator", INDICATOR_ALIASES],
    ["budget", BUDGET_ALIASES],
  ] as [string, Record<string, string[]>][])(
    "%s aliases: no word names two fields",
    (_t, aliases) => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const [field, list] of Object.entries(aliases))
        for (const w of list) {
          const other = seen.get(w);
          if (other !== undefined && other !== field) twice.push(`${w}: ${other}, ${field}`);
          seen.set(w, field);
        }
      expect(twice).toEqual([]);
    }
  );
});
