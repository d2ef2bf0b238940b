// Wrapping mixed Chinese and English text by terminal columns (src/i18n/wrap-by-columns.ts).
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/i18n/display-width.js';
import { wrapByColumns } from '../../src/i18n/wrap-by-columns.js';

describe('wrapByColumns', () => {
  it('breaks Chinese between characters and keeps every line within the width', () => {
    const text = '根据文件夹中的导出文件起草项目（pipl-audit.yaml 和 manifest.yaml）；导出文件未说明的事实均留作 # TODO';
    const lines = wrapByColumns(text, 30).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(30);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    for (let width = 8; width <= 40; width++) {
      const lines = wrapByColumns('审计一个系统：项目文件（pipl-audit.yaml），或按内容识别的清单、导出文件和文件夹。', width).split('\n');
      for (const line of lines) {
        expect(line, `width ${width}`).not.toMatch(/^[，。、；：）》]/);
        expect(line, `width ${width}`).not.toMatch(/[（《]$/);
      }
    }
  });

  it('keeps English words whole and breaks English only at spaces', () => {
    expect(wrapByColumns('draft pipl-audit.yaml and manifest.yaml from the exports', 22)).toBe('draft pipl-audit.yaml\nand manifest.yaml from\nthe exports');
  });

  it('keeps the text\'s own line breaks and lets a piece wider than the line stand alone', () => {
    expect(wrapByColumns('一二\n\nabcdefghijklmnop', 6)).toBe('一二\n\nabcdefghijklmnop');
  });
});
