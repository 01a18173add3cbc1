// UI strings of the task pane. zh-CN is the first language; en-US beside it.

export type Language = "zh-CN" | "en-US";

/** Supported languages, first one is the default. */
export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];
export const DEFAULT_LANGUAGE: Language = "zh-CN";

const zhCN = {
  appTitle: "绩效评分助手",
  appSubtitle: "绩效自评表自动评分与复核",
  runButton: "运行评分",
  running: "正在评分…",
  hostDetecting: "正在检测…",
  hostExcel: "Excel",
  hostBrowser: "浏览器（未连接 Excel）",
  hostLabel: "运行环境：{host}",
  browserNoticeTitle: "浏览器模式",
  browserNotice: "请选择工作簿（.xlsx）。评分后的副本将下载到本地，原文件不会被修改。",
  excelHint: "对当前工作簿中的绩效自评表评分；结果写入插件自己的列和工作表，不改动已填写的内容。",
  fileLabel: "工作簿文件",
  chooseFile: "选择文件…",
  fileHint: "仅支持 .xlsx 格式",
  fileMissing: "请先选择工作簿",
  fileChosen: "已选择：{name}",
  engineNotConnected: "评分引擎尚未接入。",
  runDone: "评分完成。",
  runFailed: "评分失败：{message}",
  runPanelLabel: "评分",
} as const;

export type StringKey = keyof typeof zhCN;
export type Strings = { readonly [K in StringKey]: string };

const enUS: Strings = {
  appTitle: "Performance Scoring Assistant",
  appSubtitle: "Scores and reviews performance self-evaluation workbooks",
  runButton: "Run scoring",
  running: "Scoring…",
  hostDetecting: "detecting…",
  hostExcel: "Excel",
  hostBrowser: "browser (not connected to Excel)",
  hostLabel: "Host: {host}",
  browserNoticeTitle: "Browser mode",
  browserNotice: "Choose a workbook (.xlsx). The scored copy is downloaded; your file is not changed.",
  excelHint: "Scores the self-evaluation sheets of this workbook; results go into the add-in's own columns and sheets, and nothing you typed is changed.",
  fileLabel: "Workbook file",
  chooseFile: "Choose file…",
  fileHint: "Only .xlsx files",
  fileMissing: "Choose a workbook first",
  fileChosen: "Chosen: {name}",
  engineNotConnected: "The scoring engine is not connected yet.",
  runDone: "Scoring finished.",
  runFailed: "Scoring failed: {message}",
  runPanelLabel: "Scoring",
};

const TABLES: { readonly [L in Language]: Strings } = { "zh-CN": zhCN, "en-US": enUS };

export function strings(language: Language): Strings {
  return TABLES[language];
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
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
