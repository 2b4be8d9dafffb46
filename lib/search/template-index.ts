import type { Template } from '../templates/types';
import { foldText } from '../vocab/fold';

/** Where a search hit matched, as [start, end] character ranges (inclusive) for highlighting. */
export interface Highlights {
  title: [number, number][];
  body: [number, number][];
}

export interface SearchHit {
  template: Template;
  score: number;
  highlights: Highlights;
}

const FIELD_WEIGHTS = [3, 3, 2, 1] as const; // shortcut, title, tags, body
const SHORTCUT = 0;
const TITLE = 1;
const TAGS = 2;
const BODY = 3;
const CANDIDATES = 50;

function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function trigrams(word: string): string[] {
  const padded = `\u0002${word}\u0003`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** A search query: words to match anywhere, and `tag:xxx` filters. */
export function parseQuery(query: string): { terms: string[]; tags: string[] } {
  const tags: string[] = [];
  const rest = query.replace(/(?:^|\s)tag:(\S+)/gi, (_m, tag: string) => {
    tags.push(foldText(tag));
    return ' ';
  });
  return { terms: words(rest.replace(/(^|\s)\//g, '$1')), tags };
}

/**
 * An inverted index over the template library for instant, typo-tolerant search. Each query word is matched
 * against the library's vocabulary (exactly, as a prefix, or by shared trigrams for typos), and templates are
 * scored by where it matched (shortcut and title highest, then tags, then body) and how rare the word is.
 * A keystroke costs a vocabulary lookup and a walk over the postings of the matched words, not a scan of every
 * template's text.
 */
export class TemplateIndex {
  readonly templates: readonly Template[];
  private readonly vocab: string[] = [];
  private readonly vocabIds = new Map<string, number>();
  /** Per vocabulary word: template index × 4 + field, for the short fields (shortcut, title, tags)… */
  private readonly headPostings: number[][] = [];
  /** …and for bodies, kept apart so that a one- or two-letter prefix never walks every body. */
  private readonly bodyPostings: number[][] = [];
  /** Per template: how much a word counts in its title (1/√words) and body (1/∜words): more in a short one. */
  private readonly titleNorm: Float64Array;
  private readonly bodyNorm: Float64Array;
  /** Per vocabulary word: how many templates hold it. */
  private readonly docFreq: number[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  private readonly sorted: number[];
  private readonly tagSets: Set<string>[];
  private readonly scores: Float64Array;
  private readonly tokenScores: Float64Array;

  constructor(templates: readonly Template[]) {
    this.templates = templates;
    this.tagSets = templates.map((t) => new Set(t.tags.map(foldText)));
    this.titleNorm = new Float64Array(templates.length);
    this.bodyNorm = new Float64Array(templates.length);
    templates.forEach((t, doc) => {
      const titleWords = words(t.title);
      const bodyWords = words(t.body);
      this.titleNorm[doc] = 1 / Math.sqrt(Math.max(1, titleWords.length));
      this.bodyNorm[doc] = 1 / Math.max(1, bodyWords.length) ** 0.25;
      const seen = new Set<number>();
      const add = (field: number, list: string[]) => {
        for (const word of list) {
          const id = this.wordId(word);
          const key = id * 4 + field;
          if (seen.has(key)) continue;
          seen.add(key);
          (field === BODY ? this.bodyPostings : this.headPostings)[id]!.push(doc * 4 + field);
        }
      };
      add(SHORTCUT, words(t.shortcut ?? ''));
      add(TITLE, titleWords);
      add(TAGS, words(t.tags.join(' ')));
      add(BODY, bodyWords);
      const docWords = new Set<number>();
      for (const key of seen) docWords.add(Math.floor(key / 4));
      for (const id of docWords) this.docFreq[id]!++;
    });
    this.vocab.forEach((word, id) => {
      for (const gram of new Set(trigrams(word))) {
        let list = this.byTrigram.get(gram);
        if (!list) this.byTrigram.set(gram, (list = []));
        list.push(id);
      }
    });
    this.sorted = this.vocab.map((_, i) => i).sort((a, b) => (this.vocab[a]! < this.vocab[b]! ? -1 : 1));
    this.scores = new Float64Array(templates.length);
    this.tokenScores = new Float64Array(templates.length);
  }

  private wordId(word: string): number {
    let id = this.vocabIds.get(word);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(word);
      this.vocabIds.set(word, id);
      this.headPostings.push([]);
      this.bodyPostings.push([]);
      this.docFreq.push(0);
    }
    return id;
  }

  /** Vocabulary words close to a query word, with a similarity from 0 to 1. */
  private similarWords(term: string): Map<number, number> {
    const found = new Map<number, number>();
    const exact = this.vocabIds.get(term);
    if (exact !== undefined) found.set(exact, 1);
    // Prefixes: binary search for the first word ≥ term, then walk while it still starts with it.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocab[this.sorted[mid]!]! < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < this.sorted.length && n < 200; i++, n++) {
      const id = this.sorted[i]!;
      const word = this.vocab[id]!;
      if (!word.startsWith(term)) break;
      if (!found.has(id)) found.set(id, 0.6 + 0.3 * (term.length / word.length));
    }
    // Typos: words sharing enough trigrams (Dice coefficient), or within one or two edits. When the word the user
    // typed exists as written, look-alikes count for less: "paypal" should not find "papali" first.
    const typo = exact === undefined ? 1 : 0.25;
    if (term.length >= 3) {
      const grams = [...new Set(trigrams(term))];
      const shared = new Map<number, number>();
      for (const gram of grams) for (const id of this.byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, common] of shared) {
        if (found.has(id)) continue;
        const word = this.vocab[id]!;
        const dice = (2 * common) / (grams.length + word.length);
        if (dice >= 0.5) found.set(id, dice * 0.8 * typo);
        else if (Math.abs(word.length - term.length) <= 2 && withinEdits(term, word, term.length <= 5 ? 1 : 2))
          found.set(id, 0.7 * typo);
      }
      // Two words typed as one: "giftwrap" → "gift" + "wrap".
      for (let cut = 2; cut <= term.length - 2; cut++) {
        const left = this.vocabIds.get(term.slice(0, cut));
        const right = this.vocabIds.get(term.slice(cut));
        if (left !== undefined && right !== undefined) {
          if (!found.has(left)) found.set(left, 0.7);
          if (!found.has(right)) found.set(right, 0.7);
        }
      }
    }
    return found;
  }

  /** The best `limit` templates for a query; an empty query (tags aside) gives none. */
  search(query: string, limit = 30): SearchHit[] {
    const { terms, tags } = parseQuery(query);
    const n = this.templates.length;
    const hasTag = (doc: number) => tags.every((tag) => [...this.tagSets[doc]!].some((t) => t.startsWith(tag)));
    if (terms.length === 0) {
      if (tags.length === 0) return [];
      const docs: number[] = [];
      for (let doc = 0; doc < n; doc++) if (hasTag(doc)) docs.push(doc);
      return docs
        .map((doc) => this.templates[doc]!)
        .sort((a, b) => b.useCount - a.useCount || a.title.localeCompare(b.title))
        .slice(0, limit)
        .map((template) => ({ template, score: 0, highlights: { title: [], body: [] } }));
    }
    const scores = this.scores;
    scores.fill(0);
    const touched = new Set<number>();
    const matchedWords = new Set<string>();
    const tokenScores = this.tokenScores;
    const extraScores = new Map<number, number>();
    const termsMatched = new Map<number, number>();
    for (const term of terms) {
      const hit: number[] = [];
      const similar = this.similarWords(term);
      // One rarity per query word (from its closest vocabulary word), so a prefix of a rare word never outranks
      // the exact word the user typed.
      let closest = -1;
      let best = -1;
      for (const [id, similarity] of similar) if (similarity > best) [closest, best] = [id, similarity];
      const idf = closest < 0 ? 0 : Math.log(1 + n / (1 + this.docFreq[closest]!));
      for (const [id, similarity] of similar) {
        matchedWords.add(this.vocab[id]!);
        // A one- or two-letter word only counts where it is a whole word, or a prefix of a short field.
        const weak = term.length < 3 && similarity < 1 ? 0.3 : 1;
        const lists =
          term.length < 3 && similarity < 1 ? [this.headPostings[id]!] : [this.headPostings[id]!, this.bodyPostings[id]!];
        for (const list of lists) {
          for (const posting of list) {
            const doc = posting >> 2;
            const field = posting & 3;
            const norm = field === TITLE ? this.titleNorm[doc]! : field === BODY ? this.bodyNorm[doc]! : 1;
            const value = FIELD_WEIGHTS[field]! * similarity * idf * norm * weak;
            if (tokenScores[doc] === 0) hit.push(doc);
            const previous = tokenScores[doc]!;
            // The best field counts fully; matches in other fields add a little.
            if (value > previous) {
              tokenScores[doc] = value;
              if (previous > 0) extraScores.set(doc, (extraScores.get(doc) ?? 0) + previous);
            } else extraScores.set(doc, (extraScores.get(doc) ?? 0) + value);
          }
        }
      }
      for (const doc of hit) {
        scores[doc]! += tokenScores[doc]! + 0.2 * (extraScores.get(doc) ?? 0);
        termsMatched.set(doc, (termsMatched.get(doc) ?? 0) + 1);
        tokenScores[doc] = 0;
        touched.add(doc);
      }
      extraScores.clear();
    }
    // Templates that match every word of the query come first: scale by the share of words matched.
    for (const doc of touched) scores[doc]! *= ((termsMatched.get(doc) ?? 0) / terms.length) ** 2;
    const ranked = [...touched]
      .filter((doc) => tags.length === 0 || hasTag(doc))
      .sort((a, b) => scores[b]! - scores[a]! || this.templates[b]!.useCount - this.templates[a]!.useCount)
      .slice(0, Math.max(limit, CANDIDATES));
    return ranked.slice(0, limit).map((doc) => {
      const template = this.templates[doc]!;
      return {
        template,
        score: scores[doc]!,
        highlights: { title: highlight(template.title, matchedWords), body: highlight(template.body, matchedWords) },
      };
    });
  }
}

/** True when `a` becomes `b` in at most `max` single-letter edits (insert, delete, substitute, swap). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let beforePrevious: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return false;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** Character ranges of the words in `text` that are among `matched` (normalised words). */
export function highlight(text: string, matched: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (matched.has(foldText(m[0]))) out.push([m.index, m.index + m[0].length - 1]);
  }
  return out;
}
