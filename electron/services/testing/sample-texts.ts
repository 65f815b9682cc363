/**
 * Real Chinese report text for encoding fixtures: Traditional (for Big5, which cannot encode
 * Simplified characters) and Simplified (for GB18030). Both have figures, headings and punctuation of
 * the kind drafts contain, so detection is tested on realistic byte statistics, not on a word or two.
 */

/** Traditional Chinese (Big5-encodable): the opening of the bundled sample report, reworded slightly. */
export const traditionalReport = [
  '鶴城區政府工作報告',
  '',
  '各位代表:',
  '',
  '現在,我代表區人民政府向大會報告工作,請予審查,並請各位列席人員提出意見。',
  '',
  '一、過去一年工作回顧',
  '',
  '過去一年,是我區經濟社會發展很不平凡的一年,也是我們經受考驗、負重前行、較為艱難的一年。',
  '全年實現區內生產總值264億元,同比增長4.9%;完成公共財政收入9.1億元,同比下降10.21%,為預算調整的105.57%;',
  '地方財政收入5.51億元,同比下降19.87%;完成社會固定資產投資148.48億元,同比下降20.8%;',
  '實現社會消費品零售總額140.55億元,同比增長12.7%;城鄉居民收入分別達到23705元、9608元。',
  '',
  '(一)攻堅產業園區,夯實發展支撐力',
  '',
  '完善園區發展規劃。按照產城融合的要求,加快園區基礎設施建設,新增標準廠房十二萬平方米。',
  '',
  '二、今年工作安排',
  '',
  '今年政府工作的總體要求是:穩中求進,改革創新,著力改善民生,確保全年地區生產總值增長百分之七以上。',
].join('\n');

/** Simplified Chinese (GB18030): a made-up but typical work-report excerpt. */
export const simplifiedReport = [
  '市政府工作报告',
  '',
  '一、2023年工作回顾',
  '',
  '过去一年，全市经济运行稳中向好。全年实现地区生产总值2640亿元，同比增长4.9%；',
  '一般公共预算收入91.2亿元，同比下降10.21%；城镇居民人均可支配收入达到42305元，增长5.8%。',
  '',
  '（一）坚持稳中求进，推动经济高质量发展',
  '',
  '我们深化供给侧结构性改革，新增规模以上工业企业128家，高新技术企业达到356家。',
  '',
  '（二）持续保障和改善民生',
  '',
  '民生支出占一般公共预算支出的比重达到78.3%，新增城镇就业3.2万人，城镇登记失业率控制在3.5%以内。',
  '',
  '二、2024年工作安排',
  '',
  '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，居民收入增长与经济增长基本同步。',
].join('\n');
