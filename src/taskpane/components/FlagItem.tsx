import * as React from "react";
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATUS } from "../../engine/plan/review-sheet";
import { format, reviewStatusLabel, type Strings } from "../i18n";
import type { FlagView } from "../state/flags";
import { formatTime } from "../state/numbers";
import { SEVERITY_EDGES } from "./styles";

export interface FlagItemProps {
  readonly strings: Strings;
  readonly flag: FlagView;
  readonly open: boolean;
  readonly buttonRef: (element: HTMLButtonElement | null) => void;
  readonly onOpen: () => void;
  readonly onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
  /** The review form, shown under the open flag. */
  readonly children?: React.ReactNode;
}

const useStyles = makeStyles({
  item: { listStyleType: "none", margin: 0, padding: 0 },
  button: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: "4px solid transparent",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  open: { backgroundColor: tokens.colorNeutralBackground1Selected },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
  place: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  message: { display: "block", marginTop: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  review: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

function statusColour(status: string): "informative" | "brand" | "danger" | "success" {
  if (status === STATUS.confirmed) return "brand";
  if (status === STATUS.rejected) return "danger";
  if (status === STATUS.fixed) return "success";
  return "informative";
}

/** One flag: where, its review status, its message with the figures; opened, the review form under it. */
export function FlagItem({
  strings,
  flag,
  open,
  buttonRef,
  onOpen,
  onKeyDown,
  children,
}: FlagItemProps): React.JSX.Element {
  const styles = useStyles();
  const formId = `flag-form-${flag.id}`;
  return (
    <li className={styles.item}>
      <button
        type="button"
        ref={buttonRef}
        className={mergeClasses(styles.button, open && styles.open)}
        style={{ borderLeftColor: SEVERITY_EDGES[flag.severity] }}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        data-flag-id={flag.id}
        onClick={onOpen}
        onKeyDown={onKeyDown}
      >
        <span className={styles.top}>
          <span className={styles.place}>{`${flag.sheet}!${flag.cell}`}</span>
          <Badge size="small" appearance="tint" color={statusColour(flag.status)}>
            {reviewStatusLabel(strings, flag.status)}
          </Badge>
        </span>
        <span className={styles.message}>{flag.message}</span>
        {(flag.reviewer !== "" || flag.comment !== "") && (
          <Caption1 className={styles.review}>
            {flag.comment !== "" && `${flag.comment} — `}
            {format(strings.reviewedBy, { reviewer: flag.reviewer, time: formatTime(flag.time) })}
          </Caption1>
        )}
      </button>
      {open && <div id={formId}>{children}</div>}
    </li>
  );
}
