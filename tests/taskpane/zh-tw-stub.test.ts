/**
 * Adding a language is one catalogue file and one registering line (docs/engine.md, "Adding a language"). Here
 * the registry (engine/i18n/languages/index.ts) gets that one line, with the throwaway 繁體中文 stub of
 * tests/engine/helpers/zh-tw.ts, and every door takes the new language's words: the pane's own strings, the
 * engine's helpers that word values and outline numbers, the messages, and the command line's --lang.
 */
import { describeQuantity, parseQuantity } from "../../src/engine/quantity";
import { outline } from "../../src/engine/draft/numbering";
import { LANGS, type Lang, msg, render } from "../../src/engine";
import { matchLanguage, presetTitle, strings } from "../../src/taskpane/i18n";
import { parseArgs } from "../../src/cli/args";

jest.mock("../../src/engine/i18n/languages", () => {
  const actual = jest.requireActual("../../src/engine/i18n/languages");
  const { zhTW } = jest.requireActual("../engine/helpers/zh-tw");
  // The one line that registers a language, as in src/engine/i18n/languages/index.ts:
  const CATALOGUES = { ...actual.CATALOGUES, "zh-TW": zhTW };
  return { CATALOGUES, LANGS: Object.keys(CATALOGUES) };
});

const zhTW = "zh-TW" as Lang;

describe("a 繁體中文 stub registered with one line", () => {
  test("is a language of the engine and of the pane", () => {
    expect(LANGS).toEqual(["zh-CN", "en-US", "zh-TW"]);
    expect(matchLanguage("zh-TW")).toBe("zh-TW");
    expect(matchLanguage("zh_tw")).toBe("zh-TW");
    // other Chinese tags still go to the first Chinese language
    expect(matchLanguage("zh-Hans-CN")).toBe("zh-CN");
  });

  test("the pane's own strings come from its catalogue", () => {
    // 绩效评分助手 with 评 → 評; 运行评分 with 评 → 評 (the stub's table has neither 绩 nor 运)
    expect(strings(zhTW).appTitle).toBe("绩效評分助手");
    expect(strings(zhTW).runButton).toBe("运行評分");
    expect(strings("zh-CN").appTitle).toBe("绩效评分助手");
    // the severity names of the review sheet: 错误 → 錯誤
    expect(strings(zhTW).severityError).toBe("錯誤");
    // 项目支出通行做法（2020）: 项 → 項
    expect(presetTitle(zhTW, "national-2020")).toBe("項目支出通行做法（2020）");
  });

  test("the engine's helpers word values and outline numbers from it", () => {
    // 部分达成 → 部分達成; 增长 has no entry in the stub's table and stays
    expect(describeQuantity(parseQuantity("部分达成"), zhTW)).toBe("部分達成");
    expect(describeQuantity(parseQuantity("部分达成"), "en-US")).toBe("partially achieved");
    expect(describeQuantity(parseQuantity("不适用"), zhTW)).toBe("不适用");
    expect(outline(2, 3, zhTW)).toBe("（三）");
    expect(outline(2, 3, "en-US")).toBe("(c) ");
  });

  test("messages render in it, and the command line takes --lang zh-TW", () => {
    expect(render(msg("flagLabel.SCORE_MISMATCH"), zhTW)).toBe("得分與計算不符");
    const command = parseArgs(["score", "a.xlsx", "--lang", "zh-TW"]);
    expect(command.options.lang).toBe("zh-TW");
    expect(() => parseArgs(["score", "a.xlsx", "--lang", "fr-FR"])).toThrow(
      "--lang must be zh-CN, en-US or zh-TW / --lang 只能是 zh-CN、en-US 或 zh-TW"
    );
  });
});
