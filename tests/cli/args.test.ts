/** The command line's arguments: both spellings of a value, and every refusal with its two-language message. */

import { parseArgs, UsageError } from "../../src/cli/args";

const refusal = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
};

describe("parseArgs", () => {
  test("a value after the option or after =, the last one winning; booleans; defaults", () => {
    const c = parseArgs([
      "score",
      "in.xlsx",
      "--out",
      "a.xlsx",
      "--json=r.json",
      "--out=b.xlsx",
      "--quiet",
    ]);
    expect(c).toEqual({
      name: "score",
      input: "in.xlsx",
      out: "b.xlsx",
      options: {
        json: "r.json",
        rules: "national-2020",
        lang: "zh-CN",
        asOf: null,
        formulas: false,
        fillScores: false,
        failOn: "never",
        quiet: true,
      },
    });
    // a value may itself start with a dash, as before: it is the option's value, not an option
    expect(parseArgs(["score", "in.xlsx", "--out", "-x.xlsx"])).toMatchObject({ out: "-x.xlsx" });
    expect(parseArgs(["report", "in.xlsx", "--form=a=b"])).toMatchObject({ form: "a=b" });
  });

  test("help: -h, --help, the word, or nothing", () => {
    for (const argv of [["-h"], ["score", "--help"], ["help"], []])
      expect(parseArgs(argv).name).toBe("help");
  });

  test("batch reads its files and its summary", () => {
    expect(
      parseArgs(["batch", "a.xlsx", "b.xlsx", "--summary", "s.xlsx", "--lang", "en-US"])
    ).toMatchObject({
      name: "batch",
      inputs: ["a.xlsx", "b.xlsx"],
      summary: "s.xlsx",
      options: { lang: "en-US" },
    });
  });

  test.each([
    [["score", "a.xlsx", "--out"], "--out needs a value / --out 需要一个值"],
    [["score", "a.xlsx", "--json="], "--json needs a value / --json 需要一个值"],
    [["score", "a.xlsx", "--bogus"], "unknown option --bogus / 未知选项 --bogus"],
    [["score", "a.xlsx", "--quiet=1"], "unknown option --quiet=1 / 未知选项 --quiet=1"],
    [["score", "a.xlsx", "-hx"], "unknown option -hx / 未知选项 -hx"],
    [["score", "-"], "unknown option - / 未知选项 -"],
    [["score", "--", "a.xlsx"], "unknown option -- / 未知选项 --"],
    [["score", "a.xlsx", "--constructor"], "unknown option --constructor / 未知选项 --constructor"],
    [["score"], "score takes one workbook / score 需要且只需要一个工作簿"],
    [["frob"], "unknown command frob / 未知命令 frob"],
    [["batch", "a.xlsx"], "batch needs --summary SUMMARY.xlsx / batch 需要 --summary 汇总.xlsx"],
    [["batch", "--summary", "s.xlsx"], "batch needs a folder or files / batch 需要文件夹或文件"],
    [["rules", "--lang", "fr"], "--lang must be zh-CN or en-US / --lang 只能是 zh-CN 或 en-US"],
    [
      ["rules", "--fail-on", "always"],
      "--fail-on must be error, warning or never / --fail-on 只能是 error、warning 或 never",
    ],
    [
      ["score", "a.xlsx", "--as-of", "2025-02-30"],
      "--as-of must be a date YYYY-MM-DD / --as-of 须为日期 YYYY-MM-DD: 2025-02-30",
    ],
  ])("%j is refused: %s", (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });
});
