/** The languages: one catalogue file each, registered here with one line. The first is the default. */

import type { Catalogue } from "../catalogue";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export const CATALOGUES = {
  "zh-CN": zhCN,
  "en-US": enUS,
} as const satisfies Readonly<Record<string, Catalogue>>;

export type Lang = keyof typeof CATALOGUES;

export const LANGS = Object.keys(CATALOGUES) as readonly Lang[];
