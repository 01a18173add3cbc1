/**
 * The browser door's download (src/taskpane/browser-run.ts: openBrowserSession → score → download, the calls
 * the page makes) keeps what the command line keeps: on the LibreOffice fixture with a pivot table and a
 * threaded comment (tests/xlsx/real-book.ts), the downloaded copy has the drawing, chart, picture, pivot
 * parts and threaded comment byte for byte, linked, and opens in LibreOffice with the chart drawn. Without
 * Chromium: the same functions in Node, with Node's File and Blob.
 */

import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { openBrowserSession } from "../../src/taskpane/browser-run";
import { defaultChoices } from "../../src/taskpane/state/options";
import { relationships, resolve } from "../../src/workbook/xlsx/package-xml";
import { sheetParts } from "../../src/workbook/xlsx/package/workbook-sheets";
import { type Parts, partText, unzipParts } from "../../src/workbook/xlsx/zip-parts";
import { convert, hasSoffice } from "../support/libreoffice";
import {
  ADDED,
  CHART_DATA_SHEET,
  CHART_TITLE,
  libreOfficeBook,
  withPivotAndThread,
} from "./real-book";
import { sheetXml, tmpDir } from "./scoring";

const describeLO = hasSoffice() ? describe : describe.skip;

/** Every part reachable from a sheet's relationships of `type`, with the bytes it has. */
function reachable(parts: Parts, sheet: string, type: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (part: string) => {
    if (out.has(part) || !parts.has(part)) return;
    out.set(part, Buffer.from(parts.get(part)!));
    const rels = partText(parts, part.replace(/([^/]+)$/, "_rels/$1.rels"));
    for (const r of relationships(rels ?? ""))
      if (!/^[a-z]+:/i.test(r.target)) walk(resolve(part, r.target));
  };
  const part = sheetParts(parts).get(sheet)!;
  const rels = partText(parts, part.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "";
  for (const r of relationships(rels))
    if (r.type.endsWith(`/${type}`)) walk(resolve(part, r.target));
  return out;
}

describeLO("the browser door's download", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tmpDir("jixiao-browser-");
    input = await withPivotAndThread(
      await libreOfficeBook(dir),
      path.join(dir, "plus.xlsx"),
      async (zip, name) => (await sheetXml(zip, name)).path
    );
  }, 120_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("keeps chart, picture, pivot table and threaded comment, and opens in LibreOffice", async () => {
    const bytes = await fs.readFile(input);
    const opened = await openBrowserSession(new File([bytes], "自评.xlsx"), "zh-CN");
    if (!opened.ok) throw new Error(opened.message);
    const outcome = await opened.session.score(defaultChoices("2026-11-21"), () => undefined, {
      aborted: false,
    });
    expect(outcome.status).toBe("done");
    const download = await opened.session.download();
    expect(download.name).toBe("自评.scored.xlsx");
    const out = unzipParts(new Uint8Array(await download.blob.arrayBuffer()));
    const before = unzipParts(bytes);
    expect(sheetParts(out).has("评分汇总")).toBe(true);

    const drawing = reachable(before, "自评表", "drawing");
    expect([...drawing.keys()].some((p) => /^xl\/charts\//.test(p))).toBe(true);
    expect([...reachable(out, "自评表", "drawing").keys()].sort()).toEqual(
      [...drawing.keys()].sort()
    );
    for (const [p, b] of drawing)
      expect([p, Buffer.from(out.get(p)!).equals(b)]).toEqual([p, true]);
    for (const [p, { xml }] of Object.entries(ADDED))
      expect([p, partText(out, p)]).toEqual([p, xml]);
    expect([...reachable(out, CHART_DATA_SHEET, "pivotTable").keys()]).toContain(
      "xl/pivotTables/pivotTable1.xml"
    );
    expect([...reachable(out, "自评表", "threadedComment").keys()]).toContain(
      "xl/threadedComments/threadedComment1.xml"
    );

    const copy = path.join(dir, download.name);
    await fs.writeFile(copy, new Uint8Array(await download.blob.arrayBuffer()));
    const r = await convert(copy, "pdf", path.join(dir, "pdf"));
    expect(r.code).toBe(0);
    expect(execFileSync("pdftotext", ["-layout", r.outputs[0], "-"]).toString()).toContain(
      CHART_TITLE
    );
  }, 120_000);
});
