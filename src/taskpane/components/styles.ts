import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { type Severity, SEVERITY_FILLS } from "../../engine";

/** Styles several screens share. */
export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
    minWidth: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { margin: 0, outlineOffset: "2px" },
  /** Subtitle2's look, for a heading that must hold a ref (focus moves to it). */
  headingText: { ...typographyStyles.subtitle2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The small tables of the results screen (自评与系统得分, the execution rates): one look for both. */
export const useTableStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: { textAlign: "left", captionSide: "top", color: tokens.colorNeutralForeground3 },
  /** A row header takes its row's weight (a total row is semibold), not a header's bold. */
  cell: {
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    overflowWrap: "anywhere",
    fontWeight: "inherit",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** The fill the add-in gives a flagged cell in the workbook, and a stronger edge for the same severity. */
export const SEVERITY_EDGES: Readonly<Record<Severity, string>> = {
  error: "#C50F1F",
  warning: "#BC8A00",
  info: "#0F6CBD",
};

export { SEVERITY_FILLS };
