import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  SearchBox,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type Evaluation, render, type ReviewStatus, type Severity } from "../../engine";
import { flagCodeLabel, format, reviewStatusLabel, severityLabel } from "../i18n";
import type { Reviews } from "../session/contract";
import {
  REVIEW_STATUSES,
  SEVERITIES,
  filterFlags,
  flagViews,
  groupFlags,
  listedOrder,
} from "../state/flags";
import { canStep, isNavigationKey, navigate, positionOf, stepFlag } from "../state/navigation";
import type { Workbench } from "../useWorkbench";
import { FlagItem } from "./FlagItem";
import { FlagReview } from "./FlagReview";
import { useSharedStyles } from "./styles";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  search: { gridColumn: "1 / span 2" },
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  code: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
});

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

function isReviewStatus(value: string): value is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(value);
}

export interface FlagsPanelProps {
  readonly workbench: Workbench;
  readonly evaluation: Evaluation;
  readonly reviews: Reviews;
}

/** The Flags screen: filter and search, grouped by severity and code, previous / next, review of the open flag. */
export function FlagsPanel({
  workbench: w,
  evaluation,
  reviews,
}: FlagsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { strings, language, filter, openFlagId } = w;
  const buttons = React.useRef(new Map<string, HTMLButtonElement>());
  const focusOpened = React.useRef(false);
  const [selectProblem, setSelectProblem] = React.useState<string | undefined>(undefined);

  const views = React.useMemo(
    () => flagViews(evaluation, reviews, (m) => render(m, language)),
    [evaluation, reviews, language]
  );
  const shown = filterFlags(views, filter, (code) => flagCodeLabel(language, code));
  const groups = groupFlags(shown);
  const order = listedOrder(groups);
  const position = positionOf(order, openFlagId);
  const openView = views.find((v) => v.id === openFlagId);

  const open = (id: string | null, focus = false): void => {
    // Already open (e.g. by 保存并下一条): the effect below will not run again, so focus it here.
    if (focus && id !== null && id === openFlagId) buttons.current.get(id)?.focus();
    w.openFlag(id);
    focusOpened.current = focus;
    setSelectProblem(undefined);
    const view = views.find((v) => v.id === id);
    if (view) {
      void w.selectCell({ sheet: view.sheet, cell: view.cell }).then((outcome) => {
        if (!outcome.ok)
          setSelectProblem(format(strings.selectFailed, { message: outcome.message }));
      });
    }
  };

  const mounted = React.useRef(false);
  React.useEffect(() => {
    // Coming back to this screen, the page's scroll place is restored (Workbench): do not move it.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (openFlagId === null) return;
    const button = buttons.current.get(openFlagId);
    button?.scrollIntoView?.({ block: "nearest" });
    if (focusOpened.current) button?.focus();
    focusOpened.current = false;
  }, [openFlagId]);

  const onItemKey = (event: React.KeyboardEvent<HTMLButtonElement>, id: string): void => {
    if (!isNavigationKey(event.key)) return;
    event.preventDefault();
    const next = navigate(order, id, event.key);
    if (next !== null && next !== id) open(next, true);
  };

  const locate = (sheet: string, cell: string) =>
    w.host.kind === "excel"
      ? { label: strings.selectInExcel, run: () => open(openFlagId) }
      : { label: strings.showInPreview, run: () => w.showInPreview({ sheet, cell }) };

  return (
    <section className={shared.panel} aria-labelledby="flags-heading">
      <Subtitle2 as="h2" id="flags-heading" className={shared.heading}>
        {strings.flagsHeading}
      </Subtitle2>
      {views.length === 0 ? (
        <Body1>{strings.noFlags}</Body1>
      ) : (
        <>
          <div className={styles.filters}>
            <Field label={strings.searchLabel} className={styles.search}>
              <SearchBox
                value={filter.search}
                dismiss={{ "aria-label": strings.clearSearch, title: strings.clearSearch }}
                placeholder={strings.searchPlaceholder}
                onChange={(_, data) => w.setFilter({ ...filter, search: data.value })}
              />
            </Field>
            <Field label={strings.severityFilter}>
              <Select
                value={filter.severity}
                onChange={(_, data) =>
                  w.setFilter({ ...filter, severity: isSeverity(data.value) ? data.value : "all" })
                }
              >
                <option value="all">{strings.filterAll}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {severityLabel(strings, s)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={strings.statusFilter}>
              <Select
                value={filter.status}
                onChange={(_, data) =>
                  w.setFilter({
                    ...filter,
                    status: isReviewStatus(data.value) ? data.value : "all",
                  })
                }
              >
                <option value="all">{strings.filterAll}</option>
                {REVIEW_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {reviewStatusLabel(strings, s)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Caption1 aria-live="polite" data-testid="shown-count">
            {format(strings.shownCount, { shown: shown.length, total: views.length })}
          </Caption1>
          <div className={styles.nav} role="toolbar" aria-label={strings.flagListLabel}>
            <Button
              size="small"
              disabled={!canStep(order, openFlagId, -1)}
              onClick={() => open(stepFlag(order, openFlagId, -1))}
            >
              {strings.previousFlag}
            </Button>
            <Caption1 aria-live="polite">
              {position.index > 0 ? format(strings.flagPosition, position) : ""}
            </Caption1>
            <Button
              size="small"
              disabled={!canStep(order, openFlagId, 1)}
              onClick={() => open(stepFlag(order, openFlagId, 1))}
            >
              {strings.nextFlag}
            </Button>
          </div>
          {selectProblem && <Caption1 role="alert">{selectProblem}</Caption1>}
          {shown.length === 0 && <Body1>{strings.noMatch}</Body1>}
          {groups.map((g) => (
            <section
              key={g.severity}
              aria-labelledby={`severity-${g.severity}`}
              data-severity={g.severity}
            >
              <Subtitle2 as="h3" id={`severity-${g.severity}`} className={shared.heading}>
                {format(strings.counted, {
                  name: severityLabel(strings, g.severity),
                  count: g.count,
                })}
              </Subtitle2>
              {g.codes.map((c) => (
                <div key={c.code}>
                  <h4
                    className={styles.code}
                    data-code={c.code}
                    title={format(strings.codeTooltip, { code: c.code })}
                  >
                    {format(strings.counted, {
                      name: flagCodeLabel(language, c.code),
                      count: c.items.length,
                    })}
                  </h4>
                  <ul className={styles.list} aria-label={flagCodeLabel(language, c.code)}>
                    {c.items.map((v) => (
                      <FlagItem
                        key={v.id}
                        strings={strings}
                        language={language}
                        flag={v}
                        open={v.id === openFlagId}
                        buttonRef={(el) => {
                          if (el) buttons.current.set(v.id, el);
                          else buttons.current.delete(v.id);
                        }}
                        onOpen={() => open(v.id === openFlagId ? null : v.id)}
                        onKeyDown={(event) => onItemKey(event, v.id)}
                      >
                        {openView && openView.id === v.id && (
                          <FlagReview
                            key={v.id}
                            strings={strings}
                            flag={openView}
                            reviewer={w.reviewer}
                            onReviewerChange={w.setReviewer}
                            onReview={(decision) => w.review(v.id, decision)}
                            onNext={() => {
                              const next = stepFlag(order, v.id, 1);
                              if (next === null || next === v.id) return false;
                              open(next, true);
                              return true;
                            }}
                            locate={locate(v.sheet, v.cell)}
                          />
                        )}
                      </FlagItem>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
