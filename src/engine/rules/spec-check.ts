/**
 * A rule spec against its kind's declared parameters (type, range, required, unknown keys) and the
 * kind's own cross-parameter checks: `checkSpec` checks it (for the rule-set validator and for DSL/JSON
 * rules in a 评分标准 cell, so both accept the same specs), `specSchemas` writes the same declarations
 * as the JSON Schema that ruleset.schema.json publishes.
 */

import { describeParam, fitsParam, paramDefinitions, paramSchema } from "./param-types";
import type { RuleSpec } from "./types";
import { getRuleKind, listRuleKinds } from "./registry";

/** Problems with a spec, each "path: problem" with `path` the spec's own JSON path prefix. */
export function checkSpec(spec: unknown, path: string): string[] {
  const at = (key: string): string => (path ? `${path}.${key}` : key);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec))
    return [`${path || "(rule)"}: must be an object with a kind`];
  const o = spec as Record<string, unknown>;
  if (typeof o.kind !== "string") return [`${at("kind")}: is required and must be a string`];
  const kind = getRuleKind(o.kind);
  if (!kind)
    return [
      `${at("kind")}: unknown rule kind "${o.kind}" (known: ${listRuleKinds()
        .map((k) => k.name)
        .join(", ")})`,
    ];
  const errors: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === "kind") continue;
    const info = kind.params[key];
    if (!info) errors.push(`${at(key)}: unknown parameter of ${kind.name}`);
    else if (info.type && !fitsParam(info.type, value))
      errors.push(`${at(key)}: ${describeParam(info.type)}`);
  }
  for (const [key, info] of Object.entries(kind.params)) {
    if (info.required && o[key] === undefined)
      errors.push(`${at(key)}: is required for ${kind.name}`);
  }
  if (errors.length > 0) return errors;
  for (const [key, info] of Object.entries(kind.params)) {
    const when = info.requiredWhen;
    if (when && o[when.param] === when.equals && o[key] === undefined)
      errors.push(`${at(key)}: required when ${when.param} is ${when.equals}`);
  }
  if (errors.length === 0 && kind.validate) {
    for (const e of kind.validate(o as RuleSpec)) errors.push(path ? `${path}.${e}` : e);
  }
  return errors;
}

type Schema = Record<string, unknown>;

/**
 * The JSON Schema definitions of a rule spec, from the registered kinds: `ruleSpec` (one if/then branch
 * per kind with its parameters, one per conditional requirement) and the shared parameter types. What a
 * schema cannot say (a kind's `validate`, low ≤ high within a band) is left to checkSpec.
 */
export function specSchemas(): Record<string, Schema> {
  const kinds = listRuleKinds();
  const branches: Schema[] = kinds.map((kind) => {
    const properties: Schema = { kind: { const: kind.name } };
    for (const [key, info] of Object.entries(kind.params))
      if (info.type) properties[key] = paramSchema(info.type);
    const then: Schema = { properties, additionalProperties: false };
    const required = Object.keys(kind.params).filter((key) => kind.params[key].required);
    if (required.length > 0) then.required = required;
    return { if: { properties: { kind: { const: kind.name } } }, then };
  });
  for (const kind of kinds)
    for (const [key, info] of Object.entries(kind.params)) {
      const when = info.requiredWhen;
      if (!when) continue;
      branches.push({
        if: {
          properties: { kind: { const: kind.name }, [when.param]: { const: when.equals } },
          required: [when.param],
        },
        then: { required: [key] },
      });
    }
  const ruleSpec: Schema = {
    type: "object",
    required: ["kind"],
    properties: { kind: { enum: kinds.map((k) => k.name) } },
    allOf: branches,
  };
  return { ruleSpec, ...paramDefinitions };
}
