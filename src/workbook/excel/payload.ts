/**
 * Request and response sizes. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and a range read over 5,000,000
 * cells; desktop Excel has no such limit, but we keep every request under 4 MB everywhere so that the
 * same run behaves the same on every platform.
 */

/** No request or response the adapter sends is planned over this. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** What the planner aims for, leaving room for its estimate being low (property names, object paths). */
export const TARGET_PAYLOAD_BYTES = Math.floor(MAX_PAYLOAD_BYTES * 0.8);
/** Excel's read limit for one range. */
export const MAX_READ_CELLS = 5_000_000;
/** A range address given to getRange/getRanges may be at most 8,192 characters long. */
export const MAX_ADDRESS_CHARS = 8192;

const encoder = new TextEncoder();

/** UTF-8 size of a string. */
export function utf8Bytes(s: string): number {
  // Fast path for ASCII; TextEncoder for the rest (Chinese text is 3 bytes a character).
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  return ascii ? s.length : encoder.encode(s).length;
}

/** Size of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/**
 * A per-operation overhead: the object path, the action and the property name. Office's own serializer
 * writes 280–390 bytes for a call on one cell (docs/office-adapter.md); a note costs two of these. With 200
 * here the largest request at 50,000 rows was 4.10 MB as the client sent it (tests/excel/budget.test.ts).
 */
export const OP_OVERHEAD_BYTES = 320;

/** How many requests pieces of these sizes take, packed in order, each request under `target` bytes. */
export function countRequests(pieces: readonly { bytes: number }[], target: number): number {
  let requests = 0;
  let bytes = Infinity;
  for (const piece of pieces) {
    if (bytes + piece.bytes > target) {
      requests++;
      bytes = 0;
    }
    bytes += piece.bytes;
  }
  return requests;
}
