import fc from "fast-check";
import {
  describeQuantity,
  formatNumber,
  parseQuantity,
  parseWithColumns,
  type Quantity,
} from "../../src/engine/quantity";

const KINDS = new Set([
  "number",
  "range",
  "growth",
  "date",
  "grade",
  "boolean",
  "text",
  "none",
  "na",
  "error",
  "unreadable",
]);

/** Every result is a well-formed quantity of the input, and no internal error was swallowed. */
function wellFormed(q: Quantity, input: string): void {
  expect(KINDS.has(q.kind)).toBe(true);
  expect(q.raw).toBe(input);
  if (q.kind === "unreadable") expect(q.reason).not.toBe("internal-error");
  if (q.kind === "number" || q.kind === "growth") expect(Number.isFinite(q.value)).toBe(true);
  if (q.kind === "range") {
    expect(Number.isFinite(q.low) && Number.isFinite(q.high)).toBe(true);
    expect(q.low).toBeLessThanOrEqual(q.high);
  }
  if (q.kind === "date") expect(q.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(typeof describeQuantity(q, "zh-CN")).toBe("string");
  expect(typeof describeQuantity(q, "en-US")).toBe("string");
}

/** Pieces of the grammar, so that random strings get close to real values and break them in odd ways. */
const TOKENS = [
  "≥",
  "≤",
  ">",
  "<",
  "=",
  "≈",
  "~",
  "-",
  "—",
  "至",
  "±",
  "不低于",
  "超",
  "以上",
  "以下",
  "以内",
  "左右",
  "约",
  "%",
  "％",
  "百分比",
  "个百分点",
  "万",
  "亿",
  "亿元",
  "万元",
  "元",
  "个",
  "家",
  "座",
  "宗",
  "倍",
  "天",
  "年",
  "月",
  "日",
  "底前",
  "前",
  "提高",
  "下降",
  "同比",
  "至",
  "百分之",
  "十",
  "两",
  "〇",
  "(含)",
  "(不含)",
  "/",
  "，",
  "。",
  " ",
  "0",
  "1",
  "2",
  "9",
  ".",
  ",",
  "，000",
  "e",
  "E+",
  "余",
  "多",
  "完成",
  "未",
  "达成",
  "是",
  "无",
  "—",
  "*",
  "2025",
  "12",
  "31",
  "at least",
  "about",
  "to",
  "#N/A",
  "万亿",
  "km",
  "㎡",
];

describe("parseQuantity never throws", () => {
  it("on any string of code units", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        wellFormed(parseQuantity(s), s);
      }),
      { numRuns: 1000 }
    );
  });

  it("on any string of graphemes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        wellFormed(parseQuantity(s), s);
      }),
      { numRuns: 1000 }
    );
  });

  it("on strings made of the grammar's own pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        wellFormed(parseQuantity(s), s);
      }),
      { numRuns: 3000 }
    );
  });

  it("on any number, with or without a percent or date format", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(undefined, "0.0%", "#,##0.00", "yyyy-mm-dd", '0"万元"'),
        (n, f) => {
          const q = parseQuantity(n, f);
          expect(KINDS.has(q.kind)).toBe(true);
          if (q.kind === "unreadable") expect(q.reason).not.toBe("internal-error");
          expect(typeof describeQuantity(q, "zh-CN")).toBe("string");
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("with any columns", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 4 }),
        fc.string({ maxLength: 4 }),
        (v, o, u) => {
          const q = parseWithColumns(v, undefined, o, u);
          expect(KINDS.has(q.kind)).toBe(true);
          if (q.kind === "unreadable") expect(q.reason).not.toBe("internal-error");
        }
      )
    );
  });
});

/** A decimal with at most `d` decimals, so that it prints exactly under formatNumber's default of 6. */
const decimal = fc
  .tuple(
    fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
    fc.integer({ min: 0, max: 6 })
  )
  .map(([k, d]) => k / 10 ** d);

function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function valueOf(q: Quantity): number {
  if (q.kind !== "number") throw new Error(`expected a number, got ${q.kind} (${q.raw})`);
  return q.value;
}

const FULL_WIDTH: Record<string, string> = { ",": "，", ".": "．", "%": "％", "-": "－" };
function toFullWidth(s: string): string {
  return s
    .replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/[,.%-]/g, (c) => FULL_WIDTH[c]);
}

describe("formatted numbers read back", () => {
  it("formatNumber(n) + % is n/100", () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const q = parseQuantity(formatNumber(n) + "%");
        expect(q.kind === "number" && q.unit.dimension === "ratio").toBe(true);
        expect(near(valueOf(q), n / 100)).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it("formatNumber groups thousands, and the grouped text reads back as n", () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const s = formatNumber(n);
        expect(s).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d{1,6})?$/);
        expect(near(valueOf(parseQuantity(s)), n)).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it("full-width digits, separators and signs read like half-width ones", () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const half = formatNumber(n) + "%";
        expect(valueOf(parseQuantity(toFullWidth(half)))).toBe(valueOf(parseQuantity(half)));
      }),
      { numRuns: 1000 }
    );
  });

  it("a number cell under a percent format is its own ratio", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(valueOf(parseQuantity(n, "0.00%"))).toBe(n);
      })
    );
  });
});

/** Operators with their meaning, and units with base units per written unit, as a reader of the sheets knows them. */
const OPS: [string, string, string][] = [
  ["≥", "", "ge"],
  ["不低于", "", "ge"],
  ["不少于", "", "ge"],
  ["", "以上", "ge"],
  ["超", "", "ge"],
  ["≤", "", "le"],
  ["不超过", "", "le"],
  ["", "以内", "le"],
  ["", "以下", "le"],
  [">", "", "gt"],
  ["<", "", "lt"],
  ["低于", "", "lt"],
  ["=", "", "eq"],
  ["", "左右", "about"],
  ["约", "", "about"],
  ["", "", "none"],
];
const UNITS: [string, string, number][] = [
  ["%", "ratio", 0.01],
  ["百分比", "ratio", 0.01],
  ["个百分点", "points", 1],
  ["万元", "money", 1],
  ["亿元", "money", 10_000],
  ["元", "money", 0.0001],
  ["千万元", "money", 1000],
  ["个", "count", 1],
  ["家", "count", 1],
  ["宗", "count", 1],
  ["人次", "count", 1],
  ["倍", "times", 1],
  ["公顷", "area", 10_000],
  ["公里", "length", 1000],
  ["吨", "mass", 1000],
  ["天", "duration", 1],
  ["", "plain", 1],
];

describe("operator + number + unit", () => {
  it("reads every combination", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 100),
        fc.constantFrom(...OPS),
        fc.constantFrom(...UNITS),
        fc.boolean(),
        (n, [pre, post, op], [unit, dim, factor], space) => {
          const text = `${pre}${formatNumber(n)}${space ? " " : ""}${unit}${post}`;
          const q = parseQuantity(text);
          if (q.kind !== "number") throw new Error(`${text}: ${q.kind}`);
          expect(q.op).toBe(op);
          expect(q.unit.dimension).toBe(dim);
          expect(near(q.value, n * factor)).toBe(true);
        }
      ),
      { numRuns: 1500 }
    );
  });

  it("applies scale words to counts", () => {
    const scales: [string, number][] = [
      ["千", 1e3],
      ["万", 1e4],
      ["百万", 1e6],
      ["千万", 1e7],
      ["亿", 1e8],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }).map((k) => k / 100),
        fc.constantFrom(...scales),
        (n, [word, mult]) => {
          const q = parseQuantity(`${n}${word}座`);
          if (q.kind !== "number") throw new Error(q.kind);
          expect(q.unit).toMatchObject({ dimension: "count", symbol: "座" });
          expect(near(q.value, n * mult)).toBe(true);
        }
      )
    );
  });

  it("reads ranges in either order, with the unit on one or both ends", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom("-", "~", "～", "至", "—"),
        fc.constantFrom(...UNITS.filter(([u]) => u !== "")),
        fc.boolean(),
        (a, b, sep, [unit, dim, factor], both) => {
          fc.pre(a !== b);
          const q = parseQuantity(`${a}${both ? unit : ""}${sep}${b}${unit}`);
          if (q.kind !== "range") throw new Error(`${a}${sep}${b}${unit}: ${q.kind}`);
          expect(q.unit.dimension).toBe(dim);
          expect(near(q.low, Math.min(a, b) * factor)).toBe(true);
          expect(near(q.high, Math.max(a, b) * factor)).toBe(true);
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("dates", () => {
  const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const iso = (y: number, m: number, d: number): string =>
    `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

  it("reads 年月日 and ISO forms of every valid date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          fc.pre(d <= lastDay(y, m));
          expect(parseQuantity(`${y}年${m}月${d}日前`)).toMatchObject({
            kind: "date",
            op: "le",
            date: iso(y, m, d),
          });
          expect(parseQuantity(iso(y, m, d))).toMatchObject({
            kind: "date",
            op: "none",
            date: iso(y, m, d),
          });
          expect(parseQuantity(`${y}年${m}月底前`)).toMatchObject({
            date: iso(y, m, lastDay(y, m)),
          });
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("refuses days that do not exist", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const q = parseQuantity(`${y}年${m}月${lastDay(y, m) + 1}日`);
        expect(q).toMatchObject({ kind: "unreadable", reason: "invalid-date" });
      })
    );
  });
});
