/**
 * Whole-cell words: placeholders, 不适用, Excel error texts, yes/no and the three qualitative grades.
 *
 * How the overlapping words are classified (and why):
 * - 完成 / 已完成 / 全部完成 and 未完成 are booleans: the national rule scores 完成/未完成 as w or 0
 *   (domain.md §4 "binary"), and `BooleanQuantity` documents 完成 → true. Phrases that say *how* something
 *   was done are grades: 按时完成 → achieved, 基本完成 / 部分完成 → partial. `asGrade`/`asBoolean` bridge the two.
 * - 是 / 有 → true, 否 → false. 无 alone stays a placeholder (domain.md §2): it means "no value", so the
 *   row is reported as missing instead of silently scoring 0. `asBoolean` reads it as false on request.
 * - 较好 is achieved (in self-evaluation wording it sits with 良 / 好); 一般, 基本满意 are partial, and so is
 *   done-but-late (未按时完成, 延期完成).
 * - 100%完成 is not a word: it is read as the number 100%.
 */

import type { Grade } from "./types";

/** words("a|b", "c") → ["a", "b", "c"]: long word lists stay readable. */
function words(...lists: string[]): string[] {
  return lists.flatMap((l) => l.split("|"));
}

/** Keys are normalized, lower-cased and without spaces (see `wordKey`). */
function table<T>(groups: [T, string[]][]): Map<string, T> {
  const m = new Map<string, T>();
  for (const [value, words] of groups) for (const w of words) m.set(w.replace(/ /g, ""), value);
  return m;
}

export const NA_WORDS = new Set([
  "不适用",
  "不涉及",
  "n/a",
  "na",
  "n.a.",
  "notapplicable",
  "无需",
  "不需要",
]);

/** Besides these, any text made only of dashes, slashes, stars and dots is a placeholder. */
export const NONE_WORDS = new Set([
  "无",
  "暂无",
  "空",
  "空白",
  "null",
  "none",
  "nil",
  "无数据",
  "待定",
  "tbd",
  "—",
]);

const PLACEHOLDER_CHARS = /^[-—–―_/\\*.…·~]+$/;

export function isPlaceholder(key: string): boolean {
  return NONE_WORDS.has(key) || PLACEHOLDER_CHARS.test(key);
}

export const EXCEL_ERRORS = new Set([
  "#null!",
  "#div/0!",
  "#value!",
  "#ref!",
  "#name?",
  "#num!",
  "#n/a",
  "#getting_data",
  "#spill!",
  "#calc!",
  "#field!",
  "#blocked!",
  "#connect!",
  "#busy!",
  "#unknown!",
]);

export const BOOLEAN_WORDS = table<boolean>([
  [
    true,
    words(
      "是|是的|有|完成|已完成|全部完成|全面完成|均已完成|已全部完成|完成了|已落实|√|✓|✔",
      "yes|y|true|done|completed|complete"
    ),
  ],
  [
    false,
    words(
      "否|不是|未完成|没有完成|没完成|尚未完成|未能完成|暂未完成|未落实|×|✗|✘|no|n",
      "false|not done|not completed|incomplete|uncompleted"
    ),
  ],
]);

export const GRADE_WORDS = table<Grade>([
  [
    "achieved",
    words(
      "达成|已达成|达成预期|达成预期目标|达成预期指标|达成目标|达到预期|达到预期目标|达到预期效果",
      "达到预期指标|达到目标|已达到|达到|实现预期|实现预期目标|实现目标|已实现|超过预期|超出预期",
      "超预期|高于预期|超额完成|超额达成|效果明显|效果显著|效果良好|效果好|成效明显|成效显著|明显",
      "显著|按时完成|已按时完成|按期完成|如期完成|按计划完成|按要求完成|及时完成|全部达成|全面达成",
      "好|优|优秀|良|良好|较好|很好|满意|非常满意|较满意|比较满意|有效|有效提升|提升|明显提升",
      "显著提升|大幅提升|持续提升|提高|明显提高|显著提高|改善|明显改善|显著改善|达标|全部达标",
      "合格|符合|符合要求|符合规定|符合标准|规范|正常|正常运行|正常运转|稳定|稳定运行|完善|健全",
      "及时|准确|高|较高|增强|明显增强|achieved|fully achieved|met",
      "fully met|on time|good|excellent|effective|satisfied|satisfactory"
    ),
  ],
  [
    "partial",
    words(
      "部分达成|基本达成|部分达到|基本达到|基本达到预期|基本达成预期|部分实现|基本实现|部分完成",
      "基本完成|基本按时完成|基本满意|基本符合|基本合格|基本达标|部分达标|一般|中|中等|尚可",
      "有所提升|有所提高|有所改善|效果一般|成效一般|未按时完成|延期完成|逾期完成|partially achieved",
      "partly achieved|partially met|partly met|basically achieved|fair|average"
    ),
  ],
  [
    "unmet",
    words(
      "未达成|未达到|未达到预期|未达成预期|未实现|未达标|不达标|没有达到|没有达成|低于预期|差",
      "较差|很差|不满意|不合格|不符合|无效|无效果|效果不明显|效果差|成效不明显",
      "not achieved|unmet|not met|failed|poor"
    ),
  ],
]);

const TRAIL_RE = /[。.！!；;，,、]+$/;
const SPACE_RE = / /g;

/** The lookup key of a whole cell: lower-cased, spaces and closing punctuation removed. */
export function wordKey(lower: string): string {
  let key = TRAIL_RE.test(lower) ? lower.replace(TRAIL_RE, "") : lower;
  if (key.includes(" ")) key = key.replace(SPACE_RE, "");
  return key;
}
