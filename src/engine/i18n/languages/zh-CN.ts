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
} as const;
