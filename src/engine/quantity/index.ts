/** The value grammar: target and actual texts read into typed quantities (see parse.ts for the grammar). */

export type * from "./types";
export { parseQuantity, parseWithColumns } from "./parse";
export type { CellInput, UnreadableReason } from "./parse";
export { describeQuantity, describeValue } from "./describe";
export type { Lang } from "../i18n/languages";
export { formatNumber, formatFixed, roundTo } from "./format";
export { sameDimension, unitFactor, toUnit, fromUnit } from "./units";
export { adoptUnit, asBoolean, asGrade, comparable, signedGrowth } from "./compare";
export { resolveYear, serialToIso } from "./dates";
export { normalize } from "./normalize";
