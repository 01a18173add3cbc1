/**
 * Published 评分标准 texts (criterion-corpus.ts) through parseCriterion, with the row each sits on:
 * every text is understood exactly as read by hand, or refused; none is understood wrongly; every
 * worked example scores as worked by hand through the parsed rule. The figures are printed by family.
 */

import { parseCriterion } from "../../src/engine/rules/criterion";
import { criterionContext } from "../../src/engine/rules/resolve";
import { getRuleKind } from "../../src/engine/rules/registry";
import { checkSpec } from "../../src/engine/rules/spec-check";
import { parseQuantity } from "../../src/engine/quantity";
import { getPreset } from "../../src/engine/ruleset";
import type { RuleSpec } from "../../src/engine/ruleset/types";
import { corpus, type CorpusText, type Example } from "./criterion-corpus";

const ruleSet = getPreset("national-2020")!;

function parsed(c: CorpusText): RuleSpec | null {
  const context = criterionContext({
    criterion: c.text,
    levels: c.indicator ? [c.indicator] : [],
    target: parseQuantity(c.target ?? ""),
    actual: parseQuantity(""),
    weight: c.weight,
  });
  return parseCriterion(c.text, context);
}

function scored(spec: object, weight: number, e: Example): number | null {
  const s = spec as RuleSpec;
  const kind = getRuleKind(s.kind)!;
  const out = kind.score(s, {
    weight,
    target: parseQuantity(e.target),
    actual: parseQuantity(e.actual),
    stated: null,
    ruleSet,
  });
  return out.score;
}

type Outcome = "understood" | "refused" | "wrong";

function outcome(c: CorpusText, got: RuleSpec | null): Outcome {
  if (got === null) return "refused";
  if (c.reading === null) return "wrong";
  return JSON.stringify(sortKeys(got)) === JSON.stringify(sortKeys(c.reading))
    ? "understood"
    : "wrong";
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])
    );
  return v;
}

const results = corpus
  .map((c) => ({ c, got: parsed(c) }))
  .map((r) => ({ ...r, outcome: outcome(r.c, r.got) }));

describe("the published criterion corpus", () => {
  it("holds at least 80 published texts, each with its source address and a valid hand reading", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length);
    for (const c of corpus) {
      expect(c.source).toMatch(/^https?:\/\/[^\s]+$/);
      if (c.reading === null) expect(c.why).toBeTruthy();
      else expect(checkSpec(c.reading, "")).toEqual([]);
    }
  });

  it("understands none wrongly", () => {
    const wrong = results
      .filter((r) => r.outcome === "wrong")
      .map((r) => [r.c.text, r.got, r.c.reading]);
    expect(wrong).toEqual([]);
  });

  it("understands at least 85 % of the texts that have a reading exactly as read, and prints the figures by family", () => {
    const families = [...new Set(corpus.map((c) => c.family))];
    const rows = families.map((family) => {
      const of = results.filter((r) => r.c.family === family);
      const readable = of.filter((r) => r.c.reading !== null);
      return {
        family,
        texts: of.length,
        readable: readable.length,
        understood: readable.filter((r) => r.outcome === "understood").length,
        "refused (no reading)": of.filter((r) => r.c.reading === null && r.outcome === "refused")
          .length,
        "refused (has a reading)": readable.filter((r) => r.outcome === "refused").length,
        wrong: of.filter((r) => r.outcome === "wrong").length,
      };
    });
    const readable = results.filter((r) => r.c.reading !== null);
    const understood = readable.filter((r) => r.outcome === "understood");
    const share = understood.length / readable.length;
    const missed = readable.filter((r) => r.outcome !== "understood").map((r) => r.c.text);
    // the figures, for the issue and docs/rules.md
    console.log(
      [
        `criterion corpus: ${corpus.length} texts, ${readable.length} with a reading, ` +
          `${understood.length} understood exactly (${(share * 100).toFixed(1)} %), ` +
          `${results.filter((r) => r.c.reading === null && r.outcome === "refused").length} of ${corpus.length - readable.length} without a reading refused, ` +
          `${results.filter((r) => r.outcome === "wrong").length} wrong; ` +
          `read as by hand (a rule, or a refusal where no rule can be read): ` +
          `${results.filter((r) => r.outcome === "understood" || (r.c.reading === null && r.outcome === "refused")).length} of ${corpus.length}`,
        ...rows.map((r) => `  ${r.family}: ${JSON.stringify(r)}`),
        ...missed.map((t) => `  not understood: ${t}`),
      ].join("\n")
    );
    expect(share).toBeGreaterThanOrEqual(0.85);
  });

  it("scores every worked example right through the parsed rule", () => {
    const worked = results.filter((r) => r.c.examples && r.c.examples.length > 0);
    expect(worked.length).toBeGreaterThanOrEqual(15);
    for (const { c, got } of worked) {
      // the hand reading itself gives the worked score; the parsed rule is the hand reading
      for (const e of c.examples!) {
        expect([c.text, e.how, scored(c.reading!, c.weight!, e)]).toEqual([c.text, e.how, e.score]);
        if (got)
          expect([c.text, e.how, scored(got, c.weight!, e)]).toEqual([c.text, e.how, e.score]);
      }
    }
  });
});
