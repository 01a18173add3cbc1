import * as React from "react";
import { Button, Field } from "@fluentui/react-components";
import { format, type Strings } from "../i18n";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface WorkbookPickerProps {
  readonly strings: Strings;
  readonly file: File | undefined;
  readonly missing: boolean;
  readonly disabled: boolean;
  /** The visible "choose file" button, so that the panel can move focus to it. */
  readonly buttonRef: React.RefObject<HTMLButtonElement>;
  readonly onChange: (file: File | undefined) => void;
}

/**
 * Browser mode: a Fluent button in the user's language opens the (hidden) native file input, whose
 * own "Choose File" text would follow the browser's UI language instead. The Field gives the label,
 * the hint with the chosen file's name and the validation message.
 */
export function WorkbookPicker(props: WorkbookPickerProps): React.JSX.Element {
  const { strings, file, missing, disabled, buttonRef, onChange } = props;
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <Field
      label={strings.fileLabel}
      hint={file ? format(strings.fileChosen, { name: file.name }) : strings.fileHint}
      validationState={missing ? "error" : "none"}
      validationMessage={missing ? strings.fileMissing : undefined}
    >
      {(fieldProps) => (
        <div>
          <Button
            {...fieldProps}
            // Named by the field's label and its own text: "工作簿文件 选择文件…".
            aria-labelledby={[fieldProps["aria-labelledby"], fieldProps.id].filter(Boolean).join(" ")}
            ref={buttonRef}
            disabled={disabled}
            onClick={() => input.current?.click()}
          >
            {strings.chooseFile}
          </Button>
          <input
            ref={input}
            type="file"
            accept={XLSX_ACCEPT}
            hidden
            tabIndex={-1}
            onChange={(event) => onChange(event.currentTarget.files?.[0])}
          />
        </div>
      )}
    </Field>
  );
}
