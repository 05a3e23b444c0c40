import { normalize } from '../../intents/normalize.js';

describe('normalize', () => {
  it.each([
    ['I DON’T wanna wake up 😭', 'i do not want to wake up'],
    ["he's OD'ing rn!!!", 'he is oding right now'],
    ['pleaseeee helppp', 'please help'],
    ['k\u200bm\u200bs', 'kms'],
    ['No respiró, SOBREDOSIS', 'no respiro sobredosis'],
    ['  can   u   help?? ', 'can you help'],
    ['<script>alert(1)</script>', 'script alert 1 script'],
    ['', ''],
  ])('reads %j as %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps the start and the end of a very long message', () => {
    const long = `i want to kill myself ${'blah '.repeat(5000)} my friend is not breathing`;
    const out = normalize(long, { maxChars: 200 });
    expect(out.startsWith('i want to kill myself')).toBe(true);
    expect(out.endsWith('my friend is not breathing')).toBe(true);
  });
});
