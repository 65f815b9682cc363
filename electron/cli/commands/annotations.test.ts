import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleReview } from '../../../shared/annotations/sample-review';
import {
  serialiseCollection,
  sha256OfText,
  toAnnotationCollection,
} from '../../../shared/annotations/w3c-export';
import { sampleText } from '../../services/ledger/ledger-fixture';
import { captureIo } from '../cli-io';
import { annotationsCommand } from './annotations';

describe('tickmark annotations validate', () => {
  let dir: string;
  const write = async (name: string, content: string) => {
    const path = join(dir, name);
    await writeFile(path, content, 'utf8');
    return path;
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-validate-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("accepts the app's export and summarises it", async () => {
    const review = makeSampleReview(sampleText, { documentId: 'd', versionId: 'v' });
    const collection = toAnnotationCollection({
      ...review,
      textSha256: await sha256OfText(sampleText),
      label: 'x',
    });
    const path = await write('review.jsonld', serialiseCollection(collection));
    const io = captureIo();
    expect(await annotationsCommand(['validate', path], io)).toBe(0);
    expect(io.stdout).toContain(
      '9 items, 7 annotations and 2 replies readable; 0 W3C rule(s) broken, 0 error(s), 0 warning(s) — valid',
    );
  });

  it('reports broken W3C rules and unreadable items, item by item, and exits 1', async () => {
    const path = await write(
      'broken.jsonld',
      JSON.stringify([
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'urn:uuid:a',
          type: 'Annotation',
          body: 'x',
          bodyValue: 'y',
          created: 'last week',
          target: { source: 's', selector: { type: 'TextQuoteSelector', exact: '264億元' } },
        },
        { id: 'urn:uuid:b', type: 'Annotation', target: 'https://example.org' },
      ]),
    );
    const io = captureIo();
    expect(await annotationsCommand(['validate', path, '--json'], io)).toBe(1);
    const report = JSON.parse(io.stdout);
    expect(report).toMatchObject({ valid: false, items: 2, annotations: 1 });
    expect(report.w3c).toEqual([
      'item 1 (urn:uuid:a): must not have both body and bodyValue',
      'item 1 (urn:uuid:a): created must be an xsd:dateTime with a time zone',
      'item 2 (urn:uuid:b): @context must include http://www.w3.org/ns/anno.jsonld',
    ]);
    expect(report.errors).toEqual([
      'b: it has no TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text: not imported',
    ]);
  });

  it('not JSON, not annotations, too large, missing: one clear line each, exit 1', async () => {
    const cases: [string, string][] = [
      [await write('bad.jsonld', '{"type":'), 'bad.jsonld is not JSON'],
      [await write('settings.json', '{"theme":"dark"}'), 'settings.json is JSON but not Web Annotations'],
      [join(dir, 'missing.jsonld'), 'does not exist'],
    ];
    const huge = await write('huge.jsonld', '');
    await truncate(huge, 500 * 1024 * 1024); // sparse: nothing is written or read
    cases.push([huge, 'huge.jsonld is 500.0 MB; Web Annotation files up to 50.0 MB are read.']);
    for (const [path, message] of cases) {
      const io = captureIo();
      expect(await annotationsCommand(['validate', path], io)).toBe(1);
      expect(io.stderr).toContain(message);
    }
  });

  it('usage errors exit 2', async () => {
    const io = captureIo();
    expect(await annotationsCommand(['check', 'a.jsonld'], io)).toBe(2);
    expect(io.stderr).toContain('Usage: tickmark annotations validate');
  });
});
