/**
 * What a budget line's name says about its place in the table: indentation, a "其中：" marker,
 * an outline number (一、 （一） 1. （1） ①), a total word, or a known part (fund source, budget level,
 * 基本/项目支出, 人员/公用经费). See docs/budget.md, "Hierarchy".
 */

import { compact } from "./cells";

/** Families of known parts. Lines of one family under one total form one tie-out group. */
export type Family = "source" | "level" | "economic";

export interface KnownPart {
  family: Family;
  /** The family of the parts this line is itself the total of: 基本支出 ⊃ 人员经费 + 公用经费. */
  holds: string | null;
  /** The part's own kind, matched against a container's `holds`. */
  kind: string;
}

export interface NameInfo {
  display: string; // the name as shown, without indentation and "其中："
  indent: number; // leading spaces: 1 per space, 2 per full-width space, 4 per tab
  marker: boolean; // began with 其中：
  outline: number; // outline rank, 0 when not numbered
  total: boolean; // 合计, 总计, 小计, 总额, 整体支出 …
  part: KnownPart | null;
}

const PARTS: { pattern: RegExp; part: KnownPart }[] = [
  // 一般公共预算 / 政府性基金 / 国有资本经营预算 财政拨款: parts of 财政拨款 when a 财政拨款 line holds them.
  {
    pattern:
      /^(一般公共预算|政府性基金(预算)?|国有资本经营(预算)?)(财政)?(拨款|资金)?(收入|支出)?$/,
    part: { family: "source", kind: "fiscal-kind", holds: null },
  },
  {
    pattern: /^(当年|本年)?财政(拨款)?(资金|收入|支出)?$/,
    part: { family: "source", kind: "fiscal", holds: "fiscal-kind" },
  },
  {
    pattern:
      /^(上年结转(结余)?|上年结余|结转结余|其他|单位自筹|自筹|事业|经营|上级补助|附属单位上缴|社会|中央|省级?|市级|区级|县级|债券|银行贷款)(财政)?(资金|收入|拨款|补助)?(资金|收入)?$/,
    part: { family: "source", kind: "source", holds: null },
  },
  {
    pattern: /^([市区县省]?本级|(对下|对区|对县|市对区)?转移支付区?|补助下级)(支出|资金)?$/,
    part: { family: "level", kind: "level", holds: null },
  },
  {
    pattern: /^基本(支出|经费)(预算)?$/,
    part: { family: "economic", kind: "basic", holds: "basic-part" },
  },
  {
    pattern: /^.{0,8}项目(支出|经费)(预算)?$/,
    part: { family: "economic", kind: "project", holds: null },
  },
  {
    pattern: /^(人员|日常公用|公用)(经费|支出)$|^对个人和家庭的补助(支出)?$/,
    part: { family: "economic", kind: "basic-part", holds: null },
  },
];

const TOTAL = /合计|总计|小计|总额|总数|汇总|整体(收入|支出)|^total$|^sum$/i;

/** Outline numbering ranks, outermost first. Matched on the raw text (NFKC would turn ① into 1). */
const OUTLINE: RegExp[] = [
  /^[一二三四五六七八九十]+[、.．]/,
  /^[（(][一二三四五六七八九十]+[)）][、.．]?/,
  /^\d+(?:[、．]|\.(?!\d))/,
  /^[（(]\d+[)）][、.．]?/,
  /^[①-⑳]/,
];

function indentWidth(raw: string): number {
  let width = 0;
  for (const ch of raw) {
    if (ch === " " || ch === "\u00a0") width += 1;
    else if (ch === "\u3000") width += 2;
    else if (ch === "\t") width += 4;
    else break;
  }
  return width;
}

/** The words of a name, for matching: no marker, outline number, brackets, spaces or trailing colon. */
export function matchKey(text: string): string {
  return compact(text)
    .replace(/^其中:?/, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/:$/, "");
}

/** Columns a text takes when printed: CJK and full-width characters count 2, the rest 1. */
function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

export function readName(raw: string): NameInfo {
  let indent = indentWidth(raw);
  let rest = raw.trim();
  const marker = /^其中\s*[:：]?/.exec(rest);
  if (marker) {
    rest = rest.slice(marker[0].length).trim();
    // Sheets align the later parts of a "其中：" list under the text after the marker: they are siblings.
    indent += printedWidth(marker[0]);
  }
  let outline = 0;
  let words = rest;
  for (let i = 0; i < OUTLINE.length; i++) {
    const m = OUTLINE[i].exec(rest);
    if (m) {
      outline = i + 1;
      words = rest.slice(m[0].length);
      break;
    }
  }
  const key = matchKey(words);
  const found = PARTS.find((p) => p.pattern.test(key));
  return {
    display: rest,
    indent,
    marker: marker !== null,
    outline,
    total: !found && TOTAL.test(key),
    part: found ? found.part : null,
  };
}

/**
 * A row with a name and no figures that is not a line: "其中：" (a marker), "按资金来源：" / "分支出结构" (a
 * section), or a note ("注：…", "说明：…") to skip.
 */
export function labelKind(raw: string): "marker" | "section" | "note" | null {
  const key = compact(raw);
  if (/^其中:?$/.test(key)) return "marker";
  if (/^(注|说明|备注|填表说明|数据来源)\d*:/.test(key)) return "note";
  if (/^(按|分).{1,12}:?$/.test(key) || /^.{1,12}(包括|分为):?$/.test(key)) return "section";
  return null;
}
