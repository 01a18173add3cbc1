/** English (United States). Typed by the zh-CN catalogue: a missing or an extra key does not compile. */

import type { Catalogue } from "../catalogue";

export const enUS = {
  /** Each flag code's short name: the pane's group headings say these (engine/review/flags.ts) */
  flagLabel: {
    "flagLabel.SCORE_MISMATCH": "Score differs from computed",
    "flagLabel.SCORE_OVER_WEIGHT": "Score over weight",
    "flagLabel.SUM_MISMATCH": "Sum differs",
    "flagLabel.WEIGHT_SUM": "Weights do not add up",
    "flagLabel.GRADE_MISMATCH": "Grade differs",
    "flagLabel.REASON_MISSING": "No reason for deduction",
    "flagLabel.FULL_MARKS_UNMET": "Full marks, target unmet",
    "flagLabel.OVER_ACHIEVEMENT": "Over-achievement unexplained",
    "flagLabel.NEGATIVE_COMPLETION": "Negative completion",
    "flagLabel.QUAL_OUT_OF_BAND": "Qualitative score out of band",
    "flagLabel.TARGET_UNREADABLE": "Target unreadable",
    "flagLabel.ACTUAL_MISSING": "Actual missing",
    "flagLabel.UNIT_MISMATCH": "Units differ",
    "flagLabel.CELL_ERROR": "Error value in cell",
    "flagLabel.CRITERION_UNREAD": "Criterion not understood",
    "flagLabel.COLUMN_MISSING": "Column missing",
    "flagLabel.COLUMN_GUESSED": "Column recognised by meaning",
    "flagLabel.SCORE_MISSING": "Score missing",
    "flagLabel.BUDGET_TIE_OUT": "Budget does not tie out",
    "flagLabel.EXECUTION_LOW": "Low execution",
    "flagLabel.EXECUTION_OVER": "Spent over budget",
    "flagLabel.RATE_MISMATCH": "Execution rate differs",
    "flagLabel.ADJUSTMENT_HIGH": "Large budget adjustment",
    "flagLabel.PROGRESS_BEHIND": "Behind the calendar",
    "flagLabel.FORM_ASSIGNED": "Table given to a form",
  },
  /** Problems that stop a run (evaluate.ts) */
  problem: {
    "problem.noSheets":
      "{file}: the workbook has no sheet to look in (only this tool's own sheets or rule sheets, or none that can be read); no indicator or budget table found.",
    "problem.noTables":
      "{file}: no indicator or budget table found on the sheets {sheets}. An indicator table needs headers such as 一级指标/二级指标/三级指标 (or Indicator) with 分值/Weight or 得分/Score; a budget table needs 执行数/Executed with 预算数/Budget or 年初预算数/Initial budget.",
    "problem.noTables.header":
      "{file}: row {row} of the sheet “{sheet}” looks like a header ({headers}), but none of its columns could be recognised, so no indicator or budget table was found. An indicator table needs headers such as 一级指标/Level 1, 指标名称/Indicator with 分值/Weight or 得分/Score, 指标值/Target, 完成值/Actual; a budget table needs 执行数/Executed with 预算数/Budget.",
  },
  /** Column checks and notes (review/column-checks.ts, totals/coverage.ts) */
  column: {
    "flag.COLUMN_MISSING":
      "The header in row {row} has no {roleEn} column, so {count} weighted {count|one:row|other:rows} cannot be scored; the headers are: {headers}",
    "flag.COLUMN_MISSING.sheet":
      "Row {row} of the sheet “{sheet}” looks like a header ({headers}) over rows with figures, but none of its columns could be recognised: that table was not read or scored",
    "flag.COLUMN_GUESSED.meaning":
      "The header “{header}” (column {col}) was read as the {roleEn} column by its words",
    "flag.COLUMN_GUESSED.rivals":
      "Several columns could be the {roleEn} ({others}); column {col} “{header}” was taken",
    "flag.ACTUAL_MISSING.noColumn":
      "The indicator is weighted {weight}, but the table has no recognisable actual column",
    "flag.SCORE_MISSING":
      "The indicator is weighted {weight}; the table has no target or actual to compute from, and no score is given",
    "totals.noGrade.noWeights": "No weighted indicator: no grade",
    "totals.noGrade.unscored":
      "{count} weighted {count|one:row|other:rows} could not be scored (weight {weight}): the total is partial and not graded",
    "totals.noGrade.scale":
      "The scored weights make up {weight}, short of {scale}: the total is partial and not graded",
  },
  /** Flags of the indicator and totals checks, suggested 扣分原因, notes of the totals step */
  indicator: {
    "flag.SCORE_MISMATCH":
      "The stated score {stated} differs from the computed {computed} by {diff} (tolerance {tolerance})",
    "flag.SCORE_MISMATCH.fallback":
      "The stated score {stated} differs from the {computed} computed by a fallback rule, by {diff} (tolerance {tolerance}); the row's criterion was not understood, so check the score against it",
    "flag.CRITERION_UNREAD":
      "The scoring criterion “{text}” was not understood; the row was scored by {ruleEn} — please check",
    "flag.CRITERION_UNREAD.none":
      "The scoring criterion “{text}” was not understood and the target gives no rule; a person must give one",
    "flag.SCORE_OVER_WEIGHT": "The stated score {stated} is outside 0–{weight}",
    "flag.SCORE_OVER_WEIGHT.bonus": "The bonus/penalty {stated} is beyond the bound ±{bound}",
    "flag.REASON_MISSING":
      "The score {score} is below the weight {weight} ({deducted} deducted) and no reason is given",
    "flag.REASON_MISSING.unweighted":
      "The actual {actualEn} misses the target {targetEn} and no reason is given (the indicator has no weight and is not scored)",
    "flag.FULL_MARKS_UNMET":
      "Full marks ({stated}) are stated, but the actual {actualEn} misses the target {targetEn}",
    "flag.OVER_ACHIEVEMENT":
      "The actual {actualEn} is {ratio} of the target {targetEn}, above {threshold}, and no reason is given",
    "flag.NEGATIVE_COMPLETION":
      "Actual {actualEn} against target {targetEn}: the completion {completion} is negative; the indicator scores 0",
    "flag.QUAL_OUT_OF_BAND":
      "The qualitative indicator is {gradeEn}: its score belongs in {band}, but {stated} is stated",
    "flag.TARGET_UNREADABLE": "The target “{targetEn}” cannot be read; a person must give the rule",
    "flag.TARGET_UNREADABLE.rule":
      "Neither the target “{targetEn}” nor the criterion gives a rule; a person must give one",
    "flag.TARGET_UNREADABLE.undecided":
      "Cannot tell from the actual “{actualEn}” whether “{targetEn}” was met; a person must decide",
    "flag.ACTUAL_MISSING": "The indicator is weighted {weight} but has no actual value",
    "flag.ACTUAL_MISSING.unreadable":
      "The actual “{actualEn}” cannot be read as a value comparable with the target {targetEn}",
    "flag.UNIT_MISMATCH":
      "The target {targetEn} and the actual {actualEn} are in units that cannot be compared",
    "flag.CELL_ERROR.target": "The target cell holds the Excel error {error}",
    "flag.CELL_ERROR.actual": "The actual cell holds the Excel error {error}",
    "flag.CELL_ERROR.score": "The score cell holds the Excel error {error}",
    "flag.CELL_ERROR.weight": "The weight cell holds the Excel error {error}",
    "flag.CELL_ERROR.reason": "The reason cell holds the Excel error {error}",
    "flag.SUM_MISMATCH": "“{name}” states {stated}, but its parts add up to {sum} (off by {diff})",
    "flag.SUM_MISMATCH.total":
      "The stated total {stated} differs from the sum of the scores, {sum}, by {diff}",
    "flag.WEIGHT_SUM": "“{name}” is weighted {stated}, but its parts' weights add up to {sum}",
    "flag.WEIGHT_SUM.nested": "The weights under “{name}” add up to {sum}, not 100 %",
    "flag.WEIGHT_SUM.total": "The weights add up to {sum}, not {expected}",
    "flag.GRADE_MISMATCH":
      "The stated grade “{stated}” does not match “{expected}”, the grade of the total {total}",
    "reason.suggest.shortfall":
      "Actual {actualEn} fell short of target {targetEn} ({completion} complete), {deducted} deducted. Cause: (add the cause and the corrective measures)",
    "reason.suggest.generic":
      "Scored {score}, {deducted} deducted. Cause: (add the cause and the corrective measures)",
    "totals.veto.zero-block": "Veto: row {row} failed its condition; “{name}” scores 0",
    "totals.veto.zero-total": "Veto: row {row} failed its condition; the total is 0",
    "totals.veto.cap-total":
      "Veto: row {row} failed its condition; the total {before} is capped at {cap}",
    "totals.na.rescale":
      "{count} {count|one:indicator|other:indicators} not applicable (weight {dropped}); the rest are rescaled by {factor}",
    "totals.na.drop":
      "{count} {count|one:indicator|other:indicators} not applicable (weight {dropped}); left out of the total",
    "totals.na.move":
      "{count} {count|one:indicator|other:indicators} not applicable (weight {dropped}); {count|one:its|other:their} weight moves to “{name}”",
    "totals.scheme.nested":
      "Weights are nested percentages: each level-1 weight × the score rate of its indicators",
  },
  /** Forms of a workbook (forms/) */
  form: {
    "flag.FORM_ASSIGNED.budget":
      "The budget table on the sheet “{sheet}” has no scored indicator table beside it, and the workbook holds several forms: it was counted in the form “{form}”. If that is wrong, move it onto its own form's sheet.",
    "flag.FORM_ASSIGNED.indicators":
      "The indicator table on the sheet “{sheet}” has no weight or score column (a key-indicator table, say) and no scored table beside it, and the workbook holds several forms: it was put with the form “{form}”. If that is wrong, move it onto its own form's sheet.",
  },
  /** Explanations of the rule kinds (rules/) */
  rule: {
    "rule.full": "Actual {actualEn} meets target {targetEn}: full marks, {weight}",
    "rule.zero": "Actual {actualEn} misses target {targetEn}: scored 0, {deducted} deducted",
    "rule.negative":
      "Actual {actualEn} against target {targetEn}: completion {completion} is negative, scored 0, {deducted} deducted",
    "rule.zeroTarget.met": "Zero target {targetEn} met by actual {actualEn}: full marks, {weight}",
    "rule.zeroTarget.unmet":
      "Zero target {targetEn} missed by actual {actualEn}: scored 0, {deducted} deducted",
    "rule.atLeast.partial":
      "Actual {actualEn} against target {targetEn}: {completion} complete, scored pro rata {weight} × {completion} = {score}, {deducted} deducted",
    "rule.atLeast.floor":
      "Actual {actualEn} against target {targetEn}: {completion} complete, below the floor {floor}, scored 0, {deducted} deducted",
    "rule.atMost.linear":
      "Actual {actualEn} against target {targetEn}: {excess} over, scored linearly {weight} × (2 − {ratio}) = {score}, {deducted} deducted",
    "rule.atMost.beyond":
      "Actual {actualEn} against target {targetEn}: {excess} over (twice the target or more), scored 0, {deducted} deducted",
    "rule.atMost.ratio":
      "Actual {actualEn} exceeds target {targetEn}: scored pro rata {weight} × {ratio} (target ÷ actual) = {score}, {deducted} deducted",
    "rule.equal.above":
      "Actual {actualEn} is above target {targetEn}: scored pro rata {weight} × {ratio} (target ÷ actual) = {score}, {deducted} deducted",
    "rule.about.inside":
      "Actual {actualEn} is within target {targetEn} ± {tolerance} ({low}–{high}): full marks, {weight}",
    "rule.about.below":
      "Actual {actualEn} is below the lower bound {low} of target {targetEn} ± {tolerance}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
    "rule.about.above":
      "Actual {actualEn} is above the upper bound {high} of target {targetEn} ± {tolerance}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
    "rule.range.inside": "Actual {actualEn} is inside {low}–{high}: full marks, {weight}",
    "rule.range.below":
      "Actual {actualEn} is below the lower bound {low}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
    "rule.range.above":
      "Actual {actualEn} is above the upper bound {high}: scored pro rata {weight} × {ratio} = {score}, {deducted} deducted",
    "rule.qual.inBand": "Qualitative: {gradeEn}, band {band}; the stated {stated} is inside it",
    "rule.qual.outOfBand":
      "Qualitative: {gradeEn}, band {band}; the stated {stated} is outside it and needs review",
    "rule.qual.noStated": "Qualitative: {gradeEn}; a person scores it within {band}",
    "rule.qual.noGrade":
      "Qualitative: the grade cannot be read from the actual; the stated {stated} is used",
    "rule.qual.noGradeNoStated":
      "Qualitative: the grade cannot be read from the actual and no score is stated; a person must score it",
    "rule.perUnit.below":
      "Actual {actualEn} against target {targetEn}: {gapEn} short, {points} deducted per {stepEn}, {deducted} deducted, scored {score}",
    "rule.perUnit.above":
      "Actual {actualEn} against target {targetEn}: {gapEn} over, {points} deducted per {stepEn}, {deducted} deducted, scored {score}",
    "rule.perUnit.late":
      "Completed {actualEn}, due {targetEn}: {gapEn} late, {points} deducted per {stepEn}, {deducted} deducted, scored {score}",
    "rule.perUnit.floor": "Actual {actualEn} is below {floor}: scored 0, {deducted} deducted",
    "rule.bands.actual":
      "Actual {actualEn} falls in the band {band}: scored {score}, {deducted} deducted",
    "rule.bands.completion":
      "Actual {actualEn} against target {targetEn}: {value} complete, in the band {band}: scored {score}, {deducted} deducted",
    "rule.ftc.below":
      "Actual {actualEn} against target {targetEn}: {completion} complete, below the floor {floor}, scored 0, {deducted} deducted",
    "rule.ftc.linear":
      "Actual {actualEn} against target {targetEn}: {completion} complete, scored linearly from the floor {floor}: {weight} × ({completion} − {floor}) ÷ (100% − {floor}) = {score}, {deducted} deducted",
    "rule.growth":
      "Actual {actualEn} against target {targetEn}: completion {formula} = {completion}, scored pro rata {weight} × {completion} = {score}, {deducted} deducted",
    "rule.manual.stated": "Scored by hand: the stated {stated} is used (weight {weight})",
    "rule.manual.outOfRange":
      "Scored by hand: the stated {stated} is outside 0–{weight} and is not used",
    "rule.manual.none": "Scored by hand: no score is stated",
    "rule.veto.pass": "Veto condition: actual {actualEn} meets {targetEn}; no veto",
    "rule.veto.fail.zero-block":
      "Veto condition: actual {actualEn} fails {targetEn}; its level-{level} group scores 0",
    "rule.veto.fail.zero-total":
      "Veto condition: actual {actualEn} fails {targetEn}; the total scores 0",
    "rule.veto.fail.cap-total":
      "Veto condition: actual {actualEn} fails {targetEn}; the total is capped at {cap}",
    "rule.na": "Not applicable; not scored",
    "rule.fail.target": "The target “{targetEn}” cannot be read as a comparable value; not scored",
    "rule.fail.actual": "The actual “{actualEn}” cannot be read as a comparable value; not scored",
    "rule.fail.actualNone": "No actual value; not scored",
    "rule.fail.unit":
      "Target {targetEn} and actual {actualEn} are in units that cannot be compared; not scored",
    "rule.fail.error": "The target or actual cell holds an Excel error; not scored",
    "rule.fail.undecided":
      "Cannot tell from the actual “{actualEn}” whether “{targetEn}” was met; a person must decide",
    "rule.criterionManual": "Scored by the evaluator against the criterion “{text}”: {detailEn}",
    "rule.criterionUnread.operator":
      "The scoring criterion was not understood; scored by the target's operator: {detailEn}",
    "rule.criterionUnread.workbook":
      "The scoring criterion was not understood; scored by the workbook's rules sheet: {detailEn}",
    "rule.criterionUnread.ruleset":
      "The scoring criterion was not understood; scored by the rule set's default: {detailEn}",
  },
  /** Budget flags and explanations (budget/) */
  budget: {
    "budget.explain":
      "Execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY)",
    "budget.score.linear":
      "execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY); scored as rate × weight: {weight} × {capped} = {score}",
    "budget.score.band":
      "execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY); at or above {bound}, the band scores {score} of {weight}",
    "budget.score.belowBands":
      "execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY); below the lowest band ({bound}), it scores {score} of {weight}",
    "budget.score.deduction":
      "execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY); {perPoint} off per percentage point below {threshold}, {short} points short: {weight} − {perPoint} × {short} = {score}",
    "budget.tieOut":
      "{line}: {column} {total} does not equal the sum of its parts {sum} ({parts}); difference {diff} (10k CNY)",
    "budget.tieOut.partsSuspect":
      "{line}: {column} {total} does not equal the sum of its parts {sum} ({parts}); difference {diff} (10k CNY). The other split ({other}) agrees with the total, so the error is among these parts",
    "budget.tieOut.totalSuspect":
      "{line}: {column} {total} equals none of the sums of its parts ({parts}); the total itself may be wrong (10k CNY)",
    "budget.executionLow":
      "{line}: execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY) is below {threshold}; a reason is needed",
    "budget.executionOver":
      "{line}: {executedName} {executed} exceeds {denominator} {budget} by {over} (10k CNY; execution rate {rate})",
    "budget.rateMismatch":
      "{line}: the stated rate {stated} differs from {executedName} {executed} / {denominator} {budget} = {computed}, which at the stated precision is {expected}",
    "budget.rateMismatch.otherDenominator":
      "{line}: the stated rate {stated} differs from {executedName} {executed} / {denominator} {budget} = {computed} ({expected} at the stated precision); it matches {otherRate} computed on {otherName}, a different denominator",
    "budget.adjustmentHigh":
      "{line}: the budget moved from {initialName} {initial} to {adjustedName} {adjusted} ({change}, 10k CNY), an adjustment of {rate}, beyond {threshold}",
    "budget.progressBehind":
      "At {asOf} the calendar stands at {progress} ({elapsed}/{days} days); {line}: execution rate {rate} ({executedName} {executed} / {denominator} {budget}, 10k CNY) is {lag} points behind, more than {threshold}",
    "budget.scoreMismatch":
      "{line}: the stated execution score {stated} differs from the computed {score} (weight {weight}) by {diff}",
    "budget.scoreOverWeight":
      "{line}: the stated execution score {stated} is outside 0 to the weight {weight}",
    "budget.cellError": "{line}: the {column} cell holds the error {error} and cannot be used",
  },
  /** Words of the add-in's own sheets and notes (plan/) */
  plan: {
    "plan.severity.error": "Error",
    "plan.severity.warning": "Warning",
    "plan.severity.info": "Info",
    "plan.noteLine": "{severity} ({code}): {message}",
    "plan.suggestedReason": "Suggested reason for the deduction: {text}",
    "plan.listSeparator": "; ",
    "plan.summary.title": "Performance scoring summary",
    "plan.summary.item": "Item",
    "plan.summary.form": "Form",
    "plan.summary.formId": "Form id (sheet)",
    "plan.summary.formKind": "Kind",
    "plan.summary.formKind.project": "Project",
    "plan.summary.formKind.department": "Department-wide",
    "plan.summary.formSection": "Form: {title} ({id})",
    "plan.summary.value": "Value",
    "plan.summary.total": "Total score (computed)",
    "plan.summary.weight": "Full marks",
    "plan.summary.grade": "Grade",
    "plan.summary.statedScore": "Stated total",
    "plan.summary.statedGrade": "Stated grade",
    "plan.summary.ruleSet": "Rule set",
    "plan.summary.file": "File",
    "plan.summary.level1": "Level-1 indicator",
    "plan.summary.level2": "Level-2 indicator",
    "plan.summary.groupWeight": "Weight",
    "plan.summary.groupScore": "Score",
    "plan.summary.groupRate": "Share of weight",
    "plan.summary.chart": "Score against weight by level-1 indicator",
    "plan.summary.budgetLine": "Funds",
    "plan.summary.budget": "Budget ({denominator}, 10k CNY)",
    "plan.summary.executed": "Executed (10k CNY)",
    "plan.summary.rate": "Execution rate",
    "plan.summary.budgetScore": "Score",
    "plan.summary.flags": "Severity",
    "plan.summary.count": "Count",
    "plan.summary.flagTotal": "Total",
    "plan.summary.scoredRows": "Rows scored",
    "plan.summary.unscoredRows": "Rows not scored",
    "plan.summary.noGrade": "Why no grade",
    "plan.summary.table": "Table",
    "plan.summary.field": "Field",
    "plan.summary.column": "Column",
    "plan.summary.header": "Header",
  },
  /** Notices of sheets and cells kept as they were (plan/ownership.ts, plan/state-v1.ts) */
  ownership: {
    "plan.notice.renamed":
      "The workbook already has a sheet of its own named “{name}”, kept as it is; this tool's sheet is named “{own}” instead",
    "plan.notice.kept":
      "Sheet “{sheet}”, {cells}: in a column this tool wrote before, but typed over since; kept as it is, neither cleared nor overwritten",
  },
  /** Notices about workbooks scored by version 1 (plan/state-v1.ts) */
  stateV1: {
    "plan.notice.oldBlock":
      "The previous version's undo record names sheet “{sheet}”, {cells} as this tool's columns, but their headers are not this tool's; kept as they are, neither cleared nor undone on that record",
    "plan.notice.oldSheet":
      "The previous version's undo record names sheet “{sheet}” as this tool's, but that cannot be checked (it does not exist, or is not a name this tool gives); not removed on that record",
  },
  /** The report draft (draft/) */
  draft: {
    "draft.notice":
      "[DRAFT] Drafted by Jixiao from {file}; every figure comes from the workbook (sources in the appendix). A person must check and finish it before it is filed.",
    "draft.title": "{subject}{year}{kind} performance self-evaluation report",
    "draft.year": " {year}",
    "draft.subjectMissing": "[Department]",
    "draft.kind.department": " department-wide expenditure",
    "draft.kind.project": " project expenditure",
    "draft.h.basic": "Basic information",
    "draft.h.spending.department": "Expenditure",
    "draft.h.spending.project": "Project funds",
    "draft.h.self": "Self-evaluation",
    "draft.h.conclusion": "Conclusion",
    "draft.h.indicators": "Scores by indicator",
    "draft.h.key": "Key indicators",
    "draft.h.problems": "Main problems",
    "draft.h.appendix": "Appendix: where each figure comes from",
    "draft.budget.total":
      "{name}: {denominator} {budget} (10,000 yuan), {executedLabel} {executed}; execution rate {rate} ({executedLabel} ÷ {denominator}).",
    "draft.budget.rateLabel": "execution rate",
    "draft.budget.executedOnly": "{name}: {executedLabel} {executed} (10,000 yuan).",
    "draft.budget.rateStated":
      " (the sheet states {stated}, which differs from the computed {computed}: check)",
    "draft.budget.adjust":
      " Initial budget {initial}, {denominator} {budget}: adjusted by {delta} (10,000 yuan), {rate}.",
    "draft.budget.whole.department": "Total expenditure",
    "draft.budget.whole.project": "Project funds",
    "draft.budget.splitLead": "Of which: ",
    "draft.budget.part": "{name} budget {budget}, executed {executed}, rate {rate}",
    "draft.budget.partExecuted": "{name} {executed}",
    "draft.budget.sep": "; ",
    "draft.budget.end": ".",
    "draft.budget.none": "The workbook has no budget table: this section must be written by hand.",
    "draft.conclusion.total":
      "Scored item by item against the table, the self-evaluation total is {score} of {weight} points, grade “{grade}”{gloss}.",
    "draft.conclusion.noGrade": "The scored indicators total {score} of {weight} points. {reason}.",
    "draft.conclusion.notGraded": "No grade is given",
    "draft.conclusion.stated":
      "[Check] The sheet states a total of {stated}, grade “{statedGrade}”{statedGloss}, which differs from the computed {score} (“{grade}”{gloss}).",
    "draft.conclusion.unscored":
      "[Check] {count} {count|one:indicator|other:indicators} could not be scored ({cells} …); the total above leaves {count|one:it|other:them} out, and a grade can be given only once a person scores {count|one:it|other:them}.",
    "draft.ind.unscored": " (not scored: a person must score it)",
    "draft.ind.someUnscored":
      " ({count} of its indicators not scored: a person must score {count|one:it|other:them})",
    "draft.ind.group": "Weight {weight}, score {score}",
    "draft.ind.line": "{n}{name}: weight {weight}, score {score}",
    "draft.ind.stated":
      " (the sheet states {stated}, which differs from the computed score: check)",
    "draft.ind.reason": "; main reason for the deduction: ",
    "draft.ind.computedReason":
      "; reason for the deduction (the system's explanation, to be checked and rewritten): ",
    "draft.ind.noReason": "; no reason for the deduction is given (to be added)",
    "draft.ind.computedMark": "(the system's explanation, to be checked and rewritten) ",
    "draft.ind.missing": "no reason given (to be added)",
    "draft.ind.note": "; note: ",
    "draft.ind.partSep": "; ",
    "draft.ind.partName": "{name}: ",
    "draft.ind.end": ".",
    "draft.key.no": "No.",
    "draft.key.name": "Key indicator",
    "draft.key.target": "Target",
    "draft.key.actual": "Achieved",
    "draft.key.cells": "Cells",
    "draft.problems.lead":
      "Drafted by the system from the review flags still open; a person must summarise, rewrite and complete it:",
    "draft.problems.none":
      "The system found no open review flags; the main problems must be written by hand.",
    "draft.problems.group": "{name} ({count})",
    "draft.problems.item": "{n}{sheet}!{cell}: {message}",
    "draft.problems.budget": "Budget execution",
    "draft.problems.arithmetic": "Scores and totals",
    "draft.problems.reasons": "Explanations",
    "draft.problems.targets": "Targets and results",
    "draft.problems.other": "Other",
    "draft.fig.no": "No.",
    "draft.fig.text": "Figure",
    "draft.fig.label": "What",
    "draft.fig.sheet": "Sheet",
    "draft.fig.cell": "Cell",
    "draft.fig.basis": "Source",
    "draft.fig.stated": "as typed in the sheet",
    "draft.fig.sum": "computed: sum of the rows' scores",
    "draft.fig.scored": "computed: from the row's target, actual and weight",
    "draft.fig.ratio": "computed: {executed} ÷ {budget}",
    "draft.fig.difference": "computed: {to} − {from}",
    "draft.fig.total": "computed: sum of all scores",
    "draft.fig.weightLabel": "{name} weight",
    "draft.fig.scoreLabel": "{name} score",
    "draft.fig.statedScoreLabel": "{name} stated score",
    "draft.fig.moneyLabel": "{name} {column} (10,000 yuan)",
    "draft.fig.rateLabel": "{name} execution rate",
    "draft.fig.adjustLabel": "{name} adjustment (10,000 yuan)",
    "draft.fig.adjustRateLabel": "{name} adjustment rate",
    "draft.fig.totalLabel": "Total score",
    "draft.fig.totalWeightLabel": "Full marks",
    "draft.fig.statedTotalLabel": "Stated total",
    "draft.formUnknown": "{file}: no form named “{form}”. Forms in this workbook: {forms}",
    "draft.formNeeded":
      "{file}: the workbook holds several forms ({forms}); a report is drafted for one form: name one (with --form on the command line; in the task pane, pick it in the forms list first).",
  },
  /** The .xlsx door: files a user hands in (workbook/xlsx/) */
  xlsx: {
    "xlsx.tooLarge": "{file}: the file is {size} MB, over the limit of {limit} MB; it is not read",
    "xlsx.tooLargeUnpacked":
      "{file}: it unpacks to {size} MB, over the limit of {limit} MB (possibly a zip bomb); it is not read",
    "xlsx.tooManyMerges":
      "{file}: it has {count} merged {count|one:range|other:ranges}, over the limit of {limit}; it is not read: unmerge what is not needed and try again",
    "xlsx.sheetUnreadable":
      "{file}: the content of sheet “{sheet}” is missing from the file or cannot be found; the scored copy would lose that sheet, so it is not processed: open it in Excel, check it, save and try again",
    "xlsx.sheetBroken":
      "{file}: the content of sheet “{sheet}” is incomplete or damaged (its XML in the file cannot be read through); reading part of it would give wrong scores, so it is not processed: open it in Excel or WPS, check it, save and try again",
    "xlsx.stringMissing":
      "{file}: a cell's text is missing from the file: cell {cell} of sheet “{sheet}” refers to shared text “{index}”, which the file does not hold (it has {count}), so the workbook is not processed: open it in Excel or WPS, check it, save and try again",
    "xlsx.stylesBroken":
      "{file}: the styles part of the file (xl/styles.xml) is incomplete or damaged; writing marks into it would give a scored copy that does not open, so it is not processed: open it in Excel or WPS, save and try again",
    "xlsx.notAWorkbook":
      "“{file}” cannot be opened: it is not a valid .xlsx workbook (it may be damaged, or another kind of file renamed). Open it in Excel or WPS, save it as .xlsx and try again.",
    "xlsx.unreadable":
      "{file}: the file cannot be read; make sure no other program holds it and try again",
    "xlsx.empty": "{file}: the file is empty (0 bytes), not a workbook",
    "xlsx.encrypted":
      "{file}: the workbook is password-protected (encrypted) and cannot be read; remove the password in Excel, save and try again",
    "xlsx.oldXls":
      "{file}: this is an old Excel 97-2003 workbook (.xls); only .xlsx and .xlsm are read: open it in Excel or WPS, choose File → Save As, pick the type “Excel Workbook (*.xlsx)”, and try again with the saved file",
    "xlsx.wpsEt":
      "{file}: this is a WPS Spreadsheets file (.et); only .xlsx and .xlsm are read: open it in WPS, choose File → Save As, pick the type “Microsoft Excel File (*.xlsx)”, and try again with the saved file",
    "xlsx.ods":
      "{file}: this is an OpenDocument spreadsheet (.ods); only .xlsx is supported: save it as .xlsx and try again",
    "xlsx.csv":
      "{file}: this is a text or CSV file, not an .xlsx workbook; open it in Excel, save it as .xlsx and try again",
    "xlsx.sheetsMissing":
      "The sheets {sheets} were deleted or renamed after they were read; nothing was written: score the workbook again",
  },
  /** The Excel door: what a person can cause while the add-in reads or writes (workbook/excel/errors.ts) */
  excel: {
    "excel.sheetProtected":
      'The sheet "{sheet}" is protected, so the scores cannot be written. Unprotect it and try again',
    "excel.workbookProtected":
      "The workbook's structure is protected, so the summary and review sheets cannot be added or removed. Unprotect the workbook and try again",
    "excel.sheetMissing":
      'The sheet "{sheet}" is gone: it was deleted or renamed after it was read. Score the workbook again',
    "excel.cellEditMode":
      "A cell is being edited in Excel. Press Enter or Tab to finish editing, then try again",
    "excel.unchanged": "; nothing was changed.",
    "excel.unchangedInWorkbook": "; nothing in the workbook was changed.",
    "excel.causeEnd": ".",
    "excel.payloadTooLarge": "A cell's content is too large for a single Excel request.",
    "excel.payloadTooLarge.sheet":
      'A cell\'s content is too large for a single Excel request (sheet "{sheet}").',
    "excel.rangeTooLarge": "The used range is over Excel's read limit (5,000,000 cells).",
    "excel.rangeTooLarge.sheet":
      'The used range of the sheet "{sheet}" is over Excel\'s read limit (5,000,000 cells).',
    "excel.partialWrite":
      "Writing stopped part way; some results are already in the workbook. Cause: {cause} Fix it and score again, or use Undo.",
    "excel.unsupportedExcel":
      "This version of Excel lacks the API the add-in needs (ExcelApi 1.8). Update Excel or use Excel on the web.",
    "excel.excelError": "Excel refused the request ({code}): {message}",
    "excel.notice.promptKept":
      "Sheet “{sheet}”, {cells}: an input message someone set is there; kept as it is, and this tool's explanation is not put into it (see the review list, 复核清单)",
  },
  /** The command line (cli/) */
  cli: {
    "cli.summary":
      "{file}: total {score}/{weight}, grade {grade}{gloss}; flags: {errors} {errors|one:error|other:errors}, {warnings} {warnings|one:warning|other:warnings}, {infos} info; {scored} {scored|one:row|other:rows} scored, {unscored} not scored.",
    "cli.forms":
      "{file}: {count} forms, each scored and graded on its own (not added up); flags: {errors} {errors|one:error|other:errors}, {warnings} {warnings|one:warning|other:warnings}, {infos} info.",
    "cli.form":
      "  {n}. {title} ({sheet}): total {score}/{weight}, grade {grade}{gloss}; {errors} {errors|one:error|other:errors}, {warnings} {warnings|one:warning|other:warnings}, {infos} info{stated}",
    "cli.form.stated": "; stated {score}, {grade}",
    "cli.formsMore":
      "  … {count} more {count|one:form|other:forms}: see the --json report or the scored copy's 评分汇总 sheet",
    "cli.noGrade": "  No grade: {reason}",
    "cli.stated": "  As stated in the sheet: total {score}, grade {grade}",
    "cli.wrote": "Scored copy written: {path}",
    "cli.wroteJson": "Report written: {path}",
    "cli.wroteSummary": "Summary written: {path}",
    "cli.wroteDraft": "Report draft written: {path}",
    "cli.restored": "Scoring undone, written: {path}",
    "cli.progress": "[{i}/{n}] {file}",
    "cli.outOfMemory":
      "{file}: ran out of memory while processing this workbook (limit {mb} MB per parallel job) and was skipped; the file was not changed. Try it alone with --jobs 1",
    "cli.noWorkers":
      "The parallel worker {file} was not found (run npm run build first); scoring one by one",
    "cli.cancelled": "Cancelled",
    "cli.notFound": "{file}: no such file",
    "cli.isFolder": "{file}: this is a folder, not a workbook (use batch for a folder)",
    "cli.outIsFolder": "{file}: the output names an existing folder; give a file name",
    "cli.outputsClash":
      "{file}: the same file as the other output {other}; one would overwrite the other",
    "cli.cannotWrite":
      "{file}: cannot be written there (no such folder, no permission, or the disk is full)",
    "cli.failed":
      "{file}: this workbook cannot be processed: part of it is beyond what this tool can read; the file was not changed",
    "cli.notXlsx": "{file}: not an .xlsx or .xlsm workbook (only these are supported)",
    "cli.sameKind":
      "{file}: the scored copy must have the input's extension {ext} (an .xlsm holds macros and its copy keeps them; under the other extension Excel refuses to open it)",
    "cli.sameAsInput":
      "{file}: the output must differ from the input; the input is never overwritten",
    "cli.badRules": "Rule set {source} cannot be used: {errors}",
    "cli.noInputs": "{dir}: no .xlsx workbooks found",
    "cli.batchFailed":
      "{count} {count|one:workbook|other:workbooks} could not be processed; see the summary",
  },
  /** The task pane's own words (src/taskpane): labels, buttons, statuses and notices */
  pane: {
    "pane.appTitle": "Performance Scoring Assistant",
    "pane.appSubtitle": "Scores and reviews performance self-evaluation workbooks",
    "pane.hostDetecting": "detecting…",
    "pane.hostExcel": "Excel",
    "pane.hostBrowser": "browser (not connected to Excel)",
    "pane.hostLabel": "Host: {host}",
    "pane.screensLabel": "Screens",

    "pane.tabRun": "Run",
    "pane.runPanelLabel": "Scoring",
    "pane.runButton": "Run scoring",
    "pane.browserNoticeTitle": "Browser mode",
    "pane.browserNotice":
      "Choose a workbook (.xlsx) or try the sample. Scoring runs on this computer and uploads nothing; you download a scored copy, your file stays as it is.",
    "pane.excelHint":
      "Scores the self-evaluation sheets of this workbook; results go into the add-in's own columns and sheets, and nothing you typed is changed.",
    "pane.fileLabel": "Workbook file",
    "pane.chooseFile": "Choose file…",
    "pane.trySample": "Try the sample",
    "pane.dropHint": "or drop an .xlsx file here",
    "pane.fileMissing": "Choose a workbook first",
    "pane.fileChosen": "Chosen: {name}",
    "pane.notXlsx": '"{name}" is not an .xlsx workbook. Choose an .xlsx file.',
    "pane.sampleFailed": "The sample workbook could not be loaded: {message}",
    "pane.fileCheckingShort": "Checking the file…",
    "pane.openCancelled":
      "Opening {name} was cancelled before it was read; choose it again to score it.",
    "pane.ruleSetLabel": "Rule set",
    "pane.ruleSetDetails": "What this rule set does",
    "pane.denominatorLabel": "Execution rate denominator",
    "pane.denominatorAdjusted": "Full-year budget (adjusted)",
    "pane.denominatorInitial": "Initial budget",
    "pane.denominatorAvailable": "Funds actually received",
    "pane.asOfToggle": "Check execution against the calendar (mid-year)",
    "pane.asOfLabel": "As of",
    "pane.asOfHint": "Unticked, execution is checked as at the year end.",
    "pane.asOfInvalid": "Enter a valid date (year-month-day)",
    "pane.outputLegend": "Output",
    "pane.formulasOption": "Formula mode: write computed scores as Excel formulas",
    "pane.fillScoresOption": "Fill empty score (得分) cells (can be undone)",
    "pane.cancel": "Cancel",
    "pane.cancelling": "Cancelling…",
    "pane.stepReading": "Reading the workbook",
    "pane.stepScoring": "Scoring",
    "pane.stepWriting": "Writing the results",
    "pane.progressLabel": "Step {index} of 3: {step}…",
    "pane.runCancelled": "Cancelled; nothing in the workbook was changed.",
    "pane.runFailed": "Scoring failed: {message}",
    "pane.runDoneAnnouncement": "Scoring finished: total {total}, grade {grade}, {flags} flags.",
    "pane.runDoneForms":
      "Scoring finished: {forms} forms, each scored and graded on its own, {flags} flags.",
    "pane.formsHeading": "Forms",
    "pane.formsAll": "All forms",
    "pane.formsHint":
      "This workbook holds {count} forms, each scored and graded on its own, never added up. Pick one to see only its results and flags.",
    "pane.formsItem":
      "{score}/{weight}, grade {grade}; {errors} errors · {warnings} warnings · {infos} info",
    "pane.formsNoTotal":
      "Several forms have no total or grade together: pick one above to see its own.",

    "pane.tabResults": "Results",
    "pane.resultsHeading": "Results",
    "pane.compareHeading": "Stated and computed scores",
    "pane.compareCaption": "Stated and computed scores (difference = computed \u2212 stated)",
    "pane.compareItem": "Item",
    "pane.compareStated": "Stated",
    "pane.compareSystem": "Computed",
    "pane.compareDiff": "Diff.",
    "pane.compareTotal": "Total",
    "pane.overWeight": "{excess} over the weight, not counted",
    "pane.partialScore": "some indicators unscored",
    "pane.totalLabel": "Total score",
    "pane.outOf": "out of {weight}",
    "pane.gradeLabel": "Grade",
    "pane.statedGrade": "Stated grade: {grade}",
    "pane.bracketed": " ({text})",
    "pane.statedDiffers": "differs from the computed result",
    "pane.ruleSetUsed": "Rule set: {name}",
    "pane.columnsHeading": "How the columns were read ({count} tables)",
    "pane.columnLine": "{field}: column {column}, \u201c{header}\u201d",
    "pane.chartHeading": "Score against weight by level-1 indicator",
    "pane.chartSummary": "{label}: score {score} of {weight}",
    "pane.chartOverSummary":
      "{label}: score {score}, over the weight of {weight}, counted as {weight}",
    "pane.chartPartialSummary": "{label}: score {score} of {weight}, some indicators unscored",
    "pane.chartAria": "{heading}. {items}",
    "pane.listSeparator": "; ",
    "pane.chartIndicator": "Level-1 indicator",
    "pane.chartScore": "Score",
    "pane.chartWeight": "Weight",
    "pane.chartEmpty": "No level-1 indicators found.",
    "pane.ratesHeading": "Budget execution",
    "pane.ratesDenominator": "Denominator: {denominator}",
    "pane.ratesLine": "Funds",
    "pane.ratesBudget": "Budget",
    "pane.ratesExecuted": "Spent",
    "pane.ratesUnit": "Amounts in 10,000 yuan (万元)",
    "pane.ratesCaption": "Budget execution (amounts in 10,000 yuan)",
    "pane.ratesRate": "Rate",
    "pane.ratesEmpty": "No budget table found.",
    "pane.rateFlagged": "flagged",
    "pane.countsHeading": "Flags",
    "pane.viewFlags": "View flags",
    "pane.undoButton": "Undo this run",
    "pane.undoQuestion":
      "Undo removes the columns, marks and sheets this run wrote (the summary and the review list, with its comments). Undo?",
    "pane.undoConfirm": "Undo",
    "pane.undoKeep": "Keep",
    "pane.undone": "Undone: everything the run wrote has been removed.",
    "pane.noticesHeading": "Please note",
    "pane.undoFailed": "Undo failed: {message}",

    "pane.tabFlags": "Flags",
    "pane.flagsHeading": "Flags",
    "pane.searchLabel": "Search flags",
    "pane.searchPlaceholder": "Message, cell, code…",
    "pane.severityFilter": "Severity",
    "pane.statusFilter": "Review status",
    "pane.filterAll": "All",
    "pane.shownCount": "Showing {shown} of {total} flags",
    "pane.noFlags": "No flags found.",
    "pane.noMatch": "No flags match.",
    "pane.previousFlag": "Previous",
    "pane.nextFlag": "Next",
    "pane.flagPosition": "{index} of {count}",
    "pane.clearSearch": "Clear search",
    "pane.flagListLabel": "Flags (arrow keys move between them)",
    "pane.reviewerLabel": "Reviewer",
    "pane.reviewerMissing": "Enter the reviewer's name",
    "pane.commentLabel": "Comment",
    "pane.decisionLabel": "Decision",
    "pane.decisionMissing": "Choose a decision",
    "pane.confirmFlag": "Confirm the problem",
    "pane.confirmFlagHint": "It is a real problem: the sheet needs a fix or an explanation",
    "pane.rejectFlag": "Dismiss (no change needed)",
    "pane.rejectFlagHint": "Checked: not a problem; the workbook needs no change",
    "pane.saveReview": "Save",
    "pane.saveAndNext": "Save and next",
    "pane.lastFlag": "This is the last flag.",
    "pane.cellLink": "Cell {place}",
    "pane.codeTooltip": "Flag code: {code}",
    "pane.saving": "Saving…",
    "pane.saved": "Saved to the review list: {status}",
    "pane.saveFailed": "Saving failed: {message}",
    "pane.notInReview": "This flag is not in the review list; run the scoring again.",
    "pane.showInPreview": "Show in preview",
    "pane.selectInExcel": "Select in Excel",
    "pane.selectFailed": "The cell could not be selected: {message}",
    "pane.reviewedBy": "{reviewer}, {time}",

    "pane.tabPreview": "Preview",
    "pane.previewHeading": "Sheet preview",
    "pane.sheetLabel": "Sheet",
    "pane.previewTruncated": "{total} rows; the first {shown} are shown.",
    "pane.previewColsTruncated": "{total} columns; the first {shown} are shown.",
    "pane.previewEmpty": "The sheet is empty.",
    "pane.flaggedCell": " ({severity}: {message})",
    "pane.previewLegend":
      "Flagged cells are shaded: red for errors, yellow for warnings, blue for information; point at a cell for its message.",
    "pane.previewTableLabel": "Contents of {sheet}",
    "pane.downloadScored": "Download the scored copy",
    "pane.downloadCopy": "Download a copy",
    "pane.downloading": "Preparing the file…",
    "pane.downloadFailed": "The file could not be prepared: {message}",
    "pane.downloadHint": "{name} (your file is not changed)",
    "pane.downloadBarLabel": "Download",
    "pane.draftButton": "Draft the self-evaluation report (Word)",
    "pane.draftBusy": "Drafting the report…",
    "pane.draftSaved": "{name} is ready (a draft for a person to check and finish).",
    "pane.draftFailed": "The report could not be drafted: {message}",
    "pane.draftUnavailable": "Open a workbook first.",

    "pane.statusOpen": "Open",
    "pane.statusConfirmed": "Confirmed",
    "pane.statusRejected": "Rejected",
    "pane.statusFixed": "Fixed",
    "pane.failedUnexpected": "Unexpected error: {message}",
    "pane.counted": "{name} ({count})",
  },
  /** Names of the built-in rule sets (engine/ruleset/presets); a rule set without one is shown by its own name */
  preset: {
    "preset.national-2020": "Project spending, national practice (2020)",
    "preset.department-manual": "Department spending (scored by hand, checked only)",
  },
  /** A value as explanations quote it (quantity/describe.ts): operators, units, dates, grade words, reasons */
  quantity: {
    "quantity.op.ge": "at least {value}",
    "quantity.op.gt": "more than {value}",
    "quantity.op.le": "at most {value}",
    "quantity.op.lt": "less than {value}",
    "quantity.op.eq": "exactly {value}",
    "quantity.op.about": "about {value}",
    "quantity.op.none": "{value}",
    "quantity.unit": " {unit}",
    "quantity.unit.latin": " {unit}",
    "quantity.range": "{low}–{high}",
    "quantity.growth.up": "increase of {value}",
    "quantity.growth.down": "decrease of {value}",
    "quantity.date": "{iso}",
    "quantity.date.noYear": "{monthDay}",
    "quantity.date.by": "by {date}",
    "quantity.date.before": "before {date}",
    "quantity.date.after": "after {date}",
    "quantity.grade.achieved": "achieved",
    "quantity.grade.partial": "partially achieved",
    "quantity.grade.unmet": "not achieved",
    "quantity.yes": "Yes",
    "quantity.no": "No",
    "quantity.none": "(empty)",
    "quantity.na": "N/A",
    "quantity.unreadable": 'cannot read "{raw}" ({why})',
    "quantity.reason.no-number-after-operator": "no number after the operator",
    "quantity.reason.not-a-number": "not a number",
    "quantity.reason.trailing-text": "unrecognised text after the number",
    "quantity.reason.conflicting-operators": "conflicting operators",
    "quantity.reason.operator-on-range": "a range cannot carry a comparison",
    "quantity.reason.range-units-differ": "the two ends of the range have different units",
    "quantity.reason.growth-range": "a growth cannot be a range",
    "quantity.reason.invalid-date": "the date does not exist",
    "quantity.reason.not-finite": "not a finite number",
    "quantity.reason.unsupported-input": "unsupported cell value",
    "quantity.reason.internal-error": "internal error",
  },
  /** The meaning of each grade of the scale, glossed beside the sheet's word where it differs (i18n/grades.ts) */
  grade: {
    "grade.优": "Excellent",
    "grade.良": "Good",
    "grade.中": "Fair",
    "grade.差": "Poor",
  },
  /** Outline numbers of a report draft, by depth (draft/numbering.ts) */
  outline: {
    "outline.1": "{roman}. ",
    "outline.2": "({letter}) ",
    "outline.3": "{n}. ",
    "outline.4": "({n}) ",
  },
} as const satisfies Catalogue;
