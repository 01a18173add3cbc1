import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type Evaluation } from "../../engine";
import { format, type Strings } from "../i18n";
import { formatScore, formatWeight } from "../state/numbers";
import { useSharedStyles } from "./styles";

const useStyles = makeStyles({
  wrap: {
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    flexDirection: "column",
    alignItems: "flex-start",
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** A workbook of several forms: each with its total, grade and flags; a click shows that form alone. */
export function FormsList({
  strings,
  evaluation,
  selected,
  onSelect,
}: {
  readonly strings: Strings;
  readonly evaluation: Evaluation;
  readonly selected: string | null;
  readonly onSelect: (formId: string | null) => void;
}): React.JSX.Element | null {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (evaluation.forms.length < 2) return null;
  return (
    <section
      className={mergeClasses(shared.panel, styles.wrap)}
      aria-labelledby="forms-heading"
      data-testid="forms-list"
    >
      <h2 id="forms-heading" className={mergeClasses(shared.heading, shared.headingText)}>
        {strings.formsHeading}
      </h2>
      <Caption1 className={shared.muted}>
        {format(strings.formsHint, { count: evaluation.forms.length })}
      </Caption1>
      <ul className={styles.list}>
        <li>
          <Button
            className={styles.item}
            appearance={selected === null ? "primary" : "subtle"}
            aria-pressed={selected === null}
            onClick={() => onSelect(null)}
            data-testid="form-all"
          >
            {strings.formsAll}
          </Button>
        </li>
        {evaluation.forms.map((f) => (
          <li key={f.id}>
            <Button
              className={styles.item}
              appearance={selected === f.id ? "primary" : "subtle"}
              aria-pressed={selected === f.id}
              onClick={() => onSelect(f.id)}
              data-testid="form-item"
              data-form={f.id}
            >
              <span className={styles.title}>{f.title}</span>
              <Caption1>
                {f.id} ·{" "}
                {format(strings.formsItem, {
                  score: formatScore(f.totals.score),
                  weight: formatWeight(f.totals.weight),
                  grade: f.totals.grade,
                  errors: f.flagCounts.error,
                  warnings: f.flagCounts.warning,
                  infos: f.flagCounts.info,
                })}
              </Caption1>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
