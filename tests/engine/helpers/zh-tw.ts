/**
 * A throwaway 繁體中文 (zh-TW) catalogue for tests: every key of zh-CN, its characters swapped through a small
 * table. It shows what a third language takes (tests/engine/languages.test.ts, tests/taskpane/zh-tw-stub.test.ts).
 */
import type { Catalogue } from "../../../src/engine/i18n/catalogue";
import { zhCN } from "../../../src/engine/i18n/languages/zh-CN";

/** A stub's characters: enough of the simplified → traditional table to make the point, not a conversion. */
const TRADITIONAL: Record<string, string> = {
  与: "與",
  计: "計",
  算: "算",
  不: "不",
  符: "符",
  值: "值",
  错: "錯",
  误: "誤",
  级: "級",
  别: "別",
  评: "評",
  分: "分",
  标: "標",
  准: "準",
  识: "識",
  别的: "別的",
  预: "預",
  执: "執",
  行: "行",
  单: "單",
  元: "元",
  格: "格",
  项: "項",
  数: "數",
  额: "額",
  缺: "缺",
  少: "少",
  规: "規",
  则: "則",
  问: "問",
  题: "題",
  报: "報",
  告: "告",
  写: "寫",
  汇: "匯",
  总: "總",
  资: "資",
  金: "金",
  调: "調",
  整: "整",
  进: "進",
  度: "度",
  后: "後",
  达: "達",
  满: "滿",
  为: "為",
  负: "負",
  说: "說",
  明: "明",
};
const toTraditional = (text: string): string =>
  [...text].map((ch) => TRADITIONAL[ch] ?? ch).join("");

/** 繁體中文 (Hong Kong, Macau): a throwaway stub, every key of zh-CN in traditional characters. */
export const zhTW: Catalogue = Object.fromEntries(
  Object.entries(zhCN).map(([section, entries]) => [
    section,
    Object.fromEntries(Object.entries(entries).map(([key, text]) => [key, toTraditional(text)])),
  ])
) as Catalogue;
