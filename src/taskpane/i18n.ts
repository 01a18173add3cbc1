// UI strings of the task pane. zh-CN is the first language; en-US beside it.
import {
  CATALOGUES,
  type FlagCode,
  type FlagRow,
  FLAGS,
  type Lang,
  LANGS,
  msg,
  render,
  type Severity,
  STATUS,
} from "../engine";

/** The engine's languages (engine/i18n/languages), first one the default. */
export type Language = Lang;
export const LANGUAGES: readonly Language[] = LANGS;
export const DEFAULT_LANGUAGE: Language = LANGS[0];

const zhCN = {
  appTitle: "绩效评分助手",
  appSubtitle: "绩效自评表自动评分与复核",
  hostDetecting: "正在检测…",
  hostExcel: "Excel",
  hostBrowser: "浏览器（未连接 Excel）",
  hostLabel: "运行环境：{host}",
  screensLabel: "页面",

  // Run
  tabRun: "运行",
  runPanelLabel: "评分",
  runButton: "运行评分",
  browserNoticeTitle: "浏览器模式",
  browserNotice:
    "请选择工作簿（.xlsx）或试用示例。评分只在本机进行，不上传任何数据；评分后的副本供下载，原文件不会被修改。",
  excelHint: "对当前工作簿中的绩效自评表评分；结果写入插件自己的列和工作表，不改动已填写的内容。",
  fileLabel: "工作簿文件",
  chooseFile: "选择文件…",
  trySample: "试用示例",
  dropHint: "也可以把 .xlsx 文件拖放到这里",
  fileMissing: "请先选择工作簿",
  fileChosen: "已选择：{name}",
  notXlsx: "“{name}”不是 .xlsx 工作簿，请选择 .xlsx 文件。",
  sampleFailed: "无法载入示例工作簿：{message}",
  fileCheckingShort: "正在检查文件…",
  openCancelled: "已取消打开 {name}，文件未被读取完；如需评分请重新选择。",
  ruleSetLabel: "评分规则集",
  ruleSetDetails: "规则集的参数",
  denominatorLabel: "执行率分母",
  denominatorAdjusted: "全年预算数（调整后）",
  denominatorInitial: "年初预算数",
  denominatorAvailable: "实际到位资金",
  asOfToggle: "按序时进度核对执行率（年中监控）",
  asOfLabel: "截至日期",
  asOfHint: "不勾选时按年终口径核对执行率。",
  asOfInvalid: "请输入有效日期（年-月-日）",
  outputLegend: "输出选项",
  formulasOption: "公式模式：系统得分写成 Excel 公式",
  fillScoresOption: "填写空白的“得分”单元格（可撤销）",
  cancel: "取消",
  cancelling: "正在取消…",
  stepReading: "正在读取工作簿",
  stepScoring: "正在评分",
  stepWriting: "正在写入结果",
  progressLabel: "第 {index}/3 步：{step}…",
  runCancelled: "已取消，工作簿未做任何更改。",
  runFailed: "评分失败：{message}",
  runDoneAnnouncement: "评分完成：系统总分 {total}，等级 {grade}，发现 {flags} 个问题。",
  runDoneForms: "评分完成：共 {forms} 张评价表，各自计分定级，发现 {flags} 个问题。",
  formsHeading: "评价表",
  formsAll: "全部评价表",
  formsHint: "本工作簿有 {count} 张评价表，各自计分、定级，不相加。点选一张，只看它的结果和问题。",
  formsItem: "{score}/{weight} 分，等级 {grade}；{errors} 错误 · {warnings} 警告 · {infos} 提示",
  formsNoTotal: "多张评价表没有合计的总分或等级：请在上方选一张查看。",

  // Results
  tabResults: "结果",
  resultsHeading: "评分结果",
  gradeNone: "未给等级：{reason}",
  gradeUnscored: "有 {count} 项指标未能评分，总分不完整。",
  gradePartialWeight: "已评分的分值合计 {weight}，不足满分 100。",
  gradeNoIndicators: "工作簿中只有预算表，没有指标表。",
  compareHeading: "自评与系统得分",
  compareCaption: "自评与系统得分对照（差额 = 系统 − 自评）",
  compareItem: "项目",
  compareStated: "自评",
  compareSystem: "系统",
  compareDiff: "差额",
  compareTotal: "总分",
  overWeight: "超出分值 {excess}，不计入",
  partialScore: "部分指标未评分",
  totalLabel: "系统总分",
  outOf: "满分 {weight}",
  gradeLabel: "等级",
  statedGrade: "自评等级：{grade}",
  bracketed: "（{text}）",
  statedDiffers: "与系统评分不一致",
  ruleSetUsed: "规则集：{name}",
  columnsHeading: "各表的列是怎样识别的（{count} 张表）",
  columnLine: "{field}：{column} 列“{header}”",
  chartHeading: "一级指标得分与分值",
  chartSummary: "{label}：得分 {score}，分值 {weight}",
  chartOverSummary: "{label}：得分 {score}，超出分值 {weight}，按 {weight} 计",
  chartPartialSummary: "{label}：得分 {score}，分值 {weight}，部分指标未评分",
  chartAria: "{heading}。{items}",
  listSeparator: "；",
  chartIndicator: "一级指标",
  chartScore: "得分",
  chartWeight: "分值",
  chartEmpty: "未找到一级指标。",
  ratesHeading: "预算执行率",
  ratesDenominator: "分母：{denominator}",
  ratesLine: "资金",
  ratesBudget: "预算数",
  ratesExecuted: "执行数",
  ratesUnit: "金额单位：万元",
  ratesCaption: "预算执行率（金额单位：万元）",
  ratesRate: "执行率",
  ratesEmpty: "未找到预算执行表。",
  rateFlagged: "需关注",
  countsHeading: "问题数量",
  viewFlags: "查看问题",
  undoButton: "撤销本次评分",
  undoQuestion:
    "撤销将移除本次评分写入的列、标记和工作表（评分汇总、复核清单，含复核意见）。确定撤销吗？",
  undoConfirm: "确定撤销",
  undoKeep: "不撤销",
  undone: "已撤销：评分写入的内容已全部移除。",
  noticesHeading: "请留意",
  undoFailed: "撤销失败：{message}",

  // Flags
  tabFlags: "问题",
  flagsHeading: "问题清单",
  searchLabel: "搜索问题",
  searchPlaceholder: "说明、单元格、代码…",
  severityFilter: "级别",
  statusFilter: "复核状态",
  filterAll: "全部",
  shownCount: "显示 {shown}/{total} 个问题",
  noFlags: "没有发现问题。",
  noMatch: "没有符合条件的问题。",
  previousFlag: "上一个",
  nextFlag: "下一个",
  flagPosition: "第 {index}/{count} 个",
  clearSearch: "清除搜索",
  flagListLabel: "问题列表（上下方向键切换）",
  reviewerLabel: "复核人",
  reviewerMissing: "请填写复核人",
  commentLabel: "复核意见",
  decisionLabel: "处理结果",
  decisionMissing: "请选择处理结果",
  confirmFlag: "确认问题",
  confirmFlagHint: "问题属实，需要修改或补充说明",
  rejectFlag: "驳回（无需修改）",
  rejectFlagHint: "核实后不是问题，工作簿无需修改",
  saveReview: "保存",
  saveAndNext: "保存并下一条",
  lastFlag: "这是最后一个问题。",
  cellLink: "单元格 {place}",
  codeTooltip: "问题代码：{code}",
  saving: "正在保存…",
  saved: "已保存到复核清单：{status}",
  saveFailed: "保存失败：{message}",
  notInReview: "复核清单中没有这个问题，请重新运行评分。",
  showInPreview: "在预览中查看",
  selectInExcel: "在 Excel 中选中",
  selectFailed: "无法选中单元格：{message}",
  reviewedBy: "{reviewer}，{time}",

  // Preview and download (browser mode)
  tabPreview: "预览",
  previewHeading: "工作表预览",
  sheetLabel: "工作表",
  previewTruncated: "共 {total} 行，仅显示前 {shown} 行。",
  previewColsTruncated: "共 {total} 列，仅显示前 {shown} 列。",
  previewEmpty: "工作表为空。",
  flaggedCell: "（{severity}：{message}）",
  previewLegend: "底色标出有问题的单元格：红色为错误，黄色为警告，蓝色为提示；指向单元格可看说明。",
  previewTableLabel: "{sheet} 的内容",
  downloadScored: "下载评分后的副本",
  downloadCopy: "下载副本",
  downloading: "正在生成文件…",
  downloadFailed: "无法生成文件：{message}",
  downloadHint: "{name}（原文件不变）",
  downloadBarLabel: "下载",
  draftButton: "起草自评报告（Word）",
  draftBusy: "正在起草自评报告…",
  draftSaved: "已生成 {name}（草稿，须人工核对、补充）。",
  draftFailed: "无法起草自评报告：{message}",
  draftUnavailable: "请先打开工作簿。",

  // Shared words
  severityError: CATALOGUES["zh-CN"].plan["plan.severity.error"],
  severityWarning: CATALOGUES["zh-CN"].plan["plan.severity.warning"],
  severityInfo: CATALOGUES["zh-CN"].plan["plan.severity.info"],
  statusOpen: "待复核",
  statusConfirmed: "已确认",
  statusRejected: "已驳回",
  statusFixed: "已修正",
  failedUnexpected: "意外错误：{message}",
  counted: "{name}（{count}）",
} as const;

export type StringKey = keyof typeof zhCN;
export type Strings = { readonly [K in StringKey]: string };

const enUS: Strings = {
  appTitle: "Performance Scoring Assistant",
  appSubtitle: "Scores and reviews performance self-evaluation workbooks",
  hostDetecting: "detecting…",
  hostExcel: "Excel",
  hostBrowser: "browser (not connected to Excel)",
  hostLabel: "Host: {host}",
  screensLabel: "Screens",

  tabRun: "Run",
  runPanelLabel: "Scoring",
  runButton: "Run scoring",
  browserNoticeTitle: "Browser mode",
  browserNotice:
    "Choose a workbook (.xlsx) or try the sample. Scoring runs on this computer and uploads nothing; you download a scored copy, your file stays as it is.",
  excelHint:
    "Scores the self-evaluation sheets of this workbook; results go into the add-in's own columns and sheets, and nothing you typed is changed.",
  fileLabel: "Workbook file",
  chooseFile: "Choose file…",
  trySample: "Try the sample",
  dropHint: "or drop an .xlsx file here",
  fileMissing: "Choose a workbook first",
  fileChosen: "Chosen: {name}",
  notXlsx: '"{name}" is not an .xlsx workbook. Choose an .xlsx file.',
  sampleFailed: "The sample workbook could not be loaded: {message}",
  fileCheckingShort: "Checking the file…",
  openCancelled: "Opening {name} was cancelled before it was read; choose it again to score it.",
  ruleSetLabel: "Rule set",
  ruleSetDetails: "What this rule set does",
  denominatorLabel: "Execution rate denominator",
  denominatorAdjusted: "Full-year budget (adjusted)",
  denominatorInitial: "Initial budget",
  denominatorAvailable: "Funds actually received",
  asOfToggle: "Check execution against the calendar (mid-year)",
  asOfLabel: "As of",
  asOfHint: "Unticked, execution is checked as at the year end.",
  asOfInvalid: "Enter a valid date (year-month-day)",
  outputLegend: "Output",
  formulasOption: "Formula mode: write computed scores as Excel formulas",
  fillScoresOption: "Fill empty score (得分) cells (can be undone)",
  cancel: "Cancel",
  cancelling: "Cancelling…",
  stepReading: "Reading the workbook",
  stepScoring: "Scoring",
  stepWriting: "Writing the results",
  progressLabel: "Step {index} of 3: {step}…",
  runCancelled: "Cancelled; nothing in the workbook was changed.",
  runFailed: "Scoring failed: {message}",
  runDoneAnnouncement: "Scoring finished: total {total}, grade {grade}, {flags} flags.",
  runDoneForms:
    "Scoring finished: {forms} forms, each scored and graded on its own, {flags} flags.",
  formsHeading: "Forms",
  formsAll: "All forms",
  formsHint:
    "This workbook holds {count} forms, each scored and graded on its own, never added up. Pick one to see only its results and flags.",
  formsItem:
    "{score}/{weight}, grade {grade}; {errors} errors · {warnings} warnings · {infos} info",
  formsNoTotal: "Several forms have no total or grade together: pick one above to see its own.",

  tabResults: "Results",
  resultsHeading: "Results",
  gradeNone: "No grade: {reason}",
  gradeUnscored: "{count} indicators could not be scored, so the total is incomplete.",
  gradePartialWeight: "the scored weights add up to {weight}, short of 100.",
  gradeNoIndicators: "the workbook has budget tables only, no indicator table.",
  compareHeading: "Stated and computed scores",
  compareCaption: "Stated and computed scores (difference = computed \u2212 stated)",
  compareItem: "Item",
  compareStated: "Stated",
  compareSystem: "Computed",
  compareDiff: "Diff.",
  compareTotal: "Total",
  overWeight: "{excess} over the weight, not counted",
  partialScore: "some indicators unscored",
  totalLabel: "Total score",
  outOf: "out of {weight}",
  gradeLabel: "Grade",
  statedGrade: "Stated grade: {grade}",
  bracketed: " ({text})",
  statedDiffers: "differs from the computed result",
  ruleSetUsed: "Rule set: {name}",
  columnsHeading: "How the columns were read ({count} tables)",
  columnLine: "{field}: column {column}, \u201c{header}\u201d",
  chartHeading: "Score against weight by level-1 indicator",
  chartSummary: "{label}: score {score} of {weight}",
  chartOverSummary: "{label}: score {score}, over the weight of {weight}, counted as {weight}",
  chartPartialSummary: "{label}: score {score} of {weight}, some indicators unscored",
  chartAria: "{heading}. {items}",
  listSeparator: "; ",
  chartIndicator: "Level-1 indicator",
  chartScore: "Score",
  chartWeight: "Weight",
  chartEmpty: "No level-1 indicators found.",
  ratesHeading: "Budget execution",
  ratesDenominator: "Denominator: {denominator}",
  ratesLine: "Funds",
  ratesBudget: "Budget",
  ratesExecuted: "Spent",
  ratesUnit: "Amounts in 10,000 yuan (万元)",
  ratesCaption: "Budget execution (amounts in 10,000 yuan)",
  ratesRate: "Rate",
  ratesEmpty: "No budget table found.",
  rateFlagged: "flagged",
  countsHeading: "Flags",
  viewFlags: "View flags",
  undoButton: "Undo this run",
  undoQuestion:
    "Undo removes the columns, marks and sheets this run wrote (the summary and the review list, with its comments). Undo?",
  undoConfirm: "Undo",
  undoKeep: "Keep",
  undone: "Undone: everything the run wrote has been removed.",
  noticesHeading: "Please note",
  undoFailed: "Undo failed: {message}",

  tabFlags: "Flags",
  flagsHeading: "Flags",
  searchLabel: "Search flags",
  searchPlaceholder: "Message, cell, code…",
  severityFilter: "Severity",
  statusFilter: "Review status",
  filterAll: "All",
  shownCount: "Showing {shown} of {total} flags",
  noFlags: "No flags found.",
  noMatch: "No flags match.",
  previousFlag: "Previous",
  nextFlag: "Next",
  flagPosition: "{index} of {count}",
  clearSearch: "Clear search",
  flagListLabel: "Flags (arrow keys move between them)",
  reviewerLabel: "Reviewer",
  reviewerMissing: "Enter the reviewer's name",
  commentLabel: "Comment",
  decisionLabel: "Decision",
  decisionMissing: "Choose a decision",
  confirmFlag: "Confirm the problem",
  confirmFlagHint: "It is a real problem: the sheet needs a fix or an explanation",
  rejectFlag: "Dismiss (no change needed)",
  rejectFlagHint: "Checked: not a problem; the workbook needs no change",
  saveReview: "Save",
  saveAndNext: "Save and next",
  lastFlag: "This is the last flag.",
  cellLink: "Cell {place}",
  codeTooltip: "Flag code: {code}",
  saving: "Saving…",
  saved: "Saved to the review list: {status}",
  saveFailed: "Saving failed: {message}",
  notInReview: "This flag is not in the review list; run the scoring again.",
  showInPreview: "Show in preview",
  selectInExcel: "Select in Excel",
  selectFailed: "The cell could not be selected: {message}",
  reviewedBy: "{reviewer}, {time}",

  tabPreview: "Preview",
  previewHeading: "Sheet preview",
  sheetLabel: "Sheet",
  previewTruncated: "{total} rows; the first {shown} are shown.",
  previewColsTruncated: "{total} columns; the first {shown} are shown.",
  previewEmpty: "The sheet is empty.",
  flaggedCell: " ({severity}: {message})",
  previewLegend:
    "Flagged cells are shaded: red for errors, yellow for warnings, blue for information; point at a cell for its message.",
  previewTableLabel: "Contents of {sheet}",
  downloadScored: "Download the scored copy",
  downloadCopy: "Download a copy",
  downloading: "Preparing the file…",
  downloadFailed: "The file could not be prepared: {message}",
  downloadHint: "{name} (your file is not changed)",
  downloadBarLabel: "Download",
  draftButton: "Draft the self-evaluation report (Word)",
  draftBusy: "Drafting the report…",
  draftSaved: "{name} is ready (a draft for a person to check and finish).",
  draftFailed: "The report could not be drafted: {message}",
  draftUnavailable: "Open a workbook first.",

  severityError: CATALOGUES["en-US"].plan["plan.severity.error"],
  severityWarning: CATALOGUES["en-US"].plan["plan.severity.warning"],
  severityInfo: CATALOGUES["en-US"].plan["plan.severity.info"],
  statusOpen: "Open",
  statusConfirmed: "Confirmed",
  statusRejected: "Rejected",
  statusFixed: "Fixed",
  failedUnexpected: "Unexpected error: {message}",
  counted: "{name} ({count})",
};

const TABLES: { readonly [L in Language]: Strings } = { "zh-CN": zhCN, "en-US": enUS };

export function strings(language: Language): Strings {
  return TABLES[language];
}

/** Names of the built-in rule sets; a rule set without one is shown by its own name. */
const PRESET_TITLES: { readonly [L in Language]: Readonly<Record<string, string>> } = {
  "zh-CN": {
    "national-2020": "项目支出通行做法（2020）",
    "department-manual": "部门整体支出（人工评分，仅核对）",
  },
  "en-US": {
    "national-2020": "Project spending, national practice (2020)",
    "department-manual": "Department spending (scored by hand, checked only)",
  },
};

export function presetTitle(language: Language, name: string): string {
  return PRESET_TITLES[language][name] ?? name;
}

/** A flag code's short name (the flag catalogue's label): group headings say it, the code goes in the tooltip. */
export function flagCodeLabel(language: Language, code: FlagCode): string {
  const row = (FLAGS as Readonly<Record<string, FlagRow | undefined>>)[code];
  return row ? render(msg(row.label), language) : code;
}

export function severityLabel(s: Strings, severity: Severity): string {
  return severity === "error"
    ? s.severityError
    : severity === "warning"
      ? s.severityWarning
      : s.severityInfo;
}

/** A review status as 复核清单 writes it (always Chinese), in the user's language. */
export function reviewStatusLabel(s: Strings, status: string): string {
  switch (status) {
    case STATUS.open:
      return s.statusOpen;
    case STATUS.confirmed:
      return s.statusConfirmed;
    case STATUS.rejected:
      return s.statusRejected;
    case STATUS.fixed:
      return s.statusFixed;
    default:
      return status;
  }
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole
  );
}

/** Maps a BCP 47 tag (`zh`, `zh-Hans-CN`, `zh-TW`, `en-GB`, …) to a supported language, if any. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "zh") return "zh-CN";
  if (primary === "en") return "en-US";
  return undefined;
}

export interface LanguageSources {
  /** `location.search`; `?lang=en-US` overrides everything (used by tests). */
  readonly search?: string;
  /** `Office.context.displayLanguage` when running in Office. */
  readonly officeDisplayLanguage?: string;
  /** `navigator.language` outside Office. */
  readonly navigatorLanguage?: string;
}

/**
 * The UI language: the URL override, else Office's display language when in Office, else the
 * browser's language; zh-CN when none of them is a supported language.
 */
export function pickLanguage(sources: LanguageSources): Language {
  const override = sources.search ? new URLSearchParams(sources.search).get("lang") : null;
  const candidates =
    sources.officeDisplayLanguage !== undefined
      ? [override, sources.officeDisplayLanguage]
      : [override, sources.navigatorLanguage];
  for (const candidate of candidates) {
    const match = matchLanguage(candidate);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
