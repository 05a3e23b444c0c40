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
    // Words masked to dodge filters are read as the words they stand for.
    ['Im gonna k*ll myself', 'i am going to kill myself'],
    ['gonna kiII myself', 'going to kill myself'],
    ['thinking about su!cide', 'thinking about suicide'],
    ['i feel s*icidal', 'i feel suicidal'],
    ['i want to d!e', 'i want to die'],
    // ...and nothing else: symbols that are not masking stay as they were.
    ['call 1-800-662-4357 24/7', 'call 1 800 662 4357 24 7'],
    ['k thanks', 'okay thanks'],
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
