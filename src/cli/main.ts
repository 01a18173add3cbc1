/** The command line: `jixiao score | batch | undo | rules`. Exit codes as docs/contract.md says. */

import { promises as fs } from "fs";
import * as path from "path";
import "./messages";
import {
  describeRules,
  type Evaluation,
  flagCounts,
  gradeGloss,
  type InputProblem,
  type Lang,
  type Message,
  msg,
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
import { XlsxWorkbookPort } from "../workbook/xlsx/port";
import { parseArgs, UsageError, type CommonOptions, type Command } from "./args";
import { resolveRuleSet } from "./rule-set";
import { writeBatchSummary, type BatchEntry } from "./batch-summary";
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

export function defaultOut(input: string, suffix = ".scored.xlsx"): string {
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
  if (path.extname(file).toLowerCase() !== ".xlsx") {
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
  const grids = await new XlsxWorkbookPort(loaded.workbook).read();
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

async function scoreOne(
  input: string,
  out: string,
  ruleSet: RuleSet,
  options: CommonOptions
): Promise<Scored> {
  await checkInput(input);
  await checkOutputs(input, [out, ...(options.json ? [options.json] : [])]);
  const loaded = await readXlsxFile(input);
  if (!loaded.ok) throw new InputError(loaded.problem);
  const port = new XlsxWorkbookPort(loaded.workbook);
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
  await writeFileSafely(out, await writeXlsx(loaded.workbook));
  return { evaluation: result.evaluation, out, notices: result.plan.notices ?? [] };
}

function summaryLines(e: Evaluation, lang: Lang): string[] {
  const c = flagCounts(e);
  const lines = [
    say(
      lang,
      msg("cli.summary", {
        file: e.file,
        score: e.totals.score,
        weight: e.totals.weight,
        grade: e.totals.grade,
        gloss: gradeGloss(e.totals.grade, lang),
        errors: c.error,
        warnings: c.warning,
        infos: c.info,
        scored: e.totals.rows?.scored ?? 0,
        unscored: e.totals.rows?.unscored ?? 0,
      })
    ),
  ];
  if (e.totals.gradeReason)
    lines.push(say(lang, msg("cli.noGrade", { reason: render(e.totals.gradeReason, lang) })));
  if (e.totals.statedScore !== null || e.totals.statedGrade !== null) {
    lines.push(
      say(
        lang,
        msg("cli.stated", {
          score: e.totals.statedScore ?? "—",
          grade: e.totals.statedGrade ?? "—",
        })
      )
    );
  }
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
        (n) =>
          n.toLowerCase().endsWith(".xlsx") && !n.startsWith("~$") && !n.endsWith(".scored.xlsx")
      );
      if (found.length === 0) throw new InputError(msg("cli.noInputs", { dir: item }));
      files.push(...found.map((n) => path.join(item, n)));
    } else {
      files.push(item);
    }
  }
  return files;
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
        defaultOut(command.input).replace(
          /\.scored\.scored\.xlsx$|\.scored\.xlsx$/,
          ".restored.xlsx"
        );
      await checkOutputs(command.input, [out]);
      const loaded = await readXlsxFile(command.input);
      if (!loaded.ok) throw new InputError(loaded.problem);
      const port = new XlsxWorkbookPort(loaded.workbook);
      const undo = await undoScoring(port);
      for (const n of undo.notices ?? []) err(say(lang, n));
      await writeFileSafely(out, await writeXlsx(loaded.workbook));
      if (!options.quiet) log(say(lang, msg("cli.restored", { path: out })));
      return EXIT_OK;
    }
    case "batch": {
      const ruleSet = await loadRules(options);
      const inputs = await listInputs(command.inputs);
      const batchOutputs = [command.summary, ...(options.json ? [options.json] : [])];
      for (const input of inputs) await checkOutputs(input, batchOutputs);
      const entries: BatchEntry[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i];
        if (!options.quiet)
          err(say(lang, msg("cli.progress", { i: i + 1, n: inputs.length, file: input })));
        try {
          const scored = await scoreOne(input, defaultOut(input), ruleSet, options);
          entries.push({
            file: input,
            evaluation: scored.evaluation,
            out: scored.out,
            problem: null,
          });
          for (const n of scored.notices) err(`${path.basename(input)}: ${say(lang, n)}`);
          if (!options.quiet) for (const l of summaryLines(scored.evaluation, lang)) log(l);
        } catch (e) {
          // One workbook that fails, however, is recorded and the batch goes on.
          const text = problemText(asProblem(e, input), lang);
          err(text);
          entries.push({ file: input, evaluation: null, out: null, problem: text });
        }
      }
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
function asProblem(e: unknown, file: string): InputProblem | Message {
  if (e instanceof InputError) return e.problem;
  if (process.env.JIXIAO_DEBUG)
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  return msg("cli.failed", { file });
}
