/**
 * Styles of the print view. The page margins come from the paper geometry; the right margin is wide
 * because numbered notes are drawn there (./margin-notes.ts). Annotation line styles mirror the app's
 * (renderer annotations.css) so kinds stay apart in greyscale: claims solid, comments dashed, figures in
 * their status's own style, resolved threads thin grey. Highlight colour itself comes from the PDF
 * /Highlight annotations, not from the page, so it is never drawn twice.
 */
import type { PageGeometry } from './export-options';

/** Font stacks per script: Noto CJK carries Latin too, so one face keeps both baselines aligned. */
export function fontStack(lang: string): string {
  const cjk = lang === 'zh-Hans' ? 'SC' : lang === 'ja' ? 'JP' : 'TC';
  return `"Noto Serif CJK ${cjk}", "Noto Serif", "Source Han Serif", "Songti TC", "PMingLiU", serif`;
}

export function printCss(page: PageGeometry, lang: string): string {
  return `
@page { size: ${page.width}mm ${page.height}mm; margin: ${page.top}mm ${page.right}mm ${page.bottom}mm ${page.left}mm; }
* { box-sizing: border-box; }
html { font-family: ${fontStack(lang)}; font-size: 10.5pt; line-height: 1.9; color: #1a1a1a;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
  /* Full-width punctuation keeps its full advance: trimmed, readers' text boxes overlap the next character. */
  text-spacing-trim: space-all; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6 { line-height: 1.5; margin: 1.1em 0 0.5em; break-after: avoid; font-weight: 700; }
h1 { font-size: 16pt; } h2 { font-size: 13.5pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 10.5pt; }
/* Left-aligned: justifying mixed CJK and Latin lines stretches the Latin words' letters apart. */
p { margin: 0 0 0.55em; text-align: left; orphans: 2; widows: 2; }
ul, ol { margin: 0 0 0.55em; padding-left: 1.8em; }
blockquote { margin: 0 0 0.55em 1em; padding-left: 0.8em; border-left: 2px solid #bbb; color: #333; }
pre { font-family: "Noto Sans Mono CJK TC", monospace; font-size: 9pt; white-space: pre-wrap; line-height: 1.5; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; width: 100%; font-size: 9.5pt; line-height: 1.6; }
td, th { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
td p, th p { margin: 0; text-align: left; }
th { background: #eee; }
hr { border: 0; border-top: 0.5pt solid #999; }
.doc-link { color: #0b4f8a; }
a.tm { color: inherit; text-decoration: none; }
.k-claim, .k-comment, .k-figure { text-decoration-line: underline; text-decoration-color: var(--c);
  text-decoration-skip-ink: none; }
.k-claim { text-decoration-style: solid; text-decoration-thickness: 1.2pt; text-underline-offset: 2.5pt; }
.k-comment { text-decoration-style: dashed; text-decoration-thickness: 1.2pt; text-underline-offset: 4.5pt; }
.k-resolved { text-decoration-thickness: 0.6pt; }
.k-figure { text-decoration-thickness: 1.2pt; text-underline-offset: 6.5pt; }
.u-dotted { text-decoration-style: dotted; } .u-solid { text-decoration-style: solid; }
.u-wavy { text-decoration-style: wavy; } .u-dashed { text-decoration-style: dashed; }
.u-double { text-decoration-style: double; }
.k-claim .k-claim { text-underline-offset: 4pt; }
@page wide { margin: ${page.top}mm ${page.left}mm ${page.bottom}mm ${page.left}mm; }
section.cover, section.appendix { page: wide; }
section.cover { break-after: page; padding-top: 12mm; }
section.cover h1 { font-size: 22pt; margin: 0 0 4mm; }
section.cover .draft { font-size: 13pt; color: #444; margin-bottom: 7mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 8mm;
  font-size: 9.5pt; line-height: 1.5; }
dl.facts dt { color: #555; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.cover h2, .appendix h2 { font-size: 12pt; margin: 6mm 0 2mm; }
table.counts { width: auto; min-width: 60%; }
table.counts td.n { text-align: right; }
.swatch { display: inline-block; width: 8pt; height: 8pt; margin-right: 4pt; border: 0.5pt solid #555;
  vertical-align: -1pt; background: var(--c); }
section.appendix { break-before: page; }
section.appendix h1 { font-size: 15pt; margin-top: 0; }
table.schedule { font-size: 8pt; line-height: 1.45; table-layout: fixed; }
table.schedule td, table.schedule th { overflow-wrap: anywhere; }
table.schedule thead { display: table-header-group; }
table.schedule tr { break-inside: avoid; }
.muted { color: #666; }
ol.orphans { padding-left: 0; list-style: none; font-size: 9pt; line-height: 1.55; }
ol.orphans li { margin-bottom: 3mm; break-inside: avoid; }
ol.orphans .quote { background: #f3f3f3; padding: 0 2pt; }
.num { font-family: "Noto Sans CJK TC", sans-serif; font-weight: 700; color: #fff; background: var(--c);
  border-radius: 2pt; padding: 0 2.5pt; font-size: 7.5pt; }
`;
}

/** Header and footer templates for Chromium's printToPDF / page.pdf (their own tiny documents). */
export function headerFooterTemplates(
  page: PageGeometry,
  lang: string,
  header: { title: string; draft: string },
  escape: (text: string) => string,
): { headerTemplate: string; footerTemplate: string } {
  const box = `font-family: ${fontStack(lang).replace(/"/g, "'")}; font-size: 7.5pt; color: #555; width: 100%;
    margin: 0 ${page.right}mm 0 ${page.left}mm; display: flex; justify-content: space-between;`;
  return {
    headerTemplate: `<div style="${box} border-bottom: 0.4pt solid #bbb; padding-bottom: 1mm;"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis; max-width: 75%;">${escape(header.title)}</span><span>${escape(header.draft)}</span></div>`,
    footerTemplate: `<div style="${box} justify-content: center;"><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
