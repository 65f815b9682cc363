/**
 * The W3C web-annotation-tests MUST assertions as an Ajv validator, for tests of what Tickmark exports.
 * The schemas are the product owner's verbatim copy in `../shared/w3c-annotation-schemas` beside the
 * repository (see SOURCE.md there); CI checks the repository out with `shared/` beside it.
 *
 * They are JSON Schema draft-04, which Ajv 8 does not read, so each is lifted to draft-07 on load:
 * `id` → `$id`, nested `$schema` dropped, boolean `exclusiveMinimum` turned into the number form.
 * Nothing else changes. Formats (`uri`, `date-time`) come from ajv-formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** `../shared/w3c-annotation-schemas` relative to the repository root. */
export const w3cSchemaDir = resolve(import.meta.dirname, '../../../../shared/w3c-annotation-schemas');

type Json = Record<string, unknown>;

/** Draft-04 → draft-07, in place on a copy. */
function lift(node: unknown, root: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => lift(item, false));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$schema') continue;
    if (key === 'id' && root && typeof value === 'string') out.$id = value;
    else if (key === 'properties' && typeof value === 'object' && value !== null) {
      // Property names (an annotation's own `id`) are not keywords: only their schemas are lifted.
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, lift(v, false)]));
    } else out[key] = lift(value, false);
  }
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  } else if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  return out;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** One MUST assertion of the suite and its validator. */
export interface W3cAssertion {
  file: string;
  errorMessage: string;
  validate: ValidateFunction;
}

function loadAll(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  for (const name of readdirSync(join(w3cSchemaDir, 'definitions'))) {
    ajv.addSchema(lift(readJson(join(w3cSchemaDir, 'definitions', name)), true) as Json);
  }
  return ajv;
}

/** The assertions listed in one `*.test` file of the suite (e.g. `annotations/annotationMusts.test`). */
export function loadAssertions(testFile: string, ajv: Ajv = loadAll()): W3cAssertion[] {
  const test = readJson(join(w3cSchemaDir, testFile));
  return (test.assertions as string[]).map((file) => {
    const schema = lift(readJson(join(w3cSchemaDir, file)), true) as Json;
    delete schema.$id; // ids like "3.1-annotationIdValidated.json" would clash across reloads
    return {
      file,
      errorMessage: String(schema.errorMessage ?? file),
      validate: ajv.compile(schema),
    };
  });
}

/** The MUST assertions for annotations, collections and pages. */
export function loadMustAssertions(): {
  annotation: W3cAssertion[];
  collection: W3cAssertion[];
  page: W3cAssertion[];
} {
  const ajv = loadAll();
  return {
    annotation: loadAssertions('annotations/annotationMusts.test', ajv),
    collection: loadAssertions('collections/collectionMusts.test', ajv),
    page: loadAssertions('collections/pages/pageMusts.test', ajv),
  };
}

/**
 * Failures of one exported collection against every MUST assertion: the collection, its page and each
 * annotation in it. Empty when the file conforms.
 */
export function checkCollection(
  collection: unknown,
  assertions: ReturnType<typeof loadMustAssertions> = loadMustAssertions(),
): string[] {
  const failures: string[] = [];
  const run = (list: W3cAssertion[], value: unknown, what: string) => {
    for (const a of list) if (!a.validate(value)) failures.push(`${what}: ${a.file}: ${a.errorMessage}`);
  };
  run(assertions.collection, collection, 'collection');
  const first = (collection as Json).first as Json | undefined;
  if (first) {
    // A page embedded in a collection inherits its @context; the page assertions check a standalone page.
    run(assertions.page, { '@context': (collection as Json)['@context'], ...first }, 'page');
    for (const [i, item] of ((first.items as unknown[]) ?? []).entries()) {
      run(assertions.annotation, item, `item ${i + 1}`);
    }
  }
  return failures;
}
