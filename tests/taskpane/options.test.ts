import { getPreset, presets } from "../../src/engine/ruleset";
import {
  asOfFor,
  choicesReducer,
  defaultChoices,
  isIsoDate,
  presetOptions,
  ruleSetFor,
  todayIso,
  type RunChoices,
} from "../../src/taskpane/state/options";

const today = "2026-03-15";

describe("run choices", () => {
  test("default: the national preset, its denominator, year end, no formulas, no filling", () => {
    expect(defaultChoices(today)).toEqual({
      ruleSetName: "national-2020",
      denominator: "adjusted",
      asOfEnabled: false,
      asOf: today,
      formulas: false,
      fillScores: false,
    });
  });

  test("todayIso is the local calendar date", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  test("choosing a rule set takes its denominator; an unknown rule set is ignored", () => {
    let state: RunChoices = choicesReducer(defaultChoices(today), {
      type: "denominator",
      value: "available",
    });
    expect(state.denominator).toBe("available");
    state = choicesReducer(state, { type: "ruleSet", name: "department-manual" });
    expect(state).toMatchObject({ ruleSetName: "department-manual", denominator: "adjusted" });
    expect(choicesReducer(state, { type: "ruleSet", name: "no-such" })).toBe(state);
    state = choicesReducer(state, { type: "formulas", value: true });
    state = choicesReducer(state, { type: "fillScores", value: true });
    state = choicesReducer(state, { type: "asOfEnabled", value: true });
    state = choicesReducer(state, { type: "asOf", value: "2026-06-30" });
    expect(state).toMatchObject({
      formulas: true,
      fillScores: true,
      asOfEnabled: true,
      asOf: "2026-06-30",
    });
  });

  test("the as-of date counts only when ticked, and must be a real date", () => {
    const base = defaultChoices(today);
    expect(asOfFor(base)).toBeUndefined();
    expect(asOfFor({ ...base, asOfEnabled: true })).toBe(today);
    expect(asOfFor({ ...base, asOfEnabled: true, asOf: "" })).toBeNull();
    expect(asOfFor({ ...base, asOfEnabled: true, asOf: "2026-02-29" })).toBeNull();
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2024-2-9")).toBe(false);
  });

  test("the rule set is a copy of the preset with the chosen denominator; the preset is not changed", () => {
    const before = JSON.stringify(presets);
    const preset = getPreset("national-2020");
    const ruleSet = ruleSetFor({ ...defaultChoices(today), denominator: "initial" });
    expect(ruleSet.budget.denominator).toBe("initial");
    expect(ruleSet).not.toBe(preset);
    expect(ruleSet.budget).not.toBe(preset?.budget);
    expect(preset?.budget.denominator).toBe("adjusted");
    expect(JSON.stringify(presets)).toBe(before);
    expect({ ...ruleSet, budget: { ...ruleSet.budget, denominator: "adjusted" } }).toEqual(preset);
  });

  test("every preset is offered, described in the user's language", () => {
    const zh = presetOptions("zh-CN");
    expect(zh.map((p) => p.name)).toEqual(Object.keys(presets));
    expect(zh[0]?.description).toMatch(/全国项目支出/);
    expect(presetOptions("en-US")[0]?.description).toMatch(/National project/);
  });
});
