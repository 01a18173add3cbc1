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
