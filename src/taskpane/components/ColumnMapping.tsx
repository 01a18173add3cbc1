import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { areaA1, columnMapping, type Evaluation, FIELD_NAMES } from "../../engine";
import { format, type Language, type Strings } from "../i18n";

const useStyles = makeStyles({
  summary: { cursor: "pointer", color: tokens.colorNeutralForeground2 },
  table: { marginTop: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Which header each table's fields were read from: what the engine took for what, for a person to check. */
export function ColumnMapping({
  strings,
  language,
  evaluation,
}: {
  readonly strings: Strings;
  readonly language: Language;
  readonly evaluation: Evaluation;
}): React.JSX.Element | null {
  const styles = useStyles();
  if (evaluation.tables.length === 0) return null;
  return (
    <details data-testid="column-mapping">
      <summary className={styles.summary}>
        {format(strings.columnsHeading, { count: evaluation.tables.length })}
      </summary>
      {evaluation.tables.map((t) => {
        const where = `${t.sheet}!${areaA1({ top: t.headerRow, left: t.firstCol, bottom: t.lastRow, right: t.lastCol })}`;
        return (
          <div key={where} className={styles.table}>
            <Caption1>{where}</Caption1>
            <ul className={styles.list}>
              {Object.entries(columnMapping(t)).map(([field, c]) => (
                <li key={field}>
                  <Caption1>
                    {format(strings.columnLine, {
                      field: FIELD_NAMES[field]?.[language] ?? field,
                      column: c.column,
                      header: c.header,
                    })}
                  </Caption1>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </details>
  );
}
