// The web benchmark's measurements, on the built task pane (run `npm run build` first).
import * as fs from "fs";
import * as path from "path";
import { initialJsGzipBytes, localScriptSources, measureWeb } from "../../src/bench/web-bench";

const DIST = path.resolve(__dirname, "../../dist/web");
const BUDGET_GZIP_BYTES = 500 * 1024; // docs/design.md: initial JavaScript under 500 KB gzipped

describe("web benchmark", () => {
  test("finds local script tags, quoted or not, and leaves out office.js from the CDN", () => {
    const html = [
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      "<script src=//cdn.example/x.js></script>",
      "<script defer src=vendor.1234.js></script>",
      "<script defer='defer' src='taskpane.js'></script>",
      '<script type="module" src="a/b.js?v=2"></script>',
      "<script>inline()</script>",
      '<script data-src="not-this.js"></script>',
    ].join("");
    expect(localScriptSources(html)).toEqual(["vendor.1234.js", "taskpane.js", "a/b.js?v=2"]);
  });

  test("measures the built task pane: initial JavaScript within budget, a first paint", async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error(`${path.join(DIST, "taskpane.html")} is missing: run npm run build first`);
    }
    expect(initialJsGzipBytes(DIST)).toBeLessThan(BUDGET_GZIP_BYTES);
    const measured = await measureWeb(DIST, 1);
    expect(measured.initialJsGzipBytes).toBe(initialJsGzipBytes(DIST));
    expect(Number.isFinite(measured.firstPaintMs)).toBe(true);
    expect(measured.firstPaintMs).toBeGreaterThan(0);
  });
});
