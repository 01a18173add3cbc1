/** Longest-match lookup of words at a position, indexed by first character (built once, at module load). */

export interface WordMatch<T> {
  value: T;
  length: number;
}

interface Entry<T> {
  word: string;
  value: T;
  /** An English word: it must end at a word boundary. */
  letter: boolean;
}

function endsWithLetter(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c >= 97 && c <= 122;
}

export class WordTable<T> {
  private readonly byFirst = new Map<number, Entry<T>[]>();

  /** Words are matched against lower-cased text, so English words must be given in lower case. */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      if (word === "") continue;
      const key = word.charCodeAt(0);
      let list = this.byFirst.get(key);
      if (list === undefined) {
        list = [];
        this.byFirst.set(key, list);
      }
      list.push({ word, value, letter: endsWithLetter(word) });
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest word starting at `pos`. An English word must end at a word boundary ("over" is not in "overall"). */
  match(lower: string, pos: number): WordMatch<T> | null {
    const list = this.byFirst.get(lower.charCodeAt(pos));
    if (list === undefined) return null;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (!lower.startsWith(e.word, pos)) continue;
      if (e.letter) {
        const next = lower.charCodeAt(pos + e.word.length);
        if (next >= 97 && next <= 122) continue;
      }
      return { value: e.value, length: e.word.length };
    }
    return null;
  }

  /** The character codes words of this table can start with. */
  firstCodes(): number[] {
    return [...this.byFirst.keys()];
  }
}
