/**
 * The command line and the browser door refuse the same files with the same words: both go through
 * openPackage and one catalogue of problems (src/workbook/xlsx/limits.ts, messages.ts).
 */

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { openBrowserSession } from "../../src/taskpane/browser-run";
import { runCli } from "../support/cli";
import { bytes, oleFile } from "./inputs";

const FILES: [string, Uint8Array][] = [
  ["empty.xlsx", new Uint8Array(0)],
  ["random.xlsx", bytes(3, 777)],
  ["old.xlsx", oleFile(["Root Entry", "Workbook"])],
  // An issued template as it comes: an .xls, or WPS's own .et (a compound file as well), under its own name.
  ["模板.xls", oleFile(["Root Entry", "Workbook"])],
  ["金山.et", oleFile(["Root Entry", "Workbook", "WpsCustomData"])],
  ["secret.xlsx", oleFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"])],
  ["table.xlsx", strToU8("名称,分值\n数量,10\n")],
  [
    "calc.xlsx",
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    }),
  ],
];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-doors-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test.each(FILES)(
  "%s: the same refusal in the browser and on the command line",
  async (name, data) => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const file = path.join(dir, name);
      await fs.writeFile(file, data);
      const cli = await runCli(["score", file, "--lang", lang, "--out", path.join(dir, "o.xlsx")]);
      expect(cli.code).toBe(2);
      const browser = await openBrowserSession(new File([data as BlobPart], name), lang);
      if (browser.ok) throw new Error("the browser opened a file the command line refused");
      // The command line names the path it was given; the browser the file's name.
      expect(cli.err.replace(file, name)).toBe(browser.message);
    }
  }
);

test.each([
  ["模板.xls", "zh-CN", /旧版 Excel 97-2003 工作簿（\.xls）[\s\S]*另存为[\s\S]*\*\.xlsx/],
  ["模板.xls", "en-US", /Excel 97-2003 workbook \(\.xls\)[\s\S]*Save As[\s\S]*\*\.xlsx/],
  ["金山.et", "zh-CN", /WPS 表格文件（\.et）[\s\S]*另存为[\s\S]*\*\.xlsx/],
  ["金山.et", "en-US", /WPS Spreadsheets file \(\.et\)[\s\S]*Save As[\s\S]*\*\.xlsx/],
] as const)(
  "%s (%s): says what the file is and how to save it as .xlsx, never a zip error",
  async (name, lang, says) => {
    const data = FILES.find(([n]) => n === name)![1];
    const browser = await openBrowserSession(new File([data as BlobPart], name), lang);
    if (browser.ok) throw new Error(`${name} was opened`);
    expect(browser.message).toMatch(says);
    expect(browser.message).not.toMatch(/zip|not a valid|不是有效/i);
  }
);
