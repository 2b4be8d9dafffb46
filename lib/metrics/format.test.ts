import { describe, expect, it } from 'vitest';
import { threadUrl } from '../platforms/thread-links';
import { formatChartFigure, formatDuration, formatRate } from './format';

describe('formatting', () => {
  it.each([
    [null, '—', '—', '—'],
    [-0.3, '0 sec', '0 s', '0 s'],
    [44.6, '45 sec', '45 s', '45 s'],
    [720, '12 min', '12 min', '12 min'],
    [3600 * 3 + 1200, '3 hr 20 min', '3 h 20 min', '3 h 20 min'],
    [3600 * 52, '2 days 4 hr', '2 d 4 h', '2 dias 4 h'],
  ])('%s s → %s / %s / %s', (s, en, es, pt) => {
    expect(formatDuration(s, 'en')).toBe(en);
    expect(formatDuration(s, 'es')).toBe(es);
    expect(formatDuration(s, 'pt-BR')).toBe(pt);
  });
  it('rates', () => {
    expect(formatRate(0.905, 'en')).toBe('91%');
    expect(formatRate(0.905, 'es')).toBe('91\u00a0%');
    expect(formatRate(0.905, 'pt-BR')).toBe('91%');
    expect(formatRate(null, 'es')).toBe('—');
  });
  it('chart figures', () => {
    expect(formatChartFigure(0.08333, 'en')).toBe('0.08');
    expect(formatChartFigure(0.08333, 'es')).toBe('0,08');
    expect(formatChartFigure(1234.5, 'pt-BR')).toBe('1234,5');
    expect(formatChartFigure(12, 'en')).toBe('12');
    expect(formatChartFigure(null, 'en')).toBe('—');
  });
  it('links back to the thread', () => {
    expect(threadUrl('instagram:123')).toBe('https://www.instagram.com/direct/t/123/');
    expect(threadUrl('messenger:e2ee:77')).toBe('https://www.facebook.com/messages/e2ee/t/77/');
    expect(threadUrl('messenger:5')).toBe('https://www.facebook.com/messages/t/5/');
  });
});
