/** @jest-environment jsdom */
// The chart as drawn: a score over its weight fills the weight, the excess drawn after it and said; a group
// with rows that could not be scored is marked partial.
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { IndicatorResult } from "../../src/engine/model";
import { ScoreChart } from "../../src/taskpane/components/ScoreChart";
import { strings } from "../../src/taskpane/i18n";

function unscored(levels: string[]): IndicatorResult {
  return {
    sheet: "自评表",
    row: 20,
    kind: "indicator",
    levels,
    weight: 10,
    target: "效果明显",
    actual: null,
    targetValue: { kind: "none" } as unknown as IndicatorResult["targetValue"],
    actualValue: { kind: "none" } as unknown as IndicatorResult["actualValue"],
    rule: "unscored",
    score: null,
    statedScore: null,
    completion: null,
    reason: null,
    explanation: null,
    suggestedReason: null,
    notApplicable: false,
  };
}

test("50.5 of 50 fills the weight, 0.50 drawn over it and said; a partial group is marked", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <ScoreChart
        strings={strings("zh-CN")}
        groups={[
          { sheet: "自评表", levels: ["产出指标"], weight: 50, score: 50.5 },
          { sheet: "自评表", levels: ["效益指标"], weight: 30, score: 20 },
        ]}
        indicators={[unscored(["效益指标", "社会效益指标", "群众满意"])]}
      />
    </FluentProvider>
  );
  const chart = screen.getByRole("img");
  expect(chart.getAttribute("aria-label")).toBe(
    "一级指标得分与分值。产出指标：得分 50.50，超出分值 50，按 50 计；效益指标：得分 20.00，分值 30，部分指标未评分"
  );
  const over = chart.querySelector("[data-over]");
  expect(over?.textContent).toContain("50.50 / 50");
  expect(over?.textContent).toContain("超出分值 0.50，不计入");
  // The counted bar is as long as the weight's track: 50 of the longest bar, 50.5.
  const bars = over?.querySelectorAll<HTMLElement>("div > div > div");
  const widths = [...(bars ?? [])].map((b) => b.style.width).filter((w) => w !== "");
  expect(widths.slice(0, 2)).toEqual(["99.01%", "99.01%"]);
  expect(chart.querySelector("[data-partial]")?.textContent).toContain("部分指标未评分");
});
