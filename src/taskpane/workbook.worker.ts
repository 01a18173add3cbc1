// The browser door's workbook, off the page's thread: reading the .xlsx, scoring, writing and the download all
// run here (browser-run.ts, as before), so the page stays responsive. One request at a time, in order.
import { type Evaluation, type Grid } from "../engine";
import type { Progress } from "../workbook/port";
import { openBrowserSession } from "./browser-run";
import type { BrowserSession, Reviews } from "./session/contract";
import { EVALUATION_LISTS } from "./session/worker-protocol";
import type {
  BookState,
  FileBytes,
  PartList,
  WorkerAnswers,
  WorkerCall,
  WorkerReply,
  WorkerRequest,
} from "./session/worker-protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let session: BrowserSession | undefined;
let queue: Promise<void> = Promise.resolve();

/** What the preview reads of a sheet (state/preview.ts): the rest stays here, unsent. */
function forPreview(grid: Grid): Grid {
  return { sheet: grid.sheet, values: grid.values, merges: grid.merges, fills: grid.fills };
}

function state(open: BrowserSession): BookState {
  const json = JSON.stringify(open.grids().map(forPreview));
  return { gridsJson: new TextEncoder().encode(json).buffer as ArrayBuffer, scored: open.scored() };
}

async function fileBytes(file: { blob: Blob; name: string }): Promise<FileBytes> {
  return { bytes: await file.blob.arrayBuffer(), type: file.blob.type, name: file.name };
}

/** Rows of a list per message: a slice the page takes in a few milliseconds. */
const SLICE = 250;

function postSlices(id: number, list: PartList, items: readonly unknown[]): void {
  for (let at = 0; at < items.length; at += SLICE)
    scope.postMessage({ id, kind: "part", list, items: items.slice(at, at + SLICE) });
}

/** Posts the evaluation's long lists in slices, and gives it back with those lists empty. */
function inParts(id: number, evaluation: Evaluation): Evaluation {
  for (const list of EVALUATION_LISTS) postSlices(id, list, evaluation[list]);
  return { ...evaluation, indicators: [], budget: [], groups: [], flags: [] };
}

/** Posts the review entries in slices (one per flag: thousands in a large workbook), and gives back none. */
function reviewsInParts(id: number, reviews: Reviews): Reviews {
  postSlices(id, "reviews", Object.entries(reviews));
  return {};
}

function opened(): BrowserSession {
  if (!session) throw new Error("no workbook open");
  return session;
}

async function answer(
  id: number,
  request: WorkerRequest
): Promise<WorkerAnswers[WorkerRequest["type"]]> {
  const progress = (p: Progress): void => scope.postMessage({ id, kind: "progress", progress: p });
  switch (request.type) {
    case "open": {
      progress({ step: "reading", done: 0, total: 1 });
      const file = new File([request.bytes], request.name);
      const result = await openBrowserSession(file, request.language);
      if (!result.ok) return { ok: false, message: result.message };
      session = result.session;
      progress({ step: "reading", done: 1, total: 1 });
      return { ok: true, state: state(session) };
    }
    case "score": {
      const book = opened();
      // Cancel terminates this worker: the page never needs to reach in between the steps.
      const outcome = await book.score(request.choices, progress, { aborted: false });
      if (outcome.status !== "done") return { outcome, state: state(book) };
      return {
        outcome: {
          ...outcome,
          evaluation: inParts(id, outcome.evaluation),
          reviews: reviewsInParts(id, outcome.reviews),
        },
        state: state(book),
      };
    }
    case "review": {
      const book = opened();
      const outcome = await book.review(request.flagId, request.decision);
      return { outcome, state: state(book) };
    }
    case "undo": {
      const book = opened();
      const outcome = await book.undo();
      return { outcome, state: state(book) };
    }
    case "draft": {
      const book = opened();
      if (!book.draftReport) throw new Error("no report draft in this session");
      const outcome = await book.draftReport(request.choices);
      return outcome.ok ? { ok: true, file: await fileBytes(outcome.file) } : outcome;
    }
    case "save":
      return fileBytes(await opened().download());
  }
}

/** The buffers in an answer (a file's bytes, the grids' JSON): moved to the page, not copied. */
function transfers(value: unknown): Transferable[] {
  if (typeof value !== "object" || value === null) return [];
  const holder = value as {
    bytes?: unknown;
    file?: { bytes?: unknown };
    state?: { gridsJson?: unknown };
  };
  return [holder.bytes, holder.file?.bytes, holder.state?.gridsJson].filter(
    (b): b is ArrayBuffer => b instanceof ArrayBuffer
  );
}

scope.onmessage = (event) => {
  const { id, request } = event.data;
  queue = queue.then(async () => {
    try {
      const result = await answer(id, request);
      scope.postMessage({ id, kind: "answer", answer: result }, transfers(result));
    } catch (error) {
      scope.postMessage({
        id,
        kind: "failed",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
};
