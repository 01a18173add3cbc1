import { indicatorWorkbook, scoringPlan, setup } from "./helpers";
test.each([10, 1000, 5000, 50000])("measure %i", async (rows) => {
  const t0 = Date.now();
  const { fake, port } = setup(indicatorWorkbook(rows));
  await port.read();
  const readSyncs = fake.syncCount;
  const readMax = fake.maxPayloadBytes;
  const readBytes = fake.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  const r = fake.syncs.map((s) => `${s.requestBytes}/${s.responseBytes}`).join(" ");
  fake.resetCounters();
  await port.apply(scoringPlan(rows));
  const w = fake.syncs.map((s) => `${s.requestBytes}/${s.responseBytes}`).join(" ");
  const writeBytes = fake.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  console.log(`${rows} rows: read ${readSyncs} syncs (${(readBytes/1e6).toFixed(2)} MB, max ${(readMax/1e6).toFixed(2)}) [${r}]; apply ${fake.syncCount} syncs (${(writeBytes/1e6).toFixed(2)} MB, max ${(fake.maxPayloadBytes/1e6).toFixed(2)}) [${w}] ${Date.now()-t0} ms`);
});
