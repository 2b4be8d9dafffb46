// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ANY, css, locate, locateOne, ONE, repeatedChildren, scrollingList, SOME, structural, type Anchor } from './anchors';

/** Builds markup in the live jsdom document (computed styles need a window). */
function mount(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return document.body;
}

const ids = (els: readonly Element[]) => els.map((el) => el.id);

describe('locate', () => {
  const page = () =>
    mount(`
      <div id="a1" class="a"></div><div id="a2" class="a"></div>
      <div id="c1" class="c"></div>
      <div id="d1" class="d"></div>
      <button id="b1">Send</button><button id="b2">Cancel</button>
    `);

  it('skips an anchor with too many matches and one with too few, and takes the first that fits', () => {
    const root = page();
    const found = locate(root, [css('.a', ONE), css('.missing', SOME), css('.c', ONE), css('.d', ONE)]);
    expect(found.anchor).toBe(2);
    expect(ids(found.elements)).toEqual(['c1']);
  });

  it('prefers the earlier anchor when several fit', () => {
    const root = page();
    expect(locate(root, [css('.d', ONE), css('.c', ONE)])).toEqual({ elements: [root.querySelector('#d1')], anchor: 0 });
  });

  it('returns every match of an anchor that expects several', () => {
    const root = page();
    expect(ids(locate(root, [css('.c', { min: 2, max: 3 }), css('.a', SOME)]).elements)).toEqual(['a1', 'a2']);
  });

  it('an anchor that expects any number fits with no match at all (an empty list)', () => {
    const root = page();
    expect(locate(root, [css('.missing', SOME), css('.missing', ANY), css('.c', ONE)])).toEqual({ elements: [], anchor: 1 });
  });

  it('counts only what the accept filter keeps', () => {
    const root = page();
    const send = css<HTMLElement>('button', ONE, (el) => el.textContent === 'Send');
    expect(ids(locate(root, [css('button', ONE), send]).elements)).toEqual(['b1']);
  });

  it('is -1 with no elements when no anchor fits', () => {
    const root = page();
    expect(locate(root, [css('.a', ONE), css('.missing', ONE)])).toEqual({ elements: [], anchor: -1 });
    expect(locate(root, [])).toEqual({ elements: [], anchor: -1 });
  });

  it('searches only inside the given root, including an open shadow root', () => {
    const root = page();
    const scope = root.querySelector('#c1')!;
    scope.append(Object.assign(document.createElement('span'), { className: 'a' }));
    expect(locate(scope, [css('.a', ONE)]).anchor).toBe(0);
    const host = document.createElement('div');
    root.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { id: 'inside', className: 'd' }));
    expect(ids(locate(shadow, [css('.d', ONE)]).elements)).toEqual(['inside']);
  });

  it('runs structural anchors with the root and applies their expectation', () => {
    const root = page();
    const seen: unknown[] = [];
    const every: Anchor = structural('all divs', (r) => {
      seen.push(r);
      return Array.from(r.querySelectorAll('div'));
    });
    expect(locate(root, [every]).anchor).toBe(-1); // four divs, one expected
    expect(seen).toEqual([root]);
    expect(locate(root, [structural('all divs', (r) => every.find(r), SOME)]).elements).toHaveLength(4);
  });

  it('locateOne: the first element found, or null', () => {
    const root = page();
    expect(locateOne(root, [css('.a', ONE), css('.a', SOME)])?.id).toBe('a1');
    expect(locateOne(root, [css('.a', ONE)])).toBeNull();
  });
});

describe('repeatedChildren', () => {
  it('descends through a single wrapper to the repeated rows', () => {
    const root = mount(`
      <div id="list"><div id="w1">
        <div id="r1"><span>a</span></div><div id="r2"><span>b</span></div><div id="r3"><span>c</span></div>
      </div></div>
    `);
    expect(ids(repeatedChildren(root.querySelector('#list')!))).toEqual(['r1', 'r2', 'r3']);
  });

  // Bug: it only steps into a lone child that itself has several children, so behind two nested single wrappers (as
  // Meta's markup nests them) the outer wrapper comes back as the one "row" holding every message.
  it('descends through several nested single wrappers to the repeated rows', () => {
    const root = mount(`
      <div id="list"><div id="w1"><div id="w2">
        <div id="r1"><span>a</span></div><div id="r2"><span>b</span></div><div id="r3"><span>c</span></div>
      </div></div></div>
    `);
    expect(ids(repeatedChildren(root.querySelector('#list')!))).toEqual(['r1', 'r2', 'r3']);
  });

  it('takes the list’s own children when there is no wrapper', () => {
    const root = mount('<ul id="list"><li id="r1"><p>a</p><p>b</p></li><li id="r2"><img alt=""></li></ul>');
    expect(ids(repeatedChildren(root.querySelector('#list')!))).toEqual(['r1', 'r2']);
  });

  it('never takes an empty wrapper for a row (an empty new thread)', () => {
    const root = mount('<div id="list"><div id="w"></div></div>');
    expect(repeatedChildren(root.querySelector('#list')!)).toEqual([]);
  });

  it('does not descend into a lone row whose content is a single block', () => {
    const root = mount('<div id="list"><div id="r1"><div class="inner"><p>only one</p></div></div></div>');
    expect(ids(repeatedChildren(root.querySelector('#list')!))).toEqual(['r1']);
  });

  it('is empty for an empty list', () => {
    const root = mount('<div id="list"></div>');
    expect(repeatedChildren(root.querySelector('#list')!)).toEqual([]);
  });
});

describe('scrollingList', () => {
  it('is the scrolling element with the most children; elements that do not scroll are ignored', () => {
    const root = mount(`
      <div id="plain"><p></p><p></p><p></p><p></p><p></p></div>
      <div id="small" style="overflow-y:scroll"><p></p></div>
      <section id="list" style="overflow-y:auto"><div></div><div></div><div></div></section>
    `);
    expect(ids(scrollingList.find(root))).toEqual(['list']);
    expect(scrollingList.kind).toBe('structural');
  });

  it('ignores scrolling elements inside an editable', () => {
    const root = mount(`
      <div id="list" style="overflow-y:auto"><div></div><div></div></div>
      <div contenteditable="true"><div style="overflow-y:auto"><p></p><p></p><p></p></div></div>
    `);
    expect(ids(scrollingList.find(root))).toEqual(['list']);
  });

  it('finds nothing when nothing scrolls', () => {
    const root = mount('<div><div></div><div></div></div>');
    expect(scrollingList.find(root)).toEqual([]);
  });

  // Bug (likely on real pages): a composer's own scroll box (a wrapper around the editable, as Lexical composers have
  // for long drafts) is a candidate, so an empty list with no roles loses to it and the editor is read as a row.
  it('never takes the scroll box that holds the composer for the message list', () => {
    const root = mount(`
      <div id="list" style="overflow-y:auto"></div>
      <div id="composer-scroll" style="overflow-y:auto"><div role="textbox" contenteditable="true"><p><br></p></div></div>
    `);
    expect(ids(scrollingList.find(root))).toEqual(['list']);
  });
});
