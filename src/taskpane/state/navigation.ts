// Previous / next through the listed flags, by buttons or keys.

export type NavigationKey = "ArrowUp" | "ArrowDown" | "Home" | "End";

export function isNavigationKey(key: string): key is NavigationKey {
  return key === "ArrowUp" || key === "ArrowDown" || key === "Home" || key === "End";
}

/** The flag one step away (clamped at the ends); the first (or last) when none is open or the open one is filtered out. */
export function stepFlag(
  ids: readonly string[],
  current: string | null,
  delta: 1 | -1
): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index < 0) return delta > 0 ? (ids[0] as string) : (ids[ids.length - 1] as string);
  return ids[Math.min(ids.length - 1, Math.max(0, index + delta))] as string;
}

export function navigate(
  ids: readonly string[],
  current: string | null,
  key: NavigationKey
): string | null {
  switch (key) {
    case "ArrowUp":
      return stepFlag(ids, current, -1);
    case "ArrowDown":
      return stepFlag(ids, current, 1);
    case "Home":
      return ids[0] ?? null;
    case "End":
      return ids[ids.length - 1] ?? null;
  }
}

/** 1-based position of the open flag among the listed ones, for "3 of 5"; index 0 when it is not listed. */
export function positionOf(
  ids: readonly string[],
  current: string | null
): { index: number; count: number } {
  return { index: current === null ? 0 : ids.indexOf(current) + 1, count: ids.length };
}

export function canStep(ids: readonly string[], current: string | null, delta: 1 | -1): boolean {
  const next = stepFlag(ids, current, delta);
  return next !== null && next !== current;
}
