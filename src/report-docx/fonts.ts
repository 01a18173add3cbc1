/**
 * The fonts a Chinese official document expects, each with the free Noto CJK face that stands in for it where
 * it is not installed (LibreOffice on Linux, a Mac without Office fonts). Word and WPS find 宋体/仿宋/黑体/楷体
 * on Chinese Windows by these names; the fallback is written as the font's alternative name in the font table.
 */

export interface FontChoice {
  eastAsia: string; // the Chinese face: 宋体, 仿宋, 黑体, 楷体
  latin: string; // digits and Latin text
  fallback: string; // the Noto CJK face that stands in for eastAsia
}

export const FONTS = {
  title: { eastAsia: "宋体", latin: "Times New Roman", fallback: "Noto Serif CJK SC" },
  heading1: { eastAsia: "黑体", latin: "Times New Roman", fallback: "Noto Sans CJK SC" },
  heading2: { eastAsia: "楷体", latin: "Times New Roman", fallback: "Noto Serif CJK SC" },
  body: { eastAsia: "仿宋", latin: "Times New Roman", fallback: "Noto Serif CJK SC" },
  table: { eastAsia: "宋体", latin: "Times New Roman", fallback: "Noto Serif CJK SC" },
} as const satisfies Record<string, FontChoice>;

export function runFonts(f: FontChoice): {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: "eastAsia";
} {
  return { ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.latin, hint: "eastAsia" };
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * word/fontTable.xml naming each Chinese face with its Noto CJK stand-in as w:altName (ECMA-376 17.8.3.1:
 * "alternate names … used to locate the font"). The docx library writes an empty font table and has no
 * option for this one part; the names are our own constants, never sheet text.
 */
export function fontTableXml(): string {
  const seen = new Set<string>();
  const fonts = Object.values(FONTS)
    .filter((f: FontChoice) => !seen.has(f.eastAsia) && seen.add(f.eastAsia))
    .map(
      (f: FontChoice) =>
        `<w:font w:name="${f.eastAsia}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/>` +
        `<w:family w:val="${f.fallback.includes("Sans") ? "swiss" : "roman"}"/></w:font>`
    );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts.join("")}</w:fonts>`;
}
