/** Benchmark body for the value grammar; `npm run bench` times it against its own baseline. */

import { parseQuantity } from "../engine/quantity";

/** Parses every text; returns how many were numeric (number, range or growth), so the work cannot be skipped. */
export function parseMany(texts: string[]): number {
  let numeric = 0;
  for (const t of texts) {
    const q = parseQuantity(t);
    if (q.kind === "number" || q.kind === "range" || q.kind === "growth") numeric++;
  }
  return numeric;
}

const SAMPLES = [
  "≥15%",
  "65%左右",
  "2 倍",
  "6,000 亿元",
  "6 个",
  "95%以上",
  "超95%",
  "不低于90%",
  "≤90万元",
  "≥100百分比",
  "﹦100%",
  "≦5%",
  "1.46万座",
  "2,472 家",
  "提高15%",
  "下降10%",
  "2025年12月底前",
  "按时完成",
  "效果明显",
  "达成预期指标",
  "是",
  "否",
  "—",
  "15~20宗",
  "80%-90%",
  "同比增长超30%",
  "65.7%",
  "4.23 倍",
  "6,117.99 亿元",
  "通过预算绩效管理，提高资金使用效益",
  "工业投资 140.8 亿元",
  "满意度≥90%",
  "不适用",
  "",
];

/** `n` realistic texts (the phrasings above, cycled with varied numbers) for the benchmark. */
export function sampleTexts(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = SAMPLES[i % SAMPLES.length];
    out.push(i % 3 === 0 ? s.replace(/\d+/, String(i % 1000)) : s);
  }
  return out;
}
