/**
 * Text clean-up before parsing: full-width forms to half-width, look-alike signs to one sign,
 * whitespace runs to one space. Chinese punctuation that separates sentences (，。；、) is kept, so that
 * the parser can tell a sentence from a value; the number reader accepts "，" as a thousands separator.
 */

const SPECIAL: Record<string, string> = {
  "\u3000": " ", // ideographic space
  "\u00a0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u200b": "",
  "\ufeff": "",
  "\t": " ",
  "\r": " ",
  "\n": " ",
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\ufe63": "-", // small hyphen-minus
  "\ufe62": "+",
  "\u2015": "—", // horizontal bar ― reads as an em dash
  "\u2500": "—", // box-drawing line, sometimes typed for a dash
  "\u2267": "≥", // ≧
  "\u2266": "≤", // ≦
  "\u2a7e": "≥", // ⩾
  "\u2a7d": "≤", // ⩽
  "\u226e": "≥", // ≮ (not less than)
  "\u226f": "≤", // ≯ (not greater than)
  "\ufe66": "=", // ﹦
  "\ufe64": "<",
  "\ufe65": ">",
  "\ufe6a": "%", // ﹪
  "\u301c": "~", // 〜 wave dash
  "\u223c": "~", // ∼
  "\u2248": "≈",
  "\u2252": "≈", // ≒
};

// Everything that may need a change: full-width ASCII (U+FF01–FF5E) and the characters listed above.
const CHANGE_RE =
  /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\t\r\n\u2212\u2010-\u2012\u2015\u2500\u2267\u2266\u2a7e\u2a7d\u226e\u226f\ufe66\ufe64\ufe65\ufe6a\ufe62\ufe63\u301c\u223c\u2248\u2252]/g;
const SPACES_RE = / {2,}/g;

// Full-width punctuation that must stay Chinese: it separates sentences rather than numbers.
const KEEP_FULL = new Set(["，", "；", "：", "（", "）", "！", "？"]);

function replaceOne(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (KEEP_FULL.has(ch)) {
    // Parentheses and colon carry no sentence meaning; the others do.
    if (ch === "（") return "(";
    if (ch === "）") return ")";
    if (ch === "：") return ":";
    return ch;
  }
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

/** Half-width, one space between words, trimmed. Letters keep their case (see `asciiLower`). */
export function normalize(text: string): string {
  CHANGE_RE.lastIndex = 0;
  let out = CHANGE_RE.test(text) ? text.replace(CHANGE_RE, replaceOne) : text;
  if (out.includes("  ")) out = out.replace(SPACES_RE, " ");
  return out.trim();
}

const UPPER_RE = /[A-Z]/;

/** Lower-cases A–Z only, so that indexes stay aligned with the input. */
export function asciiLower(text: string): string {
  if (!UPPER_RE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

/** Chinese and Western sentence punctuation: a value never contains these (a thousands "，" is handled by the number reader). */
export function isSentencePunct(code: number): boolean {
  return (
    code === 0xff0c || // ，
    code === 0x3002 || // 。
    code === 0xff1b || // ；
    code === 0x3001 || // 、
    code === 0x3b || // ;
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x201c || // “
    code === 0x201d || // ”
    code === 0x300a || // 《
    code === 0x300b // 》
  );
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n;
}

export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && text.charCodeAt(pos) === 32) pos++;
  return pos;
}
