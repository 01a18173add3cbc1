// Browser mode on the page's side: the workbook lives in a Web Worker (workbook.worker.ts) and this session
// forwards each action to it, so reading, scoring and writing never hold up the page. Cancel terminates the
// worker, which stops a read or a run wherever it is; the workbook is then opened again, as it was before.
import { type Evaluation, type Grid, msg, render } from "../engine";
import { format, strings, type Language } from "./i18n";
import type {
  BrowserSession,
  CancelSignal,
  OpenOutcome,
  ReviewEntry,
  Reviews,
} from "./session/contract";
import type {
  BookState,
  FileBytes,
  WorkerAnswers,
  WorkerReply,
  WorkerRequest,
} from "./session/worker-protocol";
import {
  EVALUATION_LISTS,
  type EvaluationList,
  type PartList,
  gridsOf,
} from "./session/worker-protocol";
import type { Progress } from "../workbook/port";
import { downloadName } from "./state/files";

export type SpawnWorker = () => Worker;

/** The answer of a call whose worker was terminated by a cancel. */
const CANCELLED = Symbol("cancelled");

/** How often a pending call looks at its cancel signal (the signal is a plain flag, see contract.ts). */
const CANCEL_POLL_MS = 50;

interface Pending {
  resolve(answer: unknown): void;
  reject(error: Error): void;
  onProgress?: (p: Progress) => void;
  /** The evaluation's lists and the review entries as their slices arrive (worker-protocol.ts). */
  parts: Parts;
}

/** The slices of a run's answer as they arrive: the lists in order, the review entries by flag id. */
export interface Parts {
  readonly lists: Record<EvaluationList, unknown[]>;
  /** Filled slice by slice: a record of thousands of entries built at once holds the page for a long moment. */
  readonly reviews: Record<string, ReviewEntry>;
  reviewCount: number;
}

export function emptyParts(): Parts {
  return {
    lists: { indicators: [], budget: [], groups: [], flags: [] },
    reviews: {},
    reviewCount: 0,
  };
}

export function addPart(parts: Parts, list: PartList, items: readonly unknown[]): void {
  if (list !== "reviews") {
    for (const item of items) parts.lists[list].push(item);
    return;
  }
  for (const [flagId, entry] of items as readonly [string, ReviewEntry][]) {
    parts.reviews[flagId] = entry;
    parts.reviewCount++;
  }
}

/** A run's answer with its evaluation's lists and review entries put back from the slices that came ahead. */
export function joined(answer: unknown, parts: Parts): unknown {
  const outcome = (
    answer as { outcome?: { status?: string; evaluation?: Evaluation; reviews?: Reviews } }
  ).outcome;
  if (outcome?.status !== "done" || !outcome.evaluation) return answer;
  const evaluation = { ...outcome.evaluation };
  for (const list of EVALUATION_LISTS)
    if (parts.lists[list].length > 0) (evaluation[list] as unknown[]) = parts.lists[list];
  const reviews = parts.reviewCount > 0 ? parts.reviews : outcome.reviews;
  return { ...(answer as object), outcome: { ...outcome, evaluation, reviews } };
}

/** One worker, and the calls waiting for its answers. */
class Channel {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(spawn: SpawnWorker) {
    this.worker = spawn();
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if (reply.kind === "progress") {
        waiting.onProgress?.(reply.progress);
        return;
      }
      if (reply.kind === "part") {
        addPart(waiting.parts, reply.list, reply.items);
        return;
      }
      this.pending.delete(reply.id);
      if (reply.kind === "answer") waiting.resolve(joined(reply.answer, waiting.parts));
      else waiting.reject(new Error(reply.message));
    };
    // A worker that fails to load or dies (out of memory) fails what was waiting, never leaves it hanging.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || "the workbook worker stopped"));
    };
  }

  call<K extends WorkerRequest["type"]>(
    request: Extract<WorkerRequest, { type: K }>,
    options: {
      onProgress?: (p: Progress) => void;
      transfer?: Transferable[];
      cancel?: CancelSignal;
    } = {}
  ): Promise<WorkerAnswers[K] | typeof CANCELLED> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer =
        options.cancel &&
        setInterval(() => {
          if (options.cancel?.aborted) this.terminate();
        }, CANCEL_POLL_MS);
      const settle = (): void => {
        if (timer) clearInterval(timer);
      };
      this.pending.set(id, {
        resolve: (answer) => {
          settle();
          resolve(answer as WorkerAnswers[K] | typeof CANCELLED);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        onProgress: options.onProgress,
        parts: emptyParts(),
      });
      this.worker.postMessage({ id, request }, options.transfer ?? []);
    });
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.resolve(CANCELLED);
    this.pending.clear();
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function failedText(error: unknown, language: Language): string {
  const message = error instanceof Error ? error.message : String(error);
  return format(strings(language).failedUnexpected, { message });
}

async function openIn(
  channel: Channel,
  name: string,
  bytes: ArrayBuffer,
  language: Language,
  cancel?: CancelSignal
): Promise<WorkerAnswers["open"] | typeof CANCELLED> {
  return channel.call({ type: "open", name, bytes, language }, { transfer: [bytes], cancel });
}

/**
 * Opens the picked file in a new worker. A cancel meanwhile (set `cancel.aborted`) terminates the worker and
 * gives `{ ok: false, cancelled: true }`.
 */
export async function openInWorker(
  file: File,
  language: Language,
  spawn: SpawnWorker,
  cancel?: CancelSignal
): Promise<OpenOutcome<BrowserSession>> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, message: render(msg("xlsx.unreadable", { file: file.name }), language) };
  }
  const channel = new Channel(spawn);
  try {
    const opened = await openIn(channel, file.name, bytes, language, cancel);
    if (opened === CANCELLED)
      return { ok: false, cancelled: true, message: strings(language).runCancelled };
    if (!opened.ok) {
      channel.terminate();
      return opened;
    }
    return { ok: true, session: workerSession(file, language, spawn, channel, opened.state) };
  } catch (error) {
    channel.terminate();
    return { ok: false, message: failedText(error, language) };
  }
}

function workerSession(
  file: File,
  language: Language,
  spawn: SpawnWorker,
  first: Channel,
  initial: BookState
): BrowserSession {
  let channel = first;
  let book = initial;
  let grids: Grid[] | undefined;
  const changedTo = (state: BookState): void => {
    book = state;
    grids = undefined;
  };
  /** The workbook as it was after the last change: what a cancelled run's fresh worker opens. */
  let base: () => Promise<ArrayBuffer> = () => file.arrayBuffer();
  /** Changed since `base` was taken? Then a run first saves it, so that a cancel can go back to it. */
  let changed = false;
  let ready: Promise<void> = Promise.resolve();

  const reopen = async (): Promise<void> => {
    channel = new Channel(spawn);
    const answer = await openIn(channel, file.name, await base(), language);
    if (answer === CANCELLED || !answer.ok)
      throw new Error("the workbook could not be opened again");
  };

  const settled = async <T>(work: () => Promise<T>, failed: (message: string) => T): Promise<T> => {
    try {
      await ready;
      return await work();
    } catch (error) {
      return failed(failedText(error, language));
    }
  };

  const toFile = (made: FileBytes, name: string) => ({
    blob: new Blob([made.bytes], { type: made.type }),
    name,
  });

  return {
    kind: "browser",
    fileName: file.name,
    grids: () => (grids ??= gridsOf(book)),
    scored: () => book.scored,
    score: (choices, onProgress, signal) =>
      settled(
        async () => {
          if (changed) {
            const saved = await channel.call({ type: "save" });
            if (saved !== CANCELLED) {
              const kept = saved.bytes;
              base = async () => kept.slice(0);
              changed = false;
            }
          }
          const answer = await channel.call(
            { type: "score", choices },
            { onProgress, cancel: signal }
          );
          if (answer === CANCELLED) {
            ready = reopen();
            return { status: "cancelled" as const };
          }
          changedTo(answer.state);
          if (answer.outcome.status === "done") changed = true;
          return answer.outcome;
        },
        (message) => ({ status: "failed" as const, message })
      ),
    review: (flagId, decision) =>
      settled(
        async () => {
          const answer = await channel.call({ type: "review", flagId, decision });
          if (answer === CANCELLED) throw new Error("cancelled");
          changedTo(answer.state);
          if (answer.outcome.ok) changed = true;
          return answer.outcome;
        },
        (message) => ({ ok: false as const, message })
      ),
    undo: () =>
      settled(
        async () => {
          const answer = await channel.call({ type: "undo" });
          if (answer === CANCELLED) throw new Error("cancelled");
          changedTo(answer.state);
          if (answer.outcome.ok) changed = true;
          return answer.outcome;
        },
        (message) => ({ ok: false as const, message })
      ),
    draftReport: (choices) =>
      settled(
        async () => {
          const answer = await channel.call({ type: "draft", choices });
          if (answer === CANCELLED) throw new Error("cancelled");
          return answer.ok
            ? { ok: true as const, file: toFile(answer.file, answer.file.name) }
            : answer;
        },
        (message) => ({ ok: false as const, message })
      ),
    select: async () => ({ ok: true }),
    async download() {
      await ready;
      const saved = await channel.call({ type: "save" });
      if (saved === CANCELLED) throw new Error("cancelled");
      return toFile(saved, downloadName(file.name, book.scored));
    },
  };
}
