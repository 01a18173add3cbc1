/**
 * Flag messages of the indicator and totals checks (budget flags live with the budget module),
 * suggested 扣分原因 wordings, and notes of the totals step. Every message quotes its numbers.
 */

import { registerMessages, type Catalogue } from "./render";

export const indicatorMessages: Catalogue = {
  "flag.SCORE_MISMATCH": {
    "zh-CN":
      "自评得分{stated}分与按评分规则计算的{computed}分不一致，相差{diff}分（容差{tolerance}分）",
    "en-US":
      "The stated score {stated} differs from the computed {computed} by {diff} (tolerance {tolerance})",
  },
  "flag.SCORE_MISMATCH.fallback": {
    "zh-CN":
      "自评得分{stated}分与按替代规则计算的{computed}分不一致，相差{diff}分（容差{tolerance}分）；本行评分标准未能自动识别，计算分仅供参考，请按评分标准核对",
    "en-US":
      "The stated score {stated} differs from the {computed} computed by a fallback rule, by {diff} (tolerance {tolerance}); the row's criterion was not understood, so check the score against it",
  },
  "flag.CRITERION_UNREAD": {
    "zh-CN": "评分标准“{text}”未能自动识别，本行按{rule}计分，请核对",
    "en-US":
      "The scoring criterion “{text}” was not understood; the row was scored by {ruleEn} — please check",
  },
  "flag.CRITERION_UNREAD.none": {
    "zh-CN": "评分标准“{text}”未能自动识别，指标值也未给出计分规则，需人工指定",
    "en-US":
      "The scoring criterion “{text}” was not understood and the target gives no rule; a person must give one",
  },
  "flag.SCORE_OVER_WEIGHT": {
    "zh-CN": "自评得分{stated}分超出0–{weight}分的范围",
    "en-US": "The stated score {stated} is outside 0–{weight}",
  },
  "flag.SCORE_OVER_WEIGHT.bonus": {
    "zh-CN": "加减分{stated}分超出±{bound}分的上限",
    "en-US": "The bonus/penalty {stated} is beyond the bound ±{bound}",
  },
  "flag.REASON_MISSING": {
    "zh-CN": "得分{score}分低于分值{weight}分（扣{deducted}分），未填写扣分原因",
    "en-US":
      "The score {score} is below the weight {weight} ({deducted} deducted) and no reason is given",
  },
  "flag.REASON_MISSING.unweighted": {
    "zh-CN": "完成值{actual}未达到指标值{target}，未填写未完成原因（该指标没有分值，不计分）",
    "en-US":
      "The actual {actualEn} misses the target {targetEn} and no reason is given (the indicator has no weight and is not scored)",
  },
  "flag.FULL_MARKS_UNMET": {
    "zh-CN": "自评满分{stated}分，但完成值{actual}未达到指标值{target}",
    "en-US":
      "Full marks ({stated}) are stated, but the actual {actualEn} misses the target {targetEn}",
  },
  "flag.OVER_ACHIEVEMENT": {
    "zh-CN": "完成值{actual}为指标值{target}的{ratio}，超过{threshold}，未说明超额原因",
    "en-US":
      "The actual {actualEn} is {ratio} of the target {targetEn}, above {threshold}, and no reason is given",
  },
  "flag.NEGATIVE_COMPLETION": {
    "zh-CN": "完成值{actual}，指标值{target}，完成率{completion}为负，该指标得0分",
    "en-US":
      "Actual {actualEn} against target {targetEn}: the completion {completion} is negative; the indicator scores 0",
  },
  "flag.QUAL_OUT_OF_BAND": {
    "zh-CN": "定性指标完成情况为“{grade}”，得分应在{band}内，自评{stated}分不在该区间",
    "en-US":
      "The qualitative indicator is {gradeEn}: its score belongs in {band}, but {stated} is stated",
  },
  "flag.TARGET_UNREADABLE": {
    "zh-CN": "指标值“{target}”无法读取，需人工确定计分规则",
    "en-US": "The target “{targetEn}” cannot be read; a person must give the rule",
  },
  "flag.TARGET_UNREADABLE.rule": {
    "zh-CN": "指标值“{target}”及评分标准均无法确定计分规则，需人工指定",
    "en-US":
      "Neither the target “{targetEn}” nor the criterion gives a rule; a person must give one",
  },
  "flag.TARGET_UNREADABLE.undecided": {
    "zh-CN": "无法从完成值“{actual}”判断是否达到“{target}”，需人工确定",
    "en-US":
      "Cannot tell from the actual “{actualEn}” whether “{targetEn}” was met; a person must decide",
  },
  "flag.ACTUAL_MISSING": {
    "zh-CN": "该指标分值{weight}分，但未填写完成值",
    "en-US": "The indicator is weighted {weight} but has no actual value",
  },
  "flag.ACTUAL_MISSING.unreadable": {
    "zh-CN": "完成值“{actual}”无法读取为可与指标值{target}比较的数值",
    "en-US":
      "The actual “{actualEn}” cannot be read as a value comparable with the target {targetEn}",
  },
  "flag.UNIT_MISMATCH": {
    "zh-CN": "指标值{target}与完成值{actual}的计量单位不可比",
    "en-US": "The target {targetEn} and the actual {actualEn} are in units that cannot be compared",
  },
  "flag.CELL_ERROR.target": {
    "zh-CN": "指标值单元格为Excel错误值{error}",
    "en-US": "The target cell holds the Excel error {error}",
  },
  "flag.CELL_ERROR.actual": {
    "zh-CN": "完成值单元格为Excel错误值{error}",
    "en-US": "The actual cell holds the Excel error {error}",
  },
  "flag.CELL_ERROR.score": {
    "zh-CN": "得分单元格为Excel错误值{error}",
    "en-US": "The score cell holds the Excel error {error}",
  },
  "flag.CELL_ERROR.weight": {
    "zh-CN": "分值单元格为Excel错误值{error}",
    "en-US": "The weight cell holds the Excel error {error}",
  },
  "flag.CELL_ERROR.reason": {
    "zh-CN": "扣分原因单元格为Excel错误值{error}",
    "en-US": "The reason cell holds the Excel error {error}",
  },
  "flag.SUM_MISMATCH": {
    "zh-CN": "“{name}”填报得分{stated}分，与下级得分合计{sum}分相差{diff}分",
    "en-US": "“{name}” states {stated}, but its parts add up to {sum} (off by {diff})",
  },
  "flag.SUM_MISMATCH.total": {
    "zh-CN": "填报总分{stated}分，与各项得分合计{sum}分相差{diff}分",
    "en-US": "The stated total {stated} differs from the sum of the scores, {sum}, by {diff}",
  },
  "flag.WEIGHT_SUM": {
    "zh-CN": "“{name}”分值{stated}分，与下级分值合计{sum}分不一致",
    "en-US": "“{name}” is weighted {stated}, but its parts' weights add up to {sum}",
  },
  "flag.WEIGHT_SUM.nested": {
    "zh-CN": "“{name}”下各指标权重合计{sum}，应为100%",
    "en-US": "The weights under “{name}” add up to {sum}, not 100 %",
  },
  "flag.WEIGHT_SUM.total": {
    "zh-CN": "各指标分值合计{sum}分，应为{expected}分",
    "en-US": "The weights add up to {sum}, not {expected}",
  },
  "flag.GRADE_MISMATCH": {
    "zh-CN": "填报等级“{stated}”与总分{total}分对应的等级“{expected}”不符",
    "en-US":
      "The stated grade “{stated}” does not match “{expected}”, the grade of the total {total}",
  },
  "reason.suggest.shortfall": {
    "zh-CN":
      "完成值{actual}，未达到指标值{target}（完成率{completion}），扣{deducted}分。原因：（请补充未完成原因及改进措施）",
    "en-US":
      "Actual {actualEn} fell short of target {targetEn} ({completion} complete), {deducted} deducted. Cause: (add the cause and the corrective measures)",
  },
  "reason.suggest.generic": {
    "zh-CN": "得分{score}分，扣{deducted}分。原因：（请补充扣分原因及改进措施）",
    "en-US":
      "Scored {score}, {deducted} deducted. Cause: (add the cause and the corrective measures)",
  },
  "totals.veto.zero-block": {
    "zh-CN": "一票否决：第{row}行未满足条件，“{name}”得0分",
    "en-US": "Veto: row {row} failed its condition; “{name}” scores 0",
  },
  "totals.veto.zero-total": {
    "zh-CN": "一票否决：第{row}行未满足条件，总分为0分",
    "en-US": "Veto: row {row} failed its condition; the total is 0",
  },
  "totals.veto.cap-total": {
    "zh-CN": "一票否决：第{row}行未满足条件，总分由{before}分封顶为{cap}分",
    "en-US": "Veto: row {row} failed its condition; the total {before} is capped at {cap}",
  },
  "totals.na.rescale": {
    "zh-CN": "{count}项指标不适用（分值{dropped}分），其余指标按{factor}倍折算",
    "en-US":
      "{count} indicator(s) not applicable (weight {dropped}); the rest are rescaled by {factor}",
  },
  "totals.na.drop": {
    "zh-CN": "{count}项指标不适用（分值{dropped}分），不计入总分",
    "en-US": "{count} indicator(s) not applicable (weight {dropped}); left out of the total",
  },
  "totals.na.move": {
    "zh-CN": "{count}项指标不适用（分值{dropped}分），其分值并入“{name}”",
    "en-US":
      "{count} indicator(s) not applicable (weight {dropped}); their weight moves to “{name}”",
  },
  "totals.scheme.nested": {
    "zh-CN": "权重按嵌套百分比计算：一级指标权重×下级得分率",
    "en-US":
      "Weights are nested percentages: each level-1 weight × the score rate of its indicators",
  },
};

registerMessages(indicatorMessages);
