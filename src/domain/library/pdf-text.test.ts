import { describe, expect, it } from 'vitest';
import { foldCjkRadicals, logicalOrder } from './pdf-text.ts';

describe('logicalOrder', () => {
  it('restores an Arabic line drawn in visual order with presentation forms', () => {
    // "قانون منع الإرهاب لسنة 2006" as Chromium's PDF gives it back.
    expect(logicalOrder('2006 ﺔﻨﺴﻟ بﺎﻫرﻹا ﻊﻨﻣ نﻮﻧﺎﻗ')).toBe('قانون منع الإرهاب لسنة 2006');
    expect(logicalOrder('(2006 ﺔﻨﺴﻟ نﻮﻧﺎﻗ)')).toBe('(قانون لسنة 2006)');
  });

  it('leaves other lines as they are', () => {
    expect(logicalOrder('Article 421-1\nقانون منع الإرهاب\n第三条')).toBe('Article 421-1\nقانون منع الإرهاب\n第三条');
  });
});

describe('foldCjkRadicals', () => {
  it('folds the radicals a PDF font gives back into the characters written', () => {
    expect(foldCjkRadicals('中华⼈⺠共和国，通过暴⼒')).toBe('中华人民共和国，通过暴力');
  });
});
