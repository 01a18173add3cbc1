// The built task pane (dist/web) in Debian's Chromium, served from 127.0.0.1. office.js cannot be
// fetched here (no internet, and every request off 127.0.0.1 is aborted), which is exactly the case
// where the page must not wait for it. Run `npm run build` first; this test builds nothing.
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../src/bench/static-server";
import { CHROMIUM_PATH, launchChromium, type LaunchedBrowser } from "../../src/bench/web-bench";

const DIST = path.resolve(__dirname, "../../dist/web");
const OUTPUT = path.resolve(__dirname, "../output");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SOON = 5000; // "within a few seconds"

let server: StaticServer;
let browser: LaunchedBrowser;

interface OpenedPane {
  readonly page: Page;
  /** Uncaught exceptions and console errors, except the expected failure to fetch office.js. */
  readonly errors: string[];
}

async function openPane(query = "", officeJs?: string, width = 350): Promise<OpenedPane> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 640 });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  if (officeJs !== undefined) {
    // Page routes win over the context's blocking route: stand in for office.js.
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: "text/javascript", body: officeJs })
    );
  }
  await page.goto(`${server.url}taskpane.html${query}`);
  return { page, errors };
}

function browserNotice(page: Page) {
  return page.getByTestId("browser-notice");
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(`${path.join(DIST, "taskpane.html")} is missing: run npm run build first`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium (CI installs it)`
    );
  }
  fs.mkdirSync(OUTPUT, { recursive: true });
  server = await startStaticServer(DIST);
  browser = await launchChromium({ width: 350, locale: "zh-CN" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane in a plain browser, office.js unreachable", () => {
  test("shows the Chinese title, an enabled Run button and the browser-mode notice at once", async () => {
    const started = Date.now();
    const { page, errors } = await openPane();
    await page
      .getByRole("heading", { level: 1, name: "绩效评分助手" })
      .waitFor({ state: "visible", timeout: SOON });
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    const elapsed = Date.now() - started;

    const run = page.getByRole("button", { name: "运行评分" });
    expect(await run.isVisible()).toBe(true);
    expect(await run.isEnabled()).toBe(true);
    expect(await browserNotice(page).innerText()).toContain("请选择工作簿");
    expect(await page.getByRole("button", { name: "工作簿文件 选择文件…" }).isEnabled()).toBe(true);
    expect(await page.locator("input[type=file]").getAttribute("accept")).toContain(".xlsx");
    expect(await page.getByRole("status").innerText()).toBe("运行环境：浏览器（未连接 Excel）");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await page.title()).toBe("绩效评分助手");
    // office.js was unavailable, so there was nothing to wait for: no 1.5 s Office.onReady timeout.
    expect(elapsed).toBeLessThan(SOON);
    // The only request that tried to leave 127.0.0.1 was office.js, and it was stopped.
    expect(new Set(browser.blockedHosts)).toEqual(new Set(["appsforoffice.microsoft.com"]));
    expect(errors).toEqual([]);

    await page.screenshot({ path: path.join(OUTPUT, "taskpane-zh.png"), fullPage: true });
    await page.close();
  });

  test("?lang=en-US shows the English title", async () => {
    const { page, errors } = await openPane("?lang=en-US");
    await page
      .getByRole("heading", { level: 1, name: "Performance Scoring Assistant" })
      .waitFor({ state: "visible", timeout: SOON });
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    expect(await page.getByRole("button", { name: "Run scoring" }).isEnabled()).toBe(true);
    expect(await browserNotice(page).innerText()).toContain("Choose a workbook");
    expect(await page.getByRole("button", { name: "Workbook file Choose file…" }).isVisible()).toBe(
      true
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    expect(errors).toEqual([]);

    await page.screenshot({ path: path.join(OUTPUT, "taskpane-en.png"), fullPage: true });
    await page.close();
  });

  test("Run without a workbook asks for one and moves focus to the file chooser", async () => {
    const { page } = await openPane();
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    await page.getByRole("button", { name: "运行评分" }).click();
    await page.getByText("请先选择工作簿").waitFor({ state: "visible", timeout: SOON });
    const chooser = page.getByRole("button", { name: "工作簿文件 选择文件…" });
    expect(await chooser.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await chooser.getAttribute("aria-invalid")).toBe("true");
    await page.close();
  });

  test("choosing a file that is not a workbook loads the lazy browser chunk and worker and names the file in the error", async () => {
    const { page, errors } = await openPane();
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    const scripts = new Set<string>();
    page.on("request", (request) => {
      if (request.resourceType() === "script")
        scripts.add(path.basename(new URL(request.url()).pathname));
    });
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(path.basename(new URL(worker.url()).pathname)));
    await page.locator("input[type=file]").setInputFiles({
      name: "自评表.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("PK"),
    });
    // Checked when chosen: the message comes without a run.
    const problem = page.getByTestId("file-problem");
    await problem.waitFor({ state: "visible", timeout: SOON });
    expect(await problem.innerText()).toContain("“自评表.xlsx”打不开：它不是有效的 .xlsx 工作簿");
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-run.png"), fullPage: true });
    expect([...scripts].some((name) => name.startsWith("worker-session"))).toBe(true);
    // The workbook is read in a Web Worker of its own bundled file.
    expect(workers.some((name) => name.startsWith("workbook-worker"))).toBe(true);
    // Excel mode's adapter is not what a browser downloads.
    expect([...scripts].some((name) => name.startsWith("excel-run"))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("runs under a strict script Content-Security-Policy (no eval): the sample is scored and downloaded", async () => {
    const page = await browser.context.newPage();
    const csp =
      "script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'self'";
    await page.route(`${server.url}taskpane.html*`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": csp },
      });
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`)
      );
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}taskpane.html`);
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    await page.getByRole("button", { name: "试用示例" }).click();
    await page.getByText("已选择：sample.xlsx").waitFor({ state: "visible", timeout: SOON });
    await page.getByRole("button", { name: "运行评分" }).click();
    await page.getByTestId("total").waitFor({ state: "visible", timeout: 30000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载评分后的副本" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample.scored.xlsx");
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("fits 320 to 500 px wide without horizontal scrolling", async () => {
    for (const width of [320, 500]) {
      const { page } = await openPane("", undefined, width);
      await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
      await page.close();
    }
  });

  test("has landmarks, and the keyboard reaches the file chooser and the Run button", async () => {
    const { page } = await openPane();
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    expect(await page.getByRole("banner").count()).toBe(1);
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await page.getByRole("contentinfo").count()).toBe(1);
    expect(await page.getByRole("region", { name: "评分" }).count()).toBe(1);
    const reached: string[] = [];
    for (let step = 0; step < 14; step++) {
      await page.keyboard.press("Tab");
      reached.push(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          return active ? `${active.tagName.toLowerCase()}:${active.textContent ?? ""}` : "";
        })
      );
    }
    expect(reached).toContain("button:选择文件…");
    expect(reached).toContain("button:试用示例");
    expect(reached).toContain("button:运行评分");
    expect(reached.indexOf("button:选择文件…")).toBeLessThan(reached.indexOf("button:运行评分"));
    // Every choice of the run is on the way, each with its own label.
    const labelled = await page.evaluate(() =>
      [...document.querySelectorAll("select, input:not([type=file])")].map(
        (el) => (el as HTMLSelectElement | HTMLInputElement).labels?.length ?? 0
      )
    );
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    expect(labelled.every((n) => n > 0)).toBe(true);
    await page.close();
  });
});

describe("task pane when office.js loads", () => {
  test("outside Office a never-settling Office.onReady falls back to browser mode after the timeout", async () => {
    const stub =
      "window.Office = { onReady: function () { return new Promise(function () {}); } };";
    const started = Date.now();
    const { page, errors } = await openPane("", stub);
    await page
      .getByRole("heading", { level: 1, name: "绩效评分助手" })
      .waitFor({ state: "visible", timeout: SOON });
    expect(await page.getByRole("status").innerText()).toBe("运行环境：正在检测…");
    expect(await page.getByRole("button", { name: "运行评分" }).isDisabled()).toBe(true);
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await page.getByRole("button", { name: "运行评分" }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("outside Office an Office.onReady with a null host means browser mode", async () => {
    const stub =
      "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };";
    const { page } = await openPane("", stub);
    await browserNotice(page).waitFor({ state: "visible", timeout: SOON });
    expect(await page.getByRole("status").innerText()).toBe("运行环境：浏览器（未连接 Excel）");
    await page.close();
  });

  test("in Excel it says so, follows Office's display language and asks for no file", async () => {
    const stub = [
      "window.Office = {",
      "  context: { displayLanguage: 'en-US' },",
      "  onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); }",
      "};",
    ].join("\n");
    const { page, errors } = await openPane("", stub);
    await page
      .getByRole("status")
      .getByText("Host: Excel")
      .waitFor({ state: "visible", timeout: SOON });
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Performance Scoring Assistant"
    );
    expect(await page.getByRole("button", { name: "Run scoring" }).isEnabled()).toBe(true);
    expect(await browserNotice(page).count()).toBe(0);
    expect(await page.locator("input[type=file]").count()).toBe(0);
    expect(
      await page
        .getByText("Scores the self-evaluation sheets of this workbook", { exact: false })
        .isVisible()
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("ribbon function file", () => {
  test("commands.html loads without errors outside Office", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(`${server.url}commands.html`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    expect(errors).toEqual([]);
    await page.close();
  });
});
