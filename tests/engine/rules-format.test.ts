/** Number formatting and rounding used by every explanation and flag message. */

import { fmtNum, fmtPct, fmtPctShort, roundTo, spaced } from "../../src/engine/rules/format";

describe("roundTo: half away from zero, free of binary noise", () => {
  test.each([
    [2.675, 2, 2.68], // 2.675 is 2.67499999… in binary
    [1.005, 2, 1.01],
    [-2.675, 2, -2.68],
    [10 * (51 / 90), 2, 5.67],
    [0.1 + 0.2, 2, 0.3],
    [2.75, 1, 2.8],
    [93.775, 2, 93.78],
    [7.5, 0, 8],
  ])("%d to %d decimals → %d", (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});

describe("fmtNum: trailing zeros dropped", () => {
  test.each([
    [10, "10"],
    [2.5, "2.5"],
    [2.75, "2.75"],
    [7.249999999, "7.25"],
    [0, "0"],
    [-0.004, "0"],
    [-1.6, "-1.6"],
    [0.05, "0.05"],
    [61179900, "61179900"],
  ])("%d → %s", (value, text) => {
    expect(fmtNum(value)).toBe(text);
  });

  test("more decimals on request", () => {
    expect(fmtNum(1.23456, 4)).toBe("1.2346");
    expect(fmtNum(1.2, 4)).toBe("1.2");
  });
});

describe("percentages", () => {
  test.each([
    [0.275, "27.50%"],
    [51 / 90, "56.67%"],
    [1.32, "132.00%"],
    [-0.016 / 0.03, "-53.33%"],
    [0, "0.00%"],
    [0.0005, "0.05%"],
  ])("fmtPct(%d) → %s", (value, text) => {
    expect(fmtPct(value)).toBe(text);
  });

  test("fmtPctShort drops trailing zeros", () => {
    expect(fmtPctShort(0.9)).toBe("90%");
    expect(fmtPctShort(0.955)).toBe("95.5%");
    expect(fmtPctShort(1.3)).toBe("130%");
  });
});

describe("spaced: a space between a number and a Chinese unit, for English", () => {
  test.each([
    ["≥80宗", "≥80 宗"],
    ["6,117.99亿元", "6,117.99 亿元"],
    ["65%左右", "65%左右"],
    ["2 倍", "2 倍"],
    ["2025年12月底前", "2025 年12 月底前"],
    ["达成预期", "达成预期"],
    ["", ""],
  ])("%s → %s", (text, expected) => {
    expect(spaced(text)).toBe(expected);
  });
});
