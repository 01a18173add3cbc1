import * as React from "react";
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATUS } from "../../engine";
import { flagCodeLabel, format, reviewStatusLabel, type Language, type Strings } from "../i18n";
import type { FlagView } from "../state/flags";
import { formatTime } from "../state/numbers";
import { SEVERITY_EDGES } from "./styles";

export interface FlagItemProps {
  readonly strings: Strings;
  readonly language: Language;
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
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  place: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
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

/**
 * One flag, titled by what it is about (the indicator's level path or the budget line), its review status,
 * the cell, its message with the figures; the code is in the tooltip. Opened, the review form under it.
 */
export function FlagItem({
  strings,
  language,
  flag,
  open,
  buttonRef,
  onOpen,
  onKeyDown,
  children,
}: FlagItemProps): React.JSX.Element {
  const styles = useStyles();
  const place = `${flag.sheet}!${flag.cell}`;
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
        title={format(strings.codeTooltip, { code: flag.code })}
        onClick={onOpen}
        onKeyDown={onKeyDown}
      >
        <span className={styles.top}>
          <span className={styles.title} data-testid="flag-title">
            {flag.subject ?? flagCodeLabel(language, flag.code)}
          </span>
          <Badge size="small" appearance="tint" color={statusColour(flag.status)}>
            {reviewStatusLabel(strings, flag.status)}
          </Badge>
        </span>
        <Caption1 className={styles.place}>{place}</Caption1>
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
