/**
 * `jixiao report`: the 自评报告 draft of the bundled seed workbooks, read back from the .docx (word/document.xml
 * unzipped with fflate). Expected sentences are the seeds' own (quoted with their line in ../shared/seeds) or
 * worked out by hand in the comments; every figure the appendix says was typed in the sheet is checked
 * against that very cell.
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { readDocx, type DocText } from "../support/docx";
import { convert, run } from "../support/libreoffice";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-report-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function report(
  input: string,
  extra: string[] = []
): Promise<{ doc: DocText; file: string }> {
  const file = path.join(dir, `${path.basename(input, ".xlsx")}${extra.join("")}.docx`);
  const r = await runCli(["report", input, "--out", file, ...extra]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return { doc: await readDocx(file), file };
}

function paragraph(doc: DocText, start: string): string {
  const p = doc.paragraphs.find((t) => t.includes(start));
  if (!p) throw new Error(`no paragraph with ${start}:\n${doc.paragraphs.join("\n")}`);
  return p;
}

/** The appendix: 序号 | 数字 | 内容 | 工作表 | 单元格 | 来源. */
function appendix(doc: DocText): string[][] {
  const t = doc.tables.find((rows) => rows[0]?.join("|") === "序号|数字|内容|工作表|单元格|来源");
  if (!t) throw new Error("no appendix table");
  return t.slice(1);
}

/** Every figure the appendix says was typed in the sheet is what that cell holds, at the draft's precision. */
async function expectStatedFiguresInTheirCells(input: string, rows: string[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  let checked = 0;
  for (const [, text, , sheet, cell, basis] of rows) {
    if (basis !== "表内填报") continue;
    const v = wb.getWorksheet(sheet)?.getCell(cell).value;
    const n = typeof v === "object" && v !== null && "result" in v ? v.result : v;
    const printed = Number(text.replace(/,/g, "").replace(/%$/, ""));
    expect(typeof n).toBe("number");
    expect(Math.abs((n as number) - printed)).toBeLessThan(0.005);
    checked++;
  }
  return checked;
}

describe("jixiao report: the seeds' figures in the seeds' sentences", () => {
  test("seed 001: 资金管理 16 → 14.98 with its reason, the total 93.78 → 优, each figure traced to its cell", async () => {
    const input = path.join(SAMPLES, "seed001-department.xlsx");
    const { doc } = await report(input);
    // Seed 001, line 107, word for word:
    expect(doc.paragraphs).toContain(
      "（1）资金管理，分值16分，自评得分14.98分，扣分主要原因：部门预算调整次数较多，部分调整集中在年底；调整的二级项目数量多，部分项目预算调整次数、调整幅度较大。预算执行过程中，市产业发展中心存在凭证附件不完整等问题。"
    );
    // Line 111: "（3）信息公开管理4分，自评得分4分。" — full marks, no reason.
    expect(doc.paragraphs).toContain("（3）信息公开管理，分值4分，自评得分4分。");
    // Line 101: "…部门整体支出绩效自评得分93.78分。"; 93.78 ≥ 90 → 优.
    expect(paragraph(doc, "自评得分93.78分")).toContain("达到“优”等级");
    // 管理效能: 14.98 + 1.65 + 4 + 3.3 + 4 + 13.55 = 41.48 of 16 + 2 + 4 + 4 + 4 + 15 = 45.
    expect(doc.paragraphs).toContain("分值45分，自评得分41.48分。");
    // The bonus row is a note, not a deduction: "加 2.5 分".
    expect(paragraph(doc, "（1）工作受表彰或批评")).toContain("分值5分，自评得分2.5分，说明：");
    // Budget: 387,143.16 / 387,236.73 = 99.976 % → 99.98 %, as the sheet prints it, in the sheet's words
    // (its column 执行率); the denominator named.
    expect(paragraph(doc, "部门整体支出全年预算数387,236.73万元")).toContain(
      "全年执行数387,143.16万元，执行率99.98%（全年执行数÷全年预算数）"
    );
    // The split by 基本 / 项目: 12,674.45 / 12,716.53 = 99.67 %; 374,468.71 / 374,520.2 = 99.99 %.
    expect(paragraph(doc, "其中：基本支出")).toContain(
      "基本支出预算12,716.53万元、执行12,674.45万元，执行率99.67%；项目支出预算374,520.20万元、执行374,468.71万元，执行率99.99%"
    );
    // The key-indicator table of seed 001: 序号 | 整体支出关键指标 | 预期实现目标值 | 年度完成情况.
    const key = doc.tables.find((t) => t[0][0] === "序号" && t[0][2] === "预期实现目标值");
    expect(key?.[3].slice(1, 4)).toEqual(["产业基金拉动倍数", "2 倍", "4.23 倍"]);
    // The open flag on it (211.50 % of the target, no reason) is drafted as a problem, with its cell.
    expect(paragraph(doc, "关键指标!D4：")).toContain("211.50%");
    // The header line says it is a draft.
    expect(doc.header).toContain("【草稿】");
    // The appendix: 14.98 is D3 of the score sheet, typed there; the rate is computed from C6 and B6.
    const rows = appendix(doc);
    expect(rows).toContainEqual([
      "20",
      "14.98",
      "资金管理 自评得分",
      "部门整体支出绩效自评表",
      "D3",
      "表内填报",
    ]);
    expect(rows.find((r) => r[1] === "99.98%" && r[4] === "C6、B6")?.[5]).toBe("系统计算：C6÷B6");
    expect(await expectStatedFiguresInTheirCells(input, rows)).toBeGreaterThan(30);
  });

  test("seed 003: 96.5 and 97.3 % as the sheet prints it, the adjustment 24,265.03 → 46,025.62", async () => {
    const input = path.join(SAMPLES, "seed003-department.xlsx");
    const { doc } = await report(input);
    // Line 123: "综合评分为 96.5 分".
    expect(paragraph(doc, "自评得分96.5分")).toContain("（满分100分），达到“优”等级");
    // 44,792.02 / 46,025.62 = 97.32 %; the sheet prints "97.3%", one decimal, and so does the draft, in the
    // sheet's word for it (line 111 of the seed: "整体预算完成率为 97.3%").
    const spending = paragraph(doc, "支出合计");
    expect(spending).toContain(
      "支出决算数44,792.02万元，预算完成率97.3%（支出决算数÷调整后预算数）"
    );
    // (46,025.62 − 24,265.03) / 24,265.03 = +89.68 % (docs/domain.md §6).
    expect(spending).toContain(
      "年初预算数24,265.03万元，调整后预算数46,025.62万元，调整21,760.59万元，调整率+89.68%"
    );
    // Line 131: "分值 20 分，自评得分 17 分，原因主要是：东风日产持续不佳…".
    expect(paragraph(doc, "部门整体绩效目标产出指标完成情况")).toContain(
      "分值20分，自评得分17分，扣分主要原因：东风日产持续不佳"
    );
    // Line 133: the full-marks row keeps the sheet's remark.
    expect(doc.paragraphs).toContain(
      "（3）部门预算资金支出率，分值10分，自评得分10分，说明：部门预算资金支出率高。"
    );
    expect(await expectStatedFiguresInTheirCells(input, appendix(doc))).toBeGreaterThan(20);
  });

  test("seed 004: the four rates, and the stated 89 → 良 beside the computed total, marked", async () => {
    const sample = path.join(SAMPLES, "sample.xlsx");
    const { doc } = await report(sample);
    // Seed 004's rates: 14,871.77 / 16,098.12 = 92.38 %; 932.66 / 933.57 = 99.90 %;
    // 207.36 / 249.02 = 83.27 %; 13,731.75 / 14,915.53 = 92.06 %.
    const text = doc.paragraphs.join("\n");
    expect(text).toContain("全年执行数14,871.77万元，执行率92.38%（全年执行数÷全年预算数）");
    for (const rate of ["执行率92.38%", "执行率99.90%", "执行率83.27%", "执行率92.06%"])
      expect(text).toContain(rate);
    // 16,141.66 − 43.54 cut = 16,098.12.
    expect(paragraph(doc, "年度资金总额")).toContain(
      "年初预算数16,141.66万元，全年预算数16,098.12万元，调整-43.54万元"
    );
    // The sample holds no stated total; the system's: 9.24 + 38.85 + 22.5 + 9 = 79.59 → 中.
    expect(paragraph(doc, "自评得分79.59分")).toContain("“中”");
    // The negative growth (−1.6 % against ≥ 3 %) scores 0 and is drafted as a problem.
    expect(paragraph(doc, "项目支出绩效自评表!E22：")).toContain("-1.6%");
    // A row that lost points with no reason in the sheet gets the computed explanation, marked as such.
    expect(paragraph(doc, "（1）数量指标")).toContain(
      "新落地（摘牌）项目：（系统计算说明，请核实后改写）完成值51宗"
    );

    // Seed 004, line 145: "自评结果为 89 分，达到'良'等级" — typed into the total row's 得分 cell (G26) of a copy.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    wb.getWorksheet("项目支出绩效自评表")!.getCell("G26").value = 89;
    const stated = path.join(dir, "seed004-stated-89.xlsx");
    await wb.xlsx.writeFile(stated);
    const withStated = (await report(stated)).doc;
    expect(paragraph(withStated, "【请核对】")).toBe(
      "【请核对】表内填报自评得分89分，达到“良”等级，与系统计算的79.59分（“中”）不一致。"
    );
    expect(appendix(withStated)).toContainEqual([
      "20",
      "89",
      "表内填报总分",
      "项目支出绩效自评表",
      "G26",
      "表内填报",
    ]);
  });

  test("en-US beside zh-CN: the same figures, English sentences", async () => {
    const { doc } = await report(path.join(SAMPLES, "seed001-department.xlsx"), [
      "--lang",
      "en-US",
    ]);
    expect(doc.header).toContain("[DRAFT]");
    expect(paragraph(doc, "(1) 资金管理")).toContain(
      "weight 16, score 14.98; main reason for the deduction: 部门预算调整次数较多"
    );
    expect(paragraph(doc, "93.78")).toContain("93.78 of 100 points, grade “优” (Excellent)");
  });
});

describe("jixiao report: what it cannot draft, it says", () => {
  test("a workbook with no scorable table: exit 2 with the usual message naming the file", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").getCell("A1").value = "本工作簿只有说明文字";
    const file = path.join(dir, "no-table.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["report", file, "--out", path.join(dir, "no-table.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no-table.xlsx");
    await expect(fs.stat(path.join(dir, "no-table.docx"))).rejects.toThrow();
  });

  test("--form names a form the workbook does not have: exit 2 listing the forms it has", async () => {
    const r = await runCli([
      "report",
      path.join(SAMPLES, "sample.xlsx"),
      "--form",
      "项目乙",
      "--out",
      path.join(dir, "x.docx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("“项目乙”");
    expect(r.err).toContain("项目支出绩效自评表");
    const ok = await runCli([
      "report",
      path.join(SAMPLES, "sample.xlsx"),
      "--form",
      "项目支出绩效自评表",
      "--out",
      path.join(dir, "y.docx"),
      "--quiet",
    ]);
    expect(ok.code).toBe(0);
  });

  test("rows no one scored are said to be unscored, never printed as 0 without a word", async () => {
    // The sample under the hand-scoring rule set: of its 13 indicator rows only G24 (4.5) and G25 (9) hold a
    // score, so 11 are unscored; the total is 9.24 (budget line) + 4.5 + 9 = 22.74.
    const { doc } = await report(path.join(SAMPLES, "sample.xlsx"), [
      "--rules",
      "department-manual",
    ]);
    expect(paragraph(doc, "【请核对】有11项指标未能计分")).toContain("项目支出绩效自评表!G13");
    // 11 weighted rows unscored: the total is partial and takes no grade (the engine's reason is quoted).
    expect(paragraph(doc, "已评分指标合计22.74分")).toContain("11行带分值的指标无法计分");
    expect(paragraph(doc, "【请核对】有11项指标未能计分")).toContain("须人工评分后方可评定等级");
    expect(doc.paragraphs).toContain(
      "（1）数量指标，分值35分，自评得分0分（其中4项未能计分，须人工评分）。"
    );
  });

  test("a workbook with only a budget block: a draft with only the budget section", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(SAMPLES, "seed000-budget.xlsx"));
    wb.removeWorksheet(wb.getWorksheet("绩效目标")!.id);
    const file = path.join(dir, "seed000-budget-only.xlsx");
    await wb.xlsx.writeFile(file);
    const { doc } = await report(file);
    // Seed 000: "全年预算数 150055.68 万元，执行数 149174.48 万元，完成预算的 99.4%" (149,174.48 / 150,055.68 = 99.41 %,
    // printed to one decimal in the sheet).
    expect(paragraph(doc, "全年预算数150,055.68万元")).toContain("149,174.48万元，预算完成率99.4%");
    expect(doc.paragraphs.filter((p) => /^[一二三四]、/.test(p))).toEqual(["一、基本情况"]);
  });
});

describe("the draft in a real word processor", () => {
  test("LibreOffice opens the .docx (zh and en) and prints the seeds' sentences into a PDF", async () => {
    const zh = (await report(path.join(SAMPLES, "seed001-department.xlsx"))).file;
    const en = (await report(path.join(SAMPLES, "sample.xlsx"), ["--lang", "en-US"])).file;
    const out = path.join(dir, "pdf");
    const converted = await convert([zh, en], "pdf", out);
    expect(converted.code).toBe(0);
    const zhText = (await run("/usr/bin/pdftotext", [converted.outputs[0], "-"])).stdout.replace(
      /\s+/g,
      ""
    );
    expect(zhText).toContain("资金管理，分值16分，自评得分14.98分");
    expect(zhText).toContain("【草稿】");
    const enText = (await run("/usr/bin/pdftotext", [converted.outputs[1], "-"])).stdout.replace(
      /\s+/g,
      " "
    );
    expect(enText).toContain("execution rate 92.38%");
    expect(enText).toContain("[DRAFT]");
  });
});
