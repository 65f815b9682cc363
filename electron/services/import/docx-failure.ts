/**
 * Turns what mammoth (and the JSZip and xmldom inside it) throws for a damaged .docx into a sentence for
 * a reviewer. Their own words — `Corrupted zip or bug: unexpected signature`, `[xmldom error] element
 * parse error`, or a bare `Cannot read properties of null (reading 'tagName')` from a part mammoth did
 * not expect — say nothing a person can act on, so they go to the failure's details (for logs) and the
 * message names which layer of the file is broken and what to do.
 */
import { AppFailure } from '../../../shared/result';

const advice =
  'The file may be damaged, incomplete or an old .doc renamed to .docx: open it in Word or LibreOffice ' +
  'and save it again as .docx.';

/** Which part of a .docx a mammoth error points at, in words. */
export function docxProblem(reason: string): string {
  if (/zip|signature|central dir|end of data|uncompressed data|compress|inflate|crc32/i.test(reason))
    return 'its ZIP container (a .docx is a ZIP package) is broken or cut short';
  if (/main document part|could not find file|no such file|not found in zip/i.test(reason))
    return 'it has no main document part (word/document.xml)';
  if (/xmldom|xml|unclosed|entity|attribute|parse error|start tag|end tag/i.test(reason))
    return 'part of its XML content is malformed';
  return 'its content is not laid out the way Word writes it';
}

/** The `corrupt` failure for a .docx that mammoth could not convert. */
export function docxFailure(fileName: string, error: unknown): AppFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppFailure(
    'corrupt',
    `"${fileName}" is not a readable Word document: ${docxProblem(reason)}. ${advice}`,
    { fileName, reason },
  );
}
