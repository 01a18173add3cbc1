/** Rule sets: the presets hold contract.md's defaults; the validator and the JSON Schema agree. */

import schema from "../../src/engine/ruleset/ruleset.schema.json";
import { listRuleKinds } from "../../src/engine/rules/registry";
import { getPreset, loadRuleSet, presets } from "../../src/engine/ruleset/presets";
import { validateRuleSet } from "../../src/engine/ruleset/validate";
import { schemaErrors } from "./helpers/mini-schema";

type Json = Record<string, unknown>;
const clone = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;
const national = (): Json => clone(getPreset("national-2020"));
const sch = schema as unknown as Json;

describe("presets", () => {
  test("national-2020 and department-manual exist; others do not", () => {
    expect(Object.keys(presets).sort()).toEqual(["department-manual", "national-2020"]);
    expect(getPreset("nope")).toBeUndefined();
    expect(getPreset("department-manual")?.mode).toBe("validate");
  });

  test("national-2020 holds the defaults of contract.md", () => {
    const rs = getPreset("national-2020");
    expect(rs).toMatchObject({
      mode: "compute",
      operators: {
        ge: { kind: "at-least" },
        le: { kind: "at-most", variant: "linear" },
        about: { kind: "about", tolerance: 0.05 },
      },
      qualitativeBands: { achieved: 0.8, partial: 0.6 },
      overAchievement: 1.3,
      scoreTolerance: 0.01,
      moneyTolerance: 0.01,
      decimals: 2,
      budget: {
        denominator: "adjusted",
        executionLow: 0.9,
        adjustmentHigh: 0.2,
        calendarLag: 0.1,
        score: { kind: "linear" },
      },
    });
    expect(rs?.grades.map((g) => [g.name, g.min])).toEqual([
      ["优", 90],
      ["良", 80],
      ["中", 60],
      ["差", 0],
    ]);
  });

  test.each(Object.keys(presets))("%s passes the validator and the schema", (name) => {
    expect(validateRuleSet(presets[name])).toEqual([]);
    expect(schemaErrors(sch, presets[name])).toEqual([]);
  });
});

describe("broken copies fail both the validator (naming the path) and the schema", () => {
  const cases: [string, (rs: Json) => void, string][] = [
    [
      "execution-low above 1",
      (rs) => ((rs.budget as Json).executionLow = 1.5),
      "budget.executionLow: must be a number between 0 and 1",
    ],
    ["grades missing", (rs) => delete rs.grades, "grades: is required"],
    [
      "an unknown rule kind",
      (rs) => ((rs.operators as Json).ge = { kind: "no-such" }),
      'operators.ge.kind: unknown rule kind "no-such" (known: at-least, at-most, equal, about, range, qualitative, binary, per-unit, bands, floor-target-cap, growth, manual, veto)',
    ],
    [
      "a bad variant",
      (rs) => ((rs.operators as Json).le = { kind: "at-most", variant: "steep" }),
      "operators.le.variant: must be one of linear, ratio",
    ],
    [
      "a parameter of another kind",
      (rs) => ((rs.operators as Json).ge = { kind: "at-least", variant: "ratio" }),
      "operators.ge.variant: unknown parameter of at-least",
    ],
    [
      "fractional decimals",
      (rs) => (rs.decimals = 2.5),
      "decimals: must be an integer between 0 and 6",
    ],
    ["an unknown mode", (rs) => (rs.mode = "auto"), "mode: must be one of compute, validate"],
    ["an unknown key", (rs) => (rs.foo = 1), "foo: unknown key"],
    [
      "no grade from 0",
      (rs) => (rs.grades = [{ name: "优", min: 90 }]),
      "grades: must have a grade with min 0, so that every total has a grade",
    ],
    [
      "a bad 不适用 policy",
      (rs) => (rs.notApplicable = "ignore"),
      'notApplicable: must be "rescale", "drop" or { "moveTo": "<level-1 indicator>" }',
    ],
    [
      "an indicator default missing parameters",
      (rs) => (rs.indicatorDefaults = [{ match: "满意度", rule: { kind: "per-unit", points: 1 } }]),
      "indicatorDefaults[0].rule.step: is required for per-unit",
    ],
    [
      "a band as text",
      (rs) => ((rs.qualitativeBands as Json).achieved = "0.8"),
      "qualitativeBands.achieved: must be a number between 0 and 1",
    ],
    [
      "empty budget bands",
      (rs) => ((rs.budget as Json).score = { kind: "bands", bands: [] }),
      "budget.score.bands: must be a non-empty list",
    ],
    [
      "description without English",
      (rs) => delete (rs.description as Json)["en-US"],
      "description.en-US: is required",
    ],
    [
      "over-achievement below 100 %",
      (rs) => (rs.overAchievement = 0.9),
      "overAchievement: must be a number ≥ 1",
    ],
    [
      "cap-total without a cap",
      (rs) =>
        (rs.indicatorDefaults = [{ match: "安全", rule: { kind: "veto", effect: "cap-total" } }]),
      "indicatorDefaults[0].rule.cap: required when effect is cap-total",
    ],
    [
      "a bands rule with a malformed step",
      (rs) =>
        (rs.indicatorDefaults = [
          {
            match: "满意度",
            rule: { kind: "bands", bands: [{ min: 0.9, points: 8, fraction: 1 }] },
          },
        ]),
      "indicatorDefaults[0].rule.bands: must be a non-empty list of { min?, exclusive?, points | fraction }",
    ],
  ];

  test.each(cases)("%s", (_name, breakIt, expected) => {
    const rs = national();
    breakIt(rs);
    expect(validateRuleSet(rs)).toContain(expected);
    expect(schemaErrors(sch, rs).length).toBeGreaterThan(0);
  });

  test("a valid custom rule set passes both", () => {
    const rs = national();
    rs.name = "my-bureau";
    rs.indicatorDefaults = [
      {
        match: "满意度",
        rule: {
          kind: "per-unit",
          points: 1,
          step: 1,
          stepUnit: "pt",
          threshold: 0.9,
          thresholdUnit: "ratio",
        },
      },
      { match: "安全", rule: { kind: "veto", effect: "cap-total", cap: 60 } },
      {
        match: "执行率",
        rule: {
          kind: "bands",
          unit: "ratio",
          bands: [{ min: 0.95, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
        },
      },
    ];
    rs.notApplicable = { moveTo: "产出指标" };
    rs.budget = {
      ...(rs.budget as Json),
      score: { kind: "deduction", threshold: 0.9, perPoint: 0.5 },
    };
    expect(validateRuleSet(rs)).toEqual([]);
    expect(schemaErrors(sch, rs)).toEqual([]);
  });
});

describe("the schema and the rule kinds agree", () => {
  const ruleSpec = (sch.definitions as Json).ruleSpec as Json;

  test("the schema lists exactly the registered kinds", () => {
    expect(((ruleSpec.properties as Json).kind as Json).enum).toEqual(
      listRuleKinds().map((k) => k.name)
    );
  });

  test.each(listRuleKinds().map((k) => [k.name, k]))(
    "%s: the same parameters, the same required ones",
    (name, kind) => {
      const branch = (ruleSpec.allOf as Json[]).find(
        (b) =>
          (((b.if as Json).properties as Json).kind as Json).const === name &&
          !("effect" in ((b.if as Json).properties as Json))
      );
      const then = branch?.then as Json;
      expect(Object.keys(then.properties as Json).sort()).toEqual(
        ["kind", ...Object.keys(kind.params)].sort()
      );
      const required = Object.entries(kind.params)
        .filter(([, p]) => p.required)
        .map(([k]) => k);
      expect(((then.required as string[] | undefined) ?? []).sort()).toEqual(required.sort());
    }
  );
});

describe("loadRuleSet", () => {
  test("a file that extends a preset is merged onto it", () => {
    const r = loadRuleSet(
      {
        extends: "national-2020",
        name: "guangzhou-2021",
        bonusBound: 3,
        budget: { executionLow: 0.85 },
      },
      "guangzhou.json"
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ruleSet.name).toBe("guangzhou-2021");
    expect(r.ruleSet.bonusBound).toBe(3);
    expect(r.ruleSet.budget.executionLow).toBe(0.85);
    expect(r.ruleSet.budget.adjustmentHigh).toBe(0.2); // from the preset
    expect((r.ruleSet as unknown as Json).extends).toBeUndefined();
  });

  test("errors name the source and the path", () => {
    const r = loadRuleSet({ extends: "national-2020", budget: { executionLow: 2 } }, "bad.json");
    expect(r).toEqual({
      ok: false,
      errors: ["bad.json: budget.executionLow: must be a number between 0 and 1"],
    });
    expect(loadRuleSet({ extends: "shanghai" }, "x.json")).toEqual({
      ok: false,
      errors: ["x.json: extends: must be one of national-2020, department-manual"],
    });
    expect(loadRuleSet("not an object", "y.json")).toEqual({
      ok: false,
      errors: ["y.json: (root): must be an object"],
    });
  });
});
