import * as React from "react";
import {
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type Evaluation, render } from "../../engine";
import { format, severityLabel } from "../i18n";
import type { BrowserSession } from "../session/contract";
import {
  type PreviewFlag,
  firstScoredSheet,
  nameColumns,
  previewModel,
  previewSheetNames,
} from "../state/preview";
import type { Workbench } from "../useWorkbench";
import { SEVERITY_EDGES, SEVERITY_FILLS, useSharedStyles } from "./styles";

const useStyles = makeStyles({
  scroller: {
    // Positioned, so that the screen-reader text in cells (absolutely placed) is clipped here too.
    position: "relative",
    overflow: "auto",
    // Pixels, not vh: a full-page screenshot grows the viewport, and the preview would grow with it.
    maxHeight: "440px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    width: "max-content",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: "2px 4px",
    borderRight: "1px solid #E0E0E0",
    borderBottom: "1px solid #E0E0E0",
    verticalAlign: "top",
  },
  /** A cell's text: wraps at a readable width instead of stretching the column. */
  text: {
    display: "block",
    minWidth: "2em",
    maxWidth: "11em",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    minWidth: "2em",
  },
  corner: { left: 0, zIndex: 3 },
  /** An indicator-name column: stays at the left while the sheet scrolls sideways under it. */
  pinned: {
    position: "sticky",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  pinnedHead: { zIndex: 3 },
  /** Narrower text in pinned columns, so that the cell they name still has room at 350 px. */
  pinnedText: { maxWidth: "3.5em" },
  flagged: { boxShadow: "inset 0 0 0 2px var(--jixiao-edge)" },
  target: { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-3px" },
});

export interface PreviewPanelProps {
  readonly workbench: Workbench;
  readonly session: BrowserSession;
  readonly evaluation: Evaluation | null;
}

/** Browser mode: the workbook as it is now, one sheet at a time, flagged cells shaded with their messages. */
export function PreviewPanel({
  workbench: w,
  session,
  evaluation,
}: PreviewPanelProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { strings, language, previewTarget, workbookVersion } = w;
  // The session's grids change in place of the old ones after each run, review or undo.
  const grids = React.useMemo(() => session.grids(), [session, workbookVersion]);
  const names = previewSheetNames(grids);
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const sheet =
    previewTarget?.sheet ??
    (chosen && names.includes(chosen) ? chosen : firstScoredSheet(names, evaluation));
  const grid = grids.find((g) => g.sheet === sheet);
  const scroller = React.useRef<HTMLDivElement>(null);

  const flags: PreviewFlag[] = React.useMemo(
    () =>
      (evaluation?.flags ?? []).map((f) => ({
        sheet: f.sheet,
        cell: f.cell,
        severity: f.severity,
        message: render(f.message, language),
      })),
    [evaluation, language]
  );
  const model = React.useMemo(() => (grid ? previewModel(grid, flags) : undefined), [grid, flags]);
  const targetCell =
    previewTarget && previewTarget.sheet === sheet ? previewTarget.cell : undefined;
  const pinnedColumns = React.useMemo(
    () => (sheet ? nameColumns(evaluation, sheet) : []),
    [evaluation, sheet]
  );
  // Each pinned column's left offset: the row numbers and the pinned columns before it, as rendered.
  const [pinLeft, setPinLeft] = React.useState<Record<string, number>>({});
  React.useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || pinnedColumns.length === 0) {
      setPinLeft({});
      return;
    }
    const width = (selector: string): number =>
      box.querySelector(selector)?.getBoundingClientRect().width ?? 0;
    let left = width("thead th:first-child");
    const next: Record<string, number> = {};
    for (const c of pinnedColumns) {
      next[c] = left;
      left += width(`thead th[data-col="${c}"]`);
    }
    setPinLeft(next);
  }, [pinnedColumns, model]);
  const columnOf = (address: string): string => /^[A-Z]+/.exec(address)?.[0] ?? "";
  const pinStyle = (column: string): React.CSSProperties | undefined =>
    pinLeft[column] === undefined ? undefined : { left: pinLeft[column] };

  React.useEffect(() => {
    const box = scroller.current;
    const cell = targetCell ? box?.querySelector(`[data-cell="${targetCell}"]`) : null;
    if (!box || !cell) return;
    // Scroll the preview only (the page stays where the person left it): the cell's row to the middle,
    // and sideways no further than needed; the indicator's name columns are pinned at the left.
    box.scrollLeft = 0;
    const boxRect = box.getBoundingClientRect();
    const cellRect = cell.getBoundingClientRect();
    box.scrollTop += cellRect.top - boxRect.top - (box.clientHeight - cellRect.height) / 2;
    const overRight = cellRect.right - boxRect.left - box.clientWidth + 8;
    // With name columns pinned, the cell goes right beside them (no sliver of a half-hidden column between);
    // never so far that it slides under them.
    const lastPinned = pinnedColumns[pinnedColumns.length - 1];
    const pinnedHead = lastPinned ? box.querySelector(`thead th[data-col="${lastPinned}"]`) : null;
    const pinnedRight = pinnedHead ? pinnedHead.getBoundingClientRect().right - boxRect.left : 0;
    const underPinned = cellRect.left - boxRect.left - pinnedRight;
    if (overRight > 0) box.scrollLeft = Math.max(0, lastPinned ? underPinned : overRight);
  }, [targetCell, model, pinLeft, pinnedColumns]);

  return (
    <section className={shared.panel} aria-labelledby="preview-heading">
      <Subtitle2 as="h2" id="preview-heading" className={shared.heading}>
        {strings.previewHeading}
      </Subtitle2>
      <Field label={strings.sheetLabel}>
        <Select
          value={sheet ?? ""}
          onChange={(_, data) => {
            setChosen(data.value);
            w.clearPreviewTarget();
          }}
        >
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 className={shared.muted}>{strings.previewLegend}</Caption1>
      {model && model.totalRows > model.rows.length && (
        <Caption1>
          {format(strings.previewTruncated, { total: model.totalRows, shown: model.rows.length })}
        </Caption1>
      )}
      {model && model.totalCols > model.columns.length && (
        <Caption1>
          {format(strings.previewColsTruncated, {
            total: model.totalCols,
            shown: model.columns.length,
          })}
        </Caption1>
      )}
      {!model || model.rows.length === 0 ? (
        <Caption1>{strings.previewEmpty}</Caption1>
      ) : (
        <div
          className={styles.scroller}
          ref={scroller}
          tabIndex={0}
          role="region"
          aria-label={format(strings.previewTableLabel, { sheet: model.sheet })}
        >
          <table
            className={styles.table}
            data-testid="preview-table"
            data-sheet={model.sheet}
            aria-label={format(strings.previewTableLabel, { sheet: model.sheet })}
          >
            <thead>
              <tr>
                <th
                  className={mergeClasses(styles.cell, styles.head, styles.rowHead, styles.corner)}
                  aria-hidden="true"
                />
                {model.columns.map((c) => (
                  <th
                    key={c}
                    scope="col"
                    data-col={c}
                    className={mergeClasses(
                      styles.cell,
                      styles.head,
                      pinnedColumns.includes(c) && mergeClasses(styles.pinned, styles.pinnedHead)
                    )}
                    style={pinStyle(c)}
                  >
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.number}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                    {row.number}
                  </th>
                  {row.cells.map((cell) => {
                    const severity = cell.severity;
                    // A cell merged across columns is not pinned: it would cover the columns it spans.
                    const pinned =
                      cell.colSpan <= 1 && pinnedColumns.includes(columnOf(cell.address));
                    const style: React.CSSProperties & Record<string, string | number> = {
                      ...(pinned ? pinStyle(columnOf(cell.address)) : {}),
                    };
                    if (severity) {
                      style.backgroundColor = SEVERITY_FILLS[severity];
                      style["--jixiao-edge"] = SEVERITY_EDGES[severity];
                    } else if (cell.fill) {
                      style.backgroundColor = cell.fill;
                    }
                    return (
                      <td
                        key={cell.address}
                        rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                        colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                        className={mergeClasses(
                          styles.cell,
                          pinned && styles.pinned,
                          severity && styles.flagged,
                          cell.address === targetCell && styles.target
                        )}
                        style={style}
                        title={cell.messages.length ? cell.messages.join("\n") : undefined}
                        data-cell={cell.address}
                        data-severity={severity}
                      >
                        <span className={mergeClasses(styles.text, pinned && styles.pinnedText)}>
                          {cell.text}
                        </span>
                        {severity && (
                          <span className={shared.visuallyHidden}>
                            {format(strings.flaggedCell, {
                              severity: severityLabel(strings, severity),
                              message: cell.messages.join(strings.listSeparator),
                            })}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
