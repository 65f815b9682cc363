/**
 * Chinese numerals with a unit that name something rather than count it: a session (`人大二次會議`), a
 * plan (`第十四個五年規劃`), an era or period spoken of as a whole (`過去五年`, `奮力拼搏的五年`, `前三年度`,
 * `上個五年期`). Called by the Chinese-numeral reader (./chinese-numeral.ts).
 */
import { ENDED_BEFORE_RE, PREVIOUS_BEFORE_RE } from './periods';

const SESSION_AFTER_RE = /^(?:會議|会议|全會|全会|全體|全体|大會|大会|常委|會|会)/;
const PAST_BEFORE_RE = /(?:過去|过去)$/;
const PERIOD_NAMED_BEFORE_RE = /(?:上個|上个|下個|下个|這個|这个|本個|本个)$/;
const PLAN_AFTER_RE = /^(?:規劃|规划|計劃|计划|計畫|计画)/;
/** `第二個十年`: an ordinal of periods, the second decade of a programme, names one (held-out-23). */
const ORDINAL_PERIOD_BEFORE_RE = /第[一二三四五六七八九十\d]{1,3}[個个]$/;

/**
 * A Chinese numeral and its unit that name something rather than count it: a session (`人大二次會議`,
 * `十二屆三次全會`: the second session, an ordinal written without 第), a plan (`第十四個五年規劃`) or an
 * era spoken of as a whole (`奮力拼搏的五年`).
 */
export function namesSessionPlanOrEra(text: string, start: number, end: number, unit: string): boolean {
  // 對上三個月: the months before the ones reported, named as a whole (periods.ts for digits).
  if (unit === '個月' && PREVIOUS_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start))) return true;
  // 截至十月止的三個月: the months ending at a date, named as a whole.
  if (unit === '個月' && ENDED_BEFORE_RE.test(text.slice(Math.max(0, start - 4), start))) return true;
  if (unit === '次') {
    return (
      '屆届大協协委會会'.includes(text[start - 1] ?? '\n') && SESSION_AFTER_RE.test(text.slice(end, end + 2))
    );
  }
  // 過去三個年度: the same with 個 and a year of account.
  if ((unit === '個' || unit === '个') && /^年/.test(text.slice(end, end + 1)))
    return PAST_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start));
  // 過去五年: the period a report looks back on, named as a whole (as 奮力拼搏的五年); 前三年度 the years of
  // account a ratio is taken over, 上個五年期 the plan period before this one.
  if (unit === '年')
    return (
      text[start - 1] === '的' ||
      PAST_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start)) ||
      PLAN_AFTER_RE.test(text.slice(end, end + 2)) ||
      ORDINAL_PERIOD_BEFORE_RE.test(text.slice(Math.max(0, start - 5), start)) ||
      (text[start - 1] === '前' && text[end] === '度') ||
      (text[end] === '期' && PERIOD_NAMED_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start)))
    );
  return false;
}
