// Ribbon function file (commands.html). The manifest's button opens the task pane; functions for
// ExecuteFunction buttons are registered here. Safe to load outside Office: it then does nothing.

interface AddinCommandEvent {
  completed(): void;
}

interface OfficeCommandsGlobal {
  onReady(callback?: () => void): Promise<unknown>;
  actions?: { associate?(actionId: string, handler: (event: AddinCommandEvent) => void): void };
}

/** Placeholder ribbon action: every ExecuteFunction handler must call `event.completed()`. */
export function action(event: AddinCommandEvent): void {
  event.completed();
}

const ACTIONS: Readonly<Record<string, (event: AddinCommandEvent) => void>> = { action };

function officeGlobal(): OfficeCommandsGlobal | undefined {
  const office = (globalThis as { Office?: unknown }).Office;
  if (typeof office !== "object" || office === null) return undefined;
  return typeof (office as { onReady?: unknown }).onReady === "function"
    ? (office as OfficeCommandsGlobal)
    : undefined;
}

const office = officeGlobal();
if (office) {
  void office.onReady(() => {
    // Nothing to prepare: handlers run on demand.
  });
  const associate = office.actions?.associate;
  if (typeof associate === "function") {
    for (const [id, handler] of Object.entries(ACTIONS))
      associate.call(office.actions, id, handler);
  }
}
