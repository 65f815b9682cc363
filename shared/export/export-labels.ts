/**
 * The words an annotated PDF prints around the draft — cover, appendix, running header, note headers,
 * built-in status names — in the reviewer's UI language (the app passes its language; the CLI takes
 * `--lang`). The draft's own text is never translated. Kept in shared/ because main and the CLI lay
 * out the PDF, and neither loads the renderer's i18next bundles.
 */
import { z } from 'zod';
import type { AnnotationKind } from '../annotations/model';
import { englishStatusLabels } from '../figures/statuses';

export const exportLanguages = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type ExportLanguage = (typeof exportLanguages)[number];
export const exportLanguageSchema = z.enum(exportLanguages);

export interface ExportLabels {
  draft: (n: number) => string;
  annotatedReview: (n: number) => string;
  facts: {
    document: string;
    draft: string;
    file: string;
    sha256: string;
    reviewers: string;
    exported: string;
    annotations: string;
  };
  orphanedCount: (n: number) => string;
  byKind: string;
  byStatus: string;
  unresolved: (n: number) => string;
  replies: (n: number) => string;
  none: string;
  moreThreads: (n: number) => string;
  appendix: string;
  schedule: (n: number) => string;
  columns: [string, string, string, string, string, string, string];
  noFigures: string;
  orphans: (n: number) => string;
  notFound: string;
  noOrphans: string;
  orphaned: string;
  kinds: Record<AnnotationKind, string>;
  resolved: string;
  /** After the header of the part of a note that goes on in another column or page (with its separator). */
  continued: string;
  /** Contents of the review state a resolved thread carries in the PDF. */
  resolvedState: string;
  /** Built-in claim categories (team categories print as typed). */
  categories: Record<string, string>;
  anonymous: string;
  statuses: Record<string, string>;
}

const en: ExportLabels = {
  draft: (n) => `Draft ${n}`,
  annotatedReview: (n) => `Annotated review · Draft ${n}`,
  facts: {
    document: 'Document',
    draft: 'Draft',
    file: 'File',
    sha256: 'SHA-256',
    reviewers: 'Reviewers',
    exported: 'Exported',
    annotations: 'Annotations',
  },
  orphanedCount: (n) => `${n} orphaned`,
  byKind: 'By kind',
  byStatus: 'Figures by status',
  unresolved: (n) => `Unresolved threads (${n})`,
  replies: (n) => `${n} repl${n === 1 ? 'y' : 'ies'}`,
  none: 'None.',
  moreThreads: (n) => `… and ${n} more, listed in the PDF's comments.`,
  appendix: 'Appendix',
  schedule: (n) => `A. Figure verification schedule (${n})`,
  columns: ['No.', 'Figure', 'Value', 'Section', 'Status', 'Source', 'Note'],
  noFigures: 'No figures were included in this export.',
  orphans: (n) => `B. Orphaned annotations (${n})`,
  notFound: 'was not found in this draft.',
  noOrphans: 'None: every annotation was found in the text.',
  orphaned: '(orphaned)',
  kinds: { highlight: 'Highlight', claim: 'Claim', comment: 'Comment', figure: 'Figure' },
  resolved: '(resolved)',
  continued: ' (continued)',
  resolvedState: 'Resolved',
  categories: {
    achievement: 'Achievement',
    target: 'Target',
    commitment: 'Commitment',
    assessment: 'Assessment',
    other: 'Other',
  },
  anonymous: 'Anonymous',
  statuses: englishStatusLabels,
};

const zhHant: ExportLabels = {
  draft: (n) => `第 ${n} 稿`,
  annotatedReview: (n) => `審閱批註 · 第 ${n} 稿`,
  facts: {
    document: '文件',
    draft: '稿次',
    file: '檔案',
    sha256: 'SHA-256',
    reviewers: '審閱人',
    exported: '匯出時間',
    annotations: '批註',
  },
  orphanedCount: (n) => `其中 ${n} 則找不到原文`,
  byKind: '按類型',
  byStatus: '數字按狀態',
  unresolved: (n) => `未解決的討論（${n}）`,
  replies: (n) => `${n} 則回覆`,
  none: '無。',
  moreThreads: (n) => `……另有 ${n} 則，見 PDF 註解。`,
  appendix: '附錄',
  schedule: (n) => `甲、數字核對表（${n}）`,
  columns: ['編號', '數字', '數值', '章節', '狀態', '來源', '備註'],
  noFigures: '本次匯出未包含數字。',
  orphans: (n) => `乙、找不到原文的批註（${n}）`,
  notFound: '在本稿中找不到。',
  noOrphans: '無：每則批註都在正文中找到。',
  orphaned: '（找不到原文）',
  kinds: { highlight: '標示', claim: '論點', comment: '意見', figure: '數字' },
  resolved: '（已解決）',
  continued: '（續）',
  resolvedState: '已解決',
  categories: { achievement: '成績', target: '目標', commitment: '承諾', assessment: '評估', other: '其他' },
  anonymous: '匿名',
  statuses: {
    unverified: '未核實',
    verified: '已核實',
    disputed: '有疑義',
    'not-applicable': '不適用',
    traced: '已追溯來源',
    'agrees-bulletin': '與公報一致',
    recalculated: '已重新計算',
    'prior-year': '與上年一致',
    'definition-differs': '口徑不同',
  },
};

const zhHans: ExportLabels = {
  ...zhHant,
  draft: (n) => `第 ${n} 稿`,
  annotatedReview: (n) => `审阅批注 · 第 ${n} 稿`,
  facts: {
    document: '文件',
    draft: '稿次',
    file: '文件名',
    sha256: 'SHA-256',
    reviewers: '审阅人',
    exported: '导出时间',
    annotations: '批注',
  },
  orphanedCount: (n) => `其中 ${n} 条找不到原文`,
  byKind: '按类型',
  byStatus: '数字按状态',
  unresolved: (n) => `未解决的讨论（${n}）`,
  replies: (n) => `${n} 条回复`,
  moreThreads: (n) => `……另有 ${n} 条，见 PDF 注释。`,
  appendix: '附录',
  schedule: (n) => `甲、数字核对表（${n}）`,
  columns: ['编号', '数字', '数值', '章节', '状态', '来源', '备注'],
  noFigures: '本次导出未包含数字。',
  orphans: (n) => `乙、找不到原文的批注（${n}）`,
  notFound: '在本稿中找不到。',
  noOrphans: '无：每条批注都在正文中找到。',
  kinds: { highlight: '标示', claim: '论点', comment: '意见', figure: '数字' },
  resolved: '（已解决）',
  continued: '（续）',
  resolvedState: '已解决',
  categories: { achievement: '成绩', target: '目标', commitment: '承诺', assessment: '评估', other: '其他' },
  statuses: {
    unverified: '未核实',
    verified: '已核实',
    disputed: '有疑义',
    'not-applicable': '不适用',
    traced: '已追溯来源',
    'agrees-bulletin': '与公报一致',
    recalculated: '已重新计算',
    'prior-year': '与上年一致',
    'definition-differs': '口径不同',
  },
};

const byLanguage: Record<ExportLanguage, ExportLabels> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

export function exportLabels(language: ExportLanguage = 'en'): ExportLabels {
  return byLanguage[language];
}

/** The export language for a UI or BCP 47 tag: zh-TW/HK/MO and zh-Hant → 繁中, other zh → 简中. */
export function pickExportLanguage(tag: string | undefined): ExportLanguage {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
}
