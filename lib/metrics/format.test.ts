import { describe, expect, it } from 'vitest';
import { threadUrl } from '../platforms/thread-links';
import { formatChartFigure, formatDuration, formatRate } from './format';

describe('formatting', () => {
  it.each([
    [null, '—'],
    [44.6, '45 s'],
    [720, '12 min'],
    [3600 * 3 + 1200, '3 h 20 min'],
    [3600 * 52, '2 d 4 h'],
  ])('%s s → %s', (s, text) => expect(formatDuration(s)).toBe(text));
  it('rates', () => {
    expect(formatRate(0.905)).toBe('91 %');
    expect(formatRate(null)).toBe('—');
  });
  it('chart figures', () => {
    expect(formatChartFigure(0.08333)).toBe('0.08');
    expect(formatChartFigure(12)).toBe('12');
    expect(formatChartFigure(null)).toBe('—');
  });
  it('links back to the thread', () => {
    expect(threadUrl('instagram:123')).toBe('https://www.instagram.com/direct/t/123/');
    expect(threadUrl('messenger:e2ee:77')).toBe('https://www.facebook.com/messages/e2ee/t/77/');
    expect(threadUrl('messenger:5')).toBe('https://www.facebook.com/messages/t/5/');
  });
});
