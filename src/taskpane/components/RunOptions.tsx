import * as React from "react";
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BudgetDenominator } from "../../engine";
import { presetTitle, type Language, type Strings } from "../i18n";
import {
  type ChoicesAction,
  DENOMINATORS,
  type RunChoices,
  asOfFor,
  presetOptions,
} from "../state/options";

export interface RunOptionsProps {
  readonly strings: Strings;
  readonly language: Language;
  readonly choices: RunChoices;
  readonly disabled: boolean;
  readonly onChange: (action: ChoicesAction) => void;
}

const useStyles = makeStyles({
  fieldset: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  date: { maxWidth: "12em" },
  /** A long option (an English rule-set name) must not widen the pane: the box keeps the pane's width. */
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  selectBox: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  field: { minWidth: 0 },
  details: { marginTop: `-${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground3 },
  summary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  description: { display: "block", paddingTop: tokens.spacingVerticalXXS },
  hint: { display: "block", paddingLeft: "32px", color: tokens.colorNeutralForeground3 },
});

function denominatorLabel(strings: Strings, d: BudgetDenominator): string {
  return d === "adjusted"
    ? strings.denominatorAdjusted
    : d === "initial"
      ? strings.denominatorInitial
      : strings.denominatorAvailable;
}

function isDenominator(value: string): value is BudgetDenominator {
  return (DENOMINATORS as readonly string[]).includes(value);
}

/** Rule set, execution denominator, as-of date and output choices of a run. */
export function RunOptions({
  strings,
  language,
  choices,
  disabled,
  onChange,
}: RunOptionsProps): React.JSX.Element {
  const styles = useStyles();
  const presets = presetOptions(language);
  const chosen = presets.find((p) => p.name === choices.ruleSetName);
  const badDate = asOfFor(choices) === null;
  return (
    <>
      <Field label={strings.ruleSetLabel} className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.selectBox }}
          value={choices.ruleSetName}
          disabled={disabled}
          onChange={(_, data) => onChange({ type: "ruleSet", name: data.value })}
        >
          {presets.map((p) => (
            <option key={p.name} value={p.name}>
              {presetTitle(language, p.name)}
            </option>
          ))}
        </Select>
      </Field>
      {chosen?.description && (
        // The rule set's parameters, a paragraph long: one line until asked for, so the Run button stays in view.
        <details className={styles.details}>
          <summary className={styles.summary}>{strings.ruleSetDetails}</summary>
          <Caption1 className={styles.description}>{chosen.description}</Caption1>
        </details>
      )}
      <Field label={strings.denominatorLabel} className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.selectBox }}
          value={choices.denominator}
          disabled={disabled}
          onChange={(_, data) => {
            if (isDenominator(data.value)) onChange({ type: "denominator", value: data.value });
          }}
        >
          {DENOMINATORS.map((d) => (
            <option key={d} value={d}>
              {denominatorLabel(strings, d)}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Checkbox
          label={strings.asOfToggle}
          checked={choices.asOfEnabled}
          disabled={disabled}
          onChange={(_, data) => onChange({ type: "asOfEnabled", value: data.checked === true })}
        />
        {choices.asOfEnabled ? (
          <Field
            label={strings.asOfLabel}
            validationState={badDate ? "error" : "none"}
            validationMessage={badDate ? strings.asOfInvalid : undefined}
          >
            <Input
              className={styles.date}
              type="date"
              value={choices.asOf}
              disabled={disabled}
              onChange={(_, data) => onChange({ type: "asOf", value: data.value })}
            />
          </Field>
        ) : (
          <Caption1 className={styles.hint}>{strings.asOfHint}</Caption1>
        )}
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{strings.outputLegend}</legend>
        <Checkbox
          label={strings.formulasOption}
          checked={choices.formulas}
          disabled={disabled}
          onChange={(_, data) => onChange({ type: "formulas", value: data.checked === true })}
        />
        <Checkbox
          label={strings.fillScoresOption}
          checked={choices.fillScores}
          disabled={disabled}
          onChange={(_, data) => onChange({ type: "fillScores", value: data.checked === true })}
        />
      </fieldset>
    </>
  );
}
