/**
 * Languages are declared once: each is one catalogue file typed by the zh-CN catalogue's keys, registered
 * with one line in src/engine/i18n/languages/index.ts. Here a throwaway 繁體中文 (zh-TW) stub shows what a
 * third language takes, and the completeness check every registered language passes.
 */
import type { Catalogue } from "../../src/engine/i18n/catalogue";
import { CATALOGUES, LANGS } from "../../src/engine/i18n/languages";
import { zhCN } from "../../src/engine/i18n/languages/zh-CN";
import { zhTW } from "./helpers/zh-tw";
import { render } from "../../src/engine/i18n/render";
import { FLAG_CODES, FLAGS } from "../../src/engine/review/flags";

const placeholders = (t: string): string[] => t.match(/\{\w+\}/g) ?? [];

/** What is wrong with a language's catalogue against the first one: missing, extra or empty keys, unknown placeholders. */
function catalogueProblems(lang: string, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const first = zhCN as Catalogue;
  const sections = new Set([...Object.keys(first), ...Object.keys(catalogue)]);
  for (const section of sections) {
    const want = (first as Record<string, Record<string, string>>)[section] ?? {};
    const have = (catalogue as Record<string, Record<string, string> | undefined>)[section] ?? {};
    for (const key of Object.keys(want))
      if (!(key in have)) problems.push(`${lang}: ${key} missing`);
    for (const [key, text] of Object.entries(have)) {
      if (!(key in want)) problems.push(`${lang}: ${key} not in zh-CN`);
      else if (typeof text !== "string" || text.trim() === "")
        problems.push(`${lang}: ${key} empty`);
      else {
        // A translation may only quote what the code passes: the placeholders zh-CN or en-US use.
        const known = new Set(
          [
            want[key],
            (CATALOGUES["en-US"] as Record<string, Record<string, string>>)[section][key],
          ].flatMap(placeholders)
        );
        for (const p of placeholders(text))
          if (!known.has(p)) problems.push(`${lang}: ${key} quotes ${p}, which no message passes`);
      }
    }
  }
  return problems;
}

// The one line that registers a language, as in src/engine/i18n/languages/index.ts:
const withZhTW = { ...CATALOGUES, "zh-TW": zhTW } as const satisfies Readonly<
  Record<string, Catalogue>
>;

// A language file without every key of zh-CN, or with one zh-CN lacks, does not compile:
// @ts-expect-error — the flagLabel section lacks every key
const missingKeys: Catalogue = { ...zhTW, flagLabel: {} };
const extraKey: Catalogue = {
  ...zhTW,
  // @ts-expect-error — "flagLabel.NOT_A_FLAG" is no key of zh-CN
  flagLabel: { ...zhTW.flagLabel, "flagLabel.NOT_A_FLAG": "不是旗標" },
};

/** What is wrong with a language's plural choices ({name|one:…|other:…}): a category the language lacks, no `other`, a name no message passes. */
function pluralProblems(lang: string, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const categories = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  for (const [section, entries] of Object.entries(
    catalogue as Record<string, Record<string, string>>
  ))
    for (const [key, text] of Object.entries(entries)) {
      const passed = new Set(
        [
          (zhCN as Record<string, Record<string, string>>)[section][key],
          (CATALOGUES["en-US"] as Record<string, Record<string, string>>)[section][key],
        ].flatMap(placeholders)
      );
      for (const [, name, choices] of text.matchAll(/\{(\w+)\|([^{}]*)\}/g)) {
        if (!passed.has(`{${name}}`))
          problems.push(`${lang}: ${key} counts {${name}}, which no message passes`);
        const used = choices.split("|").map((c) => c.slice(0, c.indexOf(":")));
        if (!used.includes("other"))
          problems.push(`${lang}: ${key} {${name}} has no "other" words`);
        for (const c of used)
          if (!categories.has(c))
            problems.push(`${lang}: ${key} {${name}} words "${c}", no plural category of ${lang}`);
      }
    }
  return problems;
}

describe("languages", () => {
  test("the registered languages are zh-CN first, then en-US", () => {
    expect(LANGS).toEqual(["zh-CN", "en-US"]);
  });

  test.each(LANGS)(
    "%s has every key of zh-CN, none else, none empty, no unknown placeholder",
    (lang) => {
      expect(catalogueProblems(lang, CATALOGUES[lang])).toEqual([]);
    }
  );

  test.each(LANGS)("%s words its plural choices by its own plural categories", (lang) => {
    expect(pluralProblems(lang, CATALOGUES[lang])).toEqual([]);
  });

  test("English words a count of one apart, and the plural check finds a wrong choice", () => {
    expect(CATALOGUES["en-US"].cli["cli.batchFailed"]).toContain(
      "{count|one:workbook|other:workbooks}"
    );
    const broken = {
      ...CATALOGUES["en-US"],
      cli: {
        ...CATALOGUES["en-US"].cli,
        "cli.batchFailed": "{count} {count|one:workbook|few:workbooks} {total|other:x}",
      },
    };
    expect(pluralProblems("en-US", broken).sort()).toEqual(
      [
        'en-US: cli.batchFailed {count} has no "other" words',
        'en-US: cli.batchFailed {count} words "few", no plural category of en-US',
        "en-US: cli.batchFailed counts {total}, which no message passes",
      ].sort()
    );
  });

  test("a 繁體中文 stub registered with one line passes the same check", () => {
    expect(Object.keys(withZhTW)).toEqual(["zh-CN", "en-US", "zh-TW"]);
    expect(catalogueProblems("zh-TW", withZhTW["zh-TW"])).toEqual([]);
    expect(withZhTW["zh-TW"].flagLabel["flagLabel.SCORE_MISMATCH"]).toBe("得分與計算不符");
    expect(withZhTW["zh-TW"].plan["plan.severity.error"]).toBe("錯誤");
  });

  test("the check finds a missing key, an extra key, an empty text and an invented placeholder", () => {
    const broken = {
      ...zhTW,
      flagLabel: { ...zhTW.flagLabel, "flagLabel.SCORE_MISMATCH": " " },
      plan: { ...zhTW.plan, "plan.noteLine": "{severity}（{code}）：{message}{extra}" },
    } as Record<string, Record<string, string>>;
    broken.cli = { ...zhTW.cli, "cli.gone": "已不存在" };
    delete broken.cli["cli.cancelled"];
    expect(catalogueProblems("zh-TW", broken as unknown as Catalogue).sort()).toEqual(
      [
        "zh-TW: cli.cancelled missing",
        "zh-TW: cli.gone not in zh-CN",
        "zh-TW: flagLabel.SCORE_MISMATCH empty",
        "zh-TW: plan.noteLine quotes {extra}, which no message passes",
      ].sort()
    );
    expect(missingKeys.flagLabel).toEqual({});
    expect(extraKey.flagLabel["flagLabel.SCORE_MISMATCH"]).toBe("得分與計算不符");
  });
});

describe("the flag catalogue", () => {
  test("every code has a label and messages that render in every language", () => {
    for (const code of FLAG_CODES) {
      const row = FLAGS[code];
      expect(row.messages.length).toBeGreaterThan(0);
      for (const lang of LANGS) {
        expect(render({ key: row.label, args: {} }, lang)).not.toBe("");
        for (const key of row.messages) expect(render({ key, args: {} }, lang)).not.toBe("");
      }
    }
  });

  test("every flag message of the language files belongs to a row: flag.CODE… to CODE", () => {
    const owners = new Map<string, string[]>();
    for (const code of FLAG_CODES)
      for (const key of FLAGS[code].messages) owners.set(key, [...(owners.get(key) ?? []), code]);
    const flagKeys = Object.values(zhCN)
      .flatMap((s) => Object.keys(s))
      .filter((k) => k.startsWith("flag."));
    for (const key of flagKeys) {
      const code = key.split(".")[1];
      expect([key, owners.get(key)]).toEqual([key, [code]]);
    }
  });

  test("severities and the cell a row flag falls on, as docs/contract.md gives them", () => {
    expect(FLAGS.SCORE_MISMATCH.severity).toBe("error");
    expect(FLAGS.REASON_MISSING.severity).toBe("warning");
    expect(FLAGS.COLUMN_GUESSED.severity).toBe("info");
    expect(FLAGS.TARGET_UNREADABLE.field).toBe("target");
    expect(FLAGS.CELL_ERROR.field).toBe("actual");
    expect("field" in FLAGS.SCORE_MISMATCH).toBe(false);
    // issue 13 added FORM_ASSIGNED, an info flag, to the 24 codes of docs/contract.md
    expect(FLAGS.FORM_ASSIGNED.severity).toBe("info");
    expect(FLAG_CODES).toHaveLength(25);
  });
});
