/**
 * Fixture makers for unit and e2e tests: each writes a real file into a directory the caller owns
 * (usually `mkdtemp(join(os.tmpdir(), …))`) and returns its path. Nothing here is mocked: .docx files
 * come from the `docx` library, PDFs from Chromium, spreadsheets from `xlsx`, encodings from iconv-lite.
 */
export {
  makeBinaryTxt,
  makeCorruptDocx,
  makeEmptyFile,
  makeOversizedFile,
  pseudoRandomBytes,
} from './bad-fixtures';
export { buildDocx, makeDocx, reportDocxContent, type DocxFixtureContent } from './docx-fixture';
export {
  chromiumPath,
  makeCorruptPdf,
  makeEncryptedPdf,
  makePdfWithChromium,
  makeScannedPdf,
} from './pdf-fixtures';
export { simplifiedReport, traditionalReport } from './sample-texts';
export { bulletinSheet, makeCsv, makeXlsx, type SheetCell } from './sheet-fixtures';
export {
  makeBig5Text,
  makeGb18030Text,
  makeLargeDraft,
  sampleReportPath,
  makeUtf16Text,
  makeUtf8BomText,
  writeEncodedText,
  type FixtureEncoding,
} from './text-fixtures';
