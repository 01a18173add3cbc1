/** The command line: `jixiao score | batch | undo | rules`. Exit codes as docs/contract.md says. */

import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import {
  describeRules,
  type Evaluation,
  flagCounts,
  gradeGloss,
  type InputProblem,
  type Lang,
  type Message,
  msg,
  type Problem,
  problemOf,
  problemText,
  render,
  type RuleSet,
  toReport,
} from "../engine";
import { runScoring, undoScoring } from "../workbook/run";
import { draftReportFile } from "../report-docx/draft-file";
import { readXlsxFile, writeXlsx } from "../workbook/xlsx/file";
import { kindProblem } from "../workbook/xlsx/limits";
import { sniff } from "../workbook/xlsx/sniff";
import { parseArgs, UsageError, type CommonOptions, type Command } from "./args";
import { resolveRuleSet } from "./rule-set";
import { writeBatchSummary, type BatchEntry } from "./batch-summary";
import { scoreInWorkers } from "./batch-pool";
import { USAGE } from "./usage";

export const EXIT_OK = 0;
export const EXIT_FLAGS = 1;
export const EXIT_INPUT = 2;

class InputError extends Error {
  constructor(readonly problem: InputProblem | Message) {
    super("input");
  }
}

function say(lang: Lang, m: Message): string {
  return render(m, lang);
}

/** The workbooks the command line reads: an .xlsm is scored and written back as an .xlsm, its macros kept. */
const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;

const workbookExt = (file: string): ".xlsx" | ".xlsm" =>
  /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";

/**
 * A copy keeps its input's kind: Excel refuses an .xlsx that carries macros and an .xlsm that does not
 * say it is macro-enabled, so an output named with the other extension is refused before anything is read.
 */
function checkSameKind(input: string, out: string): void {
  const ext = workbookExt(input);
  if (workbookExt(out) !== ext) throw new InputError(msg("cli.sameKind", { file: out, ext }));
}

export function defaultOut(input: string, suffix = `.scored${workbookExt(input)}`): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}${suffix}`);
}

/** Bytes enough to tell what a file really is (sniff.ts). */
const SNIFF_BYTES = 1024 * 1024;

async function checkInput(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new InputError(msg("cli.notFound", { file }));
  if (stat.isDirectory()) throw new InputError(msg("cli.isFolder", { file }));
  if (!stat.isFile()) throw new InputError(msg("cli.notFound", { file }));
  if (!WORKBOOK_EXT.test(file)) {
    const head = await readHead(file, Math.min(stat.size, SNIFF_BYTES));
    const kind = head ? sniff(head) : "unknown";
    throw new InputError(
      (kind !== "xlsx-zip" && kind !== "unknown" && kindProblem(file, kind)) ||
        msg("cli.notXlsx", { file })
    );
  }
}

async function readHead(file: string, length: number): Promise<Uint8Array | null> {
  const handle = await fs.open(file, "r").catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Where a path leads, symbolic links followed where it exists, so that two spellings of one file are one. */
async function canonical(file: string): Promise<string> {
  const resolved = path.resolve(file);
  return fs
    .realpath(resolved)
    .catch(async () =>
      path.join(
        await fs.realpath(path.dirname(resolved)).catch(() => path.dirname(resolved)),
        path.basename(resolved)
      )
    );
}

/**
 * The files a run writes, checked before anything is read: none is the input, none is another output, none
 * is a folder. A clash would overwrite a person's workbook or one output with another.
 */
async function checkOutputs(input: string, outputs: string[]): Promise<void> {
  const source = await canonical(input);
  const seen = new Map<string, string>();
  for (const out of outputs) {
    const target = await canonical(out);
    if (target === source) throw new InputError(msg("cli.sameAsInput", { file: out }));
    const other = seen.get(target);
    if (other !== undefined) throw new InputError(msg("cli.outputsClash", { file: out, other }));
    seen.set(target, out);
    const stat = await fs.stat(target).catch(() => null);
    if (stat?.isDirectory()) throw new InputError(msg("cli.outIsFolder", { file: out }));
  }
}

async function loadRules(options: CommonOptions): Promise<RuleSet> {
  const r = await resolveRuleSet(options.rules);
  if (!r.ok)
    throw new InputError(
      msg("cli.badRules", { source: options.rules, errors: r.errors.join("; ") })
    );
  return r.ruleSet;
}

async function writeFileSafely(file: string, data: Uint8Array | string): Promise<void> {
  // Write beside, then rename: a crash never leaves a half-written output under the final name, and a
  // failed write leaves no temporary file behind.
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch {
    await fs.rm(tmp, { force: true, recursive: false }).catch(() => undefined);
    throw new InputError(msg("cli.cannotWrite", { file }));
  }
}

interface Scored {
  evaluation: Evaluation;
  out: string;
  /** What the run did differently to keep a person's data (a sheet renamed, cells left): always said. */
  notices: Message[];
}

/** The 自评报告 draft of one workbook, as .docx bytes; the workbook is read, never written. */
async function draftOne(
  input: string,
  form: string | null,
  ruleSet: RuleSet,
  options: CommonOptions
): Promise<Uint8Array> {
  await checkInput(input);
  const loaded = await readXlsxFile(input);
  if (!loaded.ok) throw new InputError(loaded.problem);
  const grids = await loaded.port.read();
  const drafted = await draftReportFile(grids, {
    file: path.basename(input),
    ruleSet,
    lang: options.lang,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(form !== null ? { form } : {}),
  });
  if (!drafted.ok) throw new InputError(drafted.problem);
  return drafted.bytes;
}

export async function scoreOne(
  input: string,
  out: string,
  ruleSet: RuleSet,
  options: CommonOptions
): Promise<Scored> {
  await checkInput(input);
  checkSameKind(input, out);
  await checkOutputs(input, [out, ...(options.json ? [options.json] : [])]);
  const loaded = await readXlsxFile(input);
  if (!loaded.ok) throw new InputError(loaded.problem);
  const port = loaded.port;
  const result = await runScoring(port, ruleSet, {
    file: path.basename(input),
    ruleSetName: ruleSet.name,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    lang: options.lang,
    now: new Date().toISOString(),
    formulas: options.formulas,
    fillScores: options.fillScores,
  });
  if (!result.ok) throw new InputError("problem" in result ? result.problem : msg("cli.cancelled"));
  await writeFileSafely(out, writeXlsx(port));
  return { evaluation: result.evaluation, out, notices: result.plan.notices ?? [] };
}

/** Forms listed one line each on the summary, at most. */
const FORMS_LISTED = 10;

function summaryLines(e: Evaluation, lang: Lang): string[] {
  const c = flagCounts(e);
  const totals = e.totals;
  if (totals === null) return formLines(e, lang);
  const lines = [
    say(
      lang,
      msg("cli.summary", {
        file: e.file,
        score: totals.score,
        weight: totals.weight,
        grade: totals.grade,
        gloss: gradeGloss(totals.grade, lang),
        errors: c.error,
        warnings: c.warning,
        infos: c.info,
        scored: totals.rows?.scored ?? 0,
        unscored: totals.rows?.unscored ?? 0,
      })
    ),
  ];
  if (totals.gradeReason)
    lines.push(say(lang, msg("cli.noGrade", { reason: render(totals.gradeReason, lang) })));
  if (totals.statedScore !== null || totals.statedGrade !== null) {
    lines.push(
      say(
        lang,
        msg("cli.stated", {
          score: totals.statedScore ?? "—",
          grade: totals.statedGrade ?? "—",
        })
      )
    );
  }
  return lines;
}

/** Several forms: how many, then one line each (never a total across them), up to FORMS_LISTED. */
function formLines(e: Evaluation, lang: Lang): string[] {
  const c = flagCounts(e);
  const lines = [
    say(
      lang,
      msg("cli.forms", {
        file: e.file,
        count: e.forms.length,
        errors: c.error,
        warnings: c.warning,
        infos: c.info,
      })
    ),
  ];
  e.forms.slice(0, FORMS_LISTED).forEach((f, i) => {
    const t = f.totals;
    const stated =
      t.statedScore !== null || t.statedGrade !== null
        ? say(
            lang,
            msg("cli.form.stated", { score: t.statedScore ?? "—", grade: t.statedGrade ?? "—" })
          )
        : "";
    lines.push(
      say(
        lang,
        msg("cli.form", {
          n: i + 1,
          title: f.title,
          sheet: f.id,
          score: t.score,
          weight: t.weight,
          grade: t.grade,
          gloss: gradeGloss(t.grade, lang),
          errors: f.flagCounts.error,
          warnings: f.flagCounts.warning,
          infos: f.flagCounts.info,
          stated,
        })
      )
    );
  });
  if (e.forms.length > FORMS_LISTED)
    lines.push(say(lang, msg("cli.formsMore", { count: e.forms.length - FORMS_LISTED })));
  return lines;
}

function exitFor(evaluations: Evaluation[], options: CommonOptions): number {
  if (options.failOn === "never") return EXIT_OK;
  const hit = evaluations.some((e) =>
    e.flags.some(
      (f) => f.severity === "error" || (options.failOn === "warning" && f.severity === "warning")
    )
  );
  return hit ? EXIT_FLAGS : EXIT_OK;
}

async function listInputs(items: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const item of items) {
    const stat = await fs.stat(item).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(item)).sort();
      const found = names.filter(
        (n) => WORKBOOK_EXT.test(n) && !n.startsWith("~$") && !/\.scored\.xls[xm]$/.test(n)
      );
      if (found.length === 0) throw new InputError(msg("cli.noInputs", { dir: item }));
      files.push(...found.map((n) => path.join(item, n)));
    } else {
      files.push(item);
    }
  }
  return files;
}

/** A finished workbook's lines: its notices and summary, or why it could not be processed; and its summary row. */
function reportEntry(
  input: string,
  result: Scored | (Problem | Message),
  options: CommonOptions,
  log: (s: string) => void,
  err: (s: string) => void
): BatchEntry {
  const lang = options.lang;
  if ("evaluation" in result) {
    for (const n of result.notices) err(`${path.basename(input)}: ${say(lang, n)}`);
    if (!options.quiet) for (const l of summaryLines(result.evaluation, lang)) log(l);
    return { file: input, evaluation: result.evaluation, out: result.out, problem: null };
  }
  const text = problemText(result, lang);
  err(text);
  return { file: input, evaluation: null, out: null, problem: text };
}

/**
 * Every workbook of a batch, in input order. With more than one job, worker threads score them (batch-pool.ts)
 * and each is said as it finishes; with one, they are scored here one after another.
 */
async function scoreBatch(
  inputs: string[],
  jobs: number | null,
  ruleSet: RuleSet,
  options: CommonOptions,
  log: (s: string) => void,
  err: (s: string) => void
): Promise<BatchEntry[]> {
  const lang = options.lang;
  const n = inputs.length;
  const threads = Math.min(jobs ?? os.availableParallelism(), n);
  const workerFile = path.join(__dirname, "batch-worker.js");
  const parallel = threads > 1 && existsSync(workerFile);
  // Only a run from the TypeScript sources (tests) lacks the compiled worker; it is said, never hidden.
  if (threads > 1 && !parallel) err(say(lang, msg("cli.noWorkers", { file: workerFile })));
  if (parallel) {
    let finished = 0;
    const entries: BatchEntry[] = new Array(n);
    await scoreInWorkers(
      inputs.map((input, index) => ({ index, input, out: defaultOut(input) })),
      {
        workerFile,
        jobs: threads,
        setup: { ruleSet, options },
        onDone: (task, result) => {
          finished++;
          if (!options.quiet)
            err(say(lang, msg("cli.progress", { i: finished, n, file: task.input })));
          entries[task.index] = reportEntry(
            task.input,
            result.ok ? result : result.problem,
            options,
            log,
            err
          );
        },
      }
    );
    return entries;
  }
  const entries: BatchEntry[] = [];
  for (let i = 0; i < n; i++) {
    const input = inputs[i];
    if (!options.quiet) err(say(lang, msg("cli.progress", { i: i + 1, n, file: input })));
    let result: Scored | Problem | Message;
    try {
      result = await scoreOne(input, defaultOut(input), ruleSet, options);
    } catch (e) {
      // One workbook that fails, however, is recorded and the batch goes on.
      result = asProblem(e, input);
    }
    entries.push(reportEntry(input, result, options, log, err));
  }
  return entries;
}

async function run(
  command: Command,
  log: (s: string) => void,
  err: (s: string) => void
): Promise<number> {
  const { options } = command;
  const lang = options.lang;
  switch (command.name) {
    case "help":
      log(USAGE);
      return EXIT_OK;
    case "rules":
      log(describeRules(lang));
      return EXIT_OK;
    case "score": {
      const ruleSet = await loadRules(options);
      const out = command.out ?? defaultOut(command.input);
      const { evaluation, notices } = await scoreOne(command.input, out, ruleSet, options);
      for (const n of notices) err(say(lang, n));
      if (options.json) {
        await writeFileSafely(
          options.json,
          JSON.stringify(toReport(evaluation, lang), null, 2) + "\n"
        );
      }
      if (!options.quiet) {
        for (const l of summaryLines(evaluation, lang)) log(l);
        log(say(lang, msg("cli.wrote", { path: out })));
        if (options.json) log(say(lang, msg("cli.wroteJson", { path: options.json })));
      }
      return exitFor([evaluation], options);
    }
    case "report": {
      const ruleSet = await loadRules(options);
      const out = command.out ?? defaultOut(command.input, ".report.docx");
      await checkOutputs(command.input, [out]);
      await writeFileSafely(out, await draftOne(command.input, command.form, ruleSet, options));
      if (!options.quiet) log(say(lang, msg("cli.wroteDraft", { path: out })));
      return EXIT_OK;
    }
    case "undo": {
      await checkInput(command.input);
      const out =
        command.out ??
        defaultOut(command.input).replace(/(?:\.scored)?\.scored(\.xls[xm])$/, ".restored$1");
      checkSameKind(command.input, out);
      await checkOutputs(command.input, [out]);
      const loaded = await readXlsxFile(command.input);
      if (!loaded.ok) throw new InputError(loaded.problem);
      const undo = await undoScoring(loaded.port);
      for (const n of undo.notices ?? []) err(say(lang, n));
      await writeFileSafely(out, writeXlsx(loaded.port));
      if (!options.quiet) log(say(lang, msg("cli.restored", { path: out })));
      return EXIT_OK;
    }
    case "batch": {
      const ruleSet = await loadRules(options);
      const inputs = await listInputs(command.inputs);
      const batchOutputs = [command.summary, ...(options.json ? [options.json] : [])];
      for (const input of inputs) await checkOutputs(input, batchOutputs);
      const entries = await scoreBatch(inputs, command.jobs, ruleSet, options, log, err);
      await writeBatchSummary(command.summary, entries, lang, writeFileSafely);
      if (options.json) {
        const json = entries.map((e) =>
          e.evaluation ? toReport(e.evaluation, lang) : { file: e.file, problem: e.problem }
        );
        await writeFileSafely(
          options.json,
          JSON.stringify({ version: 1, workbooks: json }, null, 2) + "\n"
        );
      }
      if (!options.quiet) log(say(lang, msg("cli.wroteSummary", { path: command.summary })));
      const failed = entries.filter((e) => e.problem !== null).length;
      if (failed > 0) {
        err(say(lang, msg("cli.batchFailed", { count: failed })));
        return EXIT_INPUT;
      }
      return exitFor(
        entries.flatMap((e) => (e.evaluation ? [e.evaluation] : [])),
        options
      );
    }
  }
}

export async function main(
  argv: string[],
  io = {
    log: (s: string) => void process.stdout.write(s + "\n"),
    err: (s: string) => void process.stderr.write(s + "\n"),
  }
): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      io.err(USAGE);
      return EXIT_INPUT;
    }
    throw e;
  }
  try {
    return await run(command, io.log, io.err);
  } catch (e) {
    io.err(problemText(asProblem(e, inputOf(command)), command.options.lang));
    return EXIT_INPUT;
  }
}

function inputOf(command: Command): string {
  if (command.name === "score" || command.name === "undo") return command.input;
  if (command.name === "batch") return command.inputs.join(", ");
  return "";
}

/**
 * Anything a user's file makes go wrong is theirs to hear about in their words: an unforeseen failure
 * names the file and never shows a library's text or a stack (set JIXIAO_DEBUG=1 to see it on stderr).
 */
export function asProblem(e: unknown, file: string): Problem | Message {
  if (e instanceof InputError) return e.problem;
  const problem = problemOf(e);
  if (problem) return problem;
  if (process.env.JIXIAO_DEBUG)
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  return msg("cli.failed", { file });
}
