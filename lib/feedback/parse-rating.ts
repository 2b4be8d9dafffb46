import { foldText } from '../vocab/fold';
import { fitsScale, RATING_RANGE } from './rating-scales';

/** A rating recognised in a customer's reply: a number on the survey's scale, or a thumbs up/down. */
export type ParsedAnswer = { scale: 'csat' | 'nps'; value: number } | { scale: 'yesno'; value: 0 | 1 };

const WORDS: Record<string, number> = {
  // English
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  // Spanish
  cero: 0,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  // Portuguese (accents folded)
  um: 1,
  dois: 2,
  duas: 2,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
};
// Words that may surround a rating without changing it ("I'd give it a 5, thanks!").
const FILLER = new Set(
  `a an i id i'd would say give it its it's rate rating score my is of out stars star solid definitely maybe about like
  thanks thank you thx ty so much very much great good excellent amazing perfect love loved nice ok okay yes sure
  le doy daria dou daria nota una un gracias muchas muy bien excelente perfecto genial si claro
  dou daria nota obrigado obrigada muito bom otimo perfeito adorei sim valeu e de`
    .split(/\s+/)
    .filter(Boolean),
);
const STAR_WORDS = /^(stars?|estrellas?|estrelas?)$/;
const OUT_OF = /(\d{1,2}|[a-z]+)\s*(?:\/|out of|of|de|sobre|em)\s*(5|10|five|ten|cinco|diez|dez)\b/;

function numberOf(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return WORDS[word];
}

/**
 * Reads a rating from a customer's reply to a survey on a 1–5 (CSAT) or 0–10 (NPS) scale, and never invents one:
 * a number counts when it stands alone among courtesy words ("5, thanks!"), with stars ("4 stars", "5 ⭐"), or as a
 * fraction of the scale ("4/5", "9 out of 10"); star emoji alone count as stars (CSAT only); 👍/👎 are a yes/no. A
 * number about something else ("5 days late", "order 12345", "at 10") is not a rating. English, Spanish and
 * Portuguese number words.
 */
export function parseRating(message: string, scale: 'csat' | 'nps'): ParsedAnswer | null {
  const text = foldText(message);
  const { max } = RATING_RANGE[scale];

  const fraction = OUT_OF.exec(text);
  if (fraction) {
    const n = numberOf(fraction[1]!);
    const of = numberOf(fraction[2]!) ?? Number(fraction[2]);
    if (n !== undefined && n <= of) {
      const value = (n * max) / of;
      if (fitsScale(scale, value)) return { scale, value };
    }
    return null;
  }

  const stars = [...message.matchAll(/⭐|🌟|★/gu)].length;
  const words = text
    .replace(/⭐|🌟|★/gu, ' ★ ')
    .replace(/[\p{Extended_Pictographic}\u200d]|\ufe0f/gu, ' ')
    .replace(/[^\p{L}\p{N}★'\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const numbers = words
    .map((w, i) => ({ w, i, n: numberOf(w) }))
    .filter((x) => x.n !== undefined && (/^\d/.test(x.w) || x.w !== 'a'));
  if (numbers.length === 1) {
    const { n, i } = numbers[0]!;
    const next = words[i + 1];
    const withStars = next !== undefined && (STAR_WORDS.test(next) || next === '★');
    const others = words.filter((w, k) => k !== i && w !== '★' && !STAR_WORDS.test(w) && !FILLER.has(w));
    // "uma" and "um" double as articles in Portuguese; "one" in "one more thing": only alone or with stars.
    if ((others.length === 0 || withStars) && fitsScale(scale, n)) return { scale, value: n! };
    return null;
  }
  if (numbers.length === 0 && stars > 0 && scale === 'csat') {
    const others = words.filter((w) => w !== '★' && !FILLER.has(w));
    if (others.length <= 3 && stars <= RATING_RANGE.csat.max) return { scale, value: stars };
  }
  if (numbers.length === 0) {
    const up = /👍/u.test(message);
    const down = /👎/u.test(message);
    if (up !== down) return { scale: 'yesno', value: up ? 1 : 0 };
  }
  return null;
}
