/**
 * 简体中文 — the first language. Every message of the engine, the command line and the .xlsx door, by section.
 * Its keys are the catalogue's keys: every other language file must have exactly these (docs/engine.md,
 * "Adding a language / a flag"). {name} placeholders take the message's parameters.
 */
export const zhCN = {
  /** Each flag code's short name: the pane's group headings say these (engine/review/flags.ts) */
  flagLabel: {
    "flagLabel.SCORE_MISMATCH": "得分与计算不符",
    "flagLabel.SCORE_OVER_WEIGHT": "得分超出分值",
    "flagLabel.SUM_MISMATCH": "合计不符",
    "flagLabel.WEIGHT_SUM": "分值合计不符",
    "flagLabel.GRADE_MISMATCH": "等级不符",
    "flagLabel.REASON_MISSING": "未填写扣分原因",
    "flagLabel.FULL_MARKS_UNMET": "未达标却得满分",
    "flagLabel.OVER_ACHIEVEMENT": "超额完成未说明",
    "flagLabel.NEGATIVE_COMPLETION": "完成率为负",
    "flagLabel.QUAL_OUT_OF_BAND": "定性得分超出区间",
    "flagLabel.TARGET_UNREADABLE": "指标值无法识别",
    "flagLabel.ACTUAL_MISSING": "缺少完成值",
    "flagLabel.UNIT_MISMATCH": "单位不一致",
    "flagLabel.CELL_ERROR": "单元格错误值",
    "flagLabel.CRITERION_UNREAD": "评分标准未识别",
    "flagLabel.COLUMN_MISSING": "缺少必需的列",
    "flagLabel.COLUMN_GUESSED": "按含义识别的列",
    "flagLabel.SCORE_MISSING": "未填写得分",
    "flagLabel.BUDGET_TIE_OUT": "预算数勾稽不符",
    "flagLabel.EXECUTION_LOW": "执行率偏低",
    "flagLabel.EXECUTION_OVER": "执行数超预算",
    "flagLabel.RATE_MISMATCH": "执行率计算不符",
    "flagLabel.ADJUSTMENT_HIGH": "预算调整幅度大",
    "flagLabel.PROGRESS_BEHIND": "执行进度滞后",
    "flagLabel.FORM_ASSIGNED": "表格归属的评价表",
  },
  /** Problems that stop a run (evaluate.ts) */
  problem: {
    "problem.noSheets":
      "{file}：工作簿中没有可查找的工作表（只有本工具自己的工作表或规则表，或工作表无法读取），没有找到指标表或预算表。",
    "problem.noTables":
      "{file}：在工作表 {sheets} 中没有找到指标表或预算表。指标表的表头应包含 一级指标/二级指标/三级指标（或 指标名称）以及 分值 或 得分；预算表的表头应包含 执行数 以及 预算数/全年预算数/年初预算数。",
    "problem.noTables.header":
      "{file}：工作表「{sheet}」第{row}行像是表头（{headers}），但其中没有能识别的列，找不到指标表或预算表。指标表的表头应包含 一级指标/二级指标/三级指标（或 指标名称）以及 分值 或 得分、指标值、完成值；预算表的表头应包含 执行数 以及 预算数。",
  },
  /** Column checks and notes (review/column-checks.ts, totals/coverage.ts) */
  column: {
    "flag.COLUMN_MISSING":
      "第{row}行表头中没有找到“{role}”列，{count}行带分值的指标无法计分；表头各列为：{headers}",
    "flag.COLUMN_MISSING.sheet":
      "工作表「{sheet}」第{row}行像是表头（{headers}），下面各行有数字，但其中没有能识别的列，这张表没有读取、没有计分",
    "flag.COLUMN_GUESSED.meaning": "表头“{header}”（{col}列）按含义识别为“{role}”列",
    "flag.COLUMN_GUESSED.rivals": "“{role}”有多列可选（{others}），采用{col}列“{header}”",
    "flag.ACTUAL_MISSING.noColumn": "该指标分值{weight}分，但表中没有可识别的完成值列，无法计分",
    "flag.SCORE_MISSING":
      "该指标分值{weight}分，表中没有指标值和完成值可计算，也未填写得分，无法计分",
    "totals.noGrade.noWeights": "没有带分值的指标，不评定等级",
    "totals.noGrade.unscored":
      "{count}行带分值的指标无法计分（分值{weight}分），总分不完整，不评定等级",
    "totals.noGrade.scale": "已计分的分值合计{weight}分，不足{scale}分，总分不完整，不评定等级",
  },
  /** Flags of the indicator and totals checks, suggested 扣分原因, notes of the totals step */
  indicator: {
    "flag.SCORE_MISMATCH":
      "自评得分{stated}分与按评分规则计算的{computed}分不一致，相差{diff}分（容差{tolerance}分）",
    "flag.SCORE_MISMATCH.fallback":
      "自评得分{stated}分与按替代规则计算的{computed}分不一致，相差{diff}分（容差{tolerance}分）；本行评分标准未能自动识别，计算分仅供参考，请按评分标准核对",
    "flag.CRITERION_UNREAD": "评分标准“{text}”未能自动识别，本行按{rule}计分，请核对",
    "flag.CRITERION_UNREAD.none":
      "评分标准“{text}”未能自动识别，指标值也未给出计分规则，需人工指定",
    "flag.SCORE_OVER_WEIGHT": "自评得分{stated}分超出0–{weight}分的范围",
    "flag.SCORE_OVER_WEIGHT.bonus": "加减分{stated}分超出±{bound}分的上限",
    "flag.REASON_MISSING": "得分{score}分低于分值{weight}分（扣{deducted}分），未填写扣分原因",
    "flag.REASON_MISSING.unweighted":
      "完成值{actual}未达到指标值{target}，未填写未完成原因（该指标没有分值，不计分）",
    "flag.FULL_MARKS_UNMET": "自评满分{stated}分，但完成值{actual}未达到指标值{target}",
    "flag.OVER_ACHIEVEMENT":
      "完成值{actual}为指标值{target}的{ratio}，超过{threshold}，未说明超额原因",
    "flag.NEGATIVE_COMPLETION":
      "完成值{actual}，指标值{target}，完成率{completion}为负，该指标得0分",
    "flag.QUAL_OUT_OF_BAND":
      "定性指标完成情况为“{grade}”，得分应在{band}内，自评{stated}分不在该区间",
    "flag.TARGET_UNREADABLE": "指标值“{target}”无法读取，需人工确定计分规则",
    "flag.TARGET_UNREADABLE.rule": "指标值“{target}”及评分标准均无法确定计分规则，需人工指定",
    "flag.TARGET_UNREADABLE.undecided": "无法从完成值“{actual}”判断是否达到“{target}”，需人工确定",
    "flag.ACTUAL_MISSING": "该指标分值{weight}分，但未填写完成值",
    "flag.ACTUAL_MISSING.unreadable": "完成值“{actual}”无法读取为可与指标值{target}比较的数值",
    "flag.UNIT_MISMATCH": "指标值{target}与完成值{actual}的计量单位不可比",
    "flag.CELL_ERROR.target": "指标值单元格为Excel错误值{error}",
    "flag.CELL_ERROR.actual": "完成值单元格为Excel错误值{error}",
    "flag.CELL_ERROR.score": "得分单元格为Excel错误值{error}",
    "flag.CELL_ERROR.weight": "分值单元格为Excel错误值{error}",
    "flag.CELL_ERROR.reason": "扣分原因单元格为Excel错误值{error}",
    "flag.SUM_MISMATCH": "“{name}”填报得分{stated}分，与下级得分合计{sum}分相差{diff}分",
    "flag.SUM_MISMATCH.total": "填报总分{stated}分，与各项得分合计{sum}分相差{diff}分",
    "flag.WEIGHT_SUM": "“{name}”分值{stated}分，与下级分值合计{sum}分不一致",
    "flag.WEIGHT_SUM.nested": "“{name}”下各指标权重合计{sum}，应为100%",
    "flag.WEIGHT_SUM.total": "各指标分值合计{sum}分，应为{expected}分",
    "flag.GRADE_MISMATCH": "填报等级“{stated}”与总分{total}分对应的等级“{expected}”不符",
    "reason.suggest.shortfall":
      "完成值{actual}，未达到指标值{target}（完成率{completion}），扣{deducted}分。原因：（请补充未完成原因及改进措施）",
    "reason.suggest.generic": "得分{score}分，扣{deducted}分。原因：（请补充扣分原因及改进措施）",
    "totals.veto.zero-block": "一票否决：第{row}行未满足条件，“{name}”得0分",
    "totals.veto.zero-total": "一票否决：第{row}行未满足条件，总分为0分",
    "totals.veto.cap-total": "一票否决：第{row}行未满足条件，总分由{before}分封顶为{cap}分",
    "totals.na.rescale": "{count}项指标不适用（分值{dropped}分），其余指标按{factor}倍折算",
    "totals.na.drop": "{count}项指标不适用（分值{dropped}分），不计入总分",
    "totals.na.move": "{count}项指标不适用（分值{dropped}分），其分值并入“{name}”",
    "totals.scheme.nested": "权重按嵌套百分比计算：一级指标权重×下级得分率",
  },
  /** Forms of a workbook (forms/) */
  form: {
    "flag.FORM_ASSIGNED.budget":
      "工作表「{sheet}」上的预算表旁没有计分的指标表，而工作簿有多张评价表：它已计入评价表「{form}」。如不对，请把预算表移到所属评价表的工作表上。",
    "flag.FORM_ASSIGNED.indicators":
      "工作表「{sheet}」上的指标表没有分值或得分列（如关键指标表），旁边也没有计分的指标表，而工作簿有多张评价表：它已归入评价表「{form}」。如不对，请把它移到所属评价表的工作表上。",
  },
  /** Explanations of the rule kinds (rules/) */
  rule: {
    "rule.full": "完成值{actual}，达到指标值{target}，得满分{weight}分",
    "rule.zero": "完成值{actual}，未达到指标值{target}，得0分，扣{deducted}分",
    "rule.negative":
      "完成值{actual}，指标值{target}，完成率{completion}为负，得0分，扣{deducted}分",
    "rule.zeroTarget.met": "指标值{target}为零目标，完成值{actual}符合要求，得满分{weight}分",
    "rule.zeroTarget.unmet":
      "指标值{target}为零目标，完成值{actual}不符合要求，得0分，扣{deducted}分",
    "rule.atLeast.partial":
      "完成值{actual}，指标值{target}，完成率{completion}，按比例计分 {weight}×{completion}={score}分，扣{deducted}分",
    "rule.atLeast.floor":
      "完成值{actual}，指标值{target}，完成率{completion}低于下限{floor}，得0分，扣{deducted}分",
    "rule.atMost.linear":
      "完成值{actual}，指标值{target}，超出{excess}，按线性计分 {weight}×(2−{ratio})={score}分，扣{deducted}分",
    "rule.atMost.beyond":
      "完成值{actual}，指标值{target}，超出{excess}（达到2倍及以上），得0分，扣{deducted}分",
    "rule.atMost.ratio":
      "完成值{actual}，超出指标值{target}，按比例计分 {weight}×{ratio}（指标值÷完成值）={score}分，扣{deducted}分",
    "rule.equal.above":
      "完成值{actual}，超过指标值{target}，按比例计分 {weight}×{ratio}（指标值÷完成值）={score}分，扣{deducted}分",
    "rule.about.inside":
      "完成值{actual}，在指标值{target}±{tolerance}范围（{low}–{high}）内，得满分{weight}分",
    "rule.about.below":
      "完成值{actual}，低于指标值{target}±{tolerance}范围下限{low}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "rule.about.above":
      "完成值{actual}，高于指标值{target}±{tolerance}范围上限{high}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "rule.range.inside": "完成值{actual}，在区间{low}–{high}内，得满分{weight}分",
    "rule.range.below":
      "完成值{actual}，低于区间下限{low}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "rule.range.above":
      "完成值{actual}，高于区间上限{high}，按比例计分 {weight}×{ratio}={score}分，扣{deducted}分",
    "rule.qual.inBand": "定性指标，完成情况“{grade}”，得分区间{band}，自评{stated}分在区间内",
    "rule.qual.outOfBand":
      "定性指标，完成情况“{grade}”，得分区间{band}，自评{stated}分不在区间内，需复核",
    "rule.qual.noStated": "定性指标，完成情况“{grade}”，应在得分区间{band}内人工评分",
    "rule.qual.noGrade": "定性指标，无法从完成值判断完成等级，采用自评{stated}分",
    "rule.qual.noGradeNoStated": "定性指标，无法从完成值判断完成等级，且未填写自评分，需人工评分",
    "rule.perUnit.below":
      "完成值{actual}，指标值{target}，低{gap}，每低{step}扣{points}分，扣{deducted}分，得{score}分",
    "rule.perUnit.above":
      "完成值{actual}，指标值{target}，超出{gap}，每超{step}扣{points}分，扣{deducted}分，得{score}分",
    "rule.perUnit.late":
      "完成时间{actual}，期限{target}，延迟{gap}，每延迟{step}扣{points}分，扣{deducted}分，得{score}分",
    "rule.perUnit.floor": "完成值{actual}，低于{floor}，得0分，扣{deducted}分",
    "rule.bands.actual": "完成值{actual}，属“{band}”档，得{score}分，扣{deducted}分",
    "rule.bands.completion":
      "完成值{actual}，指标值{target}，完成率{value}，属“{band}”档，得{score}分，扣{deducted}分",
    "rule.ftc.below":
      "完成值{actual}，指标值{target}，完成率{completion}低于门槛{floor}，得0分，扣{deducted}分",
    "rule.ftc.linear":
      "完成值{actual}，指标值{target}，完成率{completion}，门槛{floor}至目标间线性计分 {weight}×({completion}−{floor})÷(100%−{floor})={score}分，扣{deducted}分",
    "rule.growth":
      "完成值{actual}，指标值{target}，完成率 {formula}={completion}，按比例计分 {weight}×{completion}={score}分，扣{deducted}分",
    "rule.manual.stated": "人工评分，采用自评{stated}分（分值{weight}分）",
    "rule.manual.outOfRange": "人工评分，自评{stated}分超出0–{weight}分范围，不予采用",
    "rule.manual.none": "人工评分，未填写自评分",
    "rule.veto.pass": "一票否决项：完成值{actual}符合要求{target}，未触发否决",
    "rule.veto.fail.zero-block":
      "一票否决项：完成值{actual}不符合要求{target}，所属{level}级指标得0分",
    "rule.veto.fail.zero-total": "一票否决项：完成值{actual}不符合要求{target}，总分为0分",
    "rule.veto.fail.cap-total": "一票否决项：完成值{actual}不符合要求{target}，总分不超过{cap}分",
    "rule.na": "不适用，不计分",
    "rule.fail.target": "指标值“{target}”无法读取为可比较的数值，无法计分",
    "rule.fail.actual": "完成值“{actual}”无法读取为可比较的数值，无法计分",
    "rule.fail.actualNone": "未填写完成值，无法计分",
    "rule.fail.unit": "指标值{target}与完成值{actual}计量单位不可比，无法计分",
    "rule.fail.error": "指标值或完成值单元格为Excel错误值，无法计分",
    "rule.fail.undecided": "无法从完成值“{actual}”判断是否达到“{target}”，需人工确定",
    "rule.criterionManual": "按评分标准“{text}”由评价人评分：{detail}",
    "rule.criterionUnread.operator": "评分标准未能自动识别，按指标值的运算符计分：{detail}",
    "rule.criterionUnread.workbook": "评分标准未能自动识别，按工作簿规则表计分：{detail}",
    "rule.criterionUnread.ruleset": "评分标准未能自动识别，按规则集的默认规则计分：{detail}",
  },
  /** Budget flags and explanations (budget/) */
  budget: {
    "budget.explain": "执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元）",
    "budget.score.linear":
      "执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元）；按执行率×分值计分：{weight}×{capped}={score}分",
    "budget.score.band":
      "执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元）；执行率不低于{bound}，按区间得{score}分（分值{weight}分）",
    "budget.score.belowBands":
      "执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元）；低于最低区间{bound}，得{score}分（分值{weight}分）",
    "budget.score.deduction":
      "执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元）；低于{threshold}每1个百分点扣{perPoint}分，差{short}个百分点：{weight}−{perPoint}×{short}={score}分",
    "budget.tieOut":
      "{line}的{column}{total}万元与组成部分之和{sum}万元不符（{parts}），差额{diff}万元",
    "budget.tieOut.partsSuspect":
      "{line}的{column}{total}万元与组成部分之和{sum}万元不符（{parts}），差额{diff}万元；按另一口径（{other}）合计相符，差错应在上述组成部分中",
    "budget.tieOut.totalSuspect":
      "{line}的{column}{total}万元与各组组成部分之和均不符（{parts}），合计数本身可能有误",
    "budget.executionLow":
      "{line}执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元），低于{threshold}，需说明原因",
    "budget.executionOver":
      "{line}{executedName}{executed}万元超过{denominator}{budget}万元，超支{over}万元（执行率{rate}）",
    "budget.rateMismatch":
      "{line}填报执行率{stated}，按{executedName}{executed}万元 / {denominator}{budget}万元计算为{computed}，按填报精度应为{expected}",
    "budget.rateMismatch.otherDenominator":
      "{line}填报执行率{stated}，按{executedName}{executed}万元 / {denominator}{budget}万元计算为{computed}，按填报精度应为{expected}；填报值与以{otherName}为分母的{otherRate}相符，分母口径不一致",
    "budget.adjustmentHigh":
      "{line}预算由{initialName}{initial}万元调整为{adjustedName}{adjusted}万元，调整{change}万元，调整率{rate}，超过{threshold}",
    "budget.progressBehind":
      "截至{asOf}序时进度{progress}（{elapsed}/{days}天），{line}执行率{rate}（{executedName}{executed}万元 / {denominator}{budget}万元），落后{lag}个百分点，超过{threshold}个百分点",
    "budget.scoreMismatch":
      "{line}填报执行率得分{stated}分，计算得分{score}分（分值{weight}分），相差{diff}分",
    "budget.scoreOverWeight": "{line}填报执行率得分{stated}分，不在0至分值{weight}分之间",
    "budget.cellError": "{line}的{column}单元格为错误值{error}，无法计算",
  },
  /** Words of the add-in's own sheets and notes (plan/) */
  plan: {
    "plan.severity.error": "错误",
    "plan.severity.warning": "警告",
    "plan.severity.info": "提示",
    "plan.noteLine": "{severity}（{code}）：{message}",
    "plan.suggestedReason": "建议扣分原因：{text}",
    "plan.listSeparator": "；",
    "plan.summary.title": "绩效评分汇总",
    "plan.summary.item": "项目",
    "plan.summary.form": "评价表",
    "plan.summary.formId": "评价表编号（工作表）",
    "plan.summary.formKind": "类型",
    "plan.summary.formKind.project": "项目支出",
    "plan.summary.formKind.department": "部门整体",
    "plan.summary.formSection": "评价表：{title}（{id}）",
    "plan.summary.value": "数值",
    "plan.summary.total": "系统总分",
    "plan.summary.weight": "满分",
    "plan.summary.grade": "等级",
    "plan.summary.statedScore": "自评总分",
    "plan.summary.statedGrade": "自评等级",
    "plan.summary.ruleSet": "评分规则集",
    "plan.summary.file": "文件",
    "plan.summary.level1": "一级指标",
    "plan.summary.level2": "二级指标",
    "plan.summary.groupWeight": "分值",
    "plan.summary.groupScore": "系统得分",
    "plan.summary.groupRate": "得分率",
    "plan.summary.chart": "一级指标得分与分值",
    "plan.summary.budgetLine": "资金",
    "plan.summary.budget": "预算数（{denominator}，万元）",
    "plan.summary.executed": "执行数（万元）",
    "plan.summary.rate": "执行率",
    "plan.summary.budgetScore": "得分",
    "plan.summary.flags": "问题级别",
    "plan.summary.count": "数量",
    "plan.summary.flagTotal": "合计",
    "plan.summary.scoredRows": "已计分行数",
    "plan.summary.unscoredRows": "未计分行数",
    "plan.summary.noGrade": "未评定等级原因",
    "plan.summary.table": "表格",
    "plan.summary.field": "字段",
    "plan.summary.column": "列",
    "plan.summary.header": "表头",
  },
  /** Notices of sheets and cells kept as they were (plan/ownership.ts, plan/state-v1.ts) */
  ownership: {
    "plan.notice.renamed":
      "工作簿中已有他人的工作表「{name}」，原样保留；本工具的工作表改名为「{own}」",
    "plan.notice.kept":
      "工作表「{sheet}」的 {cells} 在本工具以前写入的列中，但内容已被他人改写，原样保留，未清除也未覆盖",
  },
  /** Notices about workbooks scored by version 1 (plan/state-v1.ts) */
  stateV1: {
    "plan.notice.oldBlock":
      "旧版本的撤销记录把工作表「{sheet}」的 {cells} 记为本工具的列，但其表头已不是本工具的表头，原样保留，不据此清除或撤销",
    "plan.notice.oldSheet":
      "旧版本的撤销记录把工作表「{sheet}」记为本工具所建，但无法核实（不存在或不是本工具的工作表名），不据此删除",
  },
  /** The report draft (draft/) */
  draft: {
    "draft.notice":
      "【草稿】本稿由绩效评分助手根据《{file}》自动起草，数字取自工作簿（出处见附表），须经人工核对、补充后方可报送。",
    "draft.title": "{subject}{year}{kind}绩效自评报告",
    "draft.year": "{year}年度",
    "draft.subjectMissing": "（单位名称）",
    "draft.kind.department": "部门整体支出",
    "draft.kind.project": "项目支出",
    "draft.h.basic": "基本情况",
    "draft.h.spending.department": "部门整体支出情况",
    "draft.h.spending.project": "项目资金情况",
    "draft.h.self": "绩效自评情况",
    "draft.h.conclusion": "自评结论",
    "draft.h.indicators": "各项指标得分情况",
    "draft.h.key": "关键指标完成情况",
    "draft.h.problems": "存在的主要问题",
    "draft.h.appendix": "附表：数字来源",
    "draft.budget.total":
      "{name}{denominator}{budget}万元，{executedLabel}{executed}万元，{rateLabel}{rate}（{executedLabel}÷{denominator}）。",
    "draft.budget.rateLabel": "预算执行率",
    "draft.budget.executedOnly": "{name}{executedLabel}{executed}万元。",
    "draft.budget.rateStated": "（表内填报{stated}，与计算值{computed}不一致，请核对）",
    "draft.budget.adjust":
      "年初预算数{initial}万元，{denominator}{budget}万元，调整{delta}万元，调整率{rate}。",
    "draft.budget.whole.department": "部门整体支出",
    "draft.budget.whole.project": "项目资金",
    "draft.budget.splitLead": "其中：",
    "draft.budget.part": "{name}预算{budget}万元、执行{executed}万元，执行率{rate}",
    "draft.budget.partExecuted": "{name}{executed}万元",
    "draft.budget.sep": "；",
    "draft.budget.end": "。",
    "draft.budget.none": "工作簿中未找到预算执行表，本节须人工填写。",
    "draft.conclusion.total":
      "经对照评分表逐项计算，自评得分{score}分（满分{weight}分），达到“{grade}”等级。",
    "draft.conclusion.noGrade": "已评分指标合计{score}分（满分{weight}分）。{reason}。",
    "draft.conclusion.notGraded": "不评定等级",
    "draft.conclusion.stated":
      "【请核对】表内填报自评得分{stated}分，达到“{statedGrade}”等级，与系统计算的{score}分（“{grade}”）不一致。",
    "draft.conclusion.unscored":
      "【请核对】有{count}项指标未能计分（{cells}等），以上总分未含其得分，须人工评分后方可评定等级。",
    "draft.ind.unscored": "（未能计分，须人工评分）",
    "draft.ind.someUnscored": "（其中{count}项未能计分，须人工评分）",
    "draft.ind.group": "分值{weight}分，自评得分{score}分",
    "draft.ind.line": "{n}{name}，分值{weight}分，自评得分{score}分",
    "draft.ind.stated": "（表内填报{stated}分，与系统计算不一致，请核对）",
    "draft.ind.reason": "，扣分主要原因：",
    "draft.ind.computedReason": "，扣分主要原因（系统计算说明，请核实后改写）：",
    "draft.ind.noReason": "，扣分原因未填写（请补充）",
    "draft.ind.computedMark": "（系统计算说明，请核实后改写）",
    "draft.ind.missing": "扣分原因未填写（请补充）",
    "draft.ind.note": "，说明：",
    "draft.ind.partSep": "；",
    "draft.ind.partName": "{name}：",
    "draft.ind.end": "。",
    "draft.key.no": "序号",
    "draft.key.name": "关键指标",
    "draft.key.target": "预期实现目标值",
    "draft.key.actual": "年度完成情况",
    "draft.key.cells": "单元格",
    "draft.problems.lead": "以下由系统根据尚未关闭的复核问题起草，须人工归纳、改写并补充：",
    "draft.problems.none": "系统未发现尚未关闭的复核问题；存在的主要问题须人工填写。",
    "draft.problems.group": "{name}（{count}处）",
    "draft.problems.item": "{n}{sheet}!{cell}：{message}",
    "draft.problems.budget": "预算执行",
    "draft.problems.arithmetic": "得分与合计",
    "draft.problems.reasons": "扣分及超额说明",
    "draft.problems.targets": "指标完成与指标值",
    "draft.problems.other": "其他",
    "draft.fig.no": "序号",
    "draft.fig.text": "数字",
    "draft.fig.label": "内容",
    "draft.fig.sheet": "工作表",
    "draft.fig.cell": "单元格",
    "draft.fig.basis": "来源",
    "draft.fig.stated": "表内填报",
    "draft.fig.sum": "系统计算：各行得分之和",
    "draft.fig.scored": "系统计算：按本行指标值、完成值与分值计分",
    "draft.fig.ratio": "系统计算：{executed}÷{budget}",
    "draft.fig.difference": "系统计算：{to}−{from}",
    "draft.fig.total": "系统计算：全部指标得分之和",
    "draft.fig.weightLabel": "{name} 分值",
    "draft.fig.scoreLabel": "{name} 自评得分",
    "draft.fig.statedScoreLabel": "{name} 表内得分",
    "draft.fig.moneyLabel": "{name} {column}（万元）",
    "draft.fig.rateLabel": "{name} 执行率",
    "draft.fig.adjustLabel": "{name} 调整数（万元）",
    "draft.fig.adjustRateLabel": "{name} 调整率",
    "draft.fig.totalLabel": "自评总分",
    "draft.fig.totalWeightLabel": "满分",
    "draft.fig.statedTotalLabel": "表内填报总分",
    "draft.formUnknown": "{file}：没有名为“{form}”的评分表。本工作簿可选的评分表：{forms}",
    "draft.formNeeded":
      "{file}：工作簿有多张评分表（{forms}），报告按一张评分表起草：请指定其中一张（命令行用 --form；任务窗格中先在评价表列表里点选一张）。",
  },
  /** The .xlsx door: files a user hands in (workbook/xlsx/) */
  xlsx: {
    "xlsx.tooLarge": "{file}：文件大小 {size} MB，超过上限 {limit} MB，不予处理",
    "xlsx.tooLargeUnpacked":
      "{file}：解压后共 {size} MB，超过上限 {limit} MB（可能是压缩炸弹），不予处理",
    "xlsx.tooManyMerges":
      "{file}：合并单元格共 {count} 处，超过上限 {limit} 处，不予处理；请取消不需要的合并后再试",
    "xlsx.sheetUnreadable":
      "{file}：工作表「{sheet}」的内容在文件中缺失或无法找到，评分副本会丢失此表，因此不予处理；请在 Excel 中打开、检查后另存再试",
    "xlsx.sheetBroken":
      "{file}：工作表「{sheet}」的内容不完整或已损坏（文件中这张表的 XML 读不通），只读一部分会算错分，因此不予处理；请在 Excel 或 WPS 中打开、检查后另存再试",
    "xlsx.stringMissing":
      "{file}：工作表「{sheet}」单元格 {cell} 引用的共享文本（编号 {index}）在文件中不存在（共 {count} 条），这个单元格的文字已丢失，因此不予处理；请在 Excel 或 WPS 中打开、检查后另存再试",
    "xlsx.stylesBroken":
      "{file}：文件中的样式部分（xl/styles.xml）不完整或已损坏，写入标记会使评分副本打不开，因此不予处理；请在 Excel 或 WPS 中打开、另存后再试",
    "xlsx.notAWorkbook":
      "“{file}”打不开：它不是有效的 .xlsx 工作簿（可能已损坏，或是改了扩展名的其他文件）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再试。",
    "xlsx.unreadable": "{file}：无法读取文件，请确认文件没有被其他程序占用后再试",
    "xlsx.empty": "{file}：文件是空的（0 字节），不是工作簿",
    "xlsx.encrypted":
      "{file}：工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再试",
    "xlsx.oldXls":
      "{file}：这是旧版 Excel 97-2003 工作簿（.xls），本工具只读 .xlsx 和 .xlsm；请在 Excel 或 WPS 中打开它，点「文件 → 另存为」，保存类型选「Excel 工作簿 (*.xlsx)」，再用另存的文件重试",
    "xlsx.wpsEt":
      "{file}：这是 WPS 表格文件（.et），本工具只读 .xlsx 和 .xlsm；请在 WPS 中打开它，点「文件 → 另存为」，文件类型选「Microsoft Excel 文件 (*.xlsx)」，再用另存的文件重试",
    "xlsx.ods": "{file}：这是 OpenDocument 表格（.ods），仅支持 .xlsx；请另存为 .xlsx 再试",
    "xlsx.csv":
      "{file}：这是文本或 CSV 文件，不是 .xlsx 工作簿；请在 Excel 中打开后另存为 .xlsx 再试",
    "xlsx.sheetsMissing":
      "工作表 {sheets} 在读取之后被删除或重命名了，没有写入任何内容；请重新评分",
  },
  /** The Excel door: what a person can cause while the add-in reads or writes (workbook/excel/errors.ts) */
  excel: {
    "excel.sheetProtected": "工作表“{sheet}”受保护，无法写入评分结果。请撤销工作表保护后重试",
    "excel.workbookProtected":
      "工作簿结构受保护，无法添加或删除评分汇总、复核清单等工作表。请撤销工作簿保护后重试",
    "excel.sheetMissing": "找不到工作表“{sheet}”：它在读取之后被删除或重命名了。请重新评分",
    "excel.cellEditMode": "Excel 正在编辑某个单元格。请按 Enter 或 Tab 结束编辑后重试",
    "excel.unchanged": "；工作簿未做任何更改。",
    "excel.unchangedInWorkbook": "；工作簿未做任何更改。",
    "excel.causeEnd": "。",
    "excel.payloadTooLarge": "单元格内容过大，超出 Excel 单次请求的大小限制。",
    "excel.payloadTooLarge.sheet":
      "单元格内容过大，超出 Excel 单次请求的大小限制（工作表“{sheet}”）。",
    "excel.rangeTooLarge": "已用区域超出 Excel 单次读取的单元格上限（5,000,000 个）。",
    "excel.rangeTooLarge.sheet":
      "工作表“{sheet}”的已用区域超出 Excel 单次读取的单元格上限（5,000,000 个）。",
    "excel.partialWrite":
      "写入中途停止，部分结果已写入工作簿。原因：{cause}请处理后重新评分，或使用“撤销”。",
    "excel.unsupportedExcel":
      "此版本的 Excel 不支持评分助手所需的接口（ExcelApi 1.8）。请升级 Excel 或使用网页版。",
    "excel.excelError": "Excel 拒绝了请求（{code}）：{message}",
    "excel.notice.promptKept":
      "工作表「{sheet}」的 {cells} 已有他人设置的输入提示，原样保留，本工具的说明未写入这些提示（见复核清单）",
  },
  /** The command line (cli/) */
  cli: {
    "cli.summary":
      "{file}：总分 {score}/{weight}，等级 {grade}；问题 {errors} 个错误、{warnings} 个警告、{infos} 条提示；{scored} 行已计分、{unscored} 行未计分。",
    "cli.forms":
      "{file}：共 {count} 张评价表，各自计分、定级（不合计）；问题 {errors} 个错误、{warnings} 个警告、{infos} 条提示。",
    "cli.form":
      "  {n}. {title}（{sheet}）：总分 {score}/{weight}，等级 {grade}；{errors} 个错误、{warnings} 个警告、{infos} 条提示{stated}",
    "cli.form.stated": "；表内填报 {score}，{grade}",
    "cli.formsMore": "  …… 另有 {count} 张评价表，见 --json 报告或评分副本的「评分汇总」",
    "cli.noGrade": "  未评定等级：{reason}",
    "cli.stated": "  表内填报：总分 {score}，等级 {grade}",
    "cli.wrote": "已写出评分副本：{path}",
    "cli.wroteJson": "已写出报告：{path}",
    "cli.wroteSummary": "已写出汇总：{path}",
    "cli.wroteDraft": "已写出自评报告草稿：{path}",
    "cli.restored": "已撤销评分，写出：{path}",
    "cli.progress": "[{i}/{n}] {file}",
    "cli.outOfMemory":
      "{file}：处理此工作簿时内存不足（每个并行任务上限 {mb} MB），已跳过；原文件未被改动。可用 --jobs 1 单独处理它",
    "cli.noWorkers": "找不到并行处理程序 {file}（请先运行 npm run build），改为逐个处理",
    "cli.cancelled": "已取消",
    "cli.notFound": "{file}：文件不存在",
    "cli.isFolder": "{file}：这是一个文件夹，不是工作簿（批量处理文件夹请用 batch）",
    "cli.outIsFolder": "{file}：输出位置是一个已有的文件夹，请给出文件名",
    "cli.outputsClash": "{file}：与另一个输出 {other} 是同一个文件，一个会覆盖另一个",
    "cli.cannotWrite": "{file}：无法写入该位置（文件夹不存在、无写入权限或磁盘已满）",
    "cli.failed": "{file}：无法处理此工作簿，文件内容有本工具无法读懂的部分；原文件未被改动",
    "cli.notXlsx": "{file}：不是 .xlsx 或 .xlsm 工作簿（仅支持这两种）",
    "cli.sameKind":
      "{file}：评分副本须与输入使用同样的扩展名 {ext}（.xlsm 含宏，副本保留其宏；换用另一种扩展名，Excel 会拒绝打开）",
    "cli.sameAsInput": "{file}：输出文件不能与输入相同，原文件从不被覆盖",
    "cli.badRules": "规则集 {source} 无法使用：{errors}",
    "cli.noInputs": "{dir}：没有找到 .xlsx 工作簿",
    "cli.batchFailed": "{count} 个工作簿无法处理，见汇总表",
  },
  /** The task pane's own words (src/taskpane): labels, buttons, statuses and notices */
  pane: {
    "pane.appTitle": "绩效评分助手",
    "pane.appSubtitle": "绩效自评表自动评分与复核",
    "pane.hostDetecting": "正在检测…",
    "pane.hostExcel": "Excel",
    "pane.hostBrowser": "浏览器（未连接 Excel）",
    "pane.hostLabel": "运行环境：{host}",
    "pane.screensLabel": "页面",

    // Run
    "pane.tabRun": "运行",
    "pane.runPanelLabel": "评分",
    "pane.runButton": "运行评分",
    "pane.browserNoticeTitle": "浏览器模式",
    "pane.browserNotice":
      "请选择工作簿（.xlsx）或试用示例。评分只在本机进行，不上传任何数据；评分后的副本供下载，原文件不会被修改。",
    "pane.excelHint":
      "对当前工作簿中的绩效自评表评分；结果写入插件自己的列和工作表，不改动已填写的内容。",
    "pane.fileLabel": "工作簿文件",
    "pane.chooseFile": "选择文件…",
    "pane.trySample": "试用示例",
    "pane.dropHint": "也可以把 .xlsx 文件拖放到这里",
    "pane.fileMissing": "请先选择工作簿",
    "pane.fileChosen": "已选择：{name}",
    "pane.notXlsx": "“{name}”不是 .xlsx 工作簿，请选择 .xlsx 文件。",
    "pane.sampleFailed": "无法载入示例工作簿：{message}",
    "pane.fileCheckingShort": "正在检查文件…",
    "pane.openCancelled": "已取消打开 {name}，文件未被读取完；如需评分请重新选择。",
    "pane.ruleSetLabel": "评分规则集",
    "pane.ruleSetDetails": "规则集的参数",
    "pane.denominatorLabel": "执行率分母",
    "pane.denominatorAdjusted": "全年预算数（调整后）",
    "pane.denominatorInitial": "年初预算数",
    "pane.denominatorAvailable": "实际到位资金",
    "pane.asOfToggle": "按序时进度核对执行率（年中监控）",
    "pane.asOfLabel": "截至日期",
    "pane.asOfHint": "不勾选时按年终口径核对执行率。",
    "pane.asOfInvalid": "请输入有效日期（年-月-日）",
    "pane.outputLegend": "输出选项",
    "pane.formulasOption": "公式模式：系统得分写成 Excel 公式",
    "pane.fillScoresOption": "填写空白的“得分”单元格（可撤销）",
    "pane.cancel": "取消",
    "pane.cancelling": "正在取消…",
    "pane.stepReading": "正在读取工作簿",
    "pane.stepScoring": "正在评分",
    "pane.stepWriting": "正在写入结果",
    "pane.progressLabel": "第 {index}/3 步：{step}…",
    "pane.runCancelled": "已取消，工作簿未做任何更改。",
    "pane.runFailed": "评分失败：{message}",
    "pane.runDoneAnnouncement": "评分完成：系统总分 {total}，等级 {grade}，发现 {flags} 个问题。",
    "pane.runDoneForms": "评分完成：共 {forms} 张评价表，各自计分定级，发现 {flags} 个问题。",
    "pane.formsHeading": "评价表",
    "pane.formsAll": "全部评价表",
    "pane.formsHint":
      "本工作簿有 {count} 张评价表，各自计分、定级，不相加。点选一张，只看它的结果和问题。",
    "pane.formsItem":
      "{score}/{weight} 分，等级 {grade}；{errors} 错误 · {warnings} 警告 · {infos} 提示",
    "pane.formsNoTotal": "多张评价表没有合计的总分或等级：请在上方选一张查看。",

    // Results
    "pane.tabResults": "结果",
    "pane.resultsHeading": "评分结果",
    "pane.compareHeading": "自评与系统得分",
    "pane.compareCaption": "自评与系统得分对照（差额 = 系统 − 自评）",
    "pane.compareItem": "项目",
    "pane.compareStated": "自评",
    "pane.compareSystem": "系统",
    "pane.compareDiff": "差额",
    "pane.compareTotal": "总分",
    "pane.overWeight": "超出分值 {excess}，不计入",
    "pane.partialScore": "部分指标未评分",
    "pane.totalLabel": "系统总分",
    "pane.outOf": "满分 {weight}",
    "pane.gradeLabel": "等级",
    "pane.statedGrade": "自评等级：{grade}",
    "pane.bracketed": "（{text}）",
    "pane.statedDiffers": "与系统评分不一致",
    "pane.ruleSetUsed": "规则集：{name}",
    "pane.columnsHeading": "各表的列是怎样识别的（{count} 张表）",
    "pane.columnLine": "{field}：{column} 列“{header}”",
    "pane.chartHeading": "一级指标得分与分值",
    "pane.chartSummary": "{label}：得分 {score}，分值 {weight}",
    "pane.chartOverSummary": "{label}：得分 {score}，超出分值 {weight}，按 {weight} 计",
    "pane.chartPartialSummary": "{label}：得分 {score}，分值 {weight}，部分指标未评分",
    "pane.chartAria": "{heading}。{items}",
    "pane.listSeparator": "；",
    "pane.chartIndicator": "一级指标",
    "pane.chartScore": "得分",
    "pane.chartWeight": "分值",
    "pane.chartEmpty": "未找到一级指标。",
    "pane.ratesHeading": "预算执行率",
    "pane.ratesDenominator": "分母：{denominator}",
    "pane.ratesLine": "资金",
    "pane.ratesBudget": "预算数",
    "pane.ratesExecuted": "执行数",
    "pane.ratesUnit": "金额单位：万元",
    "pane.ratesCaption": "预算执行率（金额单位：万元）",
    "pane.ratesRate": "执行率",
    "pane.ratesEmpty": "未找到预算执行表。",
    "pane.rateFlagged": "需关注",
    "pane.countsHeading": "问题数量",
    "pane.viewFlags": "查看问题",
    "pane.undoButton": "撤销本次评分",
    "pane.undoQuestion":
      "撤销将移除本次评分写入的列、标记和工作表（评分汇总、复核清单，含复核意见）。确定撤销吗？",
    "pane.undoConfirm": "确定撤销",
    "pane.undoKeep": "不撤销",
    "pane.undone": "已撤销：评分写入的内容已全部移除。",
    "pane.noticesHeading": "请留意",
    "pane.undoFailed": "撤销失败：{message}",

    // Flags
    "pane.tabFlags": "问题",
    "pane.flagsHeading": "问题清单",
    "pane.searchLabel": "搜索问题",
    "pane.searchPlaceholder": "说明、单元格、代码…",
    "pane.severityFilter": "级别",
    "pane.statusFilter": "复核状态",
    "pane.filterAll": "全部",
    "pane.shownCount": "显示 {shown}/{total} 个问题",
    "pane.noFlags": "没有发现问题。",
    "pane.noMatch": "没有符合条件的问题。",
    "pane.previousFlag": "上一个",
    "pane.nextFlag": "下一个",
    "pane.flagPosition": "第 {index}/{count} 个",
    "pane.clearSearch": "清除搜索",
    "pane.flagListLabel": "问题列表（上下方向键切换）",
    "pane.reviewerLabel": "复核人",
    "pane.reviewerMissing": "请填写复核人",
    "pane.commentLabel": "复核意见",
    "pane.decisionLabel": "处理结果",
    "pane.decisionMissing": "请选择处理结果",
    "pane.confirmFlag": "确认问题",
    "pane.confirmFlagHint": "问题属实，需要修改或补充说明",
    "pane.rejectFlag": "驳回（无需修改）",
    "pane.rejectFlagHint": "核实后不是问题，工作簿无需修改",
    "pane.saveReview": "保存",
    "pane.saveAndNext": "保存并下一条",
    "pane.lastFlag": "这是最后一个问题。",
    "pane.cellLink": "单元格 {place}",
    "pane.codeTooltip": "问题代码：{code}",
    "pane.saving": "正在保存…",
    "pane.saved": "已保存到复核清单：{status}",
    "pane.saveFailed": "保存失败：{message}",
    "pane.notInReview": "复核清单中没有这个问题，请重新运行评分。",
    "pane.showInPreview": "在预览中查看",
    "pane.selectInExcel": "在 Excel 中选中",
    "pane.selectFailed": "无法选中单元格：{message}",
    "pane.reviewedBy": "{reviewer}，{time}",

    // Preview and download (browser mode)
    "pane.tabPreview": "预览",
    "pane.previewHeading": "工作表预览",
    "pane.sheetLabel": "工作表",
    "pane.previewTruncated": "共 {total} 行，仅显示前 {shown} 行。",
    "pane.previewColsTruncated": "共 {total} 列，仅显示前 {shown} 列。",
    "pane.previewEmpty": "工作表为空。",
    "pane.flaggedCell": "（{severity}：{message}）",
    "pane.previewLegend":
      "底色标出有问题的单元格：红色为错误，黄色为警告，蓝色为提示；指向单元格可看说明。",
    "pane.previewTableLabel": "{sheet} 的内容",
    "pane.downloadScored": "下载评分后的副本",
    "pane.downloadCopy": "下载副本",
    "pane.downloading": "正在生成文件…",
    "pane.downloadFailed": "无法生成文件：{message}",
    "pane.downloadHint": "{name}（原文件不变）",
    "pane.downloadBarLabel": "下载",
    "pane.draftButton": "起草自评报告（Word）",
    "pane.draftBusy": "正在起草自评报告…",
    "pane.draftSaved": "已生成 {name}（草稿，须人工核对、补充）。",
    "pane.draftFailed": "无法起草自评报告：{message}",
    "pane.draftUnavailable": "请先打开工作簿。",

    // Shared words
    "pane.statusOpen": "待复核",
    "pane.statusConfirmed": "已确认",
    "pane.statusRejected": "已驳回",
    "pane.statusFixed": "已修正",
    "pane.failedUnexpected": "意外错误：{message}",
    "pane.counted": "{name}（{count}）",
  },
  /** Names of the built-in rule sets (engine/ruleset/presets); a rule set without one is shown by its own name */
  preset: {
    "preset.national-2020": "项目支出通行做法（2020）",
    "preset.department-manual": "部门整体支出（人工评分，仅核对）",
  },
  /** A value as explanations quote it (quantity/describe.ts): operators, units, dates, grade words, reasons */
  quantity: {
    "quantity.op.ge": "≥{value}",
    "quantity.op.gt": ">{value}",
    "quantity.op.le": "≤{value}",
    "quantity.op.lt": "<{value}",
    "quantity.op.eq": "={value}",
    "quantity.op.about": "{value}左右",
    "quantity.op.none": "{value}",
    "quantity.unit": "{unit}",
    "quantity.unit.latin": " {unit}",
    "quantity.range": "{low}~{high}",
    "quantity.growth.up": "增长{value}",
    "quantity.growth.down": "下降{value}",
    "quantity.date": "{year}年{month}月{day}日",
    "quantity.date.noYear": "{month}月{day}日",
    "quantity.date.by": "{date}前",
    "quantity.date.before": "{date}前",
    "quantity.date.after": "{date}后",
    "quantity.grade.achieved": "达成",
    "quantity.grade.partial": "部分达成",
    "quantity.grade.unmet": "未达成",
    "quantity.yes": "是",
    "quantity.no": "否",
    "quantity.none": "（空）",
    "quantity.na": "不适用",
    "quantity.unreadable": "无法识别“{raw}”（{why}）",
    "quantity.reason.no-number-after-operator": "运算符后没有数字",
    "quantity.reason.not-a-number": "不是数值",
    "quantity.reason.trailing-text": "数值后有无法识别的文字",
    "quantity.reason.conflicting-operators": "前后运算符方向矛盾",
    "quantity.reason.operator-on-range": "区间不能再带比较运算符",
    "quantity.reason.range-units-differ": "区间两端单位不一致",
    "quantity.reason.growth-range": "增幅不能是区间",
    "quantity.reason.invalid-date": "日期不存在",
    "quantity.reason.not-finite": "数值无效",
    "quantity.reason.unsupported-input": "不支持的单元格值",
    "quantity.reason.internal-error": "内部错误",
  },
  /** The meaning of each grade of the scale, glossed beside the sheet's word where it differs (i18n/grades.ts) */
  grade: {
    "grade.优": "优",
    "grade.良": "良",
    "grade.中": "中",
    "grade.差": "差",
  },
  /** Outline numbers of a report draft, by depth (draft/numbering.ts) */
  outline: {
    "outline.1": "{chinese}、",
    "outline.2": "（{chinese}）",
    "outline.3": "{n}. ",
    "outline.4": "（{n}）",
  },
} as const;
