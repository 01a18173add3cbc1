/**
 * A small declaration of JSON shapes, enough for a rule set's own keys: each key's shape is written once and
 * both the published JSON Schema (`schemaOf`) and the validator's messages (`checkShape`) come from it. Rule
 * specs are the rule kinds' (rules/spec-check.ts); a shape refers to them by `ref`.
 */

import { checkSpec } from "../rules/spec-check";

type Schema = Record<string, unknown>;
type Obj = Record<string, unknown>;

export type Shape =
  /** A text; `nonEmpty` also refuses "". */
  | { readonly t: "string"; readonly nonEmpty?: boolean }
  /** A finite number within bounds; `above` is an exclusive lower bound. */
  | {
      readonly t: "number";
      readonly min?: number;
      readonly max?: number;
      readonly above?: number;
      readonly integer?: boolean;
      readonly doc?: string;
    }
  | { readonly t: "enum"; readonly values: readonly string[] }
  | ObjectShape
  | {
      readonly t: "array";
      readonly items: Shape;
      readonly nonEmpty?: boolean;
      /** Judged whole: any wrong item is this one message on the list. */
      readonly wholeMessage?: string;
      /** Some item must have this key at this value (schema `contains`), else the message. */
      readonly contains?: {
        readonly key: string;
        readonly value: unknown;
        readonly message: string;
      };
    }
  /** Any of the shapes; else the one message. */
  | { readonly t: "anyOf"; readonly shapes: readonly Shape[]; readonly message: string }
  /** An object whose `kind` picks its shape among the variants. */
  | { readonly t: "kinds"; readonly variants: Readonly<Record<string, ObjectShape>> }
  /** A rule spec (rules/spec-check.ts), or another definition of the schema by name. */
  | { readonly t: "ref"; readonly name: "ruleSpec" | "budgetScore" };

export interface ObjectShape {
  readonly t: "object";
  /** Each key and its shape, in order: the order of the schema and of the checks. */
  readonly keys: Readonly<Record<string, Shape>>;
  readonly required: readonly string[];
  /** Exactly one of these keys must be given (schema `oneOf` of `required`). */
  readonly exactlyOne?: readonly string[];
  /** What a schema cannot say, checked after the keys: `fail(key, problem)`. */
  readonly refine?: (o: Obj, fail: (key: string, problem: string) => void) => void;
}

/** The definitions a `ref` names, other than the rule specs. */
export type Definitions = { readonly budgetScore: Shape };

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

// ---- the schema ----

function numberSchema(s: Extract<Shape, { t: "number" }>): Schema {
  const out: Schema = {};
  if (s.doc !== undefined) out.description = s.doc;
  out.type = s.integer ? "integer" : "number";
  if (s.min !== undefined) out.minimum = s.min;
  if (s.max !== undefined) out.maximum = s.max;
  if (s.above !== undefined) out.exclusiveMinimum = s.above;
  return out;
}

function propertiesOf(keys: Readonly<Record<string, Shape>>): Schema {
  const properties: Schema = {};
  for (const [key, shape] of Object.entries(keys)) properties[key] = schemaOf(shape);
  return properties;
}

export function schemaOf(shape: Shape): Schema {
  switch (shape.t) {
    case "string":
      return shape.nonEmpty ? { type: "string", minLength: 1 } : { type: "string" };
    case "number":
      return numberSchema(shape);
    case "enum":
      return { enum: [...shape.values] };
    case "object": {
      const out: Schema = { type: "object", additionalProperties: false };
      if (shape.required.length > 0) out.required = [...shape.required];
      out.properties = propertiesOf(shape.keys);
      if (shape.exactlyOne) out.oneOf = shape.exactlyOne.map((key) => ({ required: [key] }));
      return out;
    }
    case "array": {
      const out: Schema = { type: "array" };
      if (shape.nonEmpty) out.minItems = 1;
      out.items = schemaOf(shape.items);
      if (shape.contains)
        out.contains = {
          properties: { [shape.contains.key]: { const: shape.contains.value } },
        };
      return out;
    }
    case "anyOf":
      return { oneOf: shape.shapes.map(schemaOf) };
    case "kinds": {
      const names = Object.keys(shape.variants);
      return {
        type: "object",
        required: ["kind"],
        properties: { kind: { enum: names } },
        allOf: names.map((name) => {
          const variant = shape.variants[name];
          const then: Schema = {
            properties: { kind: { const: name }, ...propertiesOf(variant.keys) },
          };
          if (variant.required.length > 0) then.required = [...variant.required];
          then.additionalProperties = false;
          return { if: { properties: { kind: { const: name } } }, then };
        }),
      };
    }
    case "ref":
      return { $ref: `#/definitions/${shape.name}` };
  }
}

// ---- the checks ----

/** Collects "path: problem" messages; every check leaves an absent value (undefined) alone. */
export class ShapeChecker {
  readonly errors: string[] = [];

  constructor(private readonly definitions: Definitions) {}

  fail(path: string, problem: string): void {
    this.errors.push(`${path}: ${problem}`);
  }

  check(shape: Shape, v: unknown, path: string): void {
    if (v === undefined) return;
    switch (shape.t) {
      case "string":
        if (shape.nonEmpty ? typeof v !== "string" || v.length === 0 : typeof v !== "string")
          this.fail(path, shape.nonEmpty ? "must be a non-empty string" : "must be a string");
        return;
      case "number":
        return this.number(shape, v, path);
      case "enum":
        if (!shape.values.includes(v as string))
          this.fail(path, `must be one of ${shape.values.join(", ")}`);
        return;
      case "object":
        if (!isObj(v)) return this.fail(path, "must be an object");
        return this.object(shape, v, path, []);
      case "array":
        return this.array(shape, v, path);
      case "anyOf":
        if (!shape.shapes.some((s) => this.quietly(s, v))) this.fail(path, shape.message);
        return;
      case "kinds": {
        if (!isObj(v)) return this.fail(path, "must be an object");
        const variant = Object.prototype.hasOwnProperty.call(shape.variants, String(v.kind))
          ? shape.variants[String(v.kind)]
          : undefined;
        if (!variant)
          return this.fail(
            `${path}.kind`,
            `must be one of ${Object.keys(shape.variants).join(", ")}`
          );
        return this.object(variant, v, path, ["kind"]);
      }
      case "ref":
        if (shape.name === "ruleSpec") this.errors.push(...checkSpec(v, path));
        else this.check(this.definitions[shape.name], v, path);
        return;
    }
  }

  /** An object: required keys, unknown keys, then each key's shape, then what the schema cannot say. */
  object(shape: ObjectShape, o: Obj, path: string, alsoKnown: readonly string[]): void {
    const at = (k: string): string => (path ? `${path}.${k}` : k);
    for (const k of [...alsoKnown, ...shape.required])
      if (o[k] === undefined) this.fail(at(k), "is required");
    for (const k of Object.keys(o))
      if (!alsoKnown.includes(k) && !Object.prototype.hasOwnProperty.call(shape.keys, k))
        this.fail(at(k), "unknown key");
    for (const [k, s] of Object.entries(shape.keys)) this.check(s, o[k], at(k));
    if (shape.exactlyOne && shape.exactlyOne.filter((k) => o[k] !== undefined).length !== 1)
      this.fail(path, `needs exactly one of ${shape.exactlyOne.join(", ")}`);
    shape.refine?.(o, (k, problem) => this.fail(at(k), problem));
  }

  private number(shape: Extract<Shape, { t: "number" }>, v: unknown, path: string): void {
    const { min, max, above, integer } = shape;
    const ok =
      isNum(v) &&
      (min === undefined || v >= min) &&
      (max === undefined || v <= max) &&
      (above === undefined || v > above) &&
      (!integer || Number.isInteger(v));
    if (ok) return;
    const what = integer ? "an integer" : "a number";
    if (above !== undefined) this.fail(path, `must be ${what} > ${above}`);
    else if (min !== undefined && max !== undefined)
      this.fail(path, `must be ${what} between ${min} and ${max}`);
    else if (min !== undefined) this.fail(path, `must be ${what} ≥ ${min}`);
    else this.fail(path, `must be ${what}`);
  }

  private array(shape: Extract<Shape, { t: "array" }>, v: unknown, path: string): void {
    if (shape.wholeMessage !== undefined) {
      if (!Array.isArray(v) || !v.every((item) => this.quietly(shape.items, item)))
        this.fail(path, shape.wholeMessage);
      return;
    }
    if (!Array.isArray(v) || (shape.nonEmpty && v.length === 0))
      return this.fail(path, shape.nonEmpty ? "must be a non-empty list" : "must be a list");
    v.forEach((item, i) => this.check(shape.items, item, `${path}[${i}]`));
    const contains = shape.contains;
    if (contains && !v.some((item) => isObj(item) && item[contains.key] === contains.value))
      this.fail(path, contains.message);
  }

  /** Whether a value fits a shape, without a message. */
  private quietly(shape: Shape, v: unknown): boolean {
    const probe = new ShapeChecker(this.definitions);
    probe.check(shape, v, "");
    return probe.errors.length === 0;
  }
}
