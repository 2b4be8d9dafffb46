import { describe, expect, it } from 'vitest';
import { describeDelivery } from './deliver';

describe('describeDelivery', () => {
  it('tells the user to press Send themselves after inserting', () => {
    expect(describeDelivery({ kind: 'inserted', technique: 'paste' }, 'Greeting', false)).toBe(
      'Inserted “Greeting”. Check it, then press Send.',
    );
  });
  it('names the paste key for the platform', () => {
    expect(describeDelivery({ kind: 'copied', why: 'no-composer' }, 'G', false)).toContain('Ctrl+V');
    expect(describeDelivery({ kind: 'copied', why: 'rejected' }, 'G', true)).toContain('⌘V');
  });
  it('says why the text was copied instead', () => {
    expect(describeDelivery({ kind: 'copied', why: 'no-composer' }, 'G', false)).toMatch(/^No message box found/);
    expect(describeDelivery({ kind: 'copied', why: 'rejected' }, 'G', false)).toMatch(/did not accept the text/);
    expect(describeDelivery({ kind: 'failed', why: 'mangled' }, 'G', false)).toMatch(/copying failed too/);
  });
});

describe('an insertion interrupted by typing', () => {
  it('asks the seller to check before sending', () => {
    expect(describeDelivery({ kind: 'interrupted' }, 'Greeting', false)).toBe(
      'You typed while “Greeting” was going in: check the message box before sending.',
    );
  });
});
