/**
 * A small annotated review for export tests, the e2e and the bench: a Traditional Chinese Markdown
 * draft (headings, paragraphs, a list, a table; long enough for three pages of text) and a review of
 * it with every case the annotated PDF has to carry — claims with tags, a thread with two replies, a
 * resolved thread, figures in several statuses, an annotation across a page break, overlapping
 * annotations and an orphan whose quote is not in the draft. Fixed ids and clock so runs compare.
 */
import {
  createAnnotation,
  createReply,
  type Annotation,
  type AnnotationBody,
  type Reply,
} from '../../../shared/annotations/model';
import { createTarget } from '../../../shared/annotations/selectors';
import type { ImportedDraft } from '../../../shared/model/document';
import { importDocumentBytes } from '../import/import-document';

const paragraph = (n: number): string =>
  `第${n}項工作穩步推進。全年實現地區生產總值${200 + n}億元，同比增長${(4 + n / 10).toFixed(1)}%；` +
  `一般公共預算收入${10 + n}.5億元，完成年度計劃的${95 + (n % 5)}%。我們堅持以人民為中心，` +
  `推動產業轉型升級，新增就業崗位${1000 + n * 10}個，城鎮登記失業率控制在3.${n % 9}%以內。` +
  `Across the district, ${n * 3} projects were completed on schedule and within budget.`;

/** The draft's Markdown source. */
export function reviewDraftMarkdown(): string {
  const body = Array.from({ length: 16 }, (_, i) => paragraph(i + 1));
  return [
    '# 河城區政府工作報告',
    '',
    '## 一、過去一年的工作',
    '',
    ...body.slice(0, 8).flatMap((p) => [p, '']),
    '- 新建學校5所，新增學位3,600個',
    '- 改造老舊小區12個，惠及居民8,400戶',
    '',
    '| 指標 | 數值 | 增長 |',
    '| --- | --- | --- |',
    '| 地區生產總值 | 264億元 | 4.9% |',
    '| 財政收入 | 14.8億元 | 3.2% |',
    '',
    '## 二、今年的主要任務',
    '',
    ...body.slice(8).flatMap((p) => [p, '']),
  ].join('\n');
}

export interface ReviewFixture {
  draft: ImportedDraft;
  annotations: Annotation[];
  replies: Reply[];
  /** Ids by role, for assertions. */
  ids: {
    claims: string[];
    thread: string;
    resolved: string;
    figures: Record<string, string>;
    acrossPages: string;
    overlapping: string[];
    orphan: string;
  };
}

const clock = (minute: number): Date => new Date(Date.UTC(2026, 10, 30, 9, minute));

/** Imports the draft and builds the review. */
export async function makeReviewFixture(): Promise<ReviewFixture> {
  const imported = await importDocumentBytes(
    'hecheng-draft.md',
    new TextEncoder().encode(reviewDraftMarkdown()),
  );
  if (!imported.ok) throw new Error(`review fixture draft did not import: ${imported.error.message}`);
  const draft = imported.value;
  const text = draft.text;
  let serial = 0;
  const id = (): string => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;
  const at = (quote: string, from = 0): [number, number] => {
    const start = text.indexOf(quote, from);
    if (start < 0) throw new Error(`review fixture: "${quote}" not in the draft`);
    return [start, start + quote.length];
  };
  const annotate = (
    range: [number, number],
    body: AnnotationBody,
    author = 'Alice Chen',
    minute = 1,
  ): Annotation =>
    createAnnotation(
      {
        documentId: 'doc-1',
        versionId: 'ver-1',
        target: createTarget(text, range[0], range[1]),
        body,
        author,
      },
      { id: id(), now: clock(minute) },
    );
  const figure = (
    quote: string,
    status: string,
    value: number,
    unit: string,
    note = '',
    from = 0,
  ): Annotation =>
    annotate(
      at(quote, from),
      { kind: 'figure', status, note, origin: 'detected', value, unit, dismissed: false },
      'Bo Wang',
      5,
    );

  const claimA = annotate(at('我們堅持以人民為中心'), {
    kind: 'claim',
    category: 'commitment',
    tags: ['民生', 'people'],
  });
  const claimB = annotate(
    at('推動產業轉型升級'),
    { kind: 'claim', category: 'achievement', tags: ['industry'] },
    'Bo Wang',
    2,
  );
  const thread = annotate(at('全年實現地區生產總值203億元'), {
    kind: 'comment',
    text: '這個數字需要與統計公報核對。Please check against the bulletin.',
    resolved: false,
  });
  const resolved = annotate(
    at('新建學校5所'),
    { kind: 'comment', text: '學校數量已確認。', resolved: true },
    'Bo Wang',
    3,
  );
  const figures = {
    verified: figure('264億元', 'verified', 26_400_000_000, '元', '與統計公報一致'),
    disputed: figure('14.8億元', 'disputed', 1_480_000_000, '元', 'Bulletin says 14.6億元'),
    unverified: figure('3,600個', 'unverified', 3600, '個'),
    traced: figure('8,400戶', 'traced', 8400, '戶', 'Housing bureau table 3'),
    notApplicable: figure('12個', 'not-applicable', 12, '個'),
  };
  // Paragraphs 6 to 8 run over the first page break of the text (checked by the tests).
  const p6 = text.indexOf('第6項工作');
  const p8end = text.indexOf('\n', text.indexOf('第8項工作'));
  const acrossPages = annotate(
    [p6, p8end],
    {
      kind: 'comment',
      text: 'This whole passage repeats last year’s report.',
      resolved: false,
    },
    'Carol Lee',
    4,
  );
  // A highlight over a claim and a figure that overlap each other.
  const p10 = text.indexOf('第10項工作');
  const overlapClaim = annotate(at('全年實現地區生產總值210億元', p10), {
    kind: 'claim',
    category: 'target',
    tags: ['GDP'],
  });
  const overlapFigure = figure('210億元', 'verified', 21_000_000_000, '元', '', p10);
  const overlapHighlight = annotate(
    at('地區生產總值210億元，同比增長5.0%', p10),
    { kind: 'highlight' },
    'Carol Lee',
    6,
  );
  const orphan = annotate(
    [0, 4],
    { kind: 'comment', text: 'This sentence was cut from the draft.', resolved: false },
    'Carol Lee',
    7,
  );
  orphan.target = { start: 40, end: 50, exact: '這句話已被刪除了嗎？', prefix: '', suffix: '' };

  const replies = [
    createReply(
      { annotationId: thread.id, author: 'Bo Wang', text: '已核對，公報為203億元。' },
      { id: id(), now: clock(10) },
    ),
    createReply(
      {
        annotationId: thread.id,
        author: 'Alice Chen',
        text: 'Thanks — keep it open until the bulletin is out.',
      },
      { id: id(), now: clock(11) },
    ),
    createReply(
      { annotationId: resolved.id, author: 'Alice Chen', text: 'OK.' },
      { id: id(), now: clock(12) },
    ),
  ];
  const annotations = [
    claimA,
    claimB,
    thread,
    resolved,
    ...Object.values(figures),
    acrossPages,
    overlapClaim,
    overlapFigure,
    overlapHighlight,
    orphan,
  ];
  return {
    draft,
    annotations,
    replies,
    ids: {
      claims: [claimA.id, claimB.id, overlapClaim.id],
      thread: thread.id,
      resolved: resolved.id,
      figures: {
        ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.id])),
        overlap: overlapFigure.id,
      },
      acrossPages: acrossPages.id,
      overlapping: [overlapClaim.id, overlapFigure.id, overlapHighlight.id],
      orphan: orphan.id,
    },
  };
}
