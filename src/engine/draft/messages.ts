/** Every sentence and label of the report draft, zh-CN first and en-US beside it. Patterns follow the seeds. */

import { registerMessages } from "../i18n/render";

registerMessages({
  "draft.notice": {
    "zh-CN":
      "【草稿】本稿由绩效评分助手根据《{file}》自动起草，数字取自工作簿（出处见附表），须经人工核对、补充后方可报送。",
    "en-US":
      "[DRAFT] Drafted by Jixiao from {file}; every figure comes from the workbook (sources in the appendix). A person must check and finish it before it is filed.",
  },
  "draft.title": {
    "zh-CN": "{subject}{year}{kind}绩效自评报告",
    "en-US": "{subject}{year}{kind} performance self-evaluation report",
  },
  "draft.year": { "zh-CN": "{year}年度", "en-US": " {year}" },
  "draft.subjectMissing": { "zh-CN": "（单位名称）", "en-US": "[Department]" },
  "draft.kind.department": { "zh-CN": "部门整体支出", "en-US": " department-wide expenditure" },
  "draft.kind.project": { "zh-CN": "项目支出", "en-US": " project expenditure" },

  "draft.h.basic": { "zh-CN": "基本情况", "en-US": "Basic information" },
  "draft.h.spending.department": { "zh-CN": "部门整体支出情况", "en-US": "Expenditure" },
  "draft.h.spending.project": { "zh-CN": "项目资金情况", "en-US": "Project funds" },
  "draft.h.self": { "zh-CN": "绩效自评情况", "en-US": "Self-evaluation" },
  "draft.h.conclusion": { "zh-CN": "自评结论", "en-US": "Conclusion" },
  "draft.h.indicators": { "zh-CN": "各项指标得分情况", "en-US": "Scores by indicator" },
  "draft.h.key": { "zh-CN": "关键指标完成情况", "en-US": "Key indicators" },
  "draft.h.problems": { "zh-CN": "存在的主要问题", "en-US": "Main problems" },
  "draft.h.appendix": {
    "zh-CN": "附表：数字来源",
    "en-US": "Appendix: where each figure comes from",
  },

  "draft.budget.total": {
    "zh-CN":
      "{name}{denominator}{budget}万元，{executedLabel}{executed}万元，{rateLabel}{rate}（{executedLabel}÷{denominator}）。",
    "en-US":
      "{name}: {denominator} {budget} (10,000 yuan), {executedLabel} {executed}; execution rate {rate} ({executedLabel} ÷ {denominator}).",
  },
  "draft.budget.rateLabel": { "zh-CN": "预算执行率", "en-US": "execution rate" },
  "draft.budget.executedOnly": {
    "zh-CN": "{name}{executedLabel}{executed}万元。",
    "en-US": "{name}: {executedLabel} {executed} (10,000 yuan).",
  },
  "draft.budget.rateStated": {
    "zh-CN": "（表内填报{stated}，与计算值{computed}不一致，请核对）",
    "en-US": " (the sheet states {stated}, which differs from the computed {computed}: check)",
  },
  "draft.budget.adjust": {
    "zh-CN": "年初预算数{initial}万元，{denominator}{budget}万元，调整{delta}万元，调整率{rate}。",
    "en-US":
      " Initial budget {initial}, {denominator} {budget}: adjusted by {delta} (10,000 yuan), {rate}.",
  },
  "draft.budget.whole.department": { "zh-CN": "部门整体支出", "en-US": "Total expenditure" },
  "draft.budget.whole.project": { "zh-CN": "项目资金", "en-US": "Project funds" },
  "draft.budget.splitLead": { "zh-CN": "其中：", "en-US": "Of which: " },
  "draft.budget.part": {
    "zh-CN": "{name}预算{budget}万元、执行{executed}万元，执行率{rate}",
    "en-US": "{name} budget {budget}, executed {executed}, rate {rate}",
  },
  "draft.budget.partExecuted": {
    "zh-CN": "{name}{executed}万元",
    "en-US": "{name} {executed}",
  },
  "draft.budget.sep": { "zh-CN": "；", "en-US": "; " },
  "draft.budget.end": { "zh-CN": "。", "en-US": "." },
  "draft.budget.none": {
    "zh-CN": "工作簿中未找到预算执行表，本节须人工填写。",
    "en-US": "The workbook has no budget table: this section must be written by hand.",
  },

  "draft.conclusion.total": {
    "zh-CN": "经对照评分表逐项计算，自评得分{score}分（满分{weight}分），达到“{grade}”等级。",
    "en-US":
      "Scored item by item against the table, the self-evaluation total is {score} of {weight} points, grade “{grade}”{gloss}.",
  },
  "draft.conclusion.noGrade": {
    "zh-CN": "已评分指标合计{score}分（满分{weight}分）。{reason}。",
    "en-US": "The scored indicators total {score} of {weight} points. {reason}.",
  },
  "draft.conclusion.notGraded": {
    "zh-CN": "不评定等级",
    "en-US": "No grade is given",
  },
  "draft.conclusion.stated": {
    "zh-CN":
      "【请核对】表内填报自评得分{stated}分，达到“{statedGrade}”等级，与系统计算的{score}分（“{grade}”）不一致。",
    "en-US":
      "[Check] The sheet states a total of {stated}, grade “{statedGrade}”{statedGloss}, which differs from the computed {score} (“{grade}”{gloss}).",
  },

  "draft.conclusion.unscored": {
    "zh-CN":
      "【请核对】有{count}项指标未能计分（{cells}等），以上总分未含其得分，须人工评分后方可评定等级。",
    "en-US":
      "[Check] {count} indicators could not be scored ({cells} …); the total above leaves them out, and a grade can be given only once a person scores them.",
  },
  "draft.ind.unscored": {
    "zh-CN": "（未能计分，须人工评分）",
    "en-US": " (not scored: a person must score it)",
  },
  "draft.ind.someUnscored": {
    "zh-CN": "（其中{count}项未能计分，须人工评分）",
    "en-US": " ({count} of its indicators not scored: a person must score them)",
  },
  "draft.ind.group": {
    "zh-CN": "分值{weight}分，自评得分{score}分",
    "en-US": "Weight {weight}, score {score}",
  },
  "draft.ind.line": {
    "zh-CN": "{n}{name}，分值{weight}分，自评得分{score}分",
    "en-US": "{n}{name}: weight {weight}, score {score}",
  },
  "draft.ind.stated": {
    "zh-CN": "（表内填报{stated}分，与系统计算不一致，请核对）",
    "en-US": " (the sheet states {stated}, which differs from the computed score: check)",
  },
  "draft.ind.reason": { "zh-CN": "，扣分主要原因：", "en-US": "; main reason for the deduction: " },
  "draft.ind.computedReason": {
    "zh-CN": "，扣分主要原因（系统计算说明，请核实后改写）：",
    "en-US": "; reason for the deduction (the system's explanation, to be checked and rewritten): ",
  },
  "draft.ind.noReason": {
    "zh-CN": "，扣分原因未填写（请补充）",
    "en-US": "; no reason for the deduction is given (to be added)",
  },
  "draft.ind.computedMark": {
    "zh-CN": "（系统计算说明，请核实后改写）",
    "en-US": "(the system's explanation, to be checked and rewritten) ",
  },
  "draft.ind.missing": {
    "zh-CN": "扣分原因未填写（请补充）",
    "en-US": "no reason given (to be added)",
  },
  "draft.ind.note": { "zh-CN": "，说明：", "en-US": "; note: " },
  "draft.ind.partSep": { "zh-CN": "；", "en-US": "; " },
  "draft.ind.partName": { "zh-CN": "{name}：", "en-US": "{name}: " },
  "draft.ind.end": { "zh-CN": "。", "en-US": "." },

  "draft.key.no": { "zh-CN": "序号", "en-US": "No." },
  "draft.key.name": { "zh-CN": "关键指标", "en-US": "Key indicator" },
  "draft.key.target": { "zh-CN": "预期实现目标值", "en-US": "Target" },
  "draft.key.actual": { "zh-CN": "年度完成情况", "en-US": "Achieved" },
  "draft.key.cells": { "zh-CN": "单元格", "en-US": "Cells" },

  "draft.problems.lead": {
    "zh-CN": "以下由系统根据尚未关闭的复核问题起草，须人工归纳、改写并补充：",
    "en-US":
      "Drafted by the system from the review flags still open; a person must summarise, rewrite and complete it:",
  },
  "draft.problems.none": {
    "zh-CN": "系统未发现尚未关闭的复核问题；存在的主要问题须人工填写。",
    "en-US": "The system found no open review flags; the main problems must be written by hand.",
  },
  "draft.problems.group": { "zh-CN": "{name}（{count}处）", "en-US": "{name} ({count})" },
  "draft.problems.item": {
    "zh-CN": "{n}{sheet}!{cell}：{message}",
    "en-US": "{n}{sheet}!{cell}: {message}",
  },
  "draft.problems.budget": { "zh-CN": "预算执行", "en-US": "Budget execution" },
  "draft.problems.arithmetic": { "zh-CN": "得分与合计", "en-US": "Scores and totals" },
  "draft.problems.reasons": { "zh-CN": "扣分及超额说明", "en-US": "Explanations" },
  "draft.problems.targets": { "zh-CN": "指标完成与指标值", "en-US": "Targets and results" },
  "draft.problems.other": { "zh-CN": "其他", "en-US": "Other" },

  "draft.fig.no": { "zh-CN": "序号", "en-US": "No." },
  "draft.fig.text": { "zh-CN": "数字", "en-US": "Figure" },
  "draft.fig.label": { "zh-CN": "内容", "en-US": "What" },
  "draft.fig.sheet": { "zh-CN": "工作表", "en-US": "Sheet" },
  "draft.fig.cell": { "zh-CN": "单元格", "en-US": "Cell" },
  "draft.fig.basis": { "zh-CN": "来源", "en-US": "Source" },
  "draft.fig.stated": { "zh-CN": "表内填报", "en-US": "as typed in the sheet" },
  "draft.fig.sum": {
    "zh-CN": "系统计算：各行得分之和",
    "en-US": "computed: sum of the rows' scores",
  },
  "draft.fig.scored": {
    "zh-CN": "系统计算：按本行指标值、完成值与分值计分",
    "en-US": "computed: from the row's target, actual and weight",
  },
  "draft.fig.ratio": {
    "zh-CN": "系统计算：{executed}÷{budget}",
    "en-US": "computed: {executed} ÷ {budget}",
  },
  "draft.fig.difference": { "zh-CN": "系统计算：{to}−{from}", "en-US": "computed: {to} − {from}" },
  "draft.fig.total": {
    "zh-CN": "系统计算：全部指标得分之和",
    "en-US": "computed: sum of all scores",
  },
  "draft.fig.weightLabel": { "zh-CN": "{name} 分值", "en-US": "{name} weight" },
  "draft.fig.scoreLabel": { "zh-CN": "{name} 自评得分", "en-US": "{name} score" },
  "draft.fig.statedScoreLabel": { "zh-CN": "{name} 表内得分", "en-US": "{name} stated score" },
  "draft.fig.moneyLabel": {
    "zh-CN": "{name} {column}（万元）",
    "en-US": "{name} {column} (10,000 yuan)",
  },
  "draft.fig.rateLabel": { "zh-CN": "{name} 执行率", "en-US": "{name} execution rate" },
  "draft.fig.adjustLabel": {
    "zh-CN": "{name} 调整数（万元）",
    "en-US": "{name} adjustment (10,000 yuan)",
  },
  "draft.fig.adjustRateLabel": { "zh-CN": "{name} 调整率", "en-US": "{name} adjustment rate" },
  "draft.fig.totalLabel": { "zh-CN": "自评总分", "en-US": "Total score" },
  "draft.fig.totalWeightLabel": { "zh-CN": "满分", "en-US": "Full marks" },
  "draft.fig.statedTotalLabel": { "zh-CN": "表内填报总分", "en-US": "Stated total" },

  "draft.formUnknown": {
    "zh-CN": "{file}：没有名为“{form}”的评分表。本工作簿可选的评分表：{forms}",
    "en-US": "{file}: no form named “{form}”. Forms in this workbook: {forms}",
  },
  "draft.formNeeded": {
    "zh-CN":
      "{file}：工作簿有多张评分表（{forms}），报告按一张评分表起草：请指定其中一张（命令行用 --form；任务窗格中先在评价表列表里点选一张）。",
    "en-US":
      "{file}: the workbook holds several forms ({forms}); a report is drafted for one form: name one (with --form on the command line; in the task pane, pick it in the forms list first).",
  },
});
