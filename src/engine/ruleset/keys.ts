/**
 * A rule set's own keys, each with its shape, declared once (shape.ts): the published schema (schema.ts) and
 * the validator (validate.ts) are both made from these declarations. docs/rules.md says what each key means.
 */

import type { Definitions, ObjectShape, Shape } from "./shape";

/** Names a rule-set file may extend (kept here so the validator needs no import of the presets). */
export const presetNames = ["national-2020", "department-manual"] as const;

const fraction: Shape = { t: "number", min: 0, max: 1 };
const ruleSpec: Shape = { t: "ref", name: "ruleSpec" };

/** How the budget execution score is computed (budget.score): linear, bands or deduction. */
const budgetScore: Shape = {
  t: "kinds",
  variants: {
    linear: { t: "object", keys: {}, required: [] },
    bands: {
      t: "object",
      keys: {
        bands: {
          t: "array",
          nonEmpty: true,
          items: {
            t: "object",
            keys: { min: fraction, points: { t: "number", min: 0 }, share: fraction },
            required: ["min"],
            exactlyOne: ["points", "share"],
          },
        },
      },
      required: ["bands"],
    },
    deduction: {
      t: "object",
      keys: { threshold: fraction, perPoint: { t: "number", above: 0 } },
      required: ["perPoint"],
    },
  },
};

export const DEFINITIONS: Definitions = { budgetScore };

/** Whether a key must be in every complete rule set. */
type Key = { readonly shape: Shape; readonly required: boolean };

const KEYS: Readonly<Record<string, Key>> = {
  $schema: { required: false, shape: { t: "string" } },
  extends: { required: false, shape: { t: "enum", values: presetNames } },
  name: { required: true, shape: { t: "string", nonEmpty: true } },
  description: {
    required: true,
    shape: {
      t: "object",
      keys: { "zh-CN": { t: "string" }, "en-US": { t: "string" } },
      required: ["zh-CN", "en-US"],
    },
  },
  mode: { required: true, shape: { t: "enum", values: ["compute", "validate"] } },
  operators: {
    required: true,
    shape: {
      t: "object",
      keys: { ge: ruleSpec, le: ruleSpec, eq: ruleSpec, about: ruleSpec },
      required: ["ge", "le", "eq", "about"],
    },
  },
  indicatorDefaults: {
    required: true,
    shape: {
      t: "array",
      items: {
        t: "object",
        keys: { match: { t: "string", nonEmpty: true }, rule: ruleSpec },
        required: ["match", "rule"],
      },
    },
  },
  qualitativeBands: {
    required: true,
    shape: {
      t: "object",
      keys: { achieved: fraction, partial: fraction },
      required: ["achieved", "partial"],
      refine({ achieved: a, partial: p }, fail) {
        if (Number.isFinite(a) && Number.isFinite(p) && (p as number) > (a as number))
          fail("partial", "must not be above achieved");
      },
    },
  },
  overAchievement: { required: true, shape: { t: "number", min: 1 } },
  scoreTolerance: { required: true, shape: { t: "number", min: 0 } },
  moneyTolerance: { required: true, shape: { t: "number", min: 0 } },
  decimals: { required: true, shape: { t: "number", min: 0, max: 6, integer: true } },
  grades: {
    required: true,
    shape: {
      t: "array",
      nonEmpty: true,
      items: {
        t: "object",
        keys: {
          name: { t: "string", nonEmpty: true },
          min: { t: "number", min: 0, max: 100 },
          aliases: {
            t: "array",
            items: { t: "string", nonEmpty: true },
            wholeMessage: "must be a list of non-empty strings",
          },
        },
        required: ["name", "min"],
      },
      contains: {
        key: "min",
        value: 0,
        message: "must have a grade with min 0, so that every total has a grade",
      },
    },
  },
  bonusBound: { required: true, shape: { t: "number", min: 0 } },
  scale: {
    required: false,
    shape: {
      t: "number",
      min: 1,
      doc: "The points a full table makes up (default 100); a grade is given only when the scored weights reach it.",
    },
  },
  notApplicable: {
    required: true,
    shape: {
      t: "anyOf",
      shapes: [
        { t: "enum", values: ["rescale", "drop"] },
        { t: "object", keys: { moveTo: { t: "string", nonEmpty: true } }, required: ["moveTo"] },
      ],
      message: 'must be "rescale", "drop" or { "moveTo": "<level-1 indicator>" }',
    },
  },
  weightScheme: { required: false, shape: { t: "enum", values: ["auto", "additive", "nested"] } },
  budget: {
    required: true,
    shape: {
      t: "object",
      keys: {
        denominator: { t: "enum", values: ["adjusted", "initial", "available"] },
        executionLow: fraction,
        adjustmentHigh: { t: "number", min: 0 },
        calendarLag: fraction,
        score: { t: "ref", name: "budgetScore" },
      },
      required: ["denominator", "executionLow", "adjustmentHigh", "calendarLag", "score"],
    },
  },
};

/** The keys every complete rule set has (the published schema's `required`). */
export const REQUIRED_KEYS: readonly string[] = Object.keys(KEYS).filter((k) => KEYS[k].required);

/** A whole rule set, as one object shape. */
export const RULE_SET: ObjectShape = {
  t: "object",
  keys: Object.fromEntries(Object.entries(KEYS).map(([k, key]) => [k, key.shape])),
  required: REQUIRED_KEYS,
};
