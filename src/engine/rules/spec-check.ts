/**
 * Checks a rule spec against its kind's declared parameters (type, range, required, unknown keys)
 * and the kind's own cross-parameter checks. Used by the rule-set validator and by the criterion
 * parser for DSL/JSON rules, so both accept exactly the same specs.
 */

import type { ParamType, RuleSpec } from "./types";
import { getRuleKind, listRuleKinds } from "./registry";

function describe(t: ParamType): string {
  switch (t.type) {
    case "number": {
      const lo = t.min !== undefined ? `${t.exclusiveMin ? ">" : "≥"} ${t.min}` : "";
      const hi = t.max !== undefined ? `${t.exclusiveMax ? "<" : "≤"} ${t.max}` : "";
      if (t.min !== undefined && t.max !== undefined && !t.exclusiveMin && !t.exclusiveMax)
        return `must be a number between ${t.min} and ${t.max}`;
      return `must be a number${lo || hi ? ` ${[lo, hi].filter(Boolean).join(" and ")}` : ""}`;
    }
    case "enum":
      return `must be one of ${t.values.join(", ")}`;
    case "boolean":
      return "must be true or false";
    case "bands":
      return "must be a non-empty list of { min?, exclusive?, points | fraction }";
    case "qualitativeBands":
      return "must be an object { achieved?, partial?, unmet? } of [low, high] fractions";
  }
}

function isFraction(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;
}

function fits(t: ParamType, v: unknown): boolean {
  switch (t.type) {
    case "number":
      if (typeof v !== "number" || !Number.isFinite(v)) return false;
      if (t.min !== undefined && (t.exclusiveMin ? v <= t.min : v < t.min)) return false;
      if (t.max !== undefined && (t.exclusiveMax ? v >= t.max : v > t.max)) return false;
      return true;
    case "enum":
      return (t.values as readonly unknown[]).includes(v);
    case "boolean":
      return typeof v === "boolean";
    case "bands":
      return (
        Array.isArray(v) &&
        v.length > 0 &&
        v.every((b: unknown) => {
          if (typeof b !== "object" || b === null || Array.isArray(b)) return false;
          const o = b as Record<string, unknown>;
          if (
            Object.keys(o).some(
              (k) => k !== "min" && k !== "exclusive" && k !== "points" && k !== "fraction"
            )
          )
            return false;
          if (o.min !== undefined && (typeof o.min !== "number" || !Number.isFinite(o.min)))
            return false;
          if (o.exclusive !== undefined && typeof o.exclusive !== "boolean") return false;
          const hasPoints = o.points !== undefined;
          const hasFraction = o.fraction !== undefined;
          if (hasPoints === hasFraction) return false;
          return hasPoints
            ? typeof o.points === "number" && Number.isFinite(o.points) && o.points >= 0
            : isFraction(o.fraction);
        })
      );
    case "qualitativeBands": {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
      return Object.entries(v as Record<string, unknown>).every(
        ([k, pair]) =>
          (k === "achieved" || k === "partial" || k === "unmet") &&
          Array.isArray(pair) &&
          pair.length === 2 &&
          isFraction(pair[0]) &&
          isFraction(pair[1]) &&
          pair[0] <= pair[1]
      );
    }
  }
}

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
    else if (info.type && !fits(info.type, value))
      errors.push(`${at(key)}: ${describe(info.type)}`);
  }
  for (const [key, info] of Object.entries(kind.params)) {
    if (info.required && o[key] === undefined)
      errors.push(`${at(key)}: is required for ${kind.name}`);
  }
  if (errors.length === 0 && kind.validate) {
    for (const e of kind.validate(o as RuleSpec)) errors.push(path ? `${path}.${e}` : e);
  }
  return errors;
}
