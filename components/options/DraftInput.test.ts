// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { DraftInput } from './DraftInput';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function field(value: string, commits: string[] = []) {
  void act(() => render(h(DraftInput, { value, onCommit: (t: string) => commits.push(t) }), root));
  return root.querySelector('input')!;
}

function type(input: HTMLInputElement, text: string) {
  void act(() => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

it('an answer arriving while the user types does not reset the field', () => {
  const input = field('');
  type(input, 'Velas Ana Lda');
  // The answer to an earlier save re-renders the form with the old saved value.
  field('');
  expect(input.value).toBe('Velas Ana Lda');
});

it('commits the typed text on change, and shows the saved value again once the field loses focus', () => {
  const commits: string[] = [];
  const input = field('24', commits);
  type(input, '1000');
  void act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(commits).toEqual(['1000']);
  // The background refused it: the saved value stays 24.
  void act(() => {
    input.dispatchEvent(new FocusEvent('blur'));
  });
  field('24', commits);
  expect(input.value).toBe('24');
});

it('shows a newly saved value when not being edited', () => {
  const input = field('Ana');
  field('Ana from Velas');
  expect(input.value).toBe('Ana from Velas');
});
