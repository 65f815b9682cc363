/**
 * What a figure measures, read from the words before it in its clause: `全年實現區內生產總值264億元`
 * → subject `區內生產總值`, aspect `level`; `同比增長4.9%` → aspect `change` of the previous figure's
 * subject. The reading is deliberately cautious: a figure whose measure cannot be told apart (a list
 * stated `分別`/respectively, a bare number after `、`) gets `ambiguous`, and checks leave it alone,
 * because a false alarm costs an auditor more than a missed hint.
 */
import { clauseAround, clauseBoundaryBefore, sentenceAround, type Span } from './clauses';
import { measureKey } from './fold';
import { englishSubject, isEnglish, wordEnds } from './measure-words';

export type MeasureAspect = 'level' | 'change' | 'share';
/** When the figure applies: the report's year, the year before (`上年`), or a plan (`預計`, `target`). */
export type MeasurePeriod = 'current' | 'prior' | 'target';

export interface Measure {
  /** The measure's name as written. */
  subject: string;
  /** `subject` folded for comparison (./fold.ts). */
  key: string;
  aspect: MeasureAspect;
  /** For `change`: the direction the text states (`下降4%` is down). */
  direction?: 'up' | 'down';
  period: MeasurePeriod;
  /** True when the text does not say which of several things the figure belongs to. */
  ambiguous: boolean;
  /** For `share`: the part's and the whole's names (`A占B的p%`). */
  part?: string;
  whole?: string;
  /** The year the text or the table column names (`2023年GDP…`, a `2023年` column). */
  year?: number;
  /** For a table figure: the header path of its column. */
  column?: string;
}

const up =
  /(?:增長|增长|增加|提高|上升|增幅|漲|涨|growth of|grew(?: by)?|rose(?: by)?|increased(?: by)?|up(?: by)?|an increase of|a rise of)$/i;
const down =
  /(?:下降|減少|减少|降低|回落|下滑|降幅|fell(?: by)?|declined(?: by)?|decreased(?: by)?|dropped(?: by)?|down(?: by)?|a decrease of|a fall of)$/i;
const comparison =
  /(?:同比|比上年|較上年|较上年|比去年|較去年|较去年|年均|與上年相比|与上年相比|上年同期|同期|比|較|较|year[- ]on[- ]year|from a year earlier|compared with last year|annual(?:ly)?|on average)$/i;
const link =
  /(?:分別為|分别为|分別|分别|均|都|也|穩定在|稳定在|保持在|控制在|達到|达到|達|达|為|为|是|共計|共计|合計|合计|總計|总计|累計|累计|共|計|计|約|约|近|超過|超过|突破|至|到|了|逾|的|reached|was|were|is|are|stood at|totals?|totall?ed|amounted to|came to|accounts? for|(?:is |are )?(?:estimated|projected|budgeted|expected) (?:at|to be)|rises to|rose to|falls to|fell to|reach(?:es)?|ends the year at|of|at|to|by|about|around|nearly|over|more than|approximately|some|a total of)$/i;
const leadingVerb =
  /(?:實現|实现|完成|新增|新建|建成|實施|实施|培育|發展|发展|啟動|启动|改造|投入|引進|引进|舉辦|举办|落實|落实|解決|解决|安置|開工|开工|竣工|帶動|带动|吸納|吸纳|幫扶|帮扶|惠及|資助|资助|救助|發放|发放|減輕|减轻|節約|节约|擁有|拥有|共有|有|爭取|争取|確保|确保|力爭|力争|預計|预计|全年|其中|包括|投資|投资)(?![值額额率量總总數数])/g;
/** The leading verbs as a whole word for the segmenter (the lookahead above guards regex matching only). */
const leadingVerbWord = new RegExp(leadingVerb.source.replace(/\(\?!\[[^\]]*\]\)$/, ''));
const leadingNoise =
  /^(?:(?:\d{2,4}|20xx|[一二三四五六七八九〇零]{2,4})年(?:末|底|度)?|全年|今年|去年|上年|年末|年底|全區|全区|全市|全縣|全县|我區|我区|我市|累計|累计|其中|共|(?:the|a|an|in|its|this year's|last year's)\b)\s*/i;
const target =
  /預計|预计|預期|预期|力爭|力争|目標|目标|計劃|计划|計畫|爭取|争取|確保|确保|將|将|target|aim|expect|forecast|plan|will\b/i;
const prior = /上年|去年|上一年|前一年|last year|previous year|prior year|a year earlier/i;
/** `A占B的p%`, `為B的p%`, `A accounts for p% of B`: the part before the marker and the whole after it. */
const sharePattern =
  /^(.*?)(?:占|佔|為|为|是|相當於|相当于|accounts? for|making up|equal to)(.+?)(?:的比重為?|的比例為?|的比重为?|的比例为?|比重|比例|的)$/i;

/** Part and whole of a share stated before the figure, or null. */
function readShare(before: string, unit: string): { part: string; whole: string } | null {
  if (unit !== '%') return null;
  const m = sharePattern.exec(before);
  if (m) return { part: m[1]!.trim(), whole: m[2]!.trim() };
  return null;
}

/** `p% of B` after an English figure. */
function readShareAfter(text: string, end: number): string | null {
  const m = /^ of (?:the )?([a-z][a-z ']{2,40}?)(?=[,.;]|$| in | and )/i.exec(text.slice(end, end + 60));
  return m ? m[1]!.trim() : null;
}
const respectively = /分別|分别|respectively/i;

function stripEnd(text: string, pattern: RegExp): { text: string; matched: boolean } {
  const m = pattern.exec(text);
  if (!m || m[0].length === 0) return { text, matched: false };
  return { text: text.slice(0, m.index).trimEnd(), matched: true };
}

/**
 * Cuts at the last leading verb (`實現區內生產總值` → `區內生產總值`) when something follows it, and
 * only where the verb is a whole word (./measure-words.ts): `有效投資` keeps its `有`.
 */
function afterLastVerb(text: string): string {
  let cut = 0;
  for (const end of wordEnds(text, leadingVerbWord)) if (end < text.length) cut = end;
  return text.slice(cut);
}

/** Time words say when, not what: they set the period and are left out of the measure's name. */
const timeWords =
  /(?:(?:in|during|for) )?(?:(?:last|previous|prior|this|next) year(?:'s)?|a year earlier|上一?年度?|去年|今年|明年|本年度?|(?:19|20)(?:\d\d|xx)年?度?)/gi;

function cleanSubject(text: string): string {
  let subject = afterLastVerb(text.replace(timeWords, ' ')).trim();
  for (let previous = ''; previous !== subject;) {
    previous = subject;
    subject = subject.replace(leadingNoise, '').trim();
  }
  return subject.replace(/^[\s,，、的]+|[\s,，、的]+$/g, '');
}

function periodOf(
  text: string,
  figure: Span,
  clause: Span,
  sentenceBefore: string,
  aspect: MeasureAspect,
): MeasurePeriod {
  if (target.test(sentenceBefore)) return 'target';
  return aspect === 'level' && prior.test(text.slice(clause.start, figure.start)) ? 'prior' : 'current';
}

/** The figure's unit as far as the share reading needs it: `%` or anything else. */
function unitOf(text: string, figure: Span): string {
  const t = text.slice(figure.start, figure.end);
  return /%|％|percent|per cent|百分之/i.test(t) ? '%' : '';
}

const yearPattern = /(?:FY\s?|\bin\s)?((?:19|20)\d\d)(?:\s*年|[-–/]\d{2,4}|\b)/gi;

/** The last year `text` names (`2023年`, `in 2023`, `FY 2023-24` → 2023). */
function lastYear(text: string): number | undefined {
  let year: number | undefined;
  for (const m of text.matchAll(yearPattern)) year = Number(m[1]);
  return year;
}

/** The year a figure's statement is about: named in its clause, else earlier in its sentence. */
function statementYear(text: string, figure: Span, clause: Span, sentenceBefore: string): number | undefined {
  return (
    lastYear(text.slice(clause.start, clause.end).replace(text.slice(figure.start, figure.end), ' ')) ??
    lastYear(sentenceBefore)
  );
}

/** The measure of one figure, or null when its clause says nothing usable. */
export function readMeasure(
  text: string,
  figure: Span,
  previousEnd: number,
  previous: Measure | null,
  previousInSentence: boolean,
  clause: Span = clauseAround(text, figure.start, figure.end),
  sentence: Span = sentenceAround(text, figure.start, figure.end),
): Measure | null {
  let before = text.slice(Math.max(clause.start, previousEnd), figure.start).trim();
  const sentenceBefore = text.slice(sentence.start, figure.start);
  let aspect: MeasureAspect = 'level';
  let direction: Measure['direction'];
  const shareParts =
    readShare(before, unitOf(text, figure)) ??
    (/accounts? for|making up|representing|accounting for/i.test(before) && readShareAfter(text, figure.end)
      ? {
          part: before.replace(/,? *(?:accounts? for|making up|representing|accounting for)$/i, ''),
          whole: readShareAfter(text, figure.end)!,
        }
      : null);
  let step = stripEnd(before, up);
  if (step.matched) {
    aspect = 'change';
    direction = 'up';
  } else {
    step = stripEnd(before, down);
    if (step.matched) {
      aspect = 'change';
      direction = 'down';
    }
  }
  before = step.text;
  if (aspect === 'change') before = stripEnd(before, comparison).text;
  if (shareParts) {
    aspect = 'share';
    let part = cleanSubject(shareParts.part);
    if (!part && previous && previousInSentence) part = previous.subject;
    const whole = cleanSubject(shareParts.whole);
    if (!part || !whole) return null;
    const subject = `${part}÷${whole}`;
    const share: Measure = {
      subject,
      key: measureKey(subject),
      aspect,
      period: periodOf(text, figure, clause, sentenceBefore, aspect),
      ambiguous: false,
      part,
      whole,
    };
    const shareYear = statementYear(text, figure, clause, sentenceBefore);
    if (shareYear !== undefined) share.year = shareYear;
    return share;
  }
  for (let stripped = true; stripped;) {
    const s = stripEnd(before, link);
    stripped = s.matched;
    before = s.text;
  }
  let subject = isEnglish(before)
    ? (englishSubject(cleanSubject(before), text, figure.end) ?? '')
    : cleanSubject(before);
  const listContinuation = subject.length === 0 && clauseBoundaryBefore(text, clause.start) === '、';
  let ambiguous = respectively.test(sentenceBefore) || listContinuation;
  if (subject.length === 0 && previous && previousInSentence && aspect !== 'level') {
    subject = previous.subject;
    ambiguous ||= previous.ambiguous;
  }
  if (subject.length === 0) return null;
  const period = periodOf(text, figure, clause, sentenceBefore, aspect);
  const measure: Measure = { subject, key: measureKey(subject), aspect, period, ambiguous };
  if (direction) measure.direction = direction;
  const year = statementYear(text, figure, clause, sentenceBefore);
  if (year !== undefined) measure.year = year;
  return measure;
}
