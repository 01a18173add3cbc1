// Measures the built task pane (dist/web): the gzipped size of the JavaScript that taskpane.html
// loads at start, and first contentful paint in headless Chromium loading it from a local server.
// Also exports the Chromium launcher the browser tests use, so both start the browser the same way.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium, type BrowserContext } from "playwright-core";
import { startStaticServer } from "./static-server";

/** Debian's Chromium; never a browser downloaded by a tool. */
export const CHROMIUM_PATH = process.env.JIXIAO_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  readonly width?: number;
  readonly height?: number;
  readonly locale?: string;
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  /** Hosts of requests that were aborted because they left 127.0.0.1. */
  readonly blockedHosts: string[];
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile in a temporary folder. Every request to a host other than
 * 127.0.0.1 is aborted (office.js from Microsoft's CDN included), so nothing leaves the machine and
 * the page behaves as it does offline. Routing also disables the HTTP cache: every load is cold.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: options.width ?? 350, height: options.height ?? 640 },
      locale: options.locale ?? "zh-CN",
    });
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const blockedHosts: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") {
      await route.continue();
    } else {
      blockedHosts.push(url.hostname);
      await route.abort("internetdisconnected");
    }
  });
  return {
    context,
    blockedHosts,
    close: async () => {
      try {
        await context.close();
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/** Local `src` values of the <script> tags of an HTML page (absolute http(s) URLs left out). */
export function localScriptSources(html: string): string[] {
  const sources: string[] = [];
  // Minified HTML drops attribute quotes: src="a.js", src='a.js' and src=a.js are all seen.
  const scriptTag = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>/gi;
  for (const match of html.matchAll(scriptTag)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (src !== undefined && src !== "" && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src))
      sources.push(src);
  }
  return sources;
}

/** Gzipped bytes (zlib level 9) of the local scripts taskpane.html loads at start. */
export function initialJsGzipBytes(distDir: string): number {
  const htmlPath = path.join(distDir, "taskpane.html");
  const html = fs.readFileSync(htmlPath, "utf8");
  const sources = localScriptSources(html);
  if (sources.length === 0) throw new Error(`${htmlPath} references no local script`);
  return sources.reduce((total, src) => {
    const file = path.join(distDir, decodeURIComponent(src.split(/[?#]/, 1)[0] ?? src));
    return total + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }, 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface WebMeasurement {
  readonly initialJsGzipBytes: number;
  /** Median first contentful paint over `runs` cold loads, in ms from navigation start. */
  readonly firstPaintMs: number;
  /** The same for a one-line HTML page from the same server and browser: the baseline of this run. */
  readonly baselinePaintMs: number;
}

const BASELINE_PAGE = "__bench_baseline.html";

export async function measureWeb(distDir: string, runs = 3): Promise<WebMeasurement> {
  const jsBytes = initialJsGzipBytes(distDir);
  const server = await startStaticServer(distDir);
  const browser = await launchChromium();
  try {
    const paintOf = async (pageName: string): Promise<number> => {
      const paints: number[] = [];
      for (let run = 0; run < Math.max(1, runs); run++) {
        const page = await browser.context.newPage();
        await page.goto(`${server.url}${pageName}`, { waitUntil: "load" });
        await page.waitForFunction(
          () => performance.getEntriesByName("first-contentful-paint").length > 0,
          undefined,
          {
            timeout: 15000,
          }
        );
        paints.push(
          await page.evaluate(
            () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN
          )
        );
        await page.close();
      }
      return Math.round(median(paints) * 10) / 10;
    };
    fs.writeFileSync(
      path.join(distDir, BASELINE_PAGE),
      "<!doctype html><meta charset=utf-8><title>baseline</title><p>绩效</p>"
    );
    const baselinePaintMs = await paintOf(BASELINE_PAGE);
    const firstPaintMs = await paintOf("taskpane.html");
    return { initialJsGzipBytes: jsBytes, firstPaintMs, baselinePaintMs };
  } finally {
    fs.rmSync(path.join(distDir, BASELINE_PAGE), { force: true });
    await browser.close();
    await server.close();
  }
}

export interface Responsiveness {
  /** The page's longest main-thread task (PerformanceObserver 'longtask'), in ms, while opening and scoring. */
  readonly longestTaskMs: number;
  /** How many tasks of 50 ms or more ran on the page's thread meanwhile. */
  readonly longTasks: number;
  /** From choosing the file to the total shown, in ms. */
  readonly elapsedMs: number;
  /** The longest task while the page itself loaded, for comparison. */
  readonly loadLongestTaskMs: number;
}

/**
 * Opens `bytes` as a picked .xlsx in the built task pane and scores it, recording every long task on the
 * page's main thread from the moment the file is chosen until the total is shown.
 */
export async function measureResponsiveness(
  distDir: string,
  name: string,
  bytes: Uint8Array,
  timeoutMs = 600_000
): Promise<Responsiveness> {
  const server = await startStaticServer(distDir);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId("browser-notice").waitFor({ state: "visible", timeout: 30000 });
    const drain = () =>
      page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    const loadTasks = await drain();
    // Picked from disk, as a person picks it: a file given as bytes would be decoded by Playwright's own
    // script in the page, a long task that is the harness's, not ours. For the same reason the waits below
    // are a plain querySelector, not Playwright's role and text engines.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-responsive-"));
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    const started = Date.now();
    try {
      await page.locator("input[type=file]").setInputFiles(file);
      await page.waitForFunction(
        () =>
          document.querySelector("[data-testid=file-chosen], [data-testid=file-problem]") !==
            null || document.body.innerText.includes("已选择"),
        undefined,
        { timeout: timeoutMs, polling: 200 }
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    await page.evaluate(() => {
      const run = [...document.querySelectorAll("button")].find(
        (b) => b.textContent === "运行评分"
      );
      run?.click();
    });
    await page.waitForFunction(
      () => document.querySelector("[data-testid=total]") !== null,
      undefined,
      {
        timeout: timeoutMs,
        polling: 200,
      }
    );
    const elapsedMs = Date.now() - started;
    // A task still running when the total appeared is reported once it ends.
    await page.waitForTimeout(500);
    const tasks = await drain();
    return {
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
      elapsedMs,
      loadLongestTaskMs: Math.round(Math.max(0, ...loadTasks)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
