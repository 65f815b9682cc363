/**
 * The checks on documents with planted contradictions (shared/checks/fixtures): an English
 * appropriations report, a Simplified county work report and the sample with one restatement changed.
 * Every planted contradiction must be found, with at most one false finding per 100 figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreChecks, type PlantedContradiction } from './evaluate-checks';

const dir = 'shared/checks/fixtures';
const planted = JSON.parse(readFileSync(`${dir}/planted.json`, 'utf8')) as Record<
  string,
  PlantedContradiction[]
>;

describe('checks on documents with planted contradictions', () => {
  it.each(Object.keys(planted))(
    '%s: every planted contradiction found, ≤ 1 false finding per 100 figures',
    (file) => {
      const score = scoreChecks(readFileSync(`${dir}/${file}`, 'utf8'), planted[file]!);
      expect(score.missed).toEqual([]);
      expect(score.falseFindings.map((f) => f.explanation)).toEqual(
        score.falseFindings.length <= Math.floor(score.figures / 100) ? expect.anything() : [],
      );
      expect(score.falseFindings.length).toBeLessThanOrEqual(Math.floor(score.figures / 100));
    },
  );

  it('over the whole set: all found, false findings under 1 per 100 figures', () => {
    let figures = 0;
    let falseFindings = 0;
    let missed = 0;
    for (const [file, list] of Object.entries(planted)) {
      const score = scoreChecks(readFileSync(`${dir}/${file}`, 'utf8'), list);
      figures += score.figures;
      falseFindings += score.falseFindings.length;
      missed += score.missed.length;
    }
    expect(missed).toBe(0);
    expect(falseFindings / figures).toBeLessThanOrEqual(0.01);
  });
});
