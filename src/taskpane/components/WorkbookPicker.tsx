import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { format, type Strings } from "../i18n";
import { PICKER_ACCEPT } from "../state/files";

export interface WorkbookPickerProps {
  readonly strings: Strings;
  readonly file: File | undefined;
  readonly missing: boolean;
  /** The chosen file is being opened and checked. */
  readonly checking: boolean;
  /** Why the last file was refused (not an .xlsx, the sample could not be loaded). */
  readonly problem: string | undefined;
  readonly disabled: boolean;
  /** The visible "choose file" button, so that the panel can move focus to it. */
  readonly buttonRef: React.RefObject<HTMLButtonElement>;
  readonly onChange: (file: File | undefined) => void;
  readonly onTrySample: () => void;
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  problem: {
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Browser mode: open an .xlsx by the button (a hidden native input does the picking, whose own text would
 * follow the browser's language), by dropping it on the zone, or take the bundled sample.
 */
export function WorkbookPicker(props: WorkbookPickerProps): React.JSX.Element {
  const { strings, file, missing, checking, problem, disabled, buttonRef, onChange, onTrySample } =
    props;
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const error = problem ?? (missing ? strings.fileMissing : undefined);
  const problemBox = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    // Said where the person is looking: focus (and the view) moves to the message.
    if (problem) problemBox.current?.focus();
  }, [problem]);

  const onDrop = (event: React.DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onChange(event.dataTransfer.files[0]);
  };

  return (
    <Field
      label={strings.fileLabel}
      hint={file ? format(strings.fileChosen, { name: file.name }) : undefined}
      // The chooser is marked invalid; the message itself is the alert below, which takes focus.
      validationState={error ? "error" : "none"}
    >
      {(fieldProps) => (
        <div
          className={mergeClasses(styles.zone, dragging && styles.dragging)}
          data-testid="drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <div className={styles.buttons}>
            <Button
              {...fieldProps}
              // Named by the field's label and its own text: "工作簿文件 选择文件…".
              aria-labelledby={[fieldProps["aria-labelledby"], fieldProps.id]
                .filter(Boolean)
                .join(" ")}
              ref={buttonRef}
              disabled={disabled}
              onClick={() => input.current?.click()}
            >
              {strings.chooseFile}
            </Button>
            <Button appearance="subtle" disabled={disabled} onClick={onTrySample}>
              {strings.trySample}
            </Button>
          </div>
          <Caption1 className={styles.hint}>{strings.dropHint}</Caption1>
          <div aria-live="polite">
            {checking && <Caption1>{strings.fileCheckingShort}</Caption1>}
          </div>
          {error && (
            <MessageBar
              intent="error"
              layout="multiline"
              className={styles.problem}
              ref={problemBox}
              tabIndex={-1}
              role="alert"
              data-testid="file-problem"
            >
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <input
            ref={input}
            type="file"
            accept={PICKER_ACCEPT}
            hidden
            tabIndex={-1}
            onChange={(event) => {
              onChange(event.currentTarget.files?.[0]);
              // Picking the same file again must still be seen as a choice.
              event.currentTarget.value = "";
            }}
          />
        </div>
      )}
    </Field>
  );
}
