/** Formula mode's expressions, owned by the rule kinds that have one (at-least, at-most linear). */

import { getRuleKind, listRuleKinds } from "../../src/engine/rules/registry";
import type { FormulaRow } from "../../src/engine/rules/types";

const row = (target: number, actual: number, weight: number): FormulaRow => ({
  cells: { target: "E8", actual: "F8", weight: "D8" },
  values: { target, actual, weight },
});

describe("rule kinds' formulas", () => {
  test("at-least: B/A of the weight, clamped to 0..1 (8 of 10 → 0.8 × 5 = 4; 12 of 10 → 5; −1 of 10 → 0)", () => {
    const f = getRuleKind("at-least")!.formula!;
    expect(f(row(10, 8, 5), "rule.atLeast.partial")).toEqual({
      expression: "MIN(1,MAX(0,F8/E8))*D8",
      value: 4,
    });
    expect(f(row(10, 12, 5), "rule.full")?.value).toBe(5);
    expect(f(row(10, -1, 5), "rule.negative")?.value).toBe(0);
  });

  test("at-most linear: (2 − B/A) of the weight (6 against ≤5 → 0.8 × 10 = 8; 11 against ≤5 → 0)", () => {
    const f = getRuleKind("at-most")!.formula!;
    const r = f(row(5, 6, 10), "rule.atMost.linear");
    expect(r?.expression).toBe("MAX(0,MIN(1,2-F8/E8))*D8");
    expect(r?.value).toBeCloseTo(8, 12);
    expect(f(row(5, 11, 10), "rule.atMost.beyond")?.value).toBe(0);
  });

  test("no formula where it would not describe the rule: a floor, the ratio variant, another kind", () => {
    expect(getRuleKind("at-least")!.formula!(row(10, 5, 5), "rule.atLeast.floor")).toBeNull();
    expect(getRuleKind("at-most")!.formula!(row(5, 6, 10), "rule.atMost.ratio")).toBeNull();
    const withFormula = listRuleKinds()
      .filter((k) => k.formula)
      .map((k) => k.name);
    expect(withFormula).toEqual(["at-least", "at-most"]);
  });
});
