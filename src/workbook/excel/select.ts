/**
 * Shows a flagged cell to the person in Excel: its worksheet activated and the cell selected, in one request.
 * Written against the few members it needs, so that a fake can stand in for Excel in tests.
 */

export interface SelectRange {
  select(): void;
}

export interface SelectWorksheet {
  activate(): void;
  getRange(address: string): SelectRange;
}

export interface SelectContext {
  readonly workbook: { readonly worksheets: { getItem(name: string): SelectWorksheet } };
  sync(): Promise<unknown>;
}

/** `Excel.run` as selectCell uses it. */
export type SelectRunFn = <T>(batch: (context: SelectContext) => Promise<T>) => Promise<T>;

export async function selectCell(run: SelectRunFn, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** Compile-time proof that the real Office.js types fit (no code is emitted for it). */
type Fits<A, B> = A extends B ? true : false;
export type RealSelectFits = [
  Fits<Excel.RequestContext, SelectContext>,
  Fits<typeof Excel.run, SelectRunFn>,
];
export const REAL_SELECT_FITS: RealSelectFits = [true, true];
