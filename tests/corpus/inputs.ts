/**
 * A corpus of bad and unusual inputs, built at test time from the bundled sample (the large ones too: nothing
 * big is committed). Each case is a file (or a folder) and the command line's arguments around it, with the
 * exit codes it may end with and what its message must say.
 */

import { promises as fs } from "fs";
import * as path from "path";
import { rezip } from "../../src/bench/bad-inputs";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "sample.xlsx");

export interface Case {
  name: string;
  /** Writes the input into `dir` and returns the command line's arguments after the command. */
  make(dir: string): Promise<string[]>;
  command?: "score" | "undo" | "batch";
  /** Exit codes the case may end with. */
  codes: number[];
  /** Words the message must hold in zh-CN (the language every case runs in first). */
  says?: RegExp;
  /** The input's figures must be read as the clean sample's (a table not lost to odd characters). */
  scoresAsSample?: boolean;
  /** The file the message must name, from the arguments (default: the input). */
  names?: (args: string[]) => string;
  /** Files that must not exist after the run (a temporary file, an overwritten input). */
  leaves?: (dir: string) => Promise<string[]>;
}

/** The sample with some of its parts changed, removed or added. */
export async function sampleWith(
  change: (parts: Record<string, Uint8Array>) => void
): Promise<Uint8Array> {
  return rezip(new Uint8Array(await fs.readFile(SAMPLE)), change);
}

export { BIG_CASES, bigSheet, editText, withFarCells, withMerges } from "../../src/bench/bad-inputs";

/** A deterministic pseudo-random byte source (no clock, no Math.random: every run builds the same file). */
export function bytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file's first sector with the directory names given (UTF-16LE), as Excel writes them. */
export function oleFile(names: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set(OLE, 0);
  let at = 1024;
  for (const n of names) {
    for (let i = 0; i < n.length; i++) out[at + 2 * i] = n.charCodeAt(i);
    at += 128;
  }
  return out;
}

export async function write(dir: string, name: string, data: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, data);
  return file;
}

