import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { STATUS } from "../../engine/plan/review-sheet";
import type { ReviewStatus } from "../../engine/plan/review-update";
import { format, reviewStatusLabel, type Strings } from "../i18n";
import type { ReviewDecision, ReviewOutcome } from "../run";
import type { FlagView } from "../state/flags";

export interface FlagReviewProps {
  readonly strings: Strings;
  readonly flag: FlagView;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
  readonly onReview: (decision: ReviewDecision) => Promise<ReviewOutcome>;
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
});

type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly status: string }
  | { readonly kind: "failed"; readonly message: string };

/** A supervisor's decision on the open flag: reviewer, comment, 已确认 or 已驳回, saved to 复核清单 at once. */
export function FlagReview({
  strings,
  flag,
  reviewer,
  onReviewerChange,
  onReview,
  locate,
}: FlagReviewProps): React.JSX.Element {
  const styles = useStyles();
  const [comment, setComment] = React.useState(flag.comment);
  const [reviewerMissing, setReviewerMissing] = React.useState(false);
  const [save, setSave] = React.useState<SaveState>({ kind: "idle" });
  const reviewerInput = React.useRef<HTMLInputElement>(null);

  const decide = async (status: ReviewStatus): Promise<void> => {
    if (reviewer.trim() === "") {
      setReviewerMissing(true);
      reviewerInput.current?.focus();
      return;
    }
    setSave({ kind: "saving" });
    const outcome = await onReview({ status, reviewer, comment });
    setSave(outcome.ok ? { kind: "saved", status } : { kind: "failed", message: outcome.message });
  };

  const saving = save.kind === "saving";
  const id = `review-${flag.id}`;
  return (
    <div
      className={styles.form}
      role="group"
      aria-label={`${flag.sheet}!${flag.cell}`}
      data-testid="flag-review"
    >
      <Field
        label={strings.reviewerLabel}
        validationState={reviewerMissing ? "error" : "none"}
        validationMessage={reviewerMissing ? strings.reviewerMissing : undefined}
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
      <Field label={strings.commentLabel}>
        <Textarea
          value={comment}
          resize="vertical"
          onChange={(_, data) => setComment(data.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={saving}
          onClick={() => void decide(STATUS.confirmed)}
        >
          {strings.confirmFlag}
        </Button>
        <Button disabledFocusable={saving} onClick={() => void decide(STATUS.rejected)}>
          {strings.rejectFlag}
        </Button>
        <Button appearance="subtle" onClick={locate.run}>
          {locate.label}
        </Button>
      </div>
      <Body1 aria-live="polite" data-testid="review-status">
        {save.kind === "saving" && strings.saving}
        {save.kind === "saved" &&
          format(strings.saved, { status: reviewStatusLabel(strings, save.status) })}
        {save.kind === "failed" && format(strings.saveFailed, { message: save.message })}
      </Body1>
    </div>
  );
}
