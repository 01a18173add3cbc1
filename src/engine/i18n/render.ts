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

export function render(message: Message, lang: Lang): string {
  const entry = lookup(message.key);
  if (!entry) throw new Error(`no message for key ${message.key}`);
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.args[name];
    return value === undefined ? whole : String(value);
  });
}

export function msg(key: string, args: Record<string, string | number> = {}): Message {
  return { key, args };
}
