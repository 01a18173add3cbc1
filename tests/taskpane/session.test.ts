// The sessions' shared work on a real .xlsx (the bundled sample) in Node: a run, cancel, a review decision,
// undo, and browser mode's open / download.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { REVIEW_SHEET, SUMMARY_SHEET } from "../../src/engine/plan/own";
import { openBrowserSession } from "../../src/taskpane/browser-run";
import {
  errorText,
  reviewFlag,
  scoreWorkbook,
  undoRun,
  type SessionContext,
} from "../../src/taskpane/session/core";
import { defaultChoices } from "../../src/taskpane/state/options";
import { errors } from "../../src/workbook/excel/errors";
import type { Progress } from "../../src/workbook/port";
import { PackagePort, openPackage } from "../../src/workbook/xlsx/package/package-port";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");
const FLAG = "项目支出绩效自评表!E22:NEGATIVE_COMPLETION";
const choices = defaultChoices("2026-11-21");
const clock = () => new Date("2026-11-21T03:07:00.000Z");
/** The clock's time as this machine's local time reads it (复核清单 is read by a person), whatever its zone. */
const LOCAL_TIME = expect.stringMatching(/^2026-11-2[01] \d{2}:[03][07]:00$/);

async function context(language: "zh-CN" | "en-US" = "zh-CN"): Promise<SessionContext> {
  const opened = await openPackage("sample.xlsx", fs.readFileSync(SAMPLE));
  if (!opened.ok) throw new Error("sample does not open");
  return { port: opened.port, language, file: "sample.xlsx", clock };
}

/** The workbook `bytes` after a person changed it in a spreadsheet (ExcelJS stands in for it), opened. */
async function editedContext(
  bytes: Uint8Array,
  language: "zh-CN" | "en-US",
  edit: (wb: ExcelJS.Workbook) => void
): Promise<SessionContext> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  const opened = await openPackage("sample.xlsx", new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  if (!opened.ok) throw new Error("edited sample does not open");
  return { port: opened.port, language, file: "sample.xlsx", clock };
}

async function sheetNames(ctx: SessionContext): Promise<string[]> {
  return (await ctx.port.read()).map((g) => g.sheet);
}

describe("session core", () => {
  test("a run reports its steps and gives the evaluation and every flag's review status", async () => {
    const ctx = await context();
    const steps: Progress["step"][] = [];
    const outcome = await scoreWorkbook(ctx, choices, (p) => steps.push(p.step), {
      aborted: false,
    });
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    expect(outcome.evaluation.totals).toMatchObject({ score: 79.59, grade: "中" });
    expect(new Set(steps)).toEqual(new Set(["reading", "scoring", "writing"]));
    expect(Object.keys(outcome.reviews)).toEqual(outcome.evaluation.flags.map((f) => f.id));
    expect(outcome.reviews[FLAG]).toEqual({
      status: "待复核",
      reviewer: "",
      comment: "",
      time: LOCAL_TIME,
    });
  });

  test("the denominator chosen reaches the engine", async () => {
    const outcome = await scoreWorkbook(
      await context(),
      { ...choices, denominator: "initial" },
      () => undefined,
      { aborted: false }
    );
    expect(outcome.status === "done" && outcome.evaluation.denominator).toBe("年初预算数");
  });

  test("mid-year, execution is judged against the calendar", async () => {
    const outcome = await scoreWorkbook(
      await context(),
      { ...choices, asOfEnabled: true, asOf: "2020-06-30" },
      () => undefined,
      { aborted: false }
    );
    if (outcome.status !== "done") throw new Error("not done");
    const codes = outcome.evaluation.flags.map((f) => f.code);
    expect(codes).not.toContain("EXECUTION_LOW");
  });

  test("a date that is not a date is refused before anything is read", async () => {
    const outcome = await scoreWorkbook(
      await context(),
      { ...choices, asOfEnabled: true, asOf: "2026-02-30" },
      () => undefined,
      { aborted: false }
    );
    expect(outcome).toEqual({ status: "failed", message: "请输入有效日期（年-月-日）" });
  });

  test("a cancelled run writes nothing", async () => {
    const ctx = await context();
    const signal = { aborted: false };
    const outcome = await scoreWorkbook(
      ctx,
      choices,
      (p) => {
        if (p.step === "reading") signal.aborted = true;
      },
      signal
    );
    expect(outcome).toEqual({ status: "cancelled" });
    expect(await sheetNames(ctx)).not.toContain(REVIEW_SHEET);
  });

  test("a decision is saved to 复核清单; a flag not in the list says so", async () => {
    const ctx = await context();
    await scoreWorkbook(ctx, choices, () => undefined, { aborted: false });
    const saved = await reviewFlag(ctx, FLAG, {
      status: "已确认",
      reviewer: " 张三 ",
      comment: "已核实：受疫情影响",
    });
    expect(saved).toEqual({
      ok: true,
      entry: {
        status: "已确认",
        reviewer: "张三",
        comment: "已核实：受疫情影响",
        time: LOCAL_TIME,
      },
    });
    expect(
      await reviewFlag(ctx, "别的表!A1:CELL_ERROR", {
        status: "已确认",
        reviewer: "张三",
        comment: "",
      })
    ).toEqual({
      ok: false,
      message: "复核清单中没有这个问题，请重新运行评分。",
    });
  });

  test("undo takes out the add-in's sheets", async () => {
    const ctx = await context();
    const before = await sheetNames(ctx);
    await scoreWorkbook(ctx, choices, () => undefined, { aborted: false });
    expect(await sheetNames(ctx)).toEqual(expect.arrayContaining([REVIEW_SHEET, SUMMARY_SHEET]));
    // The sample holds nothing of a person's in our way: nothing to say.
    expect(await undoRun(ctx)).toEqual({ ok: true, notices: [] });
    expect(await sheetNames(ctx)).toEqual(before);
  });

  test("a person's own sheet named 评分汇总 is kept and said so; a cell typed in our column is left at undo", async () => {
    for (const [language, renamed, kept] of [
      ["zh-CN", "工作表改名为「评分汇总 (2)」", "原样保留，未清除也未覆盖"],
      [
        "en-US",
        "this tool's sheet is named “评分汇总 (2)” instead",
        "neither cleared nor overwritten",
      ],
    ] as const) {
      // The person's own 评分汇总, made in a spreadsheet before the run.
      const ctx = await editedContext(fs.readFileSync(SAMPLE), language, (wb) => {
        wb.addWorksheet(SUMMARY_SHEET).getCell("A1").value = "我自己的汇总";
      });
      const outcome = await scoreWorkbook(ctx, choices, () => undefined, { aborted: false });
      if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
      expect(outcome.notices).toHaveLength(1);
      expect(outcome.notices[0]).toContain(renamed);
      const grids = await ctx.port.read();
      expect(grids.find((g) => g.sheet === SUMMARY_SHEET)?.values[0]?.[0]).toBe("我自己的汇总");
      expect(grids.some((g) => g.sheet === `${SUMMARY_SHEET} (2)`)).toBe(true);

      // A person types over the system score the run wrote in row 22 (the column headed 系统得分).
      const form = grids.find((g) => g.sheet === "项目支出绩效自评表")!;
      const column =
        form.values.flatMap((row) =>
          row.map((v, c) => (typeof v === "string" && /^(系统得分|System score)/.test(v) ? c + 1 : 0))
        ).find((c) => c > 0) ?? 0;
      expect(column).toBeGreaterThan(0);
      const typed = await editedContext((ctx.port as PackagePort).save(), language, (wb) => {
        wb.getWorksheet("项目支出绩效自评表")!.getCell(22, column).value = "我改的";
      });
      const undone = await undoRun(typed);
      if (!undone.ok) throw new Error(undone.message);
      expect(undone.notices).toHaveLength(1);
      expect(undone.notices[0]).toContain("项目支出绩效自评表");
      expect(undone.notices[0]).toContain(kept);
      const after = (await typed.port.read()).find((g) => g.sheet === "项目支出绩效自评表")!;
      expect(after.values[21][column - 1]).toBe("我改的");
    }
  });

  test("errors in the user's language: the adapter's own message, else the exception's", () => {
    expect(errorText(errors.cellEditMode(), "zh-CN")).toMatch(/^Excel 正在编辑某个单元格/);
    expect(errorText(errors.cellEditMode(), "en-US")).toMatch(/^A cell is being edited/);
    expect(errorText(new Error("boom"), "en-US")).toBe("Unexpected error: boom");
  });
});

describe("browser session", () => {
  test("a file that is not a workbook is refused by name, saying what to do, without the zip library's words", async () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const opened = await openBrowserSession(new File(["not a zip"], "坏文件.xlsx"), language);
      const message = opened.ok ? "" : opened.message;
      expect(message).toMatch(
        language === "zh-CN"
          ? /^“坏文件\.xlsx”打不开：它不是有效的 \.xlsx 工作簿.*另存为 \.xlsx/
          : /^“坏文件\.xlsx” cannot be opened: it is not a valid \.xlsx workbook.*save it as \.xlsx/
      );
      expect(message).not.toMatch(/zip|central directory|https?:/i);
    }
  });

  test("score, review, undo, each followed by the preview's grids and the download's name", async () => {
    const opened = await openBrowserSession(
      new File([fs.readFileSync(SAMPLE)], "sample.xlsx"),
      "zh-CN"
    );
    if (!opened.ok) throw new Error(opened.message);
    const session = opened.session;
    expect(session.grids().map((g) => g.sheet)).not.toContain(REVIEW_SHEET);
    const outcome = await session.score(choices, () => undefined, { aborted: false });
    expect(outcome.status).toBe("done");
    expect(session.grids().map((g) => g.sheet)).toContain(REVIEW_SHEET);
    expect(await session.select("项目支出绩效自评表", "E22")).toEqual({ ok: true });
    expect(
      (await session.review(FLAG, { status: "已确认", reviewer: "张三", comment: "已核实" })).ok
    ).toBe(true);

    const scored = await session.download();
    expect(scored.name).toBe("sample.scored.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await scored.blob.arrayBuffer());
    expect(workbook.getWorksheet(REVIEW_SHEET)).toBeDefined();

    expect(await session.undo()).toEqual({ ok: true, notices: [] });
    expect(session.scored()).toBe(false);
    expect(session.grids().map((g) => g.sheet)).not.toContain(REVIEW_SHEET);
    expect((await session.download()).name).toBe("sample.unscored.xlsx");
  });
});
