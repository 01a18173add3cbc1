/**
 * The Office.js adapter through Microsoft's own Office.js client (office-js 1.1.110, from .cache) and the
 * in-memory Excel host behind it (tests/fakes/office-host.ts): syncs per run and the largest request or
 * response, at a small, a middle and a large table, with the engine's own plan. Every request is weighed as
 * the client serialised it, every response as the host answered it.
 *
 * Beside the syncs it prints the megabytes a run moves and the fewest syncs those megabytes allow when no
 * request or response may exceed 4 MB: the sheet list, reads that each fill a whole 4 MB, the check before
 * writing, writes that each fill a whole 4 MB.
 */

import { evaluate } from "../engine/evaluate";
import { plan } from "../engine/plan";
import { getPreset } from "../engine/ruleset";
import type { RuleSet } from "../engine/ruleset/types";
import { ExcelWorkbookPort } from "../workbook/excel";
import { MAX_PAYLOAD_BYTES } from "../workbook/excel/payload";
import { OfficeHost } from "../../tests/fakes/office-host";
import { buildWorkbook } from "../../tests/fakes/excel-model";
import { generatedCells } from "./generate";
import { row } from "./timing";

export interface OfficeRun {
  syncs: number;
  readSyncs: number;
  /** Responses of the read, bytes. */
  readBytes: number;
  /** Requests of the apply after its check, bytes. */
  writeBytes: number;
  /** The check before writing: its request and response, bytes. */
  checkBytes: number;
  largest: number;
  flags: number;
}

async function officeRun(n: number, rs: RuleSet): Promise<OfficeRun> {
  return officeRunSheets([{ name: "自评表", rows: generatedCells(n) }], rs);
}

/** One run over a workbook of the given sheets (a workbook of many forms, one per sheet). */
export async function officeRunSheets(
  sheets: { name: string; rows: (string | number | boolean)[][] }[],
  rs: RuleSet
): Promise<OfficeRun> {
  const fake = new OfficeHost(buildWorkbook(sheets));
  const port = new ExcelWorkbookPort({ run: fake.run, isSetSupported: fake.isSetSupported });
  const grids = await port.read();
  const readSyncs = fake.syncCount;
  const outcome = evaluate(grids, rs, { file: "bench.xlsx", ruleSetName: rs.name });
  if (!outcome.ok) throw new Error("bench workbook has no table");
  await port.apply(plan(outcome.evaluation, grids, { lang: "zh-CN", now: "2026-01-01T00:00:00Z" }));
  const reads = fake.syncs.slice(0, readSyncs);
  const writes = fake.syncs.slice(readSyncs);
  return {
    syncs: fake.syncCount,
    readSyncs,
    readBytes: reads.reduce((s, x) => s + x.responseBytes, 0),
    writeBytes: writes.slice(1).reduce((s, x) => s + x.requestBytes, 0),
    checkBytes: writes[0].requestBytes + writes[0].responseBytes,
    largest: fake.maxPayloadBytes,
    flags: outcome.evaluation.flags.length,
  };
}

const MB = 1024 * 1024;
const mb = (b: number): string => `${(b / MB).toFixed(2)} MB`;

/** The sheet list, whole 4 MB responses for the read, the check before writing, whole 4 MB requests for the writes. */
export function fewestSyncs(r: OfficeRun): number {
  return (
    2 + Math.ceil(r.readBytes / MAX_PAYLOAD_BYTES) + Math.ceil(r.writeBytes / MAX_PAYLOAD_BYTES)
  );
}

/** The decided target: 4 syncs while every request fits under 4 MB; beyond that, one above the floor. */
export function targetMet(r: OfficeRun): boolean {
  const floor = fewestSyncs(r);
  return r.largest <= MAX_PAYLOAD_BYTES && r.syncs <= Math.max(4, floor + 1);
}

export async function benchOffice(sizes: number[]): Promise<void> {
  console.log(
    "\nOffice.js: one run (read + apply) through the adapter, Office.js's own client and an in-memory host"
  );
  const widths = [8, 7, 7, 9, 10, 10, 10, 9, 10, 7];
  console.log(
    row(
      [
        "rows",
        "flags",
        "syncs",
        "read+app",
        "read",
        "written",
        "check",
        "largest",
        "floor 4MB",
        "met",
      ],
      widths
    )
  );
  const rs = getPreset("national-2020");
  if (!rs) throw new Error("national-2020 preset missing");
  for (const n of sizes) {
    const r = await officeRun(n, rs);
    console.log(
      row(
        [
          n,
          r.flags,
          r.syncs,
          `${r.readSyncs}+${r.syncs - r.readSyncs}`,
          mb(r.readBytes),
          mb(r.writeBytes),
          `${(r.checkBytes / 1024).toFixed(1)} KB`,
          mb(r.largest),
          fewestSyncs(r),
          targetMet(r) ? "yes" : "NO",
        ],
        widths
      )
    );
  }
  // The largest generated table that still takes 4 syncs (the count is not monotonic to the row, so the
  // search is on hundreds of rows and says "about").
  let low = 100;
  let high = 100;
  while ((await officeRun(high, rs)).syncs <= 4 && high < 100_000) {
    low = high;
    high *= 2;
  }
  while (high - low > 100) {
    const mid = Math.round((low + high) / 200) * 100;
    if ((await officeRun(mid, rs)).syncs <= 4) low = mid;
    else high = mid;
  }
  console.log(`4 syncs up to about ${low.toLocaleString("en-US")} rows of this table`);
  console.log(
    "target: no request or response over 4 MB; 4 context.sync() calls while every request fits, beyond " +
      'that at most one above the floor the megabytes set ("floor 4MB": sheet list + check + whole 4 MB ' +
      'reads and writes); "check": what the check before writing moves'
  );
}
