// The report draft button in the built task pane (dist/web), in Debian's Chromium at task-pane width, from
// 127.0.0.1: try the sample, run, press the button, and read the downloaded .docx back. Run `npm run build`
// first; this test builds nothing.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { startStaticServer, type StaticServer } from "../../src/bench/static-server";
import { CHROMIUM_PATH, launchChromium, type LaunchedBrowser } from "../../src/bench/web-bench";
import { docxText } from "../support/docx";

const DIST = path.resolve(__dirname, "../../dist/web");
const OUTPUT = path.resolve(__dirname, "../output");
const SOON = 5000;
const RUN_TIMEOUT = 30000;

let server: StaticServer;
let browser: LaunchedBrowser;
let downloads: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(`${path.join(DIST, "taskpane.html")} is missing: run npm run build first`);
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}`);
  fs.mkdirSync(OUTPUT, { recursive: true });
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-draft-downloads-"));
  server = await startStaticServer(DIST);
  browser = await launchChromium({ width: 350, locale: "zh-CN" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

test("the button downloads the 自评报告 draft of the scored sample, the figures in the seeds' sentences", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setViewportSize({ width: 350, height: 720 });
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole("button", { name: "试用示例" }).click();
  await page.getByText("已选择：sample.xlsx").waitFor({ state: "visible", timeout: SOON });
  await page.getByRole("button", { name: "运行评分" }).click();
  await page.getByTestId("total").waitFor({ state: "visible", timeout: RUN_TIMEOUT });

  const [event] = await Promise.all([
    page.waitForEvent("download", { timeout: RUN_TIMEOUT }),
    page.getByRole("button", { name: "起草自评报告（Word）" }).click(),
  ]);
  expect(event.suggestedFilename()).toBe("sample.report.docx");
  const file = path.join(downloads, "sample.report.docx");
  await event.saveAs(file);
  await page
    .getByTestId("report-draft")
    .getByText("已生成 sample.report.docx（草稿，须人工核对、补充）。")
    .waitFor({ state: "visible", timeout: SOON });
  await page.getByTestId("report-draft").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUTPUT, "pane-report-draft-zh.png") });

  const doc = docxText(new Uint8Array(fs.readFileSync(file)));
  expect(doc.header).toContain("【草稿】");
  // Seed 004's rates: 14,871.77 / 16,098.12 = 92.38 %; 207.36 / 249.02 = 83.27 %.
  const text = doc.paragraphs.join("\n");
  expect(text).toContain("全年执行数14,871.77万元，执行率92.38%");
  expect(text).toContain("部门项目支出预算249.02万元、执行207.36万元，执行率83.27%");
  // 9.24 + 38.85 + 22.5 + 9 = 79.59 → 中, as the pane shows.
  expect(text).toContain("自评得分79.59分（满分100分），达到“中”等级");
  expect(errors).toEqual([]);
  await page.close();
});
