/**
 * The parameter types of rule kinds (`ParamType` in types.ts), each with its three facets: whether a
 * value fits, the problem a wrong value is reported with, and its JSON Schema (draft-07) for the
 * published ruleset.schema.json. spec-check.ts checks specs with the first two; ruleset/schema.ts
 * builds the schema with the third.
 */

import type { ParamType } from "./types";

type Schema = Record<string, unknown>;

/** The problem a value of the wrong type is reported with. */
export function describeParam(t: ParamType): string {
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

/** Whether a value fits its declared type. */
export function fitsParam(t: ParamType, v: unknown): boolean {
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

/** One step of a `bands` rule: { min?, exclusive?, points | fraction } (what fitsParam checks). */
const bandSchema: Schema = {
  type: "object",
  additionalProperties: false,
  properties: {
    min: { type: "number" },
    exclusive: { type: "boolean" },
    points: { type: "number", minimum: 0 },
    fraction: { type: "number", minimum: 0, maximum: 1 },
  },
  oneOf: [{ required: ["points"] }, { required: ["fraction"] }],
};

const fractionPair: Schema = {
  type: "array",
  minItems: 2,
  maxItems: 2,
  items: { type: "number", minimum: 0, maximum: 1 },
};

/** The score band per grade of a `qualitative` rule (low ≤ high is checked by fitsParam only). */
const qualitativeBandsSchema: Schema = {
  type: "object",
  additionalProperties: false,
  properties: { achieved: fractionPair, partial: fractionPair, unmet: fractionPair },
};

/** The shared definitions the parameter schemas refer to, by name under `#/definitions/`. */
export const paramDefinitions: Readonly<Record<string, Schema>> = {
  band: bandSchema,
  qualitativeBands: qualitativeBandsSchema,
};

/** The JSON Schema of a parameter's value. */
export function paramSchema(t: ParamType): Schema {
  switch (t.type) {
    case "number": {
      const s: Schema = { type: "number" };
      if (t.min !== undefined) s[t.exclusiveMin ? "exclusiveMinimum" : "minimum"] = t.min;
      if (t.max !== undefined) s[t.exclusiveMax ? "exclusiveMaximum" : "maximum"] = t.max;
      return s;
    }
    case "enum":
      return { enum: [...t.values] };
    case "boolean":
      return { type: "boolean" };
    case "bands":
      return { type: "array", minItems: 1, items: { $ref: "#/definitions/band" } };
    case "qualitativeBands":
      return { $ref: "#/definitions/qualitativeBands" };
  }
}
