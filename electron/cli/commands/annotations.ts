/**
 * `tickmark annotations validate FILE [--json]`: says what is wrong with a Web Annotation file — the
 * W3C MUST rules it breaks, what Tickmark could not read or would change, and whether it can be imported
 * at all (not JSON, not annotations, too large). Exit 0: valid (warnings may remain); 1: errors; 2: usage.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkW3cMusts } from '../../../shared/annotations/w3c-validate';
import { readAnnotationFile } from '../../services/annotations/read-annotation-file';
import type { CliCommand } from '../run-command';

const usage = 'Usage: tickmark annotations validate FILE.jsonld [--json]';

export const annotationsCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const [sub, ...rest] = args;
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('-'));
  if (sub !== 'validate' || files.length !== 1 || unknown) {
    io.err(
      `tickmark annotations: ${unknown ? `unknown option "${unknown}"` : 'expected "validate FILE"'}\n${usage}`,
    );
    return 2;
  }
  const path = resolve(files[0]!);
  const read = await readAnnotationFile(path);
  if (!read.ok) {
    if (json) io.out(JSON.stringify({ file: files[0], valid: false, fatal: read.error.message }, null, 2));
    else io.err(`tickmark annotations validate: ${read.error.message}`);
    return 1;
  }
  // The file parsed, so reading it again as JSON is safe and cheap next to the reader's work.
  const musts = checkW3cMusts(JSON.parse((await readFile(path, 'utf8')).replace(/^\ufeff/, '')));
  const errors = read.value.issues.filter((i) => i.level === 'error').map((i) => i.message);
  const warnings = read.value.issues.filter((i) => i.level === 'warning').map((i) => i.message);
  const valid = musts.length === 0 && errors.length === 0;
  const summary = {
    file: files[0],
    valid,
    items: read.value.itemCount,
    annotations: read.value.annotations.length,
    replies: read.value.replies.length,
    sources: read.value.sources,
    w3c: musts,
    errors,
    warnings,
  };
  if (json) {
    io.out(JSON.stringify(summary, null, 2));
    return valid ? 0 : 1;
  }
  const lines = [
    ...musts.map((m) => `W3C: ${m}`),
    ...errors.map((m) => `error: ${m}`),
    ...warnings.map((m) => `warning: ${m}`),
    `${files[0]}: ${summary.items} items, ${summary.annotations} annotations and ${summary.replies} replies readable; ` +
      `${musts.length} W3C rule(s) broken, ${errors.length} error(s), ${warnings.length} warning(s) — ${valid ? 'valid' : 'NOT valid'}`,
  ];
  (valid ? io.out : io.err)(lines.join('\n'));
  return valid ? 0 : 1;
};
