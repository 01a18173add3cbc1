import { render } from "../../src/engine/i18n/render";
import { flagCodeLabel } from "../../src/taskpane/i18n";
import {
  NO_FILTER,
  filterFlags,
  flagSubject,
  flagViews,
  shortPath,
  groupFlags,
  listedOrder,
  searchTerms,
  severityCounts,
} from "../../src/taskpane/state/flags";
import {
  canStep,
  isNavigationKey,
  navigate,
  positionOf,
  stepFlag,
} from "../../src/taskpane/state/navigation";
import { evaluation } from "./fixtures";

const e = evaluation();
const reviews = {
  "自评表!E22:NEGATIVE_COMPLETION": {
    status: "已确认",
    reviewer: "张三",
    comment: "受疫情影响",
    time: "2026-01-01T00:00:00Z",
  },
};
const views = flagViews(e, reviews, (m) => render(m, "zh-CN"));
const label = (code: Parameters<typeof flagCodeLabel>[1]) => flagCodeLabel("zh-CN", code);

describe("what a flag is about", () => {
  const sample = {
    // Row 22 of the sample: 效益指标 / 经济效益指标 / 规上工业增加值增速.
    indicators: [
      {
        ...e.indicators[0],
        sheet: "项目支出绩效自评表",
        row: 22,
        levels: ["效益指标", "经济效益指标", "规上工业增加值增速"],
      },
    ] as typeof e.indicators,
    budget: e.budget,
  };

  test("an indicator's flag by its level path, kept to the last two levels", () => {
    expect(flagSubject(sample, { sheet: "项目支出绩效自评表", cell: "E22" })).toBe(
      "经济效益指标 › 规上工业增加值增速"
    );
    expect(shortPath(["产出指标", "产出指标", "数量指标"])).toBe("产出指标 › 数量指标");
    expect(shortPath(["合计", "", ""])).toBe("合计");
  });

  test("a budget line's flag by the line; a row that is neither has none", () => {
    expect(flagSubject(sample, { sheet: "明细", cell: "F5" })).toBe("部门项目支出");
    expect(flagSubject(sample, { sheet: "明细", cell: "F9" })).toBeNull();
    expect(flagSubject(sample, { sheet: "项目支出绩效自评表", cell: "E21" })).toBeNull();
    expect(views.find((v) => v.cell === "F5")?.subject).toBe("部门项目支出");
  });
});

describe("flag views", () => {
  test("each flag with its message and review; 待复核 when the list has none", () => {
    expect(views[1]).toMatchObject({
      id: "自评表!E22:NEGATIVE_COMPLETION",
      message: "E22 有问题：完成率为负",
      status: "已确认",
      reviewer: "张三",
    });
    expect(views[0]).toMatchObject({ status: "待复核", reviewer: "", comment: "" });
    expect(flagViews(e, reviews, (m) => render(m, "en-US"))[0]?.message).toBe(
      "H14 is wrong: 未填写扣分原因"
    );
  });

  test("grouped by severity (errors first), then code in order of appearance, with counts", () => {
    const groups = groupFlags(views);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 1],
      ["warning", 4],
    ]);
    expect(groups[1]?.codes.map((c) => [c.code, c.items.length])).toEqual([
      ["REASON_MISSING", 2],
      ["NEGATIVE_COMPLETION", 1],
      ["EXECUTION_LOW", 1],
    ]);
    expect(listedOrder(groups)).toEqual([
      "自评表!H9:SCORE_MISMATCH",
      "自评表!H14:REASON_MISSING",
      "自评表!H25:REASON_MISSING",
      "自评表!E22:NEGATIVE_COMPLETION",
      "明细!F5:EXECUTION_LOW",
    ]);
    expect(severityCounts(views)).toEqual({ error: 1, warning: 4, info: 0 });
  });

  test("filter by severity and review status", () => {
    expect(
      filterFlags(views, { ...NO_FILTER, severity: "error" }, label).map((v) => v.cell)
    ).toEqual(["H9"]);
    expect(
      filterFlags(views, { ...NO_FILTER, status: "已确认" }, label).map((v) => v.cell)
    ).toEqual(["E22"]);
    expect(filterFlags(views, { ...NO_FILTER, status: "待复核" }, label)).toHaveLength(4);
    expect(filterFlags(views, NO_FILTER, label)).toHaveLength(5);
  });

  test("search: every word must match the message, place, code, its name or the review; full-width and case folded", () => {
    const find = (search: string) =>
      filterFlags(views, { ...NO_FILTER, search }, label).map((v) => v.cell);
    expect(find("e22")).toEqual(["E22"]);
    expect(find("明细!F5")).toEqual(["F5"]);
    expect(find("ＲＥＡＳＯＮ")).toEqual(["H14", "H25"]);
    expect(find("扣分原因 H25")).toEqual(["H25"]);
    expect(find("疫情")).toEqual(["E22"]);
    expect(find("执行率偏低")).toEqual(["F5"]);
    expect(find("  ")).toHaveLength(5);
    expect(find("不存在")).toEqual([]);
    expect(searchTerms(" a  Ｂ ")).toEqual(["a", "b"]);
  });
});

describe("previous / next", () => {
  const ids = ["a", "b", "c"];

  test("steps clamp at the ends and start at an end when nothing is open", () => {
    expect(stepFlag(ids, "a", 1)).toBe("b");
    expect(stepFlag(ids, "c", 1)).toBe("c");
    expect(stepFlag(ids, "a", -1)).toBe("a");
    expect(stepFlag(ids, null, 1)).toBe("a");
    expect(stepFlag(ids, null, -1)).toBe("c");
    expect(stepFlag(ids, "filtered-out", 1)).toBe("a");
    expect(stepFlag([], "a", 1)).toBeNull();
    expect(canStep(ids, "c", 1)).toBe(false);
    expect(canStep(ids, "c", -1)).toBe(true);
    expect(canStep([], null, 1)).toBe(false);
  });

  test("arrow keys, Home and End", () => {
    expect(isNavigationKey("ArrowDown")).toBe(true);
    expect(isNavigationKey("Enter")).toBe(false);
    expect(navigate(ids, "b", "ArrowUp")).toBe("a");
    expect(navigate(ids, "b", "ArrowDown")).toBe("c");
    expect(navigate(ids, "b", "Home")).toBe("a");
    expect(navigate(ids, "b", "End")).toBe("c");
    expect(navigate([], null, "End")).toBeNull();
  });

  test("position for '3 of 5'", () => {
    expect(positionOf(ids, "c")).toEqual({ index: 3, count: 3 });
    expect(positionOf(ids, null)).toEqual({ index: 0, count: 3 });
  });
});
