/**
 * A small JSON Schema (draft-07) checker for the keywords ruleset.schema.json uses, written for the
 * tests only: it lets a test hold the hand-written validator and the schema against each other.
 * Returns the JSON paths that fail.
 */

type Schema = Record<string, unknown>;

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeMatches(expected: string, v: unknown): boolean {
  const t = typeOf(v);
  return expected === t || (expected === "number" && t === "integer");
}

export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = "$"): string[] {
  if (typeof schema.$ref === "string") {
    const ref = schema.$ref.replace(/^#\//, "").split("/");
    let target: unknown = root;
    for (const part of ref) target = (target as Schema)[part];
    return schemaErrors(target as Schema, value, root, path);
  }
  const errors: string[] = [];
  const fail = (why: string): void => {
    errors.push(`${path}: ${why}`);
  };
  if (typeof schema.type === "string" && !typeMatches(schema.type, value)) return [`${path}: not ${schema.type}`];
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) fail("not in enum");
  if ("const" in schema && schema.const !== value) fail("not const");
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) fail("below minimum");
    if (typeof schema.maximum === "number" && value > schema.maximum) fail("above maximum");
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) fail("not above exclusiveMinimum");
    if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) fail("not below exclusiveMaximum");
  }
  if (typeof value === "string" && typeof schema.minLength === "number" && value.length < schema.minLength) fail("too short");
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) fail("too few items");
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) fail("too many items");
    if (schema.items) value.forEach((item, i) => errors.push(...schemaErrors(schema.items as Schema, item, root, `${path}[${i}]`)));
    if (schema.contains && !value.some((item) => schemaErrors(schema.contains as Schema, item, root).length === 0)) fail("contains nothing matching");
  }
  if (typeOf(value) === "object") {
    const o = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in o)) fail(`missing ${key}`);
    for (const [key, v] of Object.entries(o)) {
      if (props[key]) errors.push(...schemaErrors(props[key], v, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unknown ${key}`);
    }
  }
  if (Array.isArray(schema.allOf)) for (const sub of schema.allOf as Schema[]) errors.push(...schemaErrors(sub, value, root, path));
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((sub) => schemaErrors(sub, value, root, path).length === 0).length;
    if (passing !== 1) fail(`matches ${passing} of oneOf`);
  }
  if (schema.if) {
    const holds = schemaErrors(schema.if as Schema, value, root, path).length === 0;
    const branch = holds ? schema.then : schema.else;
    if (branch) errors.push(...schemaErrors(branch as Schema, value, root, path));
  }
  return errors;
}
