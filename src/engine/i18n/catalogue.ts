/** The shape every language file has: the zh-CN catalogue's sections and keys, each a template string. */

import type { zhCN } from "./languages/zh-CN";
import type { CATALOGUES } from "./languages";
import type { ArgValue } from "../model";

type First = typeof zhCN;

export type Catalogue = {
  readonly [S in keyof First]: { readonly [K in keyof First[S]]: string };
};

export type MessageKey = { [S in keyof First]: keyof First[S] & string }[keyof First];

type Registered = typeof CATALOGUES;

/** Key K's template in language L (the catalogue is read as literal text, `as const`). */
type TemplateOf<L extends keyof Registered, K extends MessageKey> = {
  [S in keyof Registered[L]]: K extends keyof Registered[L][S] ? Registered[L][S][K] : never;
}[keyof Registered[L]];

/**
 * The names a template quotes: `{name}`, and `{name|one:…|other:…}` (a plural choice, render.ts). Read by the
 * compiler from the template text, so a parameter a message needs cannot be left out or misspelt.
 */
type Placeholders<T> = T extends `${string}{${infer Body}}${infer Rest}`
  ? (Body extends `${infer Name}|${string}` ? Name : Body) | Placeholders<Rest>
  : never;

/** The names a template chooses plural words by: `{name|one:…|other:…}`. */
type PluralNames<T> = T extends `${string}{${infer Body}}${infer Rest}`
  ? (Body extends `${infer Name}|${string}` ? Name : never) | PluralNames<Rest>
  : never;

/** Every name key K quotes in any language (en-US may quote one zh-CN does not, such as {roleEn}). */
export type ParamName<K extends MessageKey> = {
  [L in keyof Registered]: Placeholders<TemplateOf<L, K>>;
}[keyof Registered];

/** The names of key K that some language counts with: they must be given as numbers. */
type CountName<K extends MessageKey> = {
  [L in keyof Registered]: PluralNames<TemplateOf<L, K>>;
}[keyof Registered];

/** The parameters of message K: each name its templates quote, a text or a figure (a count: a number). */
export type MessageArgs<K extends MessageKey> = {
  readonly [P in ParamName<K>]: P extends CountName<K> ? number : ArgValue;
};
