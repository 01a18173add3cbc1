/**
 * LibreOffice Calc, headless, as a real spreadsheet application for tests (docs: testing.md in ../shared).
 * Every call gets its own profile folder, so parallel test workers never share one; with `recalc` the profile
 * sets OOXMLRecalcMode to 0, so LibreOffice recomputes every formula instead of trusting cached results.
 */

import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";
export const PDFTOPPM = "/usr/bin/pdftoppm";

export function hasSoffice(): boolean {
  return existsSync(SOFFICE);
}

export function hasPdftoppm(): boolean {
  return existsSync(PDFTOPPM);
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export interface Converted extends RunResult {
  /** Where LibreOffice was asked to write each result, in the order of the inputs (check they exist). */
  outputs: string[];
}

/**
 * `soffice --convert-to FORMAT` of one or more files into outDir, in one LibreOffice process with a fresh
 * profile (recalculating every formula when asked).
 */
export async function convert(input: string | string[], format: "pdf" | "xlsx", outDir: string, options: { recalc?: boolean } = {}): Promise<Converted> {
  const inputs = typeof input === "string" ? [input] : input;
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-lo-profile-"));
  try {
    if (options.recalc) {
      await fs.mkdir(path.join(profile, "user"), { recursive: true });
      await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    }
    await fs.mkdir(outDir, { recursive: true });
    const writer = inputs.every((i) => i.toLowerCase().endsWith(".docx"));
    const target = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : writer ? "pdf:writer_pdf_Export" : "pdf:calc_pdf_Export";
    const result = await run(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", outDir, ...inputs],
      60_000 + 30_000 * inputs.length,
    );
    const outputs = inputs.map((i) => path.join(outDir, `${path.basename(i, path.extname(i))}.${format}`));
    return { ...result, outputs };
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** Page `page` of a PDF as a PNG at `dpi` (pdftoppm), returning the PNG's path. */
export async function pdfPage(pdf: string, outPrefix: string, page = 1, dpi = 60): Promise<string> {
  const r = await run(PDFTOPPM, ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, outPrefix]);
  if (r.code !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return `${outPrefix}.png`;
}
