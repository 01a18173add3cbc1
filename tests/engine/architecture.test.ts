/**
 * The engine's shape, read from the import statements of src/: the doors (pane, command line) reach
 * the engine only through src/engine/index.ts, and rules/ and ruleset/ depend one way (ruleset/ loads
 * rule sets with the kinds of rules/; rules/ needs nothing from ruleset/), with no import cycle.
 */

import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const ENGINE = path.join(SRC, "engine");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Module specifiers of static imports and re-exports, side-effect imports and import(). */
const importSpec =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|(?:^|\n)\s*import\s*"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

export function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(importSpec)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The file a relative specifier names (.ts, .tsx, .json or a folder's index.ts); null for packages. */
export function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

function graph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((f) => [
      f,
      importsOf(f)
        .map((s) => resolveImport(f, s))
        .filter((t): t is string => t !== null),
    ])
  );
}

const rel = (f: string): string => path.relative(ROOT, f).split(path.sep).join("/");

describe("the import reader itself", () => {
  test("reads every form of import this code base uses", () => {
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "jixiao-imports-"));
    const file = path.join(dir, "a.ts");
    fs.writeFileSync(
      file,
      [
        'import "./side";',
        'import type { A } from "./types";',
        "import {",
        "  b,",
        "  type C,",
        '} from "../engine/grid";',
        'export { d } from "./d";',
        'const e = import("./lazy");',
        'import * as fs from "fs";',
      ].join("\n")
    );
    expect(importsOf(file)).toEqual(["./side", "./types", "../engine/grid", "./d", "./lazy", "fs"]);
  });
});

describe("the doors use the engine's front only", () => {
  const doors = [...sourceFiles(path.join(SRC, "taskpane")), ...sourceFiles(path.join(SRC, "cli"))];
  const front = path.join(ENGINE, "index.ts");

  test("there are doors to check, and they do use the engine", () => {
    const touching = doors.filter((f) =>
      importsOf(f).some((s) => (resolveImport(f, s) ?? "").startsWith(ENGINE + path.sep))
    );
    expect(touching.length).toBeGreaterThan(20);
  });

  test("every import of src/engine from src/taskpane and src/cli is src/engine/index.ts", () => {
    const deep: string[] = [];
    for (const f of doors)
      for (const s of importsOf(f)) {
        const target = resolveImport(f, s);
        if (target && target.startsWith(ENGINE + path.sep) && target !== front)
          deep.push(`${rel(f)} → ${rel(target)}`);
      }
    expect(deep).toEqual([]);
  });
});

describe("rules/ and ruleset/", () => {
  const rulesDir = path.join(ENGINE, "rules") + path.sep;
  const rulesetDir = path.join(ENGINE, "ruleset") + path.sep;
  const g = graph(sourceFiles(ENGINE));

  test("rules/ imports nothing from ruleset/", () => {
    const back: string[] = [];
    for (const [f, targets] of g)
      if (f.startsWith(rulesDir))
        for (const t of targets) if (t.startsWith(rulesetDir)) back.push(`${rel(f)} → ${rel(t)}`);
    expect(back).toEqual([]);
  });

  test("ruleset/ does use rules/ (the dependency runs that way)", () => {
    const forward = [...g].some(
      ([f, targets]) => f.startsWith(rulesetDir) && targets.some((t) => t.startsWith(rulesDir))
    );
    expect(forward).toBe(true);
  });

  test("no import cycle passes through rules/ or ruleset/", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, "open");
      stack.push(f);
      for (const t of g.get(f) ?? []) {
        if (state.get(t) === "open") {
          const loop = stack.slice(stack.indexOf(t)).concat(t);
          if (loop.some((x) => x.startsWith(rulesDir) || x.startsWith(rulesetDir)))
            cycles.push(loop.map(rel).join(" → "));
        } else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of g.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
