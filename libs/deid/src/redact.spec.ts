import { detect, fingerprint, PhiKind, redact } from './index';

describe('redact', () => {
  it('replaces every finding with its kind in brackets', () => {
    const text = 'Grace is a 31-year-old; she texted from 919.724.3306 on January 8th.';
    expect(redact(text, detect(text))).toBe('[NAME] is a 31-year-old; she texted from [PHONE] on [DATE].');
  });

  it('keeps surrounding text, including emoji, intact', () => {
    const text = '🥪 my client kaylee wrote kay@nest.io';
    expect(redact(text, detect(text))).toBe('🥪 my client [NAME] wrote [EMAIL]');
  });

  it('accepts findings in any order and leaves a text without findings unchanged', () => {
    const text = 'ab cd ef';
    const findings = [
      { kind: PhiKind.OTHER_ID, start: 6, end: 8 },
      { kind: PhiKind.NAME, start: 0, end: 2 },
    ];
    expect(redact(text, findings)).toBe('[NAME] cd [OTHER_ID]');
    expect(redact(text, [])).toBe(text);
  });
});

describe('fingerprint', () => {
  it('is the sha256 hex digest of the text', () => {
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('differs for different finding texts', () => {
    expect(fingerprint('Rogers')).not.toBe(fingerprint('rogers'));
  });
});
