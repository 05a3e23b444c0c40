import { looksSpanish, normalize } from '../../intents/normalize.js';

describe('normalize', () => {
  it.each([
    ['I DON’T wanna wake up 😭', 'i do not want to wake up'],
    ['wana die. on roof', 'want to die on roof'],
    ['nó không thở được', 'no khong tho duoc'],
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
    ['y r u like this', 'why are you like this'],
    // A word that is also a property of every JavaScript object stays a word.
    ['what is the constructor of this', 'what is the constructor of this'],
    // Spanish texting is read as Spanish: "y" is "and", "ya" is "already", "q" and "xq" are words.
    ['ya no aguanto mas xq sigo aqui', 'ya no aguanto mas porque sigo aqui'],
    ['quisiera dormirme y no despertar nunca mas', 'quisiera dormirme y no despertar nunca mas'],
    ['le escribi una carta pa q la lea', 'le escribi una carta para que la lea'],
    ['bro ya compre la soga', 'brother ya compre la soga'],
    // One Spanish word in an English message leaves it English.
    ['i am done ya no quiero vivir', 'i am done you no quiero vivir'],
    // Scots contractions and dialect reflexives.
    ['am gonnae end it, cannae dae this anymair', 'am going to end it can not dae this anymore'],
    ['he gonna off hisself', 'he going to off himself'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps the start and the end of a very long message', () => {
    const long = `i want to kill myself ${'blah '.repeat(5000)} my friend is not breathing`;
    const out = normalize(long, { maxChars: 200 });
    expect(out.startsWith('i want to kill myself')).toBe(true);
    expect(out.endsWith('my friend is not breathing')).toBe(true);
  });

  it.each([
    ['me quiero ir con el', true],
    ['ya no puedo', true],
    ['donde consigo narcan gratis', true],
    ['what is la clinica hours', false],
    ['my friend is not breathing', false],
  ])('tells Spanish apart: %j -> %s', (text, spanish) => {
    expect(looksSpanish(normalize(text))).toBe(spanish);
  });
});

describe('disguised drug and crisis words', () => {
  it.each([
    ['h3r0in dose 4 beginner', 'heroin dose 4 beginner'],
    ['need f e n t asap', 'need fent asap'],
    ['o x y c 0 n t i n 80s', 'oxycontin 80s'],
    ['k1ll myself', 'kill myself'],
    // A message written all in leet: every leet word is restored, "d0" and "th3" too.
    ['wh3r3 c4n 1 buy b0y 0nl1n3', 'where can i buy boy online'],
    ['h0w d0 1 f1lt3r th3 pr3ss', 'how do i filter the press'],
    // Spelled out with a mark between letters, or one space between letters and two between words.
    ['h.o.w m.u.c.h x.a.n.a.x', 'how much xanax'],
    ['b e s t  w a y  t o  p a s s  a  t e s t', 'best way to pass a test'],
    ['s-u-i-c-i-d-e', 'suicide'],
    // Six letters or more one by one among ordinary words: one word spelled out; fewer stay apart.
    ['s e w e r s l i d e is all i think about', 'sewerslide is all i think about'],
    ['u r a b c', 'you are a b c'],
    ['K M S', 'kms'],
    // Greek and Cyrillic look-alike letters inside a Latin word; two pieces joined by a hyphen.
    ['h\u00e9r\u03bfin', 'heroin'],
    ['d\u03bfpe s\u0456ck', 'dope sick'],
    ['her-oin please', 'heroin please'],
    ['plug \u{1F50C}', 'plug plug'],
    // Voice typing splits a word in two.
    ['sue aside is all i can think about', 'suicide is all i can think about'],
    ['over dose happening right now', 'overdose happening right now'],
    ['does she need more nar can', 'does she need more narcan'],
    ['just got started on meth a done', 'just got started on methadone'],
  ])('restores %j as %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    'u r a good bot',
    'm30 b12 30s 401k 4am',
    'i am a b c',
    'took 2 m30s and 4 bars at 3pm',
    'follow up well being',
    'it was 1 5 mg',
    'get over it sue',
    'narc and can',
  ])('leaves %j alone: it spells no disguised word', (input) => {
    expect(normalize(input)).toBe(input === 'u r a good bot' ? 'you are a good bot' : input);
  });
});
