import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../shared/annotations/model';
import { makeSampleReview } from '../../../shared/annotations/sample-review';
import { createTarget } from '../../../shared/annotations/selectors';
import { sha256OfText, toAnnotationCollection } from '../../../shared/annotations/w3c-export';
import { checkCollection, loadMustAssertions, w3cSchemaDir } from './w3c-schemas';

const text = readFileSync(
  join(import.meta.dirname, '../../../resources/samples/hecheng-work-report.txt'),
  'utf8',
);
const ids = { documentId: 'doc-1', versionId: 'ver-1' };

describe('exported Web Annotations against the W3C web-annotation-tests MUST assertions', () => {
  let assertions: ReturnType<typeof loadMustAssertions>;
  let sha: string;
  beforeAll(async () => {
    assertions = loadMustAssertions();
    sha = await sha256OfText(text);
  });

  it('loads the suite from ../shared beside the repository', () => {
    expect(w3cSchemaDir.endsWith(join('shared', 'w3c-annotation-schemas'))).toBe(true);
    expect(assertions.annotation.length).toBeGreaterThan(50);
    expect(assertions.collection.length).toBe(10);
    expect(assertions.page.length).toBeGreaterThan(5);
  });

  it('the export of a review with every kind, replies, tags, statuses, links and meta conforms', () => {
    const review = makeSampleReview(text, ids);
    review.annotations[0]!.meta = { reanchored: 'quote' };
    const links = new Map([
      [
        review.annotations[4]!.id,
        [{ source: 'bulletin.pdf', locator: { kind: 'page' as const, page: 3 }, quote: '264億元' }],
      ],
    ]);
    const collection = toAnnotationCollection({
      ...review,
      textSha256: sha,
      label: '鶴城區 · draft 1',
      links,
    });
    const json = JSON.parse(JSON.stringify(collection));
    expect(json.first.items).toHaveLength(review.annotations.length + review.replies.length);
    expect(checkCollection(json, assertions)).toEqual([]);
  });

  it('an empty review and a Chinese-only label conform too', () => {
    const collection = toAnnotationCollection({ annotations: [], replies: [], textSha256: sha, label: '空' });
    expect(checkCollection(JSON.parse(JSON.stringify(collection)), assertions)).toEqual([]);
  });

  it('catches what the suite forbids (so a passing export means something)', () => {
    const annotation = createAnnotation(
      {
        ...ids,
        target: createTarget(text, 0, 4),
        body: { kind: 'comment', text: 'x', resolved: false },
        author: 'A',
      },
      { id: '00000000-0000-4000-8000-000000000001' },
    );
    const good = JSON.parse(
      JSON.stringify(
        toAnnotationCollection({ annotations: [annotation], replies: [], textSha256: sha, label: 'x' }),
      ),
    );
    const broken = structuredClone(good);
    broken.first.items[0].bodyValue = 'both body and bodyValue';
    broken.first.items[0].created = 'yesterday';
    delete broken.first.items[0]['@context'];
    broken.total = -1;
    const failures = checkCollection(broken, assertions);
    expect(failures.some((f) => f.includes('3.2.5-notBodyBodyValue'))).toBe(true);
    expect(failures.some((f) => f.includes('3.3.1-annotationCreatedValidated'))).toBe(true);
    expect(failures.some((f) => f.includes('3.1-annotationContextValidated'))).toBe(true);
    expect(failures.some((f) => f.includes('5.1-collectionTotalValidated'))).toBe(true);
  });
});
