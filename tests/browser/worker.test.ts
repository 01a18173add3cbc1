// Browser mode's workbook lives in a Web Worker (src/taskpane/workbook.worker.ts): the built page in Debian's
// Chromium. Cancel while a large file is still being read terminates the worker, so the read stops; Cancel during
// a run terminates it too, and the workbook is opened again as it was. Run `npm run build:web` first.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page, Worker } from "playwright-core";
import { evaluate } from "../../src/engine/evaluate";
import { getPreset } from "../../src/engine/ruleset";
import { generatedGrid, generatedRows } from "../../src/bench/generate";
import { startStaticServer, type StaticServer } from "../../src/bench/static-server";
import { CHROMIUM_PATH, launchChromium, type LaunchedBrowser } from "../../src/bench/web-bench";

const DIST = path.resolve(__dirname, "../../dist/web");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SOON = 5000;
const LONG = 240000;

let server: StaticServer;
let browser: LaunchedBrowser;
/** 50,000 indicator rows: reading them takes many seconds, far longer than a cancel may. */
let large: Buffer;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(`${path.join(DIST, "taskpane.html")} is missing: run npm run build:web first`);
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  for (const row of generatedRows(50_000)) ws.addRow(row);
  large = Buffer.from(await wb.xlsx.writeBuffer());
  server = await startStaticServer(DIST);
  browser = await launchChromium({ width: 350, locale: "zh-CN" });
}, LONG);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Pane {
  page: Page;
  workers: Worker[];
  closed: Worker[];
  errors: string[];
}

async function openPane(): Promise<Pane> {
  const page = await browser.context.newPage();
  const pane: Pane = { page, workers: [], closed: [], errors: [] };
  page.on("worker", (worker) => {
    pane.workers.push(worker);
    worker.on("close", () => pane.closed.push(worker));
  });
  page.on("pageerror", (error) => pane.errors.push(error.message));
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId("browser-notice").waitFor({ state: "visible", timeout: SOON });
  return pane;
}

async function until(check: () => boolean, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("the sample is read and scored in a worker built as its own file; the page gets the total", async () => {
  const pane = await openPane();
  await pane.page.getByRole("button", { name: "试用示例" }).click();
  await pane.page.getByText("已选择：sample.xlsx").waitFor({ state: "visible", timeout: SOON * 4 });
  expect(pane.workers.map((w) => path.basename(new URL(w.url()).pathname))).toEqual([
    expect.stringMatching(/^workbook-worker\.[0-9a-f]{8}\.chunk\.js$/),
  ]);
  await pane.page.getByRole("button", { name: "运行评分" }).click();
  await pane.page.getByTestId("total").waitFor({ state: "visible", timeout: LONG });
  // sample.xlsx: 79.59 → 中 (docs/domain.md, the seeds).
  expect(await pane.page.getByTestId("total").innerText()).toContain("79.59");
  expect(pane.errors).toEqual([]);
  await pane.page.close();
});

test(
  "Cancel while a large file is still being read terminates its worker at once; a later file opens",
  async () => {
    const pane = await openPane();
    await pane.page
      .locator("input[type=file]")
      .setInputFiles({ name: "大表.xlsx", mimeType: XLSX, buffer: large });
    await pane.page.getByRole("button", { name: "运行评分" }).click();
    await until(() => pane.workers.length === 1, SOON * 4);
    // Still reading: the file is not yet shown as chosen.
    expect(await pane.page.getByText("已选择：大表.xlsx").count()).toBe(0);
    const cancelledAt = Date.now();
    await pane.page.getByRole("button", { name: "取消" }).click();
    await until(() => pane.closed.length === 1, SOON);
    // The worker went as soon as Cancel was pressed, not when a read of 50,000 rows would have ended.
    expect(Date.now() - cancelledAt).toBeLessThan(SOON);
    await pane.page.getByTestId("run-notice").waitFor({ state: "visible", timeout: SOON });
    expect(await pane.page.getByTestId("run-notice").innerText()).toContain("已取消");
    expect(await pane.page.getByTestId("file-problem").innerText()).toContain(
      "已取消打开 大表.xlsx"
    );
    expect(await pane.page.getByTestId("total").count()).toBe(0);
    // The page is not stuck: the sample opens in a fresh worker and is scored.
    await pane.page.getByRole("button", { name: "试用示例" }).click();
    await pane.page
      .getByText("已选择：sample.xlsx")
      .waitFor({ state: "visible", timeout: SOON * 4 });
    await pane.page.getByRole("button", { name: "运行评分" }).click();
    await pane.page.getByTestId("total").waitFor({ state: "visible", timeout: LONG });
    expect(await pane.page.getByTestId("total").innerText()).toContain("79.59");
    expect(pane.workers).toHaveLength(2);
    expect(pane.errors).toEqual([]);
    await pane.page.close();
  },
  LONG
);

test(
  "Cancel during a run terminates the worker; the workbook is opened again unchanged and scores",
  async () => {
    const pane = await openPane();
    await pane.page
      .locator("input[type=file]")
      .setInputFiles({ name: "大表.xlsx", mimeType: XLSX, buffer: large });
    await pane.page.getByText("已选择：大表.xlsx").waitFor({ state: "visible", timeout: LONG });
    await pane.page.getByRole("button", { name: "运行评分" }).click();
    await pane.page.getByTestId("run-progress").waitFor({ state: "visible", timeout: SOON });
    await pane.page.getByRole("button", { name: "取消" }).click();
    await until(() => pane.closed.length === 1, SOON);
    await pane.page.getByTestId("run-notice").waitFor({ state: "visible", timeout: SOON });
    expect(await pane.page.getByTestId("run-notice").innerText()).toContain(
      "已取消，工作簿未做任何更改"
    );
    // A fresh worker holds the workbook as it was picked; the next run scores it in full.
    await until(() => pane.workers.length === 2, SOON);
    await pane.page.getByRole("button", { name: "运行评分" }).click();
    await pane.page.getByTestId("total").waitFor({ state: "visible", timeout: LONG });
    // The same total as the engine gives the same rows in Node: the run after the cancel saw the whole workbook.
    const rules = getPreset("national-2020")!;
    const outcome = evaluate([generatedGrid(50_000)], rules, {
      file: "大表.xlsx",
      ruleSetName: rules.name,
    });
    if (!outcome.ok) throw new Error("the generated rows did not evaluate");
    const totals = outcome.evaluation.totals;
    if (!totals) throw new Error("the generated rows should make one form");
    expect(await pane.page.getByTestId("total").innerText()).toBe(totals.score.toFixed(2));
    expect(pane.errors).toEqual([]);
    await pane.page.close();
  },
  LONG * 2
);
