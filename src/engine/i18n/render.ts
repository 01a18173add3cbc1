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
 * Templates split at their {name} placeholders, once each: text at even indexes, names at odd ones.
 * Every row's explanation is rendered, from a few dozen templates.
 */
const splitTemplates = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (!parts) splitTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

export function render(message: Message, lang: Lang): string {
  const template = lookup(message.key, lang);
  if (template === undefined) throw new Error(`no message for key ${message.key}`);
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = message.args[parts[i]];
    out +=
      (value === undefined
        ? `{${parts[i]}}`
        : typeof value === "object"
          ? value[lang]
          : String(value)) + parts[i + 1];
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
