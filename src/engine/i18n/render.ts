import type { Lang, Message } from "../model";

/** A catalogue maps message keys to templates whose {name} placeholders take the message's args. */
export type Catalogue = Record<string, { "zh-CN": string; "en-US": string }>;

const catalogues: Catalogue[] = [];

/** Each module registers its own messages once, at load time. */
export function registerMessages(catalogue: Catalogue): void {
  catalogues.push(catalogue);
}

function lookup(key: string): Catalogue[string] | undefined {
  for (const c of catalogues) {
    const entry = c[key];
    if (entry) return entry;
  }
  return undefined;
}

export function hasMessage(key: string): boolean {
  return lookup(key) !== undefined;
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
  const entry = lookup(message.key);
  if (!entry) throw new Error(`no message for key ${message.key}`);
  const parts = templateParts(entry[lang]);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = message.args[parts[i]];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1];
  }
  return out;
}

export function msg(key: string, args: Record<string, string | number> = {}): Message {
  return { key, args };
}
