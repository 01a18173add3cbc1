/**
 * The small part of the Excel JavaScript API that the adapter uses, as structural interfaces.
 *
 * The adapter is written against these, not against `Excel.*` directly, so that:
 *  - the strict fake in tests/fakes implements exactly this surface (the compiler says so), and
 *  - the real `Excel.RequestContext` is checked to satisfy it (see `RealExcelFits` below), so the task pane
 *    can pass `Excel.run` unchanged.
 * Methods use method syntax on purpose: their parameters are compared bivariantly, as Office's own
 * overloaded declarations need.
 */

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlLoadable {
  load(propertyNames: string | string[]): unknown;
}

export interface XlNullable {
  readonly isNullObject: boolean;
}

export interface XlFill extends XlLoadable {
  color: string;
  clear(): void;
}

export interface XlFont {
  bold: boolean;
}

export interface XlRangeFormat extends XlLoadable {
  readonly fill: XlFill;
  readonly font: XlFont;
  /** Points. */
  columnWidth: number;
  /** Only meant to be set to true (ExcelApi 1.7). */
  useStandardWidth: boolean;
  /** Points. */
  rowHeight: number;
  /** Only meant to be set to true (ExcelApi 1.7). */
  useStandardHeight: boolean;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export interface XlPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

/** A drop-down list rule (Excel's DataValidationRule has more kinds; the adapter sets only this one). */
export interface XlListRule {
  list?: { inCellDropDown: boolean; source: unknown };
}

export interface XlDataValidation extends XlLoadable {
  prompt: XlPrompt;
  rule: XlListRule;
  readonly type: string;
  clear(): void;
}

export interface XlHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** What `getCellProperties({ format: { fill: { color: true } } })` returns per cell. */
export interface XlCellFill {
  format?: { fill?: { color?: string } };
}

export interface XlRange extends XlLoadable, XlNullable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  get numberFormat(): unknown[][];
  /** A 2-D array, or one format for every cell of the range (Excel's "single input copy"). */
  set numberFormat(v: unknown[][] | string);
  formulas: unknown[][];
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  hyperlink: XlHyperlink;
  clear(applyTo: "All" | "Formats" | "Contents"): void;
  getAbsoluteResizedRange(numRows: number, numColumns: number): XlRange;
  getIntersection(anotherRange: XlRange | string): XlRange;
  getCellProperties(options: { format: { fill: { color: true } } }): XlClientResult<XlCellFill[][]>;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange;
  getSpecialCellsOrNullObject(
    cellType: "Formulas" | "Constants",
    cellValueType?: "Numbers"
  ): XlRangeAreas;
  /** `context.trackedObjects.remove(this)`: a range used in one request only needs no reference kept. */
  untrack(): XlRange;
}

export interface XlRangeCollection extends XlLoadable {
  readonly items: XlRange[];
}

export interface XlRangeAreas extends XlLoadable, XlNullable {
  readonly address: string;
  readonly areas: XlRangeCollection;
  readonly format: XlRangeFormat;
  untrack(): XlRangeAreas;
}

export interface XlNote extends XlLoadable, XlNullable {
  content: string;
  delete(): void;
  getLocation(): XlRange;
}

export interface XlNoteCollection {
  add(cellAddress: XlRange | string, content: string): XlNote;
  getCount(): XlClientResult<number>;
  getItemAt(index: number): XlNote;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlComment extends XlLoadable {
  content: string;
  delete(): void;
  getLocation(): XlRange;
}

export interface XlCommentCollection {
  add(cellAddress: XlRange | string, content: string): XlComment;
  getCount(): XlClientResult<number>;
  getItemAt(index: number): XlComment;
}

export interface XlChartTitle {
  text: string;
}

export interface XlChart {
  readonly title: XlChartTitle;
}

export interface XlChartCollection {
  add(type: "ColumnClustered", sourceData: XlRange, seriesBy: "Columns"): XlChart;
}

export interface XlFreezePanes {
  freezeRows(count: number): void;
}

export interface XlProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlWorksheet extends XlLoadable, XlNullable {
  name: string;
  position: number;
  visibility: string;
  readonly protection: XlProtection;
  readonly notes: XlNoteCollection;
  readonly comments: XlCommentCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlFreezePanes;
  delete(): void;
  getRange(address: string): XlRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): XlRange;
  getRanges(address: string): XlRangeAreas;
  getUsedRange(valuesOnly: boolean): XlRange;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  add(name: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly notes: XlNoteCollection;
  readonly comments: XlCommentCollection;
  readonly protection: XlProtection;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** `Excel.run` as the adapter uses it: one batch function, one request context. */
export type RunFn = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported` as the adapter uses it. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * Compile-time proof that the real Office.js types fit this surface: if Office changes a signature the
 * adapter relies on, this line stops compiling. No code is emitted for it.
 */
type Fits<A, B> = A extends B ? true : false;
export type RealExcelFits = [
  Fits<Excel.RequestContext, XlContext>,
  Fits<typeof Excel.run, RunFn>,
  Fits<typeof Office.context.requirements.isSetSupported, IsSetSupported>,
];
export const REAL_EXCEL_FITS: RealExcelFits = [true, true, true];
