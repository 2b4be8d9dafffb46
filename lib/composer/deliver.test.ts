import { describe, expect, it } from 'vitest';
import { deliveryTone, describeDelivery, sendComesOn } from './deliver';

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

describe('a site whose Send button confirms the insertion', () => {
  it('waits for Send to come on: true once it does', async () => {
    let calls = 0;
    expect(await sendComesOn(() => ++calls > 3)).toBe(true);
    expect(calls).toBe(4);
  });
  it('false when it never does; null when the site gives no such signal', async () => {
    expect(await sendComesOn(() => false, 50)).toBe(false);
    expect(await sendComesOn(() => null)).toBeNull();
  });
  it('an insertion Send did not confirm is said, as a warning', () => {
    const unconfirmed = { kind: 'inserted', technique: 'execCommand', sendReady: false } as const;
    expect(describeDelivery(unconfirmed, 'Greeting', false)).toBe(
      "Inserted “Greeting”, but the page's Send button did not come on: check the message box before sending.",
    );
    expect(deliveryTone(unconfirmed)).toBe('warn');
    expect(deliveryTone({ kind: 'inserted', technique: 'execCommand', sendReady: true })).toBe('ok');
    expect(deliveryTone({ kind: 'inserted', technique: 'paste' })).toBe('ok');
    expect(deliveryTone({ kind: 'copied', why: 'rejected' })).toBe('warn');
    expect(deliveryTone({ kind: 'failed', why: 'rejected' })).toBe('error');
  });
});
