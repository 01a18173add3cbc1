/** The built-in rule sets (JSON under version control, checked on first use). */

import departmentManual from "./presets/department-manual.json";
import national2020 from "./presets/national-2020.json";
import type { RuleSet } from "./types";
import { loadRuleSetWith, presetNames, type LoadResult } from "./validate";

const presetJson: Record<string, unknown> = {
  "national-2020": national2020,
  "department-manual": departmentManual,
};

function rawPreset(name: string): unknown {
  return presetJson[name];
}

/** Rule sets by name. A preset that fails validation is a bug: it throws. */
export const presets: Readonly<Record<string, RuleSet>> = Object.freeze(
  Object.fromEntries(
    presetNames.map((name) => {
      const r = loadRuleSetWith(rawPreset(name), `${name}.json`, rawPreset);
      if (!r.ok) throw new Error(r.errors.join("\n"));
      return [name, r.ruleSet];
    })
  )
);

export const defaultPresetName = "national-2020";

export function getPreset(name: string): RuleSet | undefined {
  return presets[name];
}

/** A rule set from JSON (a file, or a rules sheet of the workbook); `extends` may name a preset. */
export function loadRuleSet(json: unknown, source: string): LoadResult {
  return loadRuleSetWith(json, source, rawPreset);
}
