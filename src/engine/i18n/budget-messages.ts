/** Messages of budget execution (src/engine/budget): explanations and the budget flags. Money is in 万元. */

import { type Catalogue, registerMessages } from "./render";

const RATE_ZH = "执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元）";
const RATE_EN =
  "execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY)";

export const BUDGET_MESSAGES: Catalogue = {
  "budget.explain": {
    "zh-CN": RATE_ZH,
    "en-US": `Execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY)`,
  },
  "budget.score.linear": {
    "zh-CN": `${RATE_ZH}；按执行率×分值计分：{weight}×{capped}={score}分`,
    "en-US": `${RATE_EN}; scored as rate × weight: {weight} × {capped} = {score}`,
  },
  "budget.score.band": {
    "zh-CN": `${RATE_ZH}；执行率不低于{bound}，按区间得{score}分（分值{weight}分）`,
    "en-US": `${RATE_EN}; at or above {bound}, the band scores {score} of {weight}`,
  },
  "budget.score.belowBands": {
    "zh-CN": `${RATE_ZH}；低于最低区间{bound}，得{score}分（分值{weight}分）`,
    "en-US": `${RATE_EN}; below the lowest band ({bound}), it scores {score} of {weight}`,
  },
  "budget.score.deduction": {
    "zh-CN": `${RATE_ZH}；低于{threshold}每1个百分点扣{perPoint}分，差{short}个百分点：{weight}−{perPoint}×{short}={score}分`,
    "en-US": `${RATE_EN}; {perPoint} off per percentage point below {threshold}, {short} points short: {weight} − {perPoint} × {short} = {score}`,
  },
  "budget.tieOut": {
    "zh-CN": "{line}的{column}{total}万元与组成部分之和{sum}万元不符（{parts}），差额{diff}万元",
    "en-US":
      "{line}: {column} {total} does not equal the sum of its parts {sum} ({parts}); difference {diff} (10k CNY)",
  },
  "budget.tieOut.partsSuspect": {
    "zh-CN":
      "{line}的{column}{total}万元与组成部分之和{sum}万元不符（{parts}），差额{diff}万元；按另一口径（{other}）合计相符，差错应在上述组成部分中",
    "en-US":
      "{line}: {column} {total} does not equal the sum of its parts {sum} ({parts}); difference {diff} (10k CNY). The other split ({other}) agrees with the total, so the error is among these parts",
  },
  "budget.tieOut.totalSuspect": {
    "zh-CN": "{line}的{column}{total}万元与各组组成部分之和均不符（{parts}），合计数本身可能有误",
    "en-US":
      "{line}: {column} {total} equals none of the sums of its parts ({parts}); the total itself may be wrong (10k CNY)",
  },
  "budget.executionLow": {
    "zh-CN": `{line}${RATE_ZH}，低于{threshold}，需说明原因`,
    "en-US": `{line}: ${RATE_EN} is below {threshold}; a reason is needed`,
  },
  "budget.executionOver": {
    "zh-CN":
      "{line}{executedName}{executed}万元超过{denominator}{budget}万元，超支{over}万元（执行率{rate}）",
    "en-US":
      "{line}: {executedName} {executed} exceeds {denominator} {budget} by {over} (10k CNY; execution rate {rate})",
  },
  "budget.rateMismatch": {
    "zh-CN":
      "{line}填报执行率{stated}，按{executedName}{executed}万元 / {denominator}{budget}万元计算为{computed}，按填报精度应为{expected}",
    "en-US":
      "{line}: the stated rate {stated} differs from {executedName} {executed} / {denominator} {budget} = {computed}, which at the stated precision is {expected}",
  },
  "budget.rateMismatch.otherDenominator": {
    "zh-CN":
      "{line}填报执行率{stated}，按{executedName}{executed}万元 / {denominator}{budget}万元计算为{computed}，按填报精度应为{expected}；填报值与以{otherName}为分母的{otherRate}相符，分母口径不一致",
    "en-US":
      "{line}: the stated rate {stated} differs from {executedName} {executed} / {denominator} {budget} = {computed} ({expected} at the stated precision); it matches {otherRate} computed on {otherName}, a different denominator",
  },
  "budget.adjustmentHigh": {
    "zh-CN":
      "{line}预算由{initialName}{initial}万元调整为{adjustedName}{adjusted}万元，调整{change}万元，调整率{rate}，超过{threshold}",
    "en-US":
      "{line}: the budget moved from {initialName} {initial} to {adjustedName} {adjusted} ({change}, 10k CNY), an adjustment of {rate}, beyond {threshold}",
  },
  "budget.progressBehind": {
    "zh-CN": `截至{asOf}序时进度{progress}（{elapsed}/{days}天），{line}${RATE_ZH}，落后{lag}个百分点，超过{threshold}个百分点`,
    "en-US": `At {asOf} the calendar stands at {progress} ({elapsed}/{days} days); {line}: ${RATE_EN} is {lag} points behind, more than {threshold}`,
  },
  "budget.scoreMismatch": {
    "zh-CN": "{line}填报执行率得分{stated}分，计算得分{score}分（分值{weight}分），相差{diff}分",
    "en-US":
      "{line}: the stated execution score {stated} differs from the computed {score} (weight {weight}) by {diff}",
  },
  "budget.scoreOverWeight": {
    "zh-CN": "{line}填报执行率得分{stated}分，不在0至分值{weight}分之间",
    "en-US": "{line}: the stated execution score {stated} is outside 0 to the weight {weight}",
  },
  "budget.cellError": {
    "zh-CN": "{line}的{column}单元格为错误值{error}，无法计算",
    "en-US": "{line}: the {column} cell holds the error {error} and cannot be used",
  },
};

registerMessages(BUDGET_MESSAGES);
