/**
 * The published JSON Schema of a rule set (ruleset.schema.json, draft-07), for people who write their
 * own rule sets. The rule specs in it are generated from the rule kinds' parameter declarations
 * (rules/spec-check.ts `specSchemas`); the rest from the declarations of the rule set's own keys (keys.ts),
 * which validate.ts checks with. `npm run schema` writes the file from here, and a test holds the committed file to it.
 */

import { DEFINITIONS, RULE_SET } from "./keys";
import { schemaOf } from "./shape";
import { specSchemas } from "../rules/spec-check";

type Schema = Record<string, unknown>;

/** The whole schema, as published. */
export function ruleSetSchema(): Schema {
  const { type, additionalProperties, required, properties } = schemaOf(RULE_SET);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://jixiao.local/ruleset.schema.json",
    title: "Jixiao rule set",
    description:
      "Every regional parameter of scoring (docs/rules.md). The schema describes a complete rule set; a file that uses `extends` is checked after it is merged onto its preset.",
    type,
    additionalProperties,
    required,
    properties,
    definitions: { ...specSchemas(), budgetScore: schemaOf(DEFINITIONS.budgetScore) },
  };
}

/** The schema as the committed file holds it: two-space JSON and a final newline. */
export function ruleSetSchemaText(): string {
  return `${JSON.stringify(ruleSetSchema(), null, 2)}\n`;
}
