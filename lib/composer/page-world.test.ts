import { describe, expect, it } from 'vitest';
import { pageGlobals, pageInit } from './page-world';

describe('pageGlobals', () => {
  it("uses the page's own constructors where Firefox exposes them (wrappedJSObject)", () => {
    const page = { DataTransfer: class {}, ClipboardEvent: class {}, InputEvent: class {}, Object: class {} };
    expect(pageGlobals({ wrappedJSObject: page } as unknown as Window)).toBe(page);
  });

  it('falls back to the window itself elsewhere', () => {
    const win = {} as Window;
    expect(pageGlobals(win)).toBe(win);
  });
});

describe('pageInit', () => {
  it("copies the members onto an object made by the page's Object constructor", () => {
    class PageObject {}
    const page = { Object: PageObject } as unknown as ReturnType<typeof pageGlobals>;
    const init = pageInit(page, { bubbles: true, data: 'x' });
    expect(init).toBeInstanceOf(PageObject);
    expect({ ...init }).toEqual({ bubbles: true, data: 'x' });
  });
});
