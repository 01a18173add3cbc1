// UI strings of the task pane: the `pane` section of each language file (engine/i18n/languages), one per language.
import {
  CATALOGUES,
  type FlagCode,
  type FlagRow,
  FLAGS,
  type Lang,
  LANGS,
  type MessageKey,
  msg,
  render,
  type Severity,
  STATUS,
} from "../engine";

/** The engine's languages (engine/i18n/languages), first one the default. */
export type Language = Lang;
export const LANGUAGES: readonly Language[] = LANGS;
export const DEFAULT_LANGUAGE: Language = LANGS[0];

/** The pane's strings by their names in the catalogue's pane section, without "pane.". */
export type StringKey = MessageKey extends infer K
  ? K extends `pane.${infer S}`
    ? S
    : never
  : never;
/** The pane's strings, and the severity names of the review sheet (the catalogue's plan section). */
export type Strings = {
  readonly [K in StringKey | "severityError" | "severityWarning" | "severityInfo"]: string;
};

const TABLES = new Map<Language, Strings>();

export function strings(language: Language): Strings {
  let table = TABLES.get(language);
  if (!table) {
    const named: Record<string, string> = {};
    for (const [key, text] of Object.entries(CATALOGUES[language].pane))
      named[key.slice("pane.".length)] = text;
    const { plan } = CATALOGUES[language];
    named.severityError = plan["plan.severity.error"];
    named.severityWarning = plan["plan.severity.warning"];
    named.severityInfo = plan["plan.severity.info"];
    TABLES.set(language, (table = named as Strings));
  }
  return table;
}

export function presetTitle(language: Language, name: string): string {
  const titles: Readonly<Record<string, string | undefined>> = CATALOGUES[language].preset;
  return titles[`preset.${name}`] ?? name;
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
  const wanted = tag.trim().toLowerCase().replace(/_/g, "-");
  const exact = LANGS.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  // Else the first registered language of the same primary subtag: zh-Hans-CN → zh-CN, en-GB → en-US.
  const primary = wanted.split("-")[0];
  return LANGS.find((l) => l.toLowerCase().split("-")[0] === primary);
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
