/** Words of the add-in's own sheets and notes, zh-CN first, en-US beside it. */

import type { Lang, Severity } from "../model";
import { msg, registerMessages, render, type Catalogue } from "../i18n/render";

export const PLAN_LABELS: Catalogue = {
  "plan.severity.error": { "zh-CN": "错误", "en-US": "Error" },
  "plan.severity.warning": { "zh-CN": "警告", "en-US": "Warning" },
  "plan.severity.info": { "zh-CN": "提示", "en-US": "Info" },
  "plan.noteLine": {
    "zh-CN": "{severity}（{code}）：{message}",
    "en-US": "{severity} ({code}): {message}",
  },
  "plan.suggestedReason": {
    "zh-CN": "建议扣分原因：{text}",
    "en-US": "Suggested reason for the deduction: {text}",
  },
  "plan.summary.title": { "zh-CN": "绩效评分汇总", "en-US": "Performance scoring summary" },
  "plan.summary.item": { "zh-CN": "项目", "en-US": "Item" },
  "plan.summary.form": { "zh-CN": "评价表", "en-US": "Form" },
  "plan.summary.formId": { "zh-CN": "评价表编号（工作表）", "en-US": "Form id (sheet)" },
  "plan.summary.formKind": { "zh-CN": "类型", "en-US": "Kind" },
  "plan.summary.formKind.project": { "zh-CN": "项目支出", "en-US": "Project" },
  "plan.summary.formKind.department": { "zh-CN": "部门整体", "en-US": "Department-wide" },
  "plan.summary.formSection": {
    "zh-CN": "评价表：{title}（{id}）",
    "en-US": "Form: {title} ({id})",
  },
  "plan.summary.value": { "zh-CN": "数值", "en-US": "Value" },
  "plan.summary.total": { "zh-CN": "系统总分", "en-US": "Total score (computed)" },
  "plan.summary.weight": { "zh-CN": "满分", "en-US": "Full marks" },
  "plan.summary.grade": { "zh-CN": "等级", "en-US": "Grade" },
  "plan.summary.statedScore": { "zh-CN": "自评总分", "en-US": "Stated total" },
  "plan.summary.statedGrade": { "zh-CN": "自评等级", "en-US": "Stated grade" },
  "plan.summary.ruleSet": { "zh-CN": "评分规则集", "en-US": "Rule set" },
  "plan.summary.file": { "zh-CN": "文件", "en-US": "File" },
  "plan.summary.level1": { "zh-CN": "一级指标", "en-US": "Level-1 indicator" },
  "plan.summary.level2": { "zh-CN": "二级指标", "en-US": "Level-2 indicator" },
  "plan.summary.groupWeight": { "zh-CN": "分值", "en-US": "Weight" },
  "plan.summary.groupScore": { "zh-CN": "系统得分", "en-US": "Score" },
  "plan.summary.groupRate": { "zh-CN": "得分率", "en-US": "Share of weight" },
  "plan.summary.chart": {
    "zh-CN": "一级指标得分与分值",
    "en-US": "Score against weight by level-1 indicator",
  },
  "plan.summary.budgetLine": { "zh-CN": "资金", "en-US": "Funds" },
  "plan.summary.budget": {
    "zh-CN": "预算数（{denominator}，万元）",
    "en-US": "Budget ({denominator}, 10k CNY)",
  },
  "plan.summary.executed": { "zh-CN": "执行数（万元）", "en-US": "Executed (10k CNY)" },
  "plan.summary.rate": { "zh-CN": "执行率", "en-US": "Execution rate" },
  "plan.summary.budgetScore": { "zh-CN": "得分", "en-US": "Score" },
  "plan.summary.flags": { "zh-CN": "问题级别", "en-US": "Severity" },
  "plan.summary.count": { "zh-CN": "数量", "en-US": "Count" },
  "plan.summary.flagTotal": { "zh-CN": "合计", "en-US": "Total" },
  "plan.summary.scoredRows": { "zh-CN": "已计分行数", "en-US": "Rows scored" },
  "plan.summary.unscoredRows": { "zh-CN": "未计分行数", "en-US": "Rows not scored" },
  "plan.summary.noGrade": { "zh-CN": "未评定等级原因", "en-US": "Why no grade" },
  "plan.summary.table": { "zh-CN": "表格", "en-US": "Table" },
  "plan.summary.field": { "zh-CN": "字段", "en-US": "Field" },
  "plan.summary.column": { "zh-CN": "列", "en-US": "Column" },
  "plan.summary.header": { "zh-CN": "表头", "en-US": "Header" },
};

registerMessages(PLAN_LABELS);

export function label(key: string, lang: Lang, args: Record<string, string | number> = {}): string {
  return render(msg(`plan.${key}`, args), lang);
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return label(`severity.${severity}`, lang);
}
