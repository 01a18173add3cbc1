/**
 * The published rule-set schema is generated from the rule kinds' declarations (src/engine/ruleset/schema.ts):
 * the committed file must be what `npm run schema` writes, and the schema and the validator must accept
 * and refuse the same rule sets — every preset, every kind's examples, and broken specs of every kind.
 */

import * as fs from "fs";
import * as path from "path";
import departmentManual from "../../src/engine/ruleset/presets/department-manual.json";
import national2020 from "../../src/engine/ruleset/presets/national-2020.json";
import { listRuleKinds } from "../../src/engine/rules/registry";
import { getPreset, presets } from "../../src/engine/ruleset/presets";
import { ruleSetSchema, ruleSetSchemaText } from "../../src/engine/ruleset/schema";
import { REQUIRED_KEYS, validateRuleSet } from "../../src/engine/ruleset/validate";
import { RULE_SET } from "../../src/engine/ruleset/keys";
import { schemaErrors } from "./helpers/mini-schema";

type Json = Record<string, unknown>;
const FILE = path.join(__dirname, "..", "..", "src", "engine", "ruleset", "ruleset.schema.json");
const schema = ruleSetSchema();

/** national-2020 with one indicator default holding `rule`. */
function withRule(rule: unknown): Json {
  const rs = JSON.parse(JSON.stringify(getPreset("national-2020"))) as Json;
  rs.indicatorDefaults = [{ match: "满意度", rule }];
  return rs;
}

describe("the committed schema is the generated one", () => {
  test("src/engine/ruleset/ruleset.schema.json is what npm run schema writes", () => {
    // on failure: run `npm run schema` and commit the file
    expect(fs.readFileSync(FILE, "utf8")).toBe(ruleSetSchemaText());
  });

  test("its rule kinds are the registered ones, each branch naming that kind's parameters", () => {
    const ruleSpec = (schema.definitions as Json).ruleSpec as Json;
    const names = listRuleKinds().map((k) => k.name);
    expect(((ruleSpec.properties as Json).kind as Json).enum).toEqual(names);
    const perUnit = (ruleSpec.allOf as Json[]).find(
      (b) =>
        JSON.stringify(b.if) === JSON.stringify({ properties: { kind: { const: "per-unit" } } })
    )?.then as Json;
    // per-unit's declaration (kinds/per-unit.ts): points > 0, step > 0, stepUnit required
    expect((perUnit.properties as Json).points).toEqual({ type: "number", exclusiveMinimum: 0 });
    expect(perUnit.required).toEqual(["points", "step", "stepUnit"]);
  });
});

describe("presets: the raw files and the loaded rule sets pass the schema and the validator", () => {
  test.each([
    ["national-2020.json", national2020],
    ["department-manual.json", departmentManual],
    ...Object.entries(presets),
  ] as [string, unknown][])("%s", (_name, rs) => {
    expect(schemaErrors(schema, rs)).toEqual([]);
    expect(validateRuleSet(rs)).toEqual([]);
  });
});

describe("rule specs: accepted by both, or refused by both", () => {
  // the examples of docs/rules.md, as specs
  const good: unknown[] = [
    { kind: "at-least" },
    { kind: "at-least", floor: 0.6, threshold: 0.9, thresholdUnit: "ratio" },
    { kind: "at-most", variant: "ratio" },
    { kind: "equal", above: "pro-rata" },
    { kind: "about", tolerance: 0.05 },
    { kind: "range", low: 0.9, high: 1 },
    { kind: "qualitative", bands: { achieved: [0.8, 1], partial: [0.6, 0.8] } },
    { kind: "binary", op: "le" },
    { kind: "per-unit", points: 0.5, step: 1, stepUnit: "pt" },
    { kind: "per-unit", points: 1, step: 1, stepUnit: "month", direction: "late", maxDeduction: 5 },
    {
      kind: "bands",
      unit: "ratio",
      bands: [{ min: 0.95, fraction: 1 }, { min: 0.9, points: 8 }, { points: 0 }],
    },
    { kind: "floor-target-cap", floor: 0.6 },
    { kind: "growth" },
    { kind: "manual" },
    { kind: "veto", effect: "zero-block", level: 2 },
    { kind: "veto", effect: "cap-total", cap: 60 },
  ];
  test.each(good.map((r) => [JSON.stringify(r), r]))("accepted: %s", (_s, rule) => {
    const rs = withRule(rule);
    expect(validateRuleSet(rs)).toEqual([]);
    expect(schemaErrors(schema, rs)).toEqual([]);
  });

  // each with the validator's message, written by hand from the kind's declaration
  const bad: [unknown, string][] = [
    [{ kind: "at-least", floor: 1 }, "floor: must be a number ≥ 0 and < 1"],
    [{ kind: "at-least", thresholdUnit: "percent" }, "thresholdUnit: must be one of ratio, plain"],
    [{ kind: "at-most", above: "full" }, "above: unknown parameter of at-most"],
    [{ kind: "equal", above: true }, "above: must be one of full, pro-rata"],
    [{ kind: "about", tolerance: 1.5 }, "tolerance: must be a number between 0 and 1"],
    [{ kind: "range", low: "0.9", high: 1 }, "low: must be a number"],
    [
      { kind: "qualitative", bands: { excellent: [0.9, 1] } },
      "bands: must be an object { achieved?, partial?, unmet? } of [low, high] fractions",
    ],
    [{ kind: "binary", op: "gt" }, "op: must be one of ge, le, eq"],
    [{ kind: "per-unit", points: 0, step: 1, stepUnit: "pt" }, "points: must be a number > 0"],
    [{ kind: "per-unit", points: 1, step: 1 }, "stepUnit: is required for per-unit"],
    [
      { kind: "bands", bands: [] },
      "bands: must be a non-empty list of { min?, exclusive?, points | fraction }",
    ],
    [
      { kind: "bands", bands: [{ min: 0.9, points: 8, fraction: 1 }] },
      "bands: must be a non-empty list of { min?, exclusive?, points | fraction }",
    ],
    [{ kind: "bands" }, "bands: is required for bands"],
    [{ kind: "floor-target-cap" }, "floor: is required for floor-target-cap"],
    [{ kind: "growth", floor: 0.5 }, "floor: unknown parameter of growth"],
    [{ kind: "manual", weight: 10 }, "weight: unknown parameter of manual"],
    [{ kind: "veto", effect: "cap-total" }, "cap: required when effect is cap-total"],
    [{ kind: "veto", level: 3 }, "level: must be one of 1, 2"],
  ];
  test.each(bad.map(([r, m]) => [JSON.stringify(r), r, m]))("refused: %s", (_s, rule, message) => {
    const rs = withRule(rule);
    expect(validateRuleSet(rs)).toContain(`indicatorDefaults[0].rule.${message}`);
    expect(schemaErrors(schema, rs).length).toBeGreaterThan(0);
  });

  test("every parameter of every kind: a value of the wrong type is refused by both", () => {
    const checked: string[] = [];
    for (const kind of listRuleKinds())
      for (const [key, info] of Object.entries(kind.params)) {
        const rs = withRule({ kind: kind.name, [key]: { not: "a value" } });
        expect(
          validateRuleSet(rs).some((e) => e.startsWith(`indicatorDefaults[0].rule.${key}: must be`))
        ).toBe(true);
        expect(schemaErrors(schema, rs).length).toBeGreaterThan(0);
        if (info.type) checked.push(`${kind.name}.${key}`);
      }
    expect(checked.length).toBe(
      listRuleKinds().reduce((n, k) => n + Object.keys(k.params).length, 0)
    );
    expect(checked).toContain("per-unit.stepUnit");
  });
});

describe("the rule set's own keys: one declaration (ruleset/keys.ts) makes the schema and the checks", () => {
  const base = (): Json => JSON.parse(JSON.stringify(getPreset("national-2020"))) as Json;

  test("every declared key given a wrong value is refused by both, under its own path", () => {
    const keys = Object.keys(RULE_SET.keys);
    expect(keys).toEqual(Object.keys((schema.properties as Json) ?? {}));
    for (const key of keys) {
      const rs = { ...base(), [key]: { not: "a value" } };
      expect([key, validateRuleSet(rs).some((e) => e.startsWith(`${key}`))]).toEqual([key, true]);
      expect([key, schemaErrors(schema, rs).length > 0]).toEqual([key, true]);
    }
  });

  test("every required key left out is refused by both; the schema's required list is REQUIRED_KEYS", () => {
    expect(schema.required).toEqual(REQUIRED_KEYS);
    for (const key of REQUIRED_KEYS) {
      const rs = base();
      delete rs[key];
      expect(validateRuleSet(rs)).toEqual([`${key}: is required`]);
      expect(schemaErrors(schema, rs).length).toBeGreaterThan(0);
    }
  });

  test("each budget score kind: its own keys pass both, a key of another kind is refused by both", () => {
    const scores: [unknown, string[]][] = [
      [{ kind: "linear" }, []],
      [{ kind: "deduction", threshold: 0.9, perPoint: 0.5 }, []],
      [
        {
          kind: "bands",
          bands: [
            { min: 0.9, points: 10 },
            { min: 0, share: 0.5 },
          ],
        },
        [],
      ],
      [{ kind: "linear", perPoint: 1 }, ["budget.score.perPoint: unknown key"]],
      [{ kind: "deduction", perPoint: 0 }, ["budget.score.perPoint: must be a number > 0"]],
      [
        { kind: "bands", bands: [{ min: 0.9, points: 10, share: 1 }] },
        ["budget.score.bands[0]: needs exactly one of points, share"],
      ],
      [{ kind: "steps" }, ["budget.score.kind: must be one of linear, bands, deduction"]],
    ];
    for (const [score, errors] of scores) {
      const rs = base();
      rs.budget = { ...(rs.budget as Json), score };
      expect(validateRuleSet(rs)).toEqual(errors);
      expect(schemaErrors(schema, rs).length > 0).toBe(errors.length > 0);
    }
  });
});
