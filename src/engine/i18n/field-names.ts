import type { Lang } from "./languages";

/** The name of each field a header can hold, for messages. */
export const FIELD_NAMES: Record<string, Record<Lang, string>> = {
  level1: { "zh-CN": "一级指标", "en-US": "level 1" },
  level2: { "zh-CN": "二级指标", "en-US": "level 2" },
  level3: { "zh-CN": "三级指标", "en-US": "level 3" },
  name: { "zh-CN": "指标名称", "en-US": "indicator name" },
  weight: { "zh-CN": "分值", "en-US": "weight" },
  target: { "zh-CN": "指标值", "en-US": "target" },
  actual: { "zh-CN": "完成值", "en-US": "actual" },
  criterion: { "zh-CN": "评分标准", "en-US": "scoring rule" },
  score: { "zh-CN": "得分", "en-US": "score" },
  reason: { "zh-CN": "扣分原因", "en-US": "reason" },
  op: { "zh-CN": "指标性质", "en-US": "operator" },
  unit: { "zh-CN": "计量单位", "en-US": "unit" },
  initialBudget: { "zh-CN": "年初预算数", "en-US": "initial budget" },
  budget: { "zh-CN": "全年预算数", "en-US": "budget" },
  available: { "zh-CN": "实际到位资金", "en-US": "funds available" },
  executed: { "zh-CN": "执行数", "en-US": "executed" },
  rate: { "zh-CN": "执行率", "en-US": "execution rate" },
};
