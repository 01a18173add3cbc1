// The request budget: how many context.sync() calls a run makes, and how big each request is.
//
// A run is one read (Excel.run) and one apply (Excel.run). For an ordinary table the count does not depend
// on the rows: 2 syncs to read, 2 to check and write. Only when the data itself is larger than a request may
// be (Excel on the web: 5 MB; we plan for 3.2 MB and never send 4 MB) do more requests follow, one per
// 3.2 MB or so. The figures measured here are in docs/office-adapter.md.

import type { Progress } from "../../src/workbook/port";
import { indicatorWorkbook, scoringPlan, setup } from "./helpers";

const MB = 1024 * 1024;

async function run(rows: number): Promise<{
  read: number;
  apply: number;
  maxBytes: number;
  readBytes: number;
  writeBytes: number;
}> {
  const { fake, port } = setup(indicatorWorkbook(rows));
  await port.read();
  const read = fake.syncCount;
  const readBytes = fake.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  let maxBytes = fake.maxPayloadBytes;
  expect(fake.syncs.every((s) => !s.error)).toBe(true);
  fake.resetCounters();
  await port.apply(scoringPlan(rows));
  expect(fake.syncs.every((s) => !s.error)).toBe(true);
  expect(fake.unsyncedAtEnd).toBe(0);
  maxBytes = Math.max(maxBytes, fake.maxPayloadBytes);
  const writeBytes = fake.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  return { read, apply: fake.syncCount, maxBytes, readBytes, writeBytes };
}

describe("syncs per run", () => {
  test("10 rows: 2 syncs to read, 2 to check and write", async () => {
    const r = await run(10);
    expect(r.read).toBe(2);
    expect(r.apply).toBe(2);
  });

  test("1,000 rows: the same 4 syncs", async () => {
    const r = await run(1000);
    expect(r.read + r.apply).toBe(4);
    expect(r.maxBytes).toBeLessThan(4 * MB);
  });

  test("50,000 rows: no request or response over 4 MB; more syncs only for the megabytes", async () => {
    const r = await run(50_000);
    console.log(
      `50,000 rows: read ${r.read} syncs (${(r.readBytes / MB).toFixed(2)} MB), apply ${r.apply} syncs ` +
        `(${(r.writeBytes / MB).toFixed(2)} MB), largest request or response ${(r.maxBytes / MB).toFixed(2)} MB`
    );
    expect(r.maxBytes).toBeLessThanOrEqual(4 * MB);
    // Each sync beyond the fixed 2 + 2 carries about 3.2 MB of data: the count follows the bytes, not the rows.
    const extra = r.read + r.apply - 4;
    expect(extra).toBeLessThanOrEqual(Math.ceil((r.readBytes + r.writeBytes) / (3.2 * MB)));
    expect(r.read + r.apply).toBeLessThanOrEqual(9);
  });
});

test("progress is reported per request", async () => {
  const { port } = setup(indicatorWorkbook(10));
  const seen: Progress[] = [];
  await port.read((p) => seen.push(p));
  await port.apply(scoringPlan(10), (p) => seen.push(p));
  expect(seen.filter((p) => p.step === "reading").map((p) => p.done)).toEqual(
    expect.arrayContaining([1, 2])
  );
  const writing = seen.filter((p) => p.step === "writing");
  expect(writing[writing.length - 1]).toMatchObject({ done: 2, total: 2 });
});
