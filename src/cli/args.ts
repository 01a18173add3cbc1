/** Command-line arguments, as docs/contract.md names them. Parsing only: no I/O. */

import { parseArgs as parseArgTokens } from "node:util";
import { LANGS, type Lang } from "../engine";

const isLang = (tag: string): tag is Lang => (LANGS as readonly string[]).includes(tag);

export type FailOn = "error" | "warning" | "never";

export interface CommonOptions {
  json: string | null;
  rules: string; // a preset name or a JSON file
  lang: Lang;
  asOf: string | null;
  formulas: boolean;
  fillScores: boolean;
  failOn: FailOn;
  quiet: boolean;
}

export type Command =
  | { name: "score"; input: string; out: string | null; options: CommonOptions }
  | {
      name: "batch";
      inputs: string[];
      summary: string;
      /** Worker threads scoring at once; null = the number of cores; 1 = one after another, in this thread. */
      jobs: number | null;
      options: CommonOptions;
    }
  | { name: "undo"; input: string; out: string | null; options: CommonOptions }
  | {
      name: "report";
      input: string;
      out: string | null;
      form: string | null;
      options: CommonOptions;
    }
  | { name: "rules"; options: CommonOptions }
  | { name: "help"; options: CommonOptions };

export class UsageError extends Error {}

const DEFAULTS: CommonOptions = {
  json: null,
  rules: "national-2020",
  lang: "zh-CN",
  asOf: null,
  formulas: false,
  fillScores: false,
  failOn: "never",
  quiet: false,
};

/**
 * Every option, for node:util's parseArgs. A string option takes a value (`--out X` or `--out=X`); a
 * boolean one none. Add an option here and read it below.
 */
const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  rules: { type: "string" },
  lang: { type: "string" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  summary: { type: "string" },
  form: { type: "string" },
  jobs: { type: "string" },
  formulas: { type: "boolean" },
  "fill-scores": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, { type: "string" | "boolean"; short?: string }>;

type OptionName = keyof typeof OPTIONS;

function isOption(name: string | undefined): name is OptionName {
  return name !== undefined && Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

/** More threads than this gains nothing on any machine we serve and costs a heap each. */
export const MAX_JOBS = 64;

export function parseArgs(argv: string[]): Command {
  // strict: false so that our own checks, with their bilingual messages, decide what is wrong
  const { tokens } = parseArgTokens({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positional: string[] = [];
  const values = new Map<string, string>();
  const bools = new Set<string>();
  for (const t of tokens) {
    if (t.kind === "positional") {
      if (t.value.startsWith("-")) throw unknownOption(t.value); // a lone "-"
      positional.push(t.value);
      continue;
    }
    const raw = argv[t.index];
    if (t.kind === "option-terminator" || !isOption(t.name)) throw unknownOption(raw);
    const flag = `--${t.name}`;
    if (OPTIONS[t.name].type === "string") {
      if (raw !== t.rawName && !t.inlineValue) throw unknownOption(raw); // inside a group: -hout
      if (t.value === undefined || t.value === "")
        throw new UsageError(`${flag} needs a value / ${flag} 需要一个值`);
      values.set(flag, t.value);
    } else {
      if (raw !== t.rawName) throw unknownOption(raw); // --quiet=1, -hx
      bools.add(flag);
    }
  }
  const options = commonOptions(values, bools);
  const [name, ...rest] = positional;
  if (bools.has("--help") || name === undefined || name === "help")
    return { name: "help", options };
  switch (name) {
    case "score":
    case "undo":
      if (rest.length !== 1)
        throw new UsageError(`${name} takes one workbook / ${name} 需要且只需要一个工作簿`);
      return { name, input: rest[0], out: values.get("--out") ?? null, options };
    case "report":
      if (rest.length !== 1)
        throw new UsageError("report takes one workbook / report 需要且只需要一个工作簿");
      return {
        name,
        input: rest[0],
        out: values.get("--out") ?? null,
        form: values.get("--form") ?? null,
        options,
      };
    case "batch": {
      const summary = values.get("--summary");
      if (!summary)
        throw new UsageError("batch needs --summary SUMMARY.xlsx / batch 需要 --summary 汇总.xlsx");
      if (rest.length === 0)
        throw new UsageError("batch needs a folder or files / batch 需要文件夹或文件");
      return { name, inputs: rest, summary, jobs: jobsOf(values.get("--jobs")), options };
    }
    case "rules":
      return { name, options };
    default:
      throw new UsageError(`unknown command ${name} / 未知命令 ${name}`);
  }
}

function commonOptions(values: Map<string, string>, bools: Set<string>): CommonOptions {
  const lang = values.get("--lang") ?? DEFAULTS.lang;
  if (!isLang(lang)) {
    const last = LANGS[LANGS.length - 1];
    const rest = LANGS.slice(0, -1);
    throw new UsageError(
      `--lang must be ${rest.join(", ")} or ${last} / --lang 只能是 ${rest.join("、")} 或 ${last}`
    );
  }
  const failOn = values.get("--fail-on") ?? DEFAULTS.failOn;
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never")
    throw new UsageError(
      "--fail-on must be error, warning or never / --fail-on 只能是 error、warning 或 never"
    );
  const asOf = values.get("--as-of") ?? null;
  if (asOf !== null && !isIsoDate(asOf))
    throw new UsageError(
      `--as-of must be a date YYYY-MM-DD / --as-of 须为日期 YYYY-MM-DD: ${asOf}`
    );
  return {
    json: values.get("--json") ?? null,
    rules: values.get("--rules") ?? DEFAULTS.rules,
    lang,
    asOf,
    formulas: bools.has("--formulas"),
    fillScores: bools.has("--fill-scores"),
    failOn,
    quiet: bools.has("--quiet"),
  };
}

function jobsOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS))
    throw new UsageError(
      `--jobs must be a whole number from 1 to ${MAX_JOBS} / --jobs 须为 1 到 ${MAX_JOBS} 的整数: ${value}`
    );
  return n;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function unknownOption(a: string): UsageError {
  return new UsageError(`unknown option ${a} / 未知选项 ${a}`);
}
