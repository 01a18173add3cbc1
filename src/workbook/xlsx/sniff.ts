/**
 * What a file handed in as a workbook really is, told from its first bytes, so that the refusal can name it:
 * a password-protected workbook (OOXML encrypted package), an old .xls, an .ods, a .csv, an empty file.
 * Works on bytes only (Node and the browser).
 */

export type FileKind = "xlsx-zip" | "empty" | "encrypted" | "xls" | "ods" | "csv" | "unknown";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** How far into a file its signature and the names that tell its kind are looked for. */
const HEAD = 64 * 1024;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Does `ascii`, as UTF-16LE (the names inside an OLE compound file), occur in the bytes? */
function hasUtf16(bytes: Uint8Array, ascii: string): boolean {
  const n = ascii.length * 2;
  outer: for (let i = 0; i + n <= bytes.length; i++) {
    for (let k = 0; k < ascii.length; k++) {
      if (bytes[i + 2 * k] !== ascii.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function latin1(bytes: Uint8Array, end: number): string {
  let s = "";
  for (let i = 0; i < Math.min(end, bytes.length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Text a person would call a .csv: decodes as UTF-8 (or GB18030 bytes), no NUL, with a separator. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEAD);
  if (head.includes(0)) return false;
  let controls = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  if (controls > head.length / 100) return false;
  const text = latin1(head, HEAD);
  return /[,;\t]/.test(text) || /[\r\n]/.test(text);
}

export function sniff(data: Uint8Array | ArrayBuffer): FileKind {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) {
    // The directory of an OLE file may sit anywhere; an encrypted workbook is small enough to scan whole.
    const scan = bytes.length <= 8 * HEAD * 16 ? bytes : bytes.subarray(0, 8 * HEAD * 16);
    return hasUtf16(scan, "EncryptionInfo") || hasUtf16(scan, "EncryptedPackage")
      ? "encrypted"
      : "xls";
  }
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument package starts with an uncompressed "mimetype" entry naming its type.
    return /^PK\x03\x04[\s\S]{26}mimetype[\s\S]{0,64}?application\/vnd\.oasis\.opendocument/.test(
      latin1(bytes, 200)
    )
      ? "ods"
      : "xlsx-zip";
  }
  return looksLikeCsv(bytes) ? "csv" : "unknown";
}
