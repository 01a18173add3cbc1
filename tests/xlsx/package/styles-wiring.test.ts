/**
 * The styles a run adds go into the workbook's own styles part, found through its relationship as the reader
 * finds it: a part named otherwise than xl/styles.xml, one written with a prefix (`<x:styleSheet>`), and a
 * package with no styles part at all (then the new part is wired in: relationship and content type). In every
 * case the marks the plan asks for are read back with their colour.
 */

import { promises as fs } from "fs";
import * as path from "path";
import { getPreset } from "../../../src/engine/ruleset";
import type { WritePlan } from "../../../src/engine/plan/types";
import { runScoring } from "../../../src/workbook/run";
import { writeXlsx } from "../../../src/workbook/xlsx/file";
import { openPackage } from "../../../src/workbook/xlsx/package/package-port";
import { readGrids } from "../../../src/workbook/xlsx/package/read-sheet";
import { relationsOf } from "../../../src/workbook/xlsx/package/relations";
import { parseA1 } from "../../../src/engine/grid";
import {
  type Parts,
  partText,
  setPartText,
  unzipParts,
  zipParts,
} from "../../../src/workbook/xlsx/zip-parts";

const SAMPLE = path.join(__dirname, "..", "..", "..", "assets", "samples", "sample.xlsx");
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

async function sampleParts(): Promise<Parts> {
  return unzipParts(await fs.readFile(SAMPLE));
}

/** The package scored as the command line scores it; the plan it wrote, and the scored parts. */
async function score(parts: Parts): Promise<{ plan: WritePlan; out: Parts }> {
  const opened = await openPackage("book.xlsx", zipParts(parts));
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const rs = getPreset("national-2020")!;
  const r = await runScoring(opened.port, rs, {
    file: "book.xlsx",
    ruleSetName: rs.name,
    lang: "zh-CN",
    now: "2026-01-01T00:00:00Z",
  });
  if (!r.ok) throw new Error("not scored");
  return { plan: r.plan, out: unzipParts(writeXlsx(opened.port)) };
}

/** Every mark of the plan is read back, through the package's own wiring, with the fill it asked for. */
function marksReadBack(plan: WritePlan, out: Parts): string[] {
  const grids = readGrids(out);
  expect(plan.marks.length).toBeGreaterThan(0);
  return plan.marks
    .filter((m) => {
      const at = parseA1(m.cell)!;
      const fill = grids.find((g) => g.sheet === m.sheet)?.fills?.[at.row]?.[at.col];
      return fill?.toUpperCase() !== m.fill.toUpperCase();
    })
    .map((m) => `${m.sheet}!${m.cell}`);
}

test("a styles part with another name is the one written to; no xl/styles.xml appears", async () => {
  const parts = await sampleParts();
  setPartText(parts, "xl/theStyles.xml", partText(parts, "xl/styles.xml")!);
  parts.delete("xl/styles.xml");
  const rels = "xl/_rels/workbook.xml.rels";
  setPartText(
    parts,
    rels,
    partText(parts, rels)!.replace('Target="styles.xml"', 'Target="theStyles.xml"')
  );
  const types = "[Content_Types].xml";
  setPartText(
    parts,
    types,
    partText(parts, types)!.replace('PartName="/xl/styles.xml"', 'PartName="/xl/theStyles.xml"')
  );
  const before = partText(parts, "xl/theStyles.xml")!;
  const { plan, out } = await score(parts);
  expect(out.has("xl/styles.xml")).toBe(false);
  expect(partText(out, "xl/theStyles.xml")).not.toBe(before);
  expect(marksReadBack(plan, out)).toEqual([]);
});

test("a prefixed styles part (<x:styleSheet>) keeps the user's styles first and takes the run's", async () => {
  const parts = await sampleParts();
  const xml = partText(parts, "xl/styles.xml")!;
  const prefixed = xml
    .replace(/<(\/?)(?![?!])([A-Za-z]+)(?=[\s/>])/g, "<$1x:$2")
    .replace('xmlns="http://schemas', 'xmlns:x="http://schemas');
  expect(prefixed).toContain("<x:styleSheet xmlns:x=");
  setPartText(parts, "xl/styles.xml", prefixed);
  const { plan, out } = await score(parts);
  expect(marksReadBack(plan, out)).toEqual([]);
  // the user's own cell styles come first, as many as they were
  const count = (s: string) => Number(/<(?:x:)?cellXfs\b[^>]*\bcount="(\d+)"/.exec(s)?.[1]);
  const own = count(prefixed);
  const written = partText(out, "xl/styles.xml")!;
  expect(count(written)).toBeGreaterThan(own);
});

test("a package without a styles part gets one, with its relationship and content type", async () => {
  const parts = await sampleParts();
  parts.delete("xl/styles.xml");
  const rels = "xl/_rels/workbook.xml.rels";
  setPartText(
    parts,
    rels,
    partText(parts, rels)!.replace(/<Relationship\b[^>]*\/styles"[^>]*\/>/, "")
  );
  const types = "[Content_Types].xml";
  setPartText(
    parts,
    types,
    partText(parts, types)!.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, "")
  );
  expect(relationsOf(parts, "xl/workbook.xml").some((r) => r.type === STYLES_REL)).toBe(false);
  const { plan, out } = await score(parts);
  expect(relationsOf(out, "xl/workbook.xml").filter((r) => r.type === STYLES_REL)).toEqual([
    expect.objectContaining({ target: "xl/styles.xml" }),
  ]);
  expect(partText(out, types)).toContain(
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
  );
  expect(marksReadBack(plan, out)).toEqual([]);
});
