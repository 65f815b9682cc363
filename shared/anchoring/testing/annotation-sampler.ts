/**
 * Annotations of three sizes on a draft, for measuring carry-over: whole sentences, short phrases
 * (4–10 Chinese characters, 2–4 English words) and single figures (as detected), with the 32
 * characters of context the app stores.
 */
import { createTarget } from '../../annotations/selectors';
import { detectFigures } from '../../figures/detect';
import type { CarryInput } from '../types';
import { sentenceRanges } from './draft-generator';
import { createRandom } from './random';

export type SampleSize = 'sentence' | 'phrase' | 'figure';

export interface SampledAnnotation extends CarryInput {
  size: SampleSize;
}

function sentencesOf(text: string, lang: 'zh' | 'en'): { start: number; end: number }[] {
  const all: { start: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const r of sentenceRanges(line, lang)) all.push({ start: offset + r.start, end: offset + r.end });
    offset += line.length + 1;
  }
  return all.filter((r) => r.end - r.start >= 8);
}

/** `count` annotations (a third of each size, as far as the text allows), no two on the same range. */
export function sampleAnnotations(text: string, count: number, seed: number): SampledAnnotation[] {
  const rng = createRandom(seed);
  const lang = (text.slice(0, 4000).match(/[\u4e00-\u9fff]/g)?.length ?? 0) > 400 ? 'zh' : 'en';
  const sentences = sentencesOf(text, lang);
  const figures = detectFigures(text).filter((f) => /[0-9]/.test(f.text));
  const seen = new Set<string>();
  const out: SampledAnnotation[] = [];
  const add = (start: number, end: number, size: SampleSize, figure?: CarryInput['figure']): void => {
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key)) return;
    seen.add(key);
    out.push({
      id: `${size}-${out.length}`,
      target: createTarget(text, start, end),
      size,
      ...(figure ? { figure } : {}),
    });
  };
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const size: SampleSize = (['sentence', 'phrase', 'figure'] as const)[tries % 3]!;
    if (size === 'figure' && figures.length) {
      const f = rng.pick(figures);
      add(f.start, f.end, 'figure', { value: f.value, unit: f.unit });
    } else if (size === 'sentence' && sentences.length) {
      const s = rng.pick(sentences);
      add(s.start, s.end, 'sentence');
    } else if (size === 'phrase' && sentences.length) {
      const s = rng.pick(sentences);
      if (lang === 'zh') {
        const length = rng.int(4, 10);
        if (s.end - s.start <= length) continue;
        const start = rng.int(s.start, s.end - length - 1);
        add(start, start + length, 'phrase');
      } else {
        const words = [...text.slice(s.start, s.end).matchAll(/\S+/g)].map((m) => ({
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
        }));
        const n = rng.int(2, 4);
        if (words.length <= n) continue;
        const k = rng.int(0, words.length - n);
        add(words[k]!.start, words[k + n - 1]!.end, 'phrase');
      }
    }
  }
  return out;
}
