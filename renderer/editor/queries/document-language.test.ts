import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage } from './document-language';

describe('detectDocumentLanguage', () => {
  it('tells Traditional from Simplified Chinese by common characters', () => {
    expect(detectDocumentLanguage('現在，我代表區人民政府向大會報告工作。這一年來')).toBe('zh-Hant');
    expect(detectDocumentLanguage('现在，我代表区人民政府向大会报告工作。这一年来')).toBe('zh-Hans');
  });

  it('calls English text with a few Chinese names English, and Chinese with English terms Chinese', () => {
    expect(detectDocumentLanguage('The Assembly’s budget for 2026 rose by 4.2% (香港).')).toBe('en');
    expect(detectDocumentLanguage('全年實現區內生產總值264億元，GDP同比增長4.9%。')).toBe('zh-Hant');
  });

  it('gives no language for text with neither', () => {
    expect(detectDocumentLanguage('12 345 — 67.8%')).toBeUndefined();
  });
});
