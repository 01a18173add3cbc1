// ExcelApi 1.8–1.9 (no notes, no comments): the explanation of a flagged cell goes into its data-validation
// input prompt. A prompt a person set there is theirs: never overwritten, never cleared by undo, and the run
// says it was kept. Through Microsoft's own Office.js client with a host that has ExcelApi 1.8 only.

import { parseA1 } from "../../src/engine/grid";
import { render } from "../../src/engine/i18n/render";
import { getPreset } from "../../src/engine/ruleset";
import { generatedCells } from "../../src/bench/generate";
import { ExcelWorkbookPort } from "../../src/workbook/excel";
import { PROMPT_TITLE } from "../../src/workbook/excel/write";
import { runScoring, undoScoring } from "../../src/workbook/run";
import { buildWorkbook } from "../fakes/excel-model";
import { OfficeHost, excelFor } from "../fakes/office-host";

const SHEET = "自评表";
const MINE = { showPrompt: true, title: "填写说明", message: "请填写完成值（万元），保留两位小数" };

async function score(port: ExcelWorkbookPort) {
  const rs = getPreset("national-2020")!;
  const outcome = await runScoring(port, rs, {
    file: "t.xlsx",
    ruleSetName: rs.name,
    lang: "zh-CN",
    now: "2026-01-01T00:00:00Z",
  });
  if (!outcome.ok) throw new Error("not scored");
  return outcome.plan;
}

/** The cells the engine marks on this table, learnt from a run on a copy. */
async function markedCells(): Promise<{ row: number; col: number; cell: string }[]> {
  const host = excelFor(buildWorkbook([{ name: SHEET, rows: generatedCells(40) }]), {
    apiVersion: "1.8",
  });
  const port = new ExcelWorkbookPort({ run: host.run, isSetSupported: host.isSetSupported });
  const plan = await score(port);
  return plan.marks
    .filter((m) => m.sheet === SHEET && m.note !== null)
    .map((m) => ({ ...parseA1(m.cell)!, cell: m.cell }));
}

test("a person's input prompt on a flagged cell survives the run, a re-run and undo; the run says so", async () => {
  const [theirs, ours] = await markedCells();
  const model = buildWorkbook([{ name: SHEET, rows: generatedCells(40) }]);
  model.sheet(SHEET).edit(theirs.row, theirs.col, (c) => {
    c.validation = { type: "None", prompt: { ...MINE } };
  });
  const before = model.snapshot();
  const host = excelFor(model, { apiVersion: "1.8" });
  expect(host).toBeInstanceOf(OfficeHost); // Microsoft's client, the library checking requirement sets
  const port = new ExcelWorkbookPort({ run: host.run, isSetSupported: host.isSetSupported });

  const plan = await score(port);
  const s = host.model.sheet(SHEET);
  expect(s.get(theirs.row, theirs.col)?.validation?.prompt).toEqual(MINE);
  expect(s.get(ours.row, ours.col)?.validation?.prompt?.title).toBe(PROMPT_TITLE);
  const said = (plan.notices ?? []).map((n) => render(n, "zh-CN")).join("\n");
  expect(said).toContain(`「${SHEET}」的 ${theirs.cell} 已有他人设置的输入提示，原样保留`);
  expect(said).not.toContain(ours.cell + " ");
  expect(render(plan.notices!.at(-1)!, "en-US")).toContain(
    `“${SHEET}”, ${theirs.cell}: an input message`
  );

  const once = host.model.snapshot();
  await score(port);
  expect(host.model.snapshot()).toEqual(once);

  await undoScoring(port);
  expect(host.model.snapshot()).toEqual(before);
});

test("a prompt a person put over the add-in's after the run is left by undo", async () => {
  const [, ours] = await markedCells();
  const model = buildWorkbook([{ name: SHEET, rows: generatedCells(40) }]);
  const host = excelFor(model, { apiVersion: "1.8" });
  const port = new ExcelWorkbookPort({ run: host.run, isSetSupported: host.isSetSupported });
  await score(port);
  expect(host.model.sheet(SHEET).get(ours.row, ours.col)?.validation?.prompt?.title).toBe(
    PROMPT_TITLE
  );
  host.model.sheet(SHEET).edit(ours.row, ours.col, (c) => {
    c.validation = { type: "None", prompt: { ...MINE } };
  });
  await undoScoring(port);
  expect(host.model.sheet(SHEET).get(ours.row, ours.col)?.validation?.prompt).toEqual(MINE);
});
