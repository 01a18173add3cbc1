// The Run screen's choices: rule set, execution denominator, as-of date, output. The chosen rule set is a
// copy of the preset with the denominator put in; the preset itself is never changed.
import {
  type BudgetDenominator,
  defaultPresetName,
  getPreset,
  presets,
  type RuleSet,
} from "../../engine";
import type { Language } from "../i18n";

export interface RunChoices {
  readonly ruleSetName: string;
  readonly denominator: BudgetDenominator;
  /** Check execution against the calendar at `asOf` (mid-year monitoring); off: as at the year end. */
  readonly asOfEnabled: boolean;
  /** YYYY-MM-DD, as an <input type="date"> gives it. */
  readonly asOf: string;
  readonly formulas: boolean;
  readonly fillScores: boolean;
}

export const DENOMINATORS: readonly BudgetDenominator[] = ["adjusted", "initial", "available"];

export type ChoicesAction =
  | { readonly type: "ruleSet"; readonly name: string }
  | { readonly type: "denominator"; readonly value: BudgetDenominator }
  | { readonly type: "asOfEnabled"; readonly value: boolean }
  | { readonly type: "asOf"; readonly value: string }
  | { readonly type: "formulas"; readonly value: boolean }
  | { readonly type: "fillScores"; readonly value: boolean };

/** Today in the user's time zone, YYYY-MM-DD. */
export function todayIso(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function presetOrDefault(name: string): RuleSet {
  return getPreset(name) ?? (getPreset(defaultPresetName) as RuleSet);
}

export function defaultChoices(today: string): RunChoices {
  return {
    ruleSetName: defaultPresetName,
    denominator: presetOrDefault(defaultPresetName).budget.denominator,
    asOfEnabled: false,
    asOf: today,
    formulas: false,
    fillScores: false,
  };
}

export function choicesReducer(state: RunChoices, action: ChoicesAction): RunChoices {
  switch (action.type) {
    case "ruleSet": {
      const preset = getPreset(action.name);
      // A rule set brings its own denominator; the user can still change it afterwards.
      return preset
        ? { ...state, ruleSetName: action.name, denominator: preset.budget.denominator }
        : state;
    }
    case "denominator":
      return { ...state, denominator: action.value };
    case "asOfEnabled":
      return { ...state, asOfEnabled: action.value };
    case "asOf":
      return { ...state, asOf: action.value };
    case "formulas":
      return { ...state, formulas: action.value };
    case "fillScores":
      return { ...state, fillScores: action.value };
  }
}

export interface PresetOption {
  readonly name: string;
  readonly description: string;
}

export function presetOptions(language: Language): PresetOption[] {
  return Object.values(presets).map((p) => ({
    name: p.name,
    description: p.description[language],
  }));
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    date.getUTCFullYear() === Number(m[1]) &&
    date.getUTCMonth() === Number(m[2]) - 1 &&
    date.getUTCDate() === Number(m[3])
  );
}

/** The as-of date to run with: undefined at the year end; null when the date typed is not a date. */
export function asOfFor(choices: RunChoices): string | undefined | null {
  if (!choices.asOfEnabled) return undefined;
  return isIsoDate(choices.asOf) ? choices.asOf : null;
}

/** The rule set to run with: a copy of the preset with the chosen denominator (the preset is not touched). */
export function ruleSetFor(choices: RunChoices): RuleSet {
  const preset = presetOrDefault(choices.ruleSetName);
  return { ...preset, budget: { ...preset.budget, denominator: choices.denominator } };
}
