/**
 * The header vocabulary, in one place: aliases by field (exact words), then meanings (the words a header is
 * made of), Chinese first, English too (docs: domain.md §2 and §6). Both are compared after `normalizeHeader`
 * (full width folded, spaces, line breaks, invisible characters and bracketed units removed, lower case), so
 * write them that way.
 */

export type IndicatorField =
  | "level1"
  | "level2"
  | "level3"
  | "name"
  | "weight"
  | "target"
  | "actual"
  | "criterion"
  | "score"
  | "reason"
  | "op"
  | "unit";

export type BudgetField =
  | "name"
  | "initialBudget"
  | "budget"
  | "available"
  | "executed"
  | "rate"
  | "weight"
  | "score"
  | "criterion";

export const INDICATOR_ALIASES: Record<IndicatorField, string[]> = {
  level1: ["一级指标", "一级", "levelone", "level1", "firstlevelindicator"],
  level2: ["二级指标", "二级", "leveltwo", "level2", "secondlevelindicator"],
  level3: ["三级指标", "三级", "levelthree", "level3", "thirdlevelindicator", "indicator"],
  name: [
    "指标名称",
    "指标",
    "考核内容",
    "评价指标",
    "关键指标",
    "整体支出关键指标",
    "重点指标",
    "绩效指标名称",
    "indicatorname",
  ],
  weight: [
    "分值",
    "权重",
    "标准分",
    "指标分值",
    "指标权重",
    "满分",
    "weight",
    "points",
    "maxscore",
  ],
  target: [
    "指标值",
    "年度指标值",
    "目标值",
    "预期目标值",
    "年初指标值",
    "调整指标值",
    "预期实现目标值",
    "年度目标值",
    "target",
    "targetvalue",
  ],
  actual: [
    "实际完成值",
    "完成值",
    "全年完成值",
    "年度完成情况",
    "实际完成情况",
    "全年实际完成值",
    "actual",
    "actualvalue",
  ],
  criterion: [
    "评分标准",
    "计分方法",
    "评分规则",
    "指标说明及评分标准",
    "评分方法",
    "scoringrule",
    "rule",
    "criterion",
  ],
  score: ["得分", "自评得分", "指标得分", "score", "selfscore"],
  reason: [
    "扣分原因",
    "偏差原因分析及改进措施",
    "未完成原因分析",
    "扣分原因和其他说明",
    "备注",
    "偏差原因",
    "未完成原因和改进措施",
    "reason",
    "deductionreason",
    "remarks",
  ],
  op: ["指标性质", "operator"],
  unit: ["度量单位", "计量单位", "单位", "unit"],
};

export const BUDGET_ALIASES: Record<BudgetField, string[]> = {
  name: [
    "资金来源",
    "项目",
    "科目",
    "预算科目",
    "支出类型",
    "资金类别",
    "项目资金",
    "item",
    "fundsource",
  ],
  initialBudget: ["年初预算数", "年初预算", "initialbudget"],
  budget: [
    "全年预算数",
    "调整后预算数",
    "预算数",
    "全年预算",
    "调整后预算",
    "budget",
    "adjustedbudget",
  ],
  available: ["实际到位资金", "到位资金", "fundsavailable"],
  executed: [
    "全年执行数",
    "执行数",
    "支出决算数",
    "实际支出",
    "决算数",
    "实际执行数",
    "executed",
    "actual",
    "expenditure",
  ],
  rate: ["执行率", "预算完成率", "支出率", "预算执行率", "rate", "executionrate"],
  weight: ["分值", "weight"],
  score: ["得分", "自评得分", "score"],
  criterion: ["评分标准", "计分方法", "评分规则"],
};

/**
 * A header means a field when it holds a word of every group and none of `not` (substrings). Meanings are
 * tried in order, after the aliases, so the more specific come first ("评分标准" before "得分").
 */
export interface Meaning<F extends string> {
  field: F;
  all: string[][];
  not?: string[];
}

const CRITERION_WORDS: string[][] = [
  ["评分", "计分", "打分", "评价", "scoring", "marking"],
  ["标准", "方法", "规则", "办法", "细则", "criteri", "rule", "method", "guide"],
];
const SCORE_EXCLUDES = ["标准", "方法", "规则", "系数", "criteri", "rule", "method", "max", "full"];

export const INDICATOR_MEANINGS: Meaning<IndicatorField>[] = [
  { field: "level1", all: [["一级", "firstlevel", "levelone", "level1", "level-1"]] },
  { field: "level2", all: [["二级", "secondlevel", "leveltwo", "level2", "level-2"]] },
  { field: "level3", all: [["三级", "thirdlevel", "levelthree", "level3", "level-3"]] },
  { field: "criterion", all: CRITERION_WORDS },
  { field: "criterion", all: [["criteri", "scoringrule", "scoringmethod"]] },
  {
    field: "reason",
    all: [
      [
        "原因",
        "措施",
        "理由",
        "备注",
        "情况说明",
        "reason",
        "explanation",
        "remark",
        "comment",
        "justification",
        "deduction",
      ],
    ],
  },
  {
    field: "weight",
    all: [
      ["分值", "权重", "满分", "标准分", "weight", "points", "maxscore", "fullscore", "fullmark"],
    ],
  },
  { field: "score", all: [["得分", "score"]], not: SCORE_EXCLUDES },
  {
    field: "actual",
    all: [
      ["实际", "完成", "实现", "达成", "执行"],
      ["值", "情况", "数", "结果", "程度", "量"],
    ],
    not: ["率", "时间", "期限"],
  },
  {
    field: "actual",
    all: [["actual", "achieved", "completed", "outcome", "result"]],
    not: ["rate", "date"],
  },
  {
    field: "target",
    all: [["目标", "指标值", "预期", "计划", "target", "expected", "planned", "goal"]],
    not: ["完成", "实际", "actual", "achieved"],
  },
  { field: "op", all: [["指标性质", "运算符", "operator", "比较符"]] },
  { field: "name", all: [["指标名称", "考核指标", "考核内容", "评价内容", "indicator"]] },
];

export const BUDGET_MEANINGS: Meaning<BudgetField>[] = [
  { field: "criterion", all: CRITERION_WORDS },
  {
    field: "rate",
    all: [
      ["执行", "完成", "支出", "execution", "spent", "spending"],
      ["率", "rate", "%"],
    ],
  },
  { field: "weight", all: [["分值", "权重", "满分", "weight", "points", "maxscore"]] },
  { field: "score", all: [["得分", "score"]], not: SCORE_EXCLUDES },
  {
    field: "executed",
    all: [
      [
        "执行数",
        "执行金额",
        "执行额",
        "支出数",
        "决算数",
        "实际支出",
        "已支出",
        "executed",
        "expenditure",
        "spent",
        "outturn",
      ],
    ],
  },
  {
    field: "initialBudget",
    all: [
      ["年初", "initial", "original"],
      ["预算", "budget"],
    ],
  },
  { field: "available", all: [["到位", "available", "received"]] },
  // "预算执行情况（10分）" labels a block; it is no amount of money
  { field: "budget", all: [["预算", "budget"]], not: ["执行", "情况", "完成", "率", "execution"] },
];

/** Words that mark a total row (a check, not an indicator). */
export const TOTAL_WORDS = ["合计", "总分", "总计", "total", "总得分"];
/** Words that mark a bonus/penalty row. */
export const BONUS_WORDS = [
  "加减分",
  "加分项",
  "扣分项",
  "工作表现加减分",
  "加分",
  "bonus",
  "penalty",
];
