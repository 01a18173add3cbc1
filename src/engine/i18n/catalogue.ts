/** The shape every language file has: the zh-CN catalogue's sections and keys, each a template string. */

import type { zhCN } from "./languages/zh-CN";

type First = typeof zhCN;

export type Catalogue = {
  readonly [S in keyof First]: { readonly [K in keyof First[S]]: string };
};

export type MessageKey = { [S in keyof First]: keyof First[S] & string }[keyof First];
