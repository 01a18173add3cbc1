/**
 * The one send loop of the adapter, for the read, the check and the writes: pieces packed in order into
 * requests under a target size, each request queued and synced; a request Excel refuses as too large (nothing
 * of it was applied or returned) is sent again with its pieces split where they can be and the target halved,
 * until a single piece that cannot be split is refused.
 */

/** Something to send: its estimated size, and two smaller halves when it can be cut. */
export interface Piece<P> {
  bytes: number;
  split?(): P[];
}

export interface SendOptions<P> {
  /** What a request is planned under, in bytes. */
  target: number;
  /** The first request takes every piece whatever its size (the read's first windows). */
  firstWhole?: boolean;
  /**
   * Queue the batch and sync it: the pieces to send next (follow-ups, first in line), or "refused" when
   * Excel refused the request as too large.
   */
  send(batch: P[], plannedBytes: number): Promise<P[] | "refused">;
  /** The error when one piece alone is refused and cannot be split. */
  tooLarge(piece: P): Error;
  /** After each request: what is left, and the target now (for progress). */
  left?(pending: readonly P[], target: number): void;
}

/** A target is never halved below this. */
const MIN_TARGET = 512;

export async function sendPacked<P extends Piece<P>>(
  pieces: P[],
  options: SendOptions<P>
): Promise<void> {
  let pending = pieces;
  let target = options.target;
  let whole = options.firstWhole ?? false;
  while (pending.length > 0) {
    const batch: P[] = [];
    let bytes = 0;
    while (
      pending.length > 0 &&
      (batch.length === 0 || whole || bytes + pending[0].bytes <= target)
    ) {
      bytes += pending[0].bytes;
      batch.push(pending.shift() as P);
    }
    const result = await options.send(batch, bytes);
    if (result === "refused") {
      if (batch.length === 1 && !batch[0].split) throw options.tooLarge(batch[0]);
      // This Excel takes less than planned: plan for half of what it refused from now on.
      target = Math.max(MIN_TARGET, Math.min(target, bytes) / 2);
      pending = batch.flatMap((p) => (p.split ? p.split() : [p])).concat(pending);
      whole = false;
    } else {
      pending = result.concat(pending);
    }
    options.left?.(pending, target);
  }
}
