/** Messages about a table's columns (COLUMN_MISSING, COLUMN_GUESSED), the per-row ACTUAL_MISSING without a column, and why a total has no grade. */

import { registerMessages, type Catalogue } from "./render";

/** The name of each field a header can hold, for messages. */
export const FIELD_NAMES: Record<string, { "zh-CN": string; "en-US": string }> = {
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

export const columnMessages: Catalogue = {
  "flag.COLUMN_MISSING": {
    "zh-CN":
      "第{row}行表头中没有找到“{role}”列，{count}行带分值的指标无法计分；表头各列为：{headers}",
    "en-US":
      "The header in row {row} has no {roleEn} column, so {count} weighted rows cannot be scored; the headers are: {headers}",
  },
  "flag.COLUMN_MISSING.sheet": {
    "zh-CN":
      "工作表「{sheet}」第{row}行像是表头（{headers}），下面各行有数字，但其中没有能识别的列，这张表没有读取、没有计分",
    "en-US":
      "Row {row} of the sheet “{sheet}” looks like a header ({headers}) over rows with figures, but none of its columns could be recognised: that table was not read or scored",
  },
  "flag.COLUMN_GUESSED.meaning": {
    "zh-CN": "表头“{header}”（{col}列）按含义识别为“{role}”列",
    "en-US": "The header “{header}” (column {col}) was read as the {roleEn} column by its words",
  },
  "flag.COLUMN_GUESSED.rivals": {
    "zh-CN": "“{role}”有多列可选（{others}），采用{col}列“{header}”",
    "en-US": "Several columns could be the {roleEn} ({others}); column {col} “{header}” was taken",
  },
  "flag.ACTUAL_MISSING.noColumn": {
    "zh-CN": "该指标分值{weight}分，但表中没有可识别的完成值列，无法计分",
    "en-US": "The indicator is weighted {weight}, but the table has no recognisable actual column",
  },
  "flag.SCORE_MISSING": {
    "zh-CN": "该指标分值{weight}分，表中没有指标值和完成值可计算，也未填写得分，无法计分",
    "en-US":
      "The indicator is weighted {weight}; the table has no target or actual to compute from, and no score is given",
  },
  "totals.noGrade.noWeights": {
    "zh-CN": "没有带分值的指标，不评定等级",
    "en-US": "No weighted indicator: no grade",
  },
  "totals.noGrade.unscored": {
    "zh-CN": "{count}行带分值的指标无法计分（分值{weight}分），总分不完整，不评定等级",
    "en-US":
      "{count} weighted rows could not be scored (weight {weight}): the total is partial and not graded",
  },
  "totals.noGrade.scale": {
    "zh-CN": "已计分的分值合计{weight}分，不足{scale}分，总分不完整，不评定等级",
    "en-US":
      "The scored weights make up {weight}, short of {scale}: the total is partial and not graded",
  },
};

registerMessages(columnMessages);
