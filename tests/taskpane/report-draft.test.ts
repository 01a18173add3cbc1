/**
 * The task pane's report draft in both doors: Excel mode's own session on the strict Excel fake (the sample
 * in it, scored, one flag rejected by a reviewer) and browser mode's session on the picked sample. The
 * document comes back as a .docx whose text is read here; the workbook is not changed by drafting.
 */

import * as fs from "fs";
import * as path from "path";
import { excelSession } from "../../src/taskpane/excel-run";
import { openBrowserSession } from "../../src/taskpane/browser-run";
import { defaultChoices } from "../../src/taskpane/state/options";
import { docxText } from "../support/docx";
import { install, sampleInFake } from "../support/excel-sample";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");
const CHOICES = defaultChoices("2026-11-21");

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
});

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

test("Excel mode: the draft of the workbook open in Excel, without the flag a reviewer rejected", async () => {
  const fake = await sampleInFake();
  install(fake);
  const session = excelSession("zh-CN");
  const run = await session.score(CHOICES, () => undefined, { aborted: false });
  expect(run.status).toBe("done");
  const rejected = "项目支出绩效自评表!E16:OVER_ACHIEVEMENT";
  const review = await session.review(rejected, {
    status: "已驳回",
    reviewer: "李四",
    comment: "超额属实",
  });
  expect(review.ok).toBe(true);
  const before = fake.model.snapshot();

  const outcome = await session.draftReport!(CHOICES);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.file.name).toBe("sample.report.docx");
  expect(outcome.file.blob.type).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  );
  const doc = docxText(await bytesOf(outcome.file.blob));
  // 14,871.77 / 16,098.12 = 92.38 %; 9.24 + 38.85 + 22.5 + 9 = 79.59 → 中.
  expect(doc.paragraphs.join("\n")).toContain("全年执行数14,871.77万元，执行率92.38%");
  expect(doc.paragraphs.find((p) => p.includes("自评得分79.59分"))).toContain("“中”");
  // The rejected flag is closed: not a problem; the other open ones are.
  const problems = doc.paragraphs.filter((p) => p.includes("项目支出绩效自评表!"));
  expect(problems.some((p) => p.includes("!E16："))).toBe(false);
  expect(problems.some((p) => p.includes("!E22："))).toBe(true);
  // Drafting reads the workbook and writes nothing into it.
  expect(fake.model.snapshot()).toEqual(before);
  expect(fake.unsyncedAtEnd).toBe(0);
});

test("browser mode: the draft of the picked workbook, in English when the pane is", async () => {
  const file = new File([fs.readFileSync(SAMPLE)], "sample.xlsx");
  const opened = await openBrowserSession(file, "en-US");
  if (!opened.ok) throw new Error(opened.message);
  const outcome = await opened.session.draftReport!(CHOICES);
  if (!outcome.ok) throw new Error(outcome.message);
  const doc = docxText(await bytesOf(outcome.file.blob));
  expect(doc.header).toContain("[DRAFT]");
  expect(doc.paragraphs.join("\n")).toContain("execution rate 83.27%"); // 207.36 / 249.02
});
