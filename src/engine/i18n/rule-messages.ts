/**
 * Explanations written by the rule kinds (计分说明). Every template may use {target} {actual}
 * {weight} and, where a score exists, {score} {deducted}; English templates use {targetEn} and
 * {actualEn} (a space between number and Chinese unit).
 */

import { registerMessages, type Catalogue } from "./render";

export const ruleMessages: Catalogue = {
  "rule.full": {
    "zh-CN": "完成值{actual}，达到指标值{target}，得满分{weight}分",
    "en-US": "Actual {actualEn} meets target {targetEn}: full marks, {weight}",
  },
  "rule.zero": {
    "zh-CN": "完成值{actual}，未达到指标值{target}，得0分，扣{deducted}分",
    "en-US": "Actual {actualEn} misses target {targetEn}: scored 0, {deducted} deducted",
  },
  "rule.negative": {
    "zh-CN": "完成值{actual}，指标值{target}，完成率{completion}为负，得0分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: completion {completion} is negative, scored 0, {deducted} deducted",
  },
  "rule.zeroTarget.met": {
    "zh-CN": "指标值{target}为零目标，完成值{actual}符合要求，得满分{weight}分",
    "en-US": "Zero target {targetEn} met by actual {actualEn}: full marks, {weight}",
  },
  "rule.zeroTarget.unmet": {
    "zh-CN": "指标值{target}为零目标，完成值{actual}不符合要求，得0分，扣{deducted}分",
    "en-US": "Zero target {targetEn} missed by actual {actualEn}: scored 0, {deducted} deducted",
  },
  "rule.atLeast.partial": {
    "zh-CN":
      "完成值{actual}，指标值{target}，完成率{completion}，按比例计分 {weight}×{completion}={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {completion} complete, scored pro rata {weight} × {completion} = {score}, {deducted} deducted",
  },
  "rule.atLeast.floor": {
    "zh-CN":
      "完成值{actual}，指标值{target}，完成率{completion}低于下限{floor}，得0分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {completion} complete, below the floor {floor}, scored 0, {deducted} deducted",
  },
  "rule.atMost.linear": {
    "zh-CN":
      "完成值{actual}，指标值{target}，超出{excess}，按线性计分 {weight}×(2−{ratio})={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {excess} over, scored linearly {weight} × (2 − {ratio}) = {score}, {deducted} deducted",
  },
  "rule.atMost.beyond": {
    "zh-CN": "完成值{actual}，指标值{target}，超出{excess}（达到2倍及以上），得0分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {excess} over (twice the target or more), scored 0, {deducted} deducted",
  },
  "rule.atMost.ratio": {
    "zh-CN":
      "完成值{actual}，超出指标值{target}，按比例计分 {weight}×{ratio}（指标值÷完成值）={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} exceeds target {targetEn}: scored pro rata {weight} × {ratio} (target ÷ actual) = {score}, {deducted} deducted",
  },
  "rule.equal.above": {
    "zh-CN":
      "完成值{actual}，超过指标值{target}，按比例计分 {weight}×{ratio}（指标值÷完成值）={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} is above target {targetEn}: scored pro rata {weight} × {ratio} (target ÷ actual) = {score}, {deducted} deducted",
  },
  "rule.about.inside": {
    "zh-CN": "完成值{actual}，在指标值{target}±{tolerance}范围（{low}–{high}）内，得满分{weight}分",
    "en-US":
      "Actual {actualEn} is within target {targetEn} ± {tolerance} ({low}–{high}): full marks, {weight}",
  },
  "rule.about.below": {
    "zh-CN":
      "完成值{actual}，低于指标值{target}±{tolerance}范围下限{low}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} is below the lower bound {low} of target {targetEn} ± {tolerance}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
  },
  "rule.about.above": {
    "zh-CN":
      "完成值{actual}，高于指标值{target}±{tolerance}范围上限{high}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} is above the upper bound {high} of target {targetEn} ± {tolerance}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
  },
  "rule.range.inside": {
    "zh-CN": "完成值{actual}，在区间{low}–{high}内，得满分{weight}分",
    "en-US": "Actual {actualEn} is inside {low}–{high}: full marks, {weight}",
  },
  "rule.range.below": {
    "zh-CN":
      "完成值{actual}，低于区间下限{low}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} is below the lower bound {low}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
  },
  "rule.range.above": {
    "zh-CN":
      "完成值{actual}，高于区间上限{high}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} is above the upper bound {high}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
  },
  "rule.qual.inBand": {
    "zh-CN": "定性指标，完成情况“{grade}”，得分区间{band}，自评{stated}分在区间内",
    "en-US": "Qualitative: {gradeEn}, band {band}; the stated {stated} is inside it",
  },
  "rule.qual.outOfBand": {
    "zh-CN": "定性指标，完成情况“{grade}”，得分区间{band}，自评{stated}分不在区间内，需复核",
    "en-US":
      "Qualitative: {gradeEn}, band {band}; the stated {stated} is outside it and needs review",
  },
  "rule.qual.noStated": {
    "zh-CN": "定性指标，完成情况“{grade}”，应在得分区间{band}内人工评分",
    "en-US": "Qualitative: {gradeEn}; a person scores it within {band}",
  },
  "rule.qual.noGrade": {
    "zh-CN": "定性指标，无法从完成值判断完成等级，采用自评{stated}分",
    "en-US": "Qualitative: the grade cannot be read from the actual; the stated {stated} is used",
  },
  "rule.qual.noGradeNoStated": {
    "zh-CN": "定性指标，无法从完成值判断完成等级，且未填写自评分，需人工评分",
    "en-US":
      "Qualitative: the grade cannot be read from the actual and no score is stated; a person must score it",
  },
  "rule.perUnit.below": {
    "zh-CN":
      "完成值{actual}，指标值{target}，低{gap}，每低{step}扣{points}分，扣{deducted}分，得{score}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {gapEn} short, {points} deducted per {stepEn}, {deducted} deducted, scored {score}",
  },
  "rule.perUnit.above": {
    "zh-CN":
      "完成值{actual}，指标值{target}，超出{gap}，每超{step}扣{points}分，扣{deducted}分，得{score}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {gapEn} over, {points} deducted per {stepEn}, {deducted} deducted, scored {score}",
  },
  "rule.perUnit.late": {
    "zh-CN":
      "完成时间{actual}，期限{target}，延迟{gap}，每延迟{step}扣{points}分，扣{deducted}分，得{score}分",
    "en-US":
      "Completed {actualEn}, due {targetEn}: {gapEn} late, {points} deducted per {stepEn}, {deducted} deducted, scored {score}",
  },
  "rule.perUnit.floor": {
    "zh-CN": "完成值{actual}，低于{floor}，得0分，扣{deducted}分",
    "en-US": "Actual {actualEn} is below {floor}: scored 0, {deducted} deducted",
  },
  "rule.bands.actual": {
    "zh-CN": "完成值{actual}，属“{band}”档，得{score}分，扣{deducted}分",
    "en-US": "Actual {actualEn} falls in the band {band}: scored {score}, {deducted} deducted",
  },
  "rule.bands.completion": {
    "zh-CN":
      "完成值{actual}，指标值{target}，完成率{value}，属“{band}”档，得{score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {value} complete, in the band {band}: scored {score}, {deducted} deducted",
  },
  "rule.ftc.below": {
    "zh-CN":
      "完成值{actual}，指标值{target}，完成率{completion}低于门槛{floor}，得0分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {completion} complete, below the floor {floor}, scored 0, {deducted} deducted",
  },
  "rule.ftc.linear": {
    "zh-CN":
      "完成值{actual}，指标值{target}，完成率{completion}，门槛{floor}至目标间线性计分 {weight}×({completion}−{floor})÷(100%−{floor})={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: {completion} complete, scored linearly from the floor {floor}: {weight} × ({completion} − {floor}) ÷ (100% − {floor}) = {score}, {deducted} deducted",
  },
  "rule.growth": {
    "zh-CN":
      "完成值{actual}，指标值{target}，完成率 {formula}={completion}，按比例计分 {weight}×{completion}={score}分，扣{deducted}分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: completion {formula} = {completion}, scored pro rata {weight} × {completion} = {score}, {deducted} deducted",
  },
  "rule.manual.stated": {
    "zh-CN": "人工评分，采用自评{stated}分（分值{weight}分）",
    "en-US": "Scored by hand: the stated {stated} is used (weight {weight})",
  },
  "rule.manual.outOfRange": {
    "zh-CN": "人工评分，自评{stated}分超出0–{weight}分范围，不予采用",
    "en-US": "Scored by hand: the stated {stated} is outside 0–{weight} and is not used",
  },
  "rule.manual.none": {
    "zh-CN": "人工评分，未填写自评分",
    "en-US": "Scored by hand: no score is stated",
  },
  "rule.veto.pass": {
    "zh-CN": "一票否决项：完成值{actual}符合要求{target}，未触发否决",
    "en-US": "Veto condition: actual {actualEn} meets {targetEn}; no veto",
  },
  "rule.veto.fail.zero-block": {
    "zh-CN": "一票否决项：完成值{actual}不符合要求{target}，所属{level}级指标得0分",
    "en-US": "Veto condition: actual {actualEn} fails {targetEn}; its level-{level} group scores 0",
  },
  "rule.veto.fail.zero-total": {
    "zh-CN": "一票否决项：完成值{actual}不符合要求{target}，总分为0分",
    "en-US": "Veto condition: actual {actualEn} fails {targetEn}; the total scores 0",
  },
  "rule.veto.fail.cap-total": {
    "zh-CN": "一票否决项：完成值{actual}不符合要求{target}，总分不超过{cap}分",
    "en-US": "Veto condition: actual {actualEn} fails {targetEn}; the total is capped at {cap}",
  },
  "rule.na": {
    "zh-CN": "不适用，不计分",
    "en-US": "Not applicable; not scored",
  },
  "rule.fail.target": {
    "zh-CN": "指标值“{target}”无法读取为可比较的数值，无法计分",
    "en-US": "The target “{targetEn}” cannot be read as a comparable value; not scored",
  },
  "rule.fail.actual": {
    "zh-CN": "完成值“{actual}”无法读取为可比较的数值，无法计分",
    "en-US": "The actual “{actualEn}” cannot be read as a comparable value; not scored",
  },
  "rule.fail.actualNone": {
    "zh-CN": "未填写完成值，无法计分",
    "en-US": "No actual value; not scored",
  },
  "rule.fail.unit": {
    "zh-CN": "指标值{target}与完成值{actual}计量单位不可比，无法计分",
    "en-US":
      "Target {targetEn} and actual {actualEn} are in units that cannot be compared; not scored",
  },
  "rule.fail.error": {
    "zh-CN": "指标值或完成值单元格为Excel错误值，无法计分",
    "en-US": "The target or actual cell holds an Excel error; not scored",
  },
  "rule.fail.undecided": {
    "zh-CN": "无法从完成值“{actual}”判断是否达到“{target}”，需人工确定",
    "en-US":
      "Cannot tell from the actual “{actualEn}” whether “{targetEn}” was met; a person must decide",
  },
  // the row's own 评分标准 was not understood: its explanation says so before the fallback rule's own
  "rule.criterionManual": {
    "zh-CN": "按评分标准“{text}”由评价人评分：{detail}",
    "en-US": "Scored by the evaluator against the criterion “{text}”: {detailEn}",
  },
  "rule.criterionUnread.operator": {
    "zh-CN": "评分标准未能自动识别，按指标值的运算符计分：{detail}",
    "en-US":
      "The scoring criterion was not understood; scored by the target's operator: {detailEn}",
  },
  "rule.criterionUnread.workbook": {
    "zh-CN": "评分标准未能自动识别，按工作簿规则表计分：{detail}",
    "en-US":
      "The scoring criterion was not understood; scored by the workbook's rules sheet: {detailEn}",
  },
  "rule.criterionUnread.ruleset": {
    "zh-CN": "评分标准未能自动识别，按规则集的默认规则计分：{detail}",
    "en-US":
      "The scoring criterion was not understood; scored by the rule set's default: {detailEn}",
  },
};

registerMessages(ruleMessages);
