import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  Link,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReviewStatus, STATUS } from "../../engine";
import { format, reviewStatusLabel, type Strings } from "../i18n";
import type { ReviewDecision, ReviewOutcome } from "../session/contract";
import type { FlagView } from "../state/flags";

export interface FlagReviewProps {
  readonly strings: Strings;
  readonly flag: FlagView;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
  readonly onReview: (decision: ReviewDecision) => Promise<ReviewOutcome>;
  /** Opens the next listed flag (and moves focus to it); false when this is the last one. */
  readonly onNext: () => boolean;
  /** Browser mode: show the cell in the preview. Excel mode: select it again. */
  readonly locate: { readonly label: string; readonly run: () => void };
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  link: { overflowWrap: "anywhere", textAlign: "left" },
});

type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly status: string }
  | { readonly kind: "last"; readonly status: string }
  | { readonly kind: "failed"; readonly message: string };

const DECISIONS: readonly ReviewStatus[] = [STATUS.confirmed, STATUS.rejected];

/** A field's error state: the message shown while the value is missing. */
function missingState(missing: boolean, message: string) {
  return {
    validationState: missing ? ("error" as const) : ("none" as const),
    validationMessage: missing ? message : undefined,
  };
}

function isDecision(value: string): value is ReviewStatus {
  return (DECISIONS as readonly string[]).includes(value);
}

/**
 * A supervisor's decision on the open flag, said as a verb with its meaning (确认问题 / 驳回（无需修改）),
 * reviewer and comment; 保存 or 保存并下一条 writes it to 复核清单 at once.
 */
export function FlagReview({
  strings,
  flag,
  reviewer,
  onReviewerChange,
  onReview,
  onNext,
  locate,
}: FlagReviewProps): React.JSX.Element {
  const styles = useStyles();
  const [comment, setComment] = React.useState(flag.comment);
  const [decision, setDecision] = React.useState<ReviewStatus | null>(
    isDecision(flag.status) ? flag.status : null
  );
  const [reviewerMissing, setReviewerMissing] = React.useState(false);
  const [decisionMissing, setDecisionMissing] = React.useState(false);
  const [save, setSave] = React.useState<SaveState>({ kind: "idle" });
  const reviewerInput = React.useRef<HTMLInputElement>(null);
  const decisionGroup = React.useRef<HTMLDivElement>(null);

  const submit = async (next: boolean): Promise<void> => {
    if (decision === null) {
      setDecisionMissing(true);
      decisionGroup.current?.querySelector("input")?.focus();
      return;
    }
    if (reviewer.trim() === "") {
      setReviewerMissing(true);
      reviewerInput.current?.focus();
      return;
    }
    setSave({ kind: "saving" });
    const outcome = await onReview({ status: decision, reviewer, comment });
    if (!outcome.ok) {
      setSave({ kind: "failed", message: outcome.message });
      return;
    }
    if (next && onNext()) return;
    setSave({ kind: next ? "last" : "saved", status: decision });
  };

  const saving = save.kind === "saving";
  const id = `review-${flag.id}`;
  const place = `${flag.sheet}!${flag.cell}`;
  return (
    <div
      className={styles.form}
      role="group"
      aria-label={flag.subject ?? place}
      data-testid="flag-review"
    >
      <Field
        label={strings.decisionLabel}
        {...missingState(decisionMissing, strings.decisionMissing)}
      >
        <RadioGroup
          ref={decisionGroup}
          value={decision ?? ""}
          onChange={(_, data) => {
            if (isDecision(data.value)) {
              setDecision(data.value);
              setDecisionMissing(false);
            }
          }}
        >
          <Radio
            value={STATUS.confirmed}
            label={{
              children: (
                <>
                  {strings.confirmFlag}
                  <br />
                  <span>{strings.confirmFlagHint}</span>
                </>
              ),
            }}
          />
          <Radio
            value={STATUS.rejected}
            label={{
              children: (
                <>
                  {strings.rejectFlag}
                  <br />
                  <span>{strings.rejectFlagHint}</span>
                </>
              ),
            }}
          />
        </RadioGroup>
      </Field>
      <Field label={strings.commentLabel}>
        <Textarea
          value={comment}
          resize="vertical"
          onChange={(_, data) => setComment(data.value)}
        />
      </Field>
      <Field
        label={strings.reviewerLabel}
        {...missingState(reviewerMissing, strings.reviewerMissing)}
      >
        <Input
          ref={reviewerInput}
          value={reviewer}
          id={`${id}-reviewer`}
          onChange={(_, data) => {
            onReviewerChange(data.value);
            if (data.value.trim() !== "") setReviewerMissing(false);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={saving} onClick={() => void submit(true)}>
          {strings.saveAndNext}
        </Button>
        <Button disabledFocusable={saving} onClick={() => void submit(false)}>
          {strings.saveReview}
        </Button>
      </div>
      <Link
        as="button"
        className={styles.link}
        onClick={locate.run}
        aria-label={`${format(strings.cellLink, { place })} ${locate.label}`}
      >
        {format(strings.cellLink, { place })}
      </Link>
      <Body1 aria-live="polite" data-testid="review-status">
        {save.kind === "saving" && strings.saving}
        {(save.kind === "saved" || save.kind === "last") &&
          format(strings.saved, { status: reviewStatusLabel(strings, save.status) })}
        {save.kind === "last" && ` ${strings.lastFlag}`}
        {save.kind === "failed" && format(strings.saveFailed, { message: save.message })}
      </Body1>
    </div>
  );
}
