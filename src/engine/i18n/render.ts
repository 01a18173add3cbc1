import type { Message } from "../model";
import type { MessageArgs, MessageKey, ParamName } from "./catalogue";
import { CATALOGUES, LANGS, type Lang } from "./languages";

/** Messages added at run time (tests), each in every language. */
export type ExtraMessages = Record<string, { readonly [L in Lang]: string }>;

/** Every language's templates by key, flattened from its sections once. */
const templates = new Map<Lang, Map<string, string>>(
  LANGS.map((lang) => [
    lang,
    new Map(Object.values(CATALOGUES[lang]).flatMap((section) => Object.entries(section))),
  ])
);

/** Adds messages outside the language files (tests); a key of the catalogue cannot be replaced. */
export function registerMessages(extra: ExtraMessages): void {
  for (const [key, entry] of Object.entries(extra)) {
    for (const lang of LANGS) {
      const table = templates.get(lang)!;
      if (!table.has(key)) table.set(key, entry[lang]);
    }
  }
}

function lookup(key: string, lang: Lang): string | undefined {
  return templates.get(lang)!.get(key);
}

export function hasMessage(key: string): boolean {
  return lookup(key, LANGS[0]) !== undefined;
}

/**
 * A placeholder: `{name}` quotes the parameter; `{name|one:row|other:rows}` is a plural choice, the words
 * for the parameter's number picked by Intl.PluralRules of the language (categories zero, one, two, few,
 * many, other; `other` when the category has no words of its own or the value is not a number).
 */
interface Placeholder {
  readonly name: string;
  readonly forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> | null;
}

/** A template cut at its placeholders: text, placeholder, text, … (texts at even indexes). */
type Parts = readonly (string | Placeholder)[];

/** Every row's explanation is rendered, from a few dozen templates: each is cut once. */
const splitTemplates = new Map<string, Parts>();

function templateParts(template: string): Parts {
  let parts = splitTemplates.get(template);
  if (!parts) {
    const raw = template.split(/\{(\w+)(?:\|([^{}]*))?\}/);
    const cut: (string | Placeholder)[] = [raw[0]];
    for (let i = 1; i < raw.length; i += 3)
      cut.push(
        { name: raw[i], forms: raw[i + 1] === undefined ? null : pluralForms(raw[i + 1]) },
        raw[i + 2]
      );
    splitTemplates.set(template, (parts = cut));
  }
  return parts;
}

/** "one:row|other:rows" → { one: "row", other: "rows" }. */
function pluralForms(choices: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const forms: Partial<Record<string, string>> = {};
  for (const choice of choices.split("|")) {
    const colon = choice.indexOf(":");
    forms[choice.slice(0, colon)] = choice.slice(colon + 1);
  }
  return forms;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralOf(
  forms: NonNullable<Placeholder["forms"]>,
  value: string | number,
  lang: Lang
): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const n = typeof value === "number" ? value : Number(value.replace(/,/g, ""));
  return (Number.isFinite(n) ? forms[rules.select(n)] : undefined) ?? forms.other ?? "";
}

export function render(message: Message, lang: Lang): string {
  const template = lookup(message.key, lang);
  if (template === undefined) throw new Error(`no message for key ${message.key}`);
  const parts = templateParts(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const { name, forms } = parts[i] as Placeholder;
    const given = message.args[name];
    const value = typeof given === "object" ? given[lang] : given;
    out +=
      (value === undefined ? `{${name}}` : forms ? pluralOf(forms, value, lang) : String(value)) +
      (parts[i + 1] as string);
  }
  return out;
}

/** What msg takes after the key: nothing for a message that quotes nothing, else every name it quotes. */
export type ArgsOf<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [args: MessageArgs<K>];

/**
 * A message by key with the figures it quotes. A key the language files lack, a parameter left out and a
 * misspelt one are compile errors: the parameter names are read from the templates (catalogue.ts).
 */
export function msg<K extends MessageKey>(key: K, ...args: ArgsOf<K>): Message {
  return { key, args: args[0] ?? {} };
}
