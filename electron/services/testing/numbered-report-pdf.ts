/**
 * A four-page PDF whose printed numbering starts at 5 (footers `- 5 -` … `- 8 -`), two paragraphs a
 * page, for page-label tests (unit and e2e). No body line repeats from page to page: a line at the same
 * height on most pages would rightly be taken for a running header and left out.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

const topics = ['schools', 'roads', 'clinics', 'housing', 'water', 'parks', 'transit', 'libraries'];

export async function numberedReportPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let sheet = 0; sheet < 4; sheet++) {
    const page = pdf.addPage([595, 842]);
    for (let paragraph = 0; paragraph < 2; paragraph++) {
      const top = 760 - paragraph * 120;
      const topic = topics[sheet * 2 + paragraph]!;
      const opening = `Section ${sheet + 1}.${paragraph + 1} reports spending of $${sheet + 2}.5 million on ${topic}`;
      page.drawText(opening, { x: 72, y: top, size: 11, font });
      page.drawText(`in the ${topic} district of ward ${sheet * 2 + paragraph + 1}.`, {
        x: 72,
        y: top - 15,
        size: 11,
        font,
      });
    }
    const footer = `- ${sheet + 5} -`;
    page.drawText(footer, { x: 297 - font.widthOfTextAtSize(footer, 10) / 2, y: 40, size: 10, font });
  }
  return pdf.save();
}
