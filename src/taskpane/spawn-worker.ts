// The workbook worker as webpack bundles it: a file of its own (never code text in a blob, so the page's
// Content-Security-Policy holds), fetched the first time a workbook is opened.
export function spawnWorkbookWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "workbook-worker" */ new URL("./workbook.worker.ts", import.meta.url)
  );
}
