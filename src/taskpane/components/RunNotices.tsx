import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { Notices } from "../session/contract";

/** What a run or an undo did that the person should know (their own sheet kept, cells left), as text. */
export function RunNotices({
  strings,
  notices,
}: {
  readonly strings: Strings;
  readonly notices: Notices;
}): React.JSX.Element | null {
  if (notices.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="run-notices">
      <MessageBarBody>
        <MessageBarTitle>{strings.noticesHeading}</MessageBarTitle>
        <ul>
          {notices.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
