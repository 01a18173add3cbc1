/**
 * A workbook of several forms (issue 13): each form scored, totalled, graded and checked on its own, and a
 * summary across them; never a total of all of them. Workbooks are written as real .xlsx files and read back.
 */

import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { REAL_FORMS } from "../fixtures/real/forms";
import { addRealFormSheet } from "../fixtures/real/build";
import { runCli } from "../support/cli";
import { GUIDE, PROJECT_TITLE as TITLE, nationalForm, type Cell } from "../fixtures/forms";

function addSheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][]): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    })
  );
}

async function twoCopies(file: string, secondStated = 77.66): Promise<void> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, "填报说明", GUIDE);
  addSheet(wb, "项目一", nationalForm("招商引资与产业发展", 77.66));
  addSheet(wb, "项目二", nationalForm("招商引资与产业发展", secondStated));
  await wb.xlsx.writeFile(file);
}

interface Totals {
  weight: number;
  score: number;
  grade: string;
  statedScore: number | null;
  statedGrade: string | null;
  partial: boolean;
}
interface Report {
  version: number;
  totals: Totals | null;
  forms: {
    id: string;
    sheet: string;
    title: string;
    kind: string;
    tables: number[];
    totals: Totals;
    executionRate: number | null;
    flagCounts: { error: number; warning: number; info: number };
  }[];
  tables: { sheet: string; kind: string }[];
  indicators: { form: string; sheet: string; row: number; score: number | null }[];
  budget: { form: string; sheet: string; rate: number | null; score: number | null }[];
  groups: { form: string; levels: string[]; score: number }[];
  flags: { form: string | null; code: string; sheet: string; cell: string }[];
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-forms-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function score(
  file: string,
  out: string
): Promise<{ report: Report; out: string; code: number }> {
  const json = `${out}.json`;
  const r = await runCli(["score", file, "--out", out, "--json", json]);
  return {
    report: JSON.parse(await fs.readFile(json, "utf8")) as Report,
    out: r.out,
    code: r.code,
  };
}

async function sheetValues(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out;
}

describe("two copies of the same national project form on two sheets", () => {
  let run: { report: Report; out: string; code: number };
  let input: string;
  let scored: string;
  beforeAll(async () => {
    input = path.join(dir, "twoproj.xlsx");
    scored = path.join(dir, "twoproj.scored.xlsx");
    await twoCopies(input);
    run = await score(input, scored);
  });

  test("two forms of 77.66 / 中 each, and no total across them (report version 2)", () => {
    const { report } = run;
    expect(run.code).toBe(0);
    expect(report.version).toBe(2);
    expect(report.totals).toBeNull();
    expect(
      report.forms.map((f) => [
        f.id,
        f.title,
        f.kind,
        f.totals.score,
        f.totals.weight,
        f.totals.grade,
      ])
    ).toEqual([
      ["项目一", TITLE, "project", 77.66, 100, "中"],
      ["项目二", TITLE, "project", 77.66, 100, "中"],
    ]);
    // each form holds its own budget block and indicator table
    expect(
      report.forms.map((f) =>
        f.tables.map((i) => `${report.tables[i].sheet} ${report.tables[i].kind}`)
      )
    ).toEqual([
      ["项目一 budget", "项目一 indicators"],
      ["项目二 budget", "项目二 indicators"],
    ]);
    expect(report.forms.map((f) => f.executionRate)).toEqual([0.9, 0.9]);
    expect(report.forms.map((f) => [f.totals.statedScore, f.totals.statedGrade])).toEqual([
      [77.66, "中"],
      [77.66, "中"],
    ]);
  });

  test("indicators, budget lines, groups and flags carry their form", () => {
    const { report } = run;
    for (const r of report.indicators) expect(r.form).toBe(r.sheet);
    for (const b of report.budget) expect(b.form).toBe(b.sheet);
    expect(report.indicators.filter((r) => r.form === "项目二").map((r) => r.score)).toEqual([
      16, 15, 13.5, 18, 6.16,
    ]);
    expect(report.budget.map((b) => [b.form, b.score])).toEqual([
      ["项目一", 9],
      ["项目二", 9],
    ]);
    expect(
      report.groups
        .filter((g) => g.levels.length === 1)
        .map((g) => `${g.form} ${g.levels[0]} ${g.score}`)
    ).toEqual([
      "项目一 预算执行率 9",
      "项目一 产出指标 44.5",
      "项目一 效益指标 18",
      "项目一 满意度指标 6.16",
      "项目二 预算执行率 9",
      "项目二 产出指标 44.5",
      "项目二 效益指标 18",
      "项目二 满意度指标 6.16",
    ]);
    for (const f of report.flags) expect(f.form).toBe(f.sheet);
  });

  test("each form's 总分 row and stated grade are checked against that form alone: nothing to flag", () => {
    const codes = run.report.flags.map((f) => f.code);
    expect(codes).not.toContain("WEIGHT_SUM");
    expect(codes).not.toContain("SUM_MISMATCH");
    expect(codes).not.toContain("GRADE_MISMATCH");
  });

  test("the summary line gives the number of forms and one line each, never a 200-point total", () => {
    const lines = run.out.split("\n");
    expect(lines[0]).toMatch(/^twoproj\.xlsx：共 2 张评价表，各自计分、定级（不合计）/);
    expect(lines[1]).toBe(
      `  1. ${TITLE}（项目一）：总分 77.66/100，等级 中；0 个错误、0 个警告、0 条提示；表内填报 77.66，中`
    );
    expect(lines[2]).toContain("（项目二）：总分 77.66/100，等级 中");
    expect(run.out).not.toMatch(/\/200|总分 100\/200/);
  });

  test("评分汇总: the cross-form table at the top, then a section per form", async () => {
    const rows = await sheetValues(scored, "评分汇总");
    expect(rows[2].slice(0, 6)).toEqual([
      "评价表",
      "评价表编号（工作表）",
      "类型",
      "系统总分",
      "满分",
      "等级",
    ]);
    expect(rows[3].slice(0, 7)).toEqual([TITLE, "项目一", "项目支出", 77.66, 100, "中", 0.9]);
    expect(rows[4].slice(0, 7)).toEqual([TITLE, "项目二", "项目支出", 77.66, 100, "中", 0.9]);
    const sections = rows.filter(
      (r) => typeof r?.[0] === "string" && (r[0] as string).startsWith("评价表：")
    );
    expect(sections.map((r) => r[0])).toEqual([
      `评价表：${TITLE}（项目一）`,
      `评价表：${TITLE}（项目二）`,
    ]);
    // each section's own total, and no row anywhere with a total of 200 or a mean presented as a grade
    const totals = rows.filter((r) => r?.[0] === "系统总分").map((r) => r[1]);
    expect(totals).toEqual([77.66, 77.66]);
    expect(rows.some((r) => r?.includes(200) || r?.includes(155.32))).toBe(false);
  });

  test("own columns beside each form's table, undo gives back the input, a re-run changes nothing", async () => {
    const one = await sheetValues(scored, "项目一");
    const two = await sheetValues(scored, "项目二");
    const own = (header: unknown[]): number =>
      header.findIndex((v) => String(v).startsWith("系统得分"));
    const col = own(one[5]);
    expect(col).toBeGreaterThan(7);
    expect(own(two[5])).toBe(col);
    expect(one.slice(6, 11).map((r) => r[col])).toEqual([16, 15, 13.5, 18, 6.16]);
    expect(two.slice(6, 11).map((r) => r[col])).toEqual([16, 15, 13.5, 18, 6.16]);

    const again = path.join(dir, "twoproj.again.xlsx");
    const second = await score(scored, again);
    expect(
      second.report.forms.map((f) => [f.id, f.totals.score, f.totals.grade, f.flagCounts])
    ).toEqual(run.report.forms.map((f) => [f.id, f.totals.score, f.totals.grade, f.flagCounts]));
    for (const sheet of ["项目一", "项目二"])
      expect(await sheetValues(again, sheet)).toEqual(await sheetValues(scored, sheet));
    // the summary names the file it read: the scored copy, the second time
    const named = (rows: unknown[][]) => rows.filter((r) => r?.[0] !== "文件");
    expect(named(await sheetValues(again, "评分汇总"))).toEqual(
      named(await sheetValues(scored, "评分汇总"))
    );

    const restored = path.join(dir, "twoproj.restored.xlsx");
    expect((await runCli(["undo", scored, "--out", restored, "--quiet"])).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(restored);
    expect(back.worksheets.map((w) => w.name)).toEqual(["填报说明", "项目一", "项目二"]);
    for (const sheet of ["填报说明", "项目一", "项目二"])
      expect(await sheetValues(restored, sheet)).toEqual(await sheetValues(input, sheet));
  });
});

describe("many forms on the summary line", () => {
  test("twelve forms: ten lines, then how many more", async () => {
    const input = path.join(dir, "twelve.xlsx");
    const wb = new ExcelJS.Workbook();
    for (let i = 1; i <= 12; i++) addSheet(wb, `项目${i}`, nationalForm(`项目${i}`, 77.66));
    await wb.xlsx.writeFile(input);
    const r = await runCli(["score", input, "--out", path.join(dir, "twelve.scored.xlsx")]);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^twelve\.xlsx：共 12 张评价表/);
    expect(lines.slice(1, 11).every((l) => l.includes("总分 77.66/100，等级 中"))).toBe(true);
    expect(lines[10]).toMatch(/^ {2}10\. /);
    expect(lines[11]).toBe("  …… 另有 2 张评价表，见 --json 报告或评分副本的「评分汇总」");
  });
});

describe("a wrong 总分 on the second copy", () => {
  test("SUM_MISMATCH and GRADE_MISMATCH on that form's own cells, with a note there; the first form is clean", async () => {
    const input = path.join(dir, "twoproj-wrong.xlsx");
    const scored = path.join(dir, "twoproj-wrong.scored.xlsx");
    await twoCopies(input, 80);
    const { report } = await score(input, scored);
    const checks = report.flags.filter((f) =>
      ["SUM_MISMATCH", "GRADE_MISMATCH", "WEIGHT_SUM"].includes(f.code)
    );
    // 80 stated against 77.66 summed; a stated 80 would be 良, not the 中 written in B13
    expect(checks.map((f) => `${f.form} ${f.code}@${f.cell}`).sort()).toEqual([
      "项目二 GRADE_MISMATCH@B13",
      "项目二 SUM_MISMATCH@G12",
    ]);
    expect(report.forms.map((f) => f.flagCounts.error)).toEqual([0, 2]);
    expect(report.forms.map((f) => f.totals.score)).toEqual([77.66, 77.66]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    const note = (sheet: string, cell: string): string =>
      JSON.stringify(wb.getWorksheet(sheet)!.getCell(cell).note ?? "");
    expect(note("项目二", "G12")).toContain("SUM_MISMATCH");
    expect(note("项目一", "G12")).toBe('""');
  });
});

describe("batch", () => {
  test("a row per form, the workbook named on each", async () => {
    const folder = path.join(dir, "bureau");
    await fs.mkdir(folder);
    await twoCopies(path.join(folder, "a-twoproj.xlsx"));
    await fs.copyFile(
      path.join(__dirname, "../../assets/samples/sample.xlsx"),
      path.join(folder, "b-sample.xlsx")
    );
    const summary = path.join(dir, "summary.xlsx");
    expect((await runCli(["batch", folder, "--summary", summary, "--quiet"])).code).toBe(0);
    const rows = (await sheetValues(summary, "汇总")).slice(1);
    // sample.xlsx: 79.59 → 中 (tests/cli/batch-undo.test.ts)
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[13]])).toEqual([
      ["a-twoproj.xlsx", 77.66, 100, "中", "项目一"],
      ["a-twoproj.xlsx", 77.66, 100, "中", "项目二"],
      ["b-sample.xlsx", 79.59, 100, "中", expect.any(String)],
    ]);
    expect(rows[0][12]).toBe(TITLE);
  });
});

describe("a real multi-project workbook: published project forms, one per sheet, beside a 填报说明 sheet", () => {
  const ids = ["hb-langfang-2019", "sc-zhongjiang-2022", "yn-gucheng-2020", "nm-bayannur-2024"];
  const forms = ids.map((id) => REAL_FORMS.find((f) => f.id === id)!);
  const sheetOf = (i: number): string => `项目${i + 1}`;
  let together: Report;
  const alone = new Map<string, Report>();

  beforeAll(async () => {
    const file = path.join(dir, "department.xlsx");
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "填报说明", GUIDE);
    forms.forEach((f, i) => addRealFormSheet(wb, f, sheetOf(i)));
    await wb.xlsx.writeFile(file);
    together = (await score(file, path.join(dir, "department.scored.xlsx"))).report;
    for (const [i, f] of forms.entries()) {
      const one = path.join(dir, `${f.id}.xlsx`);
      const single = new ExcelJS.Workbook();
      addRealFormSheet(single, f, sheetOf(i));
      await single.xlsx.writeFile(one);
      alone.set(f.id, (await score(one, path.join(dir, `${f.id}.scored.xlsx`))).report);
    }
  }, 120_000);

  test("one form per sheet, each with the figures it has when scored alone", () => {
    expect(together.totals).toBeNull();
    expect(together.forms.map((f) => f.sheet)).toEqual(["项目1", "项目2", "项目3", "项目4"]);
    forms.forEach((f, i) => {
      const single = alone.get(f.id)!;
      expect(together.forms[i].totals).toEqual(single.totals);
      expect(together.forms[i].flagCounts).toEqual(single.forms[0].flagCounts);
    });
    // 廊坊 2019: the publisher's 97.24 (tests/engine/real-forms.test.ts); 古城 2020: 100 → 优
    expect([together.forms[0].totals.score, together.forms[0].totals.grade]).toEqual([97.24, "优"]);
    expect([together.forms[2].totals.score, together.forms[2].totals.grade]).toEqual([100, "优"]);
  });

  test("each form is titled from its sheet's title row and 项目名称", () => {
    for (const f of together.forms) expect(f.title).not.toBe(f.sheet);
    expect(together.forms[1].title).toContain("中江县农业水价综合改革精准补贴和节水奖励项目");
  });
});
