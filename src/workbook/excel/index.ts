export {
  ExcelWorkbookPort,
  officeWorkbookPort,
  type ExcelPortOptions,
  type PortStats,
} from "./port";
export {
  WorkbookError,
  isWorkbookError,
  type WorkbookErrorCode,
  type LocalizedText,
} from "./errors";
export { detectFeatures, type Features, type NoteChannel } from "./features";
export type { RunFn, IsSetSupported, XlContext } from "./api";
export type { ReadStats } from "./read";
export type { WriteStats, PlanInput } from "./write";
