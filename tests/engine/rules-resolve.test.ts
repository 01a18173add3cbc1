/** Rule resolution in the order of domain.md §4, the registry, and the text of `jixiao rules`. */

import { describeRules } from "../../src/engine/ruleset/describe";
import { getRuleKind, listRuleKinds } from "../../src/engine/rules/registry";
import { resolveRule } from "../../src/engine/rules/resolve";
import type { Quantity } from "../../src/engine/quantity/types";
import {
  count,
  date,
  error,
  grade,
  manualSet,
  na,
  national,
  none,
  pct,
  text,
  yes,
} from "./helpers/quantities";

const levels = ["满意度指标", "服务对象满意度指标", "服务对象满意度"];
const row = (target: Quantity, criterion: string | null = null, lv: string[] = levels) => ({
  criterion,
  levels: lv,
  target,
  actual: pct("92%", 0.92),
});
const satisfactionBands = {
  kind: "bands",
  unit: "ratio",
  bands: [{ min: 0.9, fraction: 1 }, { points: 0 }],
};

describe("resolveRule", () => {
  test("1. the row's own 评分标准 comes first", () => {
    const r = resolveRule(
      row(pct("≥95%", 0.95, "ge"), "每低1个百分点扣0.5分，扣完为止"),
      national,
      [{ match: "满意度", rule: satisfactionBands }]
    );
    expect(r).toEqual({
      spec: { kind: "per-unit", points: 0.5, step: 1, stepUnit: "pt", direction: "below" },
      source: "criterion",
    });
  });

  test("2. a criterion that cannot be read falls to the workbook's rules sheet", () => {
    const r = resolveRule(row(pct("≥95%", 0.95, "ge"), "详见附件"), national, [
      { match: "满意度", rule: satisfactionBands },
    ]);
    expect(r).toEqual({ spec: satisfactionBands, source: "workbook" });
  });

  test("3. then the rule set's default for the indicator", () => {
    const rs = {
      ...national,
      indicatorDefaults: [{ match: "服务对象满意度", rule: { kind: "at-most", variant: "ratio" } }],
    };
    expect(resolveRule(row(pct("≥95%", 0.95, "ge")), rs, [])).toEqual({
      spec: { kind: "at-most", variant: "ratio" },
      source: "ruleset",
    });
  });

  test.each([
    ["≥", pct("≥95%", 0.95, "ge"), "at-least"],
    ["> as ≥", pct(">95%", 0.95, "gt"), "at-least"],
    ["no operator", count("6 个", 6, "个"), "at-least"],
    ["≤", pct("≤5%", 0.05, "le"), "at-most"],
    ["=", pct("=100%", 1, "eq"), "equal"],
    ["左右", pct("65%左右", 0.65, "about"), "about"],
    [
      "a range",
      {
        kind: "range",
        raw: "90%-95%",
        low: 0.9,
        high: 0.95,
        unit: { dimension: "ratio", symbol: "%" },
      } as Quantity,
      "range",
    ],
    ["a date", date("2025年12月底前", "2025-12-31", "le"), "binary"],
    ["yes/no", yes(), "binary"],
    ["a grade", grade("达成预期", "achieved"), "qualitative"],
    ["a sentence", text("形成工作方案，召开2次以上联席会议"), "qualitative"],
  ])("4. the target's operator: %s → %s", (_name, target, kind) => {
    const r = resolveRule(row(target), national, []);
    expect(r?.spec.kind).toBe(kind);
    expect(r?.source).toBe("operator");
  });

  test("≤ takes the rule set's variant (linear in national-2020)", () => {
    expect(resolveRule(row(pct("≤5%", 0.05, "le")), national, [])?.spec).toEqual({
      kind: "at-most",
      variant: "linear",
    });
    expect(resolveRule(row(pct("65%左右", 0.65, "about")), national, [])?.spec).toEqual({
      kind: "about",
      tolerance: 0.05,
    });
  });

  test.each([
    ["no target", none],
    ["an unreadable target", { kind: "unreadable", raw: "？？", reason: "x" } as Quantity],
    ["an error", error("#REF!")],
    ["不适用", na],
  ])("nothing applies for %s: null", (_name, target) => {
    expect(resolveRule(row(target), national, [])).toBeNull();
  });

  test("validate mode: the criterion is not used, scores are checked by hand", () => {
    expect(
      resolveRule(row(pct("≥95%", 0.95, "ge"), "每低1个百分点扣0.5分"), manualSet, [])
    ).toEqual({ spec: { kind: "manual" }, source: "operator" });
    expect(resolveRule(row(text("达成预期目标")), manualSet, [])?.spec.kind).toBe("qualitative");
    expect(resolveRule(row(none), manualSet, [])?.spec.kind).toBe("manual");
  });
});

describe("registry", () => {
  test("every kind of the brief is registered by name", () => {
    expect(listRuleKinds().map((k) => k.name)).toEqual([
      "at-least",
      "at-most",
      "equal",
      "about",
      "range",
      "qualitative",
      "binary",
      "per-unit",
      "bands",
      "floor-target-cap",
      "growth",
      "manual",
      "veto",
    ]);
    expect(getRuleKind("at-most")?.params.variant).toBeDefined();
    expect(getRuleKind("nope")).toBeUndefined();
  });
});

describe("describeRules", () => {
  test.each(["zh-CN", "en-US"] as const)(
    "%s lists presets and every kind with its parameters",
    (lang) => {
      const text = describeRules(lang);
      for (const name of ["national-2020", "department-manual"]) expect(text).toContain(name);
      for (const kind of listRuleKinds()) {
        expect(text).toContain(kind.name);
        for (const p of Object.keys(kind.params)) expect(text).toContain(`${p}`);
      }
      expect(text).toContain(lang === "zh-CN" ? "计分规则类型" : "Rule kinds");
    }
  );
});
