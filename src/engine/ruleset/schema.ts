/**
 * The published JSON Schema of a rule set (ruleset.schema.json, draft-07), for people who write their
 * own rule sets. The rule specs in it are generated from the rule kinds' parameter declarations
 * (rules/spec-check.ts `specSchemas`); the rest describes the rule set's own keys, which validate.ts
 * checks. `npm run schema` writes the file from here, and a test holds the committed file to it.
 */

import { presetNames, REQUIRED_KEYS } from "./validate";
import { specSchemas } from "../rules/spec-check";

type Schema = Record<string, unknown>;

/** How the budget execution score is computed (budget.score): linear, bands or deduction. */
const budgetScore: Schema = {
  type: "object",
  required: ["kind"],
  properties: {
    kind: {
      enum: ["linear", "bands", "deduction"],
    },
  },
  allOf: [
    {
      if: {
        properties: {
          kind: {
            const: "linear",
          },
        },
      },
      then: {
        properties: {
          kind: {
            const: "linear",
          },
        },
        additionalProperties: false,
      },
    },
    {
      if: {
        properties: {
          kind: {
            const: "bands",
          },
        },
      },
      then: {
        properties: {
          kind: {
            const: "bands",
          },
          bands: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["min"],
              properties: {
                min: {
                  type: "number",
                  minimum: 0,
                  maximum: 1,
                },
                points: {
                  type: "number",
                  minimum: 0,
                },
                share: {
                  type: "number",
                  minimum: 0,
                  maximum: 1,
                },
              },
              oneOf: [
                {
                  required: ["points"],
                },
                {
                  required: ["share"],
                },
              ],
            },
          },
        },
        required: ["bands"],
        additionalProperties: false,
      },
    },
    {
      if: {
        properties: {
          kind: {
            const: "deduction",
          },
        },
      },
      then: {
        properties: {
          kind: {
            const: "deduction",
          },
          threshold: {
            type: "number",
            minimum: 0,
            maximum: 1,
          },
          perPoint: {
            type: "number",
            exclusiveMinimum: 0,
          },
        },
        required: ["perPoint"],
        additionalProperties: false,
      },
    },
  ],
};

/** The whole schema, as published. */
export function ruleSetSchema(): Schema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://jixiao.local/ruleset.schema.json",
    title: "Jixiao rule set",
    description:
      "Every regional parameter of scoring (docs/rules.md). The schema describes a complete rule set; a file that uses `extends` is checked after it is merged onto its preset.",
    type: "object",
    additionalProperties: false,
    required: [...REQUIRED_KEYS],
    properties: {
      $schema: {
        type: "string",
      },
      extends: { enum: [...presetNames] },
      name: {
        type: "string",
        minLength: 1,
      },
      description: {
        type: "object",
        additionalProperties: false,
        required: ["zh-CN", "en-US"],
        properties: {
          "zh-CN": {
            type: "string",
          },
          "en-US": {
            type: "string",
          },
        },
      },
      mode: {
        enum: ["compute", "validate"],
      },
      operators: {
        type: "object",
        additionalProperties: false,
        required: ["ge", "le", "eq", "about"],
        properties: {
          ge: {
            $ref: "#/definitions/ruleSpec",
          },
          le: {
            $ref: "#/definitions/ruleSpec",
          },
          eq: {
            $ref: "#/definitions/ruleSpec",
          },
          about: {
            $ref: "#/definitions/ruleSpec",
          },
        },
      },
      indicatorDefaults: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["match", "rule"],
          properties: {
            match: {
              type: "string",
              minLength: 1,
            },
            rule: {
              $ref: "#/definitions/ruleSpec",
            },
          },
        },
      },
      qualitativeBands: {
        type: "object",
        additionalProperties: false,
        required: ["achieved", "partial"],
        properties: {
          achieved: {
            type: "number",
            minimum: 0,
            maximum: 1,
          },
          partial: {
            type: "number",
            minimum: 0,
            maximum: 1,
          },
        },
      },
      overAchievement: {
        type: "number",
        minimum: 1,
      },
      scoreTolerance: {
        type: "number",
        minimum: 0,
      },
      moneyTolerance: {
        type: "number",
        minimum: 0,
      },
      decimals: {
        type: "integer",
        minimum: 0,
        maximum: 6,
      },
      grades: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          additionalProperties: false,
          required: ["name", "min"],
          properties: {
            name: {
              type: "string",
              minLength: 1,
            },
            min: {
              type: "number",
              minimum: 0,
              maximum: 100,
            },
            aliases: {
              type: "array",
              items: {
                type: "string",
                minLength: 1,
              },
            },
          },
        },
        contains: {
          properties: {
            min: {
              const: 0,
            },
          },
        },
      },
      bonusBound: {
        type: "number",
        minimum: 0,
      },
      scale: {
        description:
          "The points a full table makes up (default 100); a grade is given only when the scored weights reach it.",
        type: "number",
        minimum: 1,
      },
      notApplicable: {
        oneOf: [
          {
            enum: ["rescale", "drop"],
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["moveTo"],
            properties: {
              moveTo: {
                type: "string",
                minLength: 1,
              },
            },
          },
        ],
      },
      weightScheme: {
        enum: ["auto", "additive", "nested"],
      },
      budget: {
        type: "object",
        additionalProperties: false,
        required: ["denominator", "executionLow", "adjustmentHigh", "calendarLag", "score"],
        properties: {
          denominator: {
            enum: ["adjusted", "initial", "available"],
          },
          executionLow: {
            type: "number",
            minimum: 0,
            maximum: 1,
          },
          adjustmentHigh: {
            type: "number",
            minimum: 0,
          },
          calendarLag: {
            type: "number",
            minimum: 0,
            maximum: 1,
          },
          score: {
            $ref: "#/definitions/budgetScore",
          },
        },
      },
    },
    definitions: { ...specSchemas(), budgetScore },
  };
}

/** The schema as the committed file holds it: two-space JSON and a final newline. */
export function ruleSetSchemaText(): string {
  return `${JSON.stringify(ruleSetSchema(), null, 2)}\n`;
}
