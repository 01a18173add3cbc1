/**
 * An .xlsx package as its parts (path → bytes). Read and written here with fflate's deflate and a small
 * zip reader and writer of our own, so that a part nobody changed is written back with its compressed
 * bytes as they were (no second deflate of a large sheet or shared strings; the entry stays byte-identical).
 * A part counts as unchanged while its bytes are the very array this module read. Node and the browser alike.
 */

import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

export type Parts = Map<string, Uint8Array>;

/** Raw deflate both ways; `inflate` gives exactly `size` bytes or throws. */
export interface Codec {
  inflate(data: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  /** The CRC-32 of a part, where the platform has a native one (else computed here). */
  crc32?(data: Uint8Array): number;
}

/** fflate: Node and the browser alike. Node's own zlib is several times faster where it is there (file.ts). */
let codec: Codec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
};

export function useCodec(c: Codec): void {
  codec = c;
}

/** A zip entry as stored: its compressed bytes and what its headers say of them. */
interface Stored {
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** Where each part read came from, to copy its compressed bytes when it is written back untouched. */
const storedOf = new WeakMap<Uint8Array, Stored>();

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function bad(): never {
  throw new Error("not a zip package this reader takes");
}

/** The entries a zip's central directory lists, each with its stored bytes (zip64 and encryption refused). */
function entries(b: Uint8Array): Map<string, Stored> {
  let end = b.length - 22;
  while (end >= 0 && u32(b, end) !== 0x06054b50) end--;
  if (end < 0 || b.length - end > 22 + 0xffff) bad();
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const out = new Map<string, Stored>();
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== 0x02014b50) bad();
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    const crc = u32(b, at + 16);
    const csize = u32(b, at + 20);
    const size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const skip = nameLength + u16(b, at + 30) + u16(b, at + 32);
    const local = u32(b, at + 42);
    if (flags & 1 || csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) bad();
    const name = strFromU8(b.subarray(at + 46, at + 46 + nameLength));
    if (u32(b, local) !== 0x04034b50) bad();
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + csize > b.length) bad();
    out.set(name, { method, crc, size, data: b.subarray(start, start + csize) });
    at += 46 + skip;
  }
  return out;
}

function inflate(s: Stored): Uint8Array {
  if (s.method === 0) return s.data.slice();
  if (s.method === 8) return codec.inflate(s.data, s.size);
  return bad();
}

/** The package's parts, inflated (those `keep` accepts, every one without it); throws when it cannot be read. */
export function unzipParts(
  data: Uint8Array | ArrayBuffer,
  keep: (name: string) => boolean = () => true
): Parts {
  const parts: Parts = new Map();
  for (const [name, stored] of entries(data instanceof Uint8Array ? data : new Uint8Array(data))) {
    if (name.endsWith("/") || !keep(name)) continue;
    const bytes = inflate(stored);
    storedOf.set(bytes, stored);
    parts.set(name, bytes);
  }
  return parts;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function header(fields: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, w]) => n + w, 0));
  let at = 0;
  for (const [v, w] of fields) {
    for (let k = 0; k < w; k++) out[at + k] = (v >>> (8 * k)) & 0xff;
    at += w;
  }
  return out;
}

/** 1980-01-01 00:00 in DOS form: every entry gets it, so that the same parts give the same bytes. */
const DOS_DATE = 0x21;
const UTF8_NAMES = 0x800;

/** The parts as a zip, in their order: an untouched part with its stored bytes, a changed one deflated (level 6). */
export function zipParts(parts: Parts): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [path, bytes] of parts) {
    const stored = storedOf.get(bytes) ?? {
      method: 8,
      crc: codec.crc32 ? codec.crc32(bytes) : crc32(bytes),
      size: bytes.length,
      data: codec.deflate(bytes),
    };
    const name = strToU8(path);
    const common: [number, 2 | 4][] = [
      [20, 2],
      [UTF8_NAMES, 2],
      [stored.method, 2],
      [0, 2],
      [DOS_DATE, 2],
      [stored.crc, 4],
      [stored.data.length, 4],
      [stored.size, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = header([[0x04034b50, 4], ...common]);
    central.push(
      header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name
    );
    chunks.push(local, name, stored.data);
    offset += local.length + name.length + stored.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [parts.size, 2],
    [parts.size, 2],
    [centralSize, 4],
    [offset, 4],
    [0, 2],
  ]);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The text of part bytes already decoded or encoded: the wiring parts are read again for every sheet written. */
const textOf = new WeakMap<Uint8Array, string>();

/** A part as text (UTF-8), or null when the package has no such part. */
export function partText(parts: Parts, path: string): string | null {
  const bytes = parts.get(path);
  if (!bytes) return null;
  let text = textOf.get(bytes);
  if (text === undefined) textOf.set(bytes, (text = strFromU8(bytes)));
  return text;
}

export function setPartText(parts: Parts, path: string, xml: string): void {
  const bytes = strToU8(xml);
  textOf.set(bytes, xml);
  parts.set(path, bytes);
}
