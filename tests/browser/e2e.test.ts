// The product end to end, as a person without Excel meets it: the built task pane (dist/web) in Debian's
// Chromium at task-pane width, served from 127.0.0.1. Try the sample, run, read the total and grade, review
// a flag, download the scored copy and read it back with ExcelJS; undo; drag and drop; a wrong file.
// Run `npm run build` first; this test builds nothing.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../src/bench/static-server";
import { CHROMIUM_PATH, launchChromium, type LaunchedBrowser } from "../../src/bench/web-bench";

const DIST = path.resolve(__dirname, "../../dist/web");
const OUTPUT = path.resolve(__dirname, "../output");
const SAMPLE = path.resolve(__dirname, "../../assets/samples/sample.xlsx");
const SOON = 5000;
const RUN_TIMEOUT = 30000;
const WIDTH = 350;

const FLAG_ID = "项目支出绩效自评表!E22:NEGATIVE_COMPLETION";
const NEXT_FLAG_ID = "预算执行明细!F5:EXECUTION_LOW";
const COMMENT = "已核实：受疫情影响";
const REVIEWER = "张三";

let server: StaticServer;
let browser: LaunchedBrowser;
let downloads: string;

interface OpenedPane {
  readonly page: Page;
  readonly errors: string[];
  /** URLs the page asked for after loading (fetches and scripts), to prove it sends nothing anywhere. */
  readonly requests: string[];
}

async function openPane(query = "", width = WIDTH): Promise<OpenedPane> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 720 });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.getByTestId("browser-notice").waitFor({ state: "visible", timeout: SOON });
  return { page, errors, requests };
}

async function runSample(
  page: Page,
  labels = { sample: "试用示例", chosen: "已选择：sample.xlsx", run: "运行评分" }
): Promise<void> {
  await page.getByRole("button", { name: labels.sample }).click();
  await page.getByText(labels.chosen).waitFor({ state: "visible", timeout: SOON });
  await page.getByRole("button", { name: labels.run }).click();
  await page.getByTestId("total").waitFor({ state: "visible", timeout: RUN_TIMEOUT });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

/** A whole-page screenshot from the top (a sticky toolbar is drawn where it belongs). */
async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUTPUT, name), fullPage });
}

async function download(page: Page, buttonName: string): Promise<{ file: string; name: string }> {
  const [event] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: buttonName }).click(),
  ]);
  const name = event.suggestedFilename();
  const file = path.join(downloads, `${Date.now()}-${name}`);
  await event.saveAs(file);
  return { file, name };
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v).replace(/^\u200B/, "");
}

/** The 复核清单 row of a flag, by the headers in row 1 (each "中文\nEnglish"). */
function reviewRow(workbook: ExcelJS.Workbook, flagId: string): Record<string, string> | undefined {
  const sheet = workbook.getWorksheet("复核清单");
  if (!sheet) return undefined;
  const headers: string[] = [];
  sheet
    .getRow(1)
    .eachCell(
      { includeEmpty: true },
      (cell, col) => (headers[col] = text(cell).split("\n")[0] ?? "")
    );
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, string> = {};
    headers.forEach((h, col) => (values[h] = text(row.getCell(col))));
    if (values["编号"] === flagId) return values;
  }
  return undefined;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      `${path.join(DIST, "taskpane.html")} is missing: run npm run build first (npm test does)`
    );
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium (CI installs it)`
    );
  }
  fs.mkdirSync(OUTPUT, { recursive: true });
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-downloads-"));
  server = await startStaticServer(DIST);
  browser = await launchChromium({ width: WIDTH, locale: "zh-CN" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

describe("a supervisor reviews the sample in a plain browser (zh-CN, 350 px)", () => {
  let pane: OpenedPane;

  beforeAll(async () => {
    pane = await openPane();
  });

  afterAll(async () => {
    await pane?.page.close();
  });

  test("the Run screen offers the sample, the run's choices and one primary button", async () => {
    const { page } = pane;
    expect(await page.getByRole("button", { name: "试用示例" }).isEnabled()).toBe(true);
    expect(await page.getByLabel("评分规则集").inputValue()).toBe("national-2020");
    expect(await page.getByLabel("执行率分母").inputValue()).toBe("adjusted");
    expect(
      await page.getByRole("checkbox", { name: "公式模式：系统得分写成 Excel 公式" }).isChecked()
    ).toBe(false);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "pane-run-zh.png");
  });

  test("running the sample shows total 79.59 and grade 中, and moves focus to the results", async () => {
    const { page } = pane;
    await runSample(page);
    expect(await page.getByTestId("total").innerText()).toBe("79.59");
    expect(await page.getByTestId("grade").innerText()).toBe("中");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-heading");
    expect(await page.getByTestId("announcement").innerText()).toContain("系统总分 79.59，等级 中");
    const chart = page.getByRole("img", { name: /一级指标得分与分值/ });
    expect(await chart.getAttribute("aria-label")).toContain("产出指标：得分 38.85，分值 50");
    expect(await page.getByTestId("rates").innerText()).toContain("83.27%");
    expect(await page.getByTestId("flag-counts").innerText()).toMatch(/警告\s*5/);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "pane-results-zh.png");
  });

  test("a flag is opened, confirmed with a comment and saved to 复核清单 at once", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "问题（5）" }).click();
    expect(await page.getByTestId("shown-count").innerText()).toBe("显示 5/5 个问题");
    const item = page.locator(`[data-flag-id="${FLAG_ID}"]`);
    expect(await item.innerText()).toContain("完成率-53.33%为负");
    await item.click();
    expect(await item.getAttribute("aria-expanded")).toBe("true");
    const form = page.getByTestId("flag-review");
    await form.getByLabel("复核人").fill(REVIEWER);
    await form.getByLabel("复核意见").fill(COMMENT);
    await form.getByRole("button", { name: "已确认" }).click();
    await form
      .getByTestId("review-status")
      .getByText("已保存到复核清单：已确认")
      .waitFor({ state: "visible", timeout: SOON });
    expect(await item.innerText()).toContain("已确认");
    expect(await item.innerText()).toContain(COMMENT);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "pane-flags-zh.png");
  });

  test("arrow keys and previous / next step through the flags; search and filters narrow them", async () => {
    const { page } = pane;
    await page.locator(`[data-flag-id="${FLAG_ID}"]`).focus();
    await page.keyboard.press("ArrowDown");
    expect(
      await page.locator(`[data-flag-id="${NEXT_FLAG_ID}"]`).getAttribute("aria-expanded")
    ).toBe("true");
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.flagId)
    ).toBe(NEXT_FLAG_ID);
    await page.getByRole("button", { name: "上一个" }).click();
    expect(await page.locator(`[data-flag-id="${FLAG_ID}"]`).getAttribute("aria-expanded")).toBe(
      "true"
    );
    expect(await page.getByRole("toolbar").innerText()).toContain("第 4/5 个");

    await page.getByLabel("搜索问题").fill("E22");
    expect(await page.getByTestId("shown-count").innerText()).toBe("显示 1/5 个问题");
    await page.getByLabel("搜索问题").fill("");
    await page.getByLabel("复核状态").selectOption("已确认");
    expect(await page.getByTestId("shown-count").innerText()).toBe("显示 1/5 个问题");
    await page.getByLabel("复核状态").selectOption("all");
    expect(await page.getByTestId("shown-count").innerText()).toBe("显示 5/5 个问题");
  });

  test("the preview scrolls to the flag's cell, shaded by severity with its message", async () => {
    const { page } = pane;
    await page.getByTestId("flag-review").getByRole("button", { name: "在预览中查看" }).click();
    const table = page.getByTestId("preview-table");
    await table.waitFor({ state: "visible", timeout: SOON });
    expect(await table.getAttribute("data-sheet")).toBe("项目支出绩效自评表");
    const cell = table.locator('td[data-cell="E22"]');
    expect(await cell.getAttribute("data-severity")).toBe("warning");
    expect(await cell.getAttribute("title")).toContain("完成率-53.33%为负");
    expect(await cell.isVisible()).toBe(true);
    const box = await cell.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= WIDTH).toBe(true);
    // The add-in's own columns are in the preview too.
    expect(await table.innerText()).toContain("系统得分");
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "pane-preview-zh.png", false);
  });

  test("the downloaded copy holds the decision in 复核清单; the page sent nothing anywhere", async () => {
    const { page, requests, errors } = pane;
    const { file, name } = await download(page, "下载评分后的副本");
    expect(name).toBe("sample.scored.xlsx");
    const workbook = await readWorkbook(file);
    const row = reviewRow(workbook, FLAG_ID);
    expect(row).toBeDefined();
    expect(row?.["状态"]).toBe("已确认");
    expect(row?.["复核意见"]).toBe(COMMENT);
    expect(row?.["复核人"]).toBe(REVIEWER);
    expect(row?.["时间"]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The other flags are still waiting for review.
    expect(reviewRow(workbook, NEXT_FLAG_ID)?.["状态"]).toBe("待复核");
    expect(workbook.getWorksheet("评分汇总")).toBeDefined();

    const offOrigin = requests.filter(
      (r) => !r.includes(server.url) && !r.includes("appsforoffice.microsoft.com")
    );
    expect(offOrigin).toEqual([]);
    const fetched = requests.filter((r) => /\.(xlsx|json)(\?|$)/.test(r));
    expect(fetched).toEqual([`GET ${server.url}assets/samples/sample.xlsx`]);
    expect(new Set(browser.blockedHosts)).toEqual(new Set(["appsforoffice.microsoft.com"]));
    expect(errors).toEqual([]);
  });

  test("undo of the whole run gives back a workbook without 复核清单 and 评分汇总", async () => {
    const { page, errors } = pane;
    await page.getByRole("tab", { name: "结果" }).click();
    await page.getByRole("button", { name: "撤销本次评分" }).click();
    await page.getByRole("button", { name: "确定撤销" }).click();
    await page
      .getByTestId("run-notice")
      .getByText("已撤销")
      .waitFor({ state: "visible", timeout: SOON });
    expect(await page.getByRole("tab", { name: "结果" }).isDisabled()).toBe(true);

    const { file, name } = await download(page, "下载副本");
    expect(name).toBe("sample.unscored.xlsx");
    const undone = await readWorkbook(file);
    const original = await readWorkbook(SAMPLE);
    expect(undone.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
    expect(undone.getWorksheet("复核清单")).toBeUndefined();
    expect(undone.getWorksheet("评分汇总")).toBeUndefined();

    // The preview shows the un-scored sheet: no add-in columns, nothing shaded.
    await page.getByRole("tab", { name: "预览" }).click();
    const table = page.getByTestId("preview-table");
    expect(await table.innerText()).not.toContain("系统得分");
    expect(await table.locator("td[data-severity]").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("other ways in", () => {
  test("en-US: the same screens in English", async () => {
    const { page, errors } = await openPane("?lang=en-US");
    await runSample(page, {
      sample: "Try the sample",
      chosen: "Chosen: sample.xlsx",
      run: "Run scoring",
    });
    expect(await page.getByTestId("total").innerText()).toBe("79.59");
    expect(await page.getByRole("heading", { name: "Results" }).isVisible()).toBe(true);
    expect(await page.getByTestId("flag-counts").innerText()).toMatch(/Warning\s*5/);
    expect(
      await page.getByRole("img", { name: /Score against weight by level-1 indicator/ }).count()
    ).toBe(1);
    expect(await page.getByRole("tab", { name: "Flags (5)" }).isEnabled()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "pane-results-en.png");
    await page.getByRole("tab", { name: "Flags (5)" }).click();
    expect(await page.getByTestId("shown-count").innerText()).toBe("Showing 5 of 5 flags");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an .xlsx dropped on the drop zone is opened and scored", async () => {
    const { page, errors } = await openPane();
    await page.evaluate(async () => {
      const bytes = await (await fetch("assets/samples/sample.xlsx")).arrayBuffer();
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([bytes], "拖入的自评表.xlsx", {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        })
      );
      const zone = document.querySelector("[data-testid=drop-zone]");
      if (!zone) throw new Error("no drop zone");
      zone.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
      zone.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
    });
    await page.getByText("已选择：拖入的自评表.xlsx").waitFor({ state: "visible", timeout: SOON });
    await page.getByRole("button", { name: "运行评分" }).click();
    await page.getByTestId("total").waitFor({ state: "visible", timeout: RUN_TIMEOUT });
    expect(await page.getByTestId("total").innerText()).toBe("79.59");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a file that is not an .xlsx gets a clear error naming it, dropped or picked", async () => {
    const { page, errors } = await openPane();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["备注"], "说明.txt", { type: "text/plain" }));
      document
        .querySelector("[data-testid=drop-zone]")
        ?.dispatchEvent(
          new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true })
        );
    });
    await page
      .getByText("“说明.txt”不是 .xlsx 工作簿，请选择 .xlsx 文件。")
      .waitFor({ state: "visible", timeout: SOON });
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "预算.csv", mimeType: "text/csv", buffer: Buffer.from("a,b") });
    await page
      .getByText("“预算.csv”不是 .xlsx 工作簿，请选择 .xlsx 文件。")
      .waitFor({ state: "visible", timeout: SOON });
    // An .xlsx name on bytes that are no workbook: refused when it is opened, again by name.
    await page.locator("input[type=file]").setInputFiles({
      name: "坏文件.xlsx",
      mimeType: "text/plain",
      buffer: Buffer.from("not a zip"),
    });
    await page.getByRole("button", { name: "运行评分" }).click();
    await page
      .getByTestId("run-notice")
      .getByText("坏文件.xlsx：不是有效的 .xlsx 工作簿", { exact: false })
      .waitFor({ state: "visible", timeout: SOON });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("every screen fits 320 and 500 px without horizontal scrolling", async () => {
    for (const width of [320, 500]) {
      const { page } = await openPane("", width);
      await runSample(page);
      const overflow: Record<string, number> = { results: await horizontalOverflow(page) };
      await page.getByRole("tab", { name: "问题（5）" }).click();
      await page.locator(`[data-flag-id="${FLAG_ID}"]`).click();
      overflow.flags = await horizontalOverflow(page);
      await page.getByRole("tab", { name: "预览" }).click();
      overflow.preview = await horizontalOverflow(page);
      expect({ width, overflow }).toEqual({
        width,
        overflow: { results: 0, flags: 0, preview: 0 },
      });
      await page.close();
    }
  });
});
