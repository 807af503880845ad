import type * as OpenCC from 'opencc-js';

/**
 * Text preparation for triage (never for what we store or relay): one canonical form in which lexicon terms and
 * messages are compared. Pure and deterministic.
 *
 * - NFKC: full-width letters, digits and punctuation fold to ASCII (３９度 → 39度, ℃ → °C).
 * - Traditional → Simplified Chinese (OpenCC's Taiwan/Hong Kong character tables): 發燒 → 发烧; 妳 → 你.
 * - Lower case, diacritics removed (respiración → respiracion), so typing without accents matches.
 * - Chinese numerals before a unit become digits (三十八度七 → 38度7, 两个月 → 2个月, 三天 → 3天, 夹了三回 → 夹了3回: tries are counted); so do Italian,
 *   Spanish and English number words before days, weeks, months or years ("da quattro giorni" → "da 4 giorni");
 *   fifty to ninety-nine in words anywhere ("marca noventa y uno" → "marca 91", "novantadue" → 92).
 *   Two numbers in a row stay two: 九十二九十三 → 92、93, 九十九十二 → 90、92; a temperature's 点 is its decimal
 *   point (三十七点八 → 37.8). A half in words after a number is .5 ("38 e mezzo" → 38.5).
 * - Qingtian dialect 弗 reads as 不 ("喘弗过气" = "喘不过气").
 * - Texting shorthand that has one reading, as a whole word: Italian nn → non, xk/xche → perche, cmq → comunque;
 *   Spanish q → que, xq → porque, d → de before a number or a word ("mi hijo d 2 meses tiene 38.3 q hago"), not
 *   after a letter's name (vitamina d, plan d). "tb" stays (tuberculosis as often as también).
 * - Runs of spaces (incl. WeChat's U+2005) collapse to one.
 */

// the Traditional → Simplified half of OpenCC only (the package's main entry loads both directions)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const opencc = require('opencc-js/t2cn') as typeof OpenCC;
const fromTraditional = opencc.Locale.from.hk;
const toMainland = opencc.Locale.to.cn;
if (!fromTraditional || !toMainland) throw new Error('opencc-js/t2cn lacks the hk → cn tables');
const toSimplified = opencc.ConverterFactory(fromTraditional, toMainland);
const HAN = /[\u3400-\u9fff]/u;

export function prepareText(text: string): string {
  let t = text.normalize('NFKC');
  // 妳 (Taiwan's "you" to a woman) is 你 to every term
  if (HAN.test(t)) t = toSimplified(t).replace(/妳/gu, '你');
  t = t
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
  t = joinSpokenDigits(t);
  t = chineseNumeralsToDigits(t);
  t = latinNumeralsToDigits(t);
  t = t.replace(READ_OUT_PIECES, (_, head: string, _pieces: string, last: string) => `${head}${last}`);
  // a half said in words after a reading: "38 e mezzo", "38 y medio", "38 and a half" → 38.5
  t = t.replace(/(?<![\d.,])(\d{2,3}) (?:e mezzo|y medio|and a half)(?![a-z])/gu, '$1.5');
  // Qingtian (Wu) dialect writes 弗 for 不: 喘弗过气 = 喘不过气 (not in names like 弗兰克)
  t = t.replace(/弗(?![兰洛罗朗里雷莱])/gu, '不');
  if (/(?<![a-z0-9])(?:nn|xk|xche|cmq|q|xq|d)(?![a-z0-9])/u.test(t)) t = expandShorthand(t);
  // Traditional 著 is also the aspect particle 着 (躺著都在喘, 坐著還好, 睡不著) that OpenCC leaves alone; keep it only in
  // the written-work / notable words (著名, 显著, 名著, 土著)
  t = t.replace(/(?<![显卓昭土巨名原专论编译新遗拙合大])著(?![名作称述者])/gu, '着');
  // a bracketed aside ends at its closing bracket: "dad (65, had a stent 2 years ago) says it feels like…" — the past
  // in the aside says nothing about what follows, so the bracket closes a clause like a comma
  t = t.replace(/\)(?=\s+[a-z\u3400-\u9fff])/gu, '),');
  // a line break is kept: it ends a clause (not a sentence, see SENTENCE_END in triage.ts); other spaces are one space
  t = t
    .replace(/[^\S\n]*\n[\s\u2005\u00a0\u3000]*/gu, '\n')
    .replace(/[^\S\n\u2005\u00a0\u3000]+|[\u2005\u00a0\u3000]+/gu, ' ')
    .trim();
  // a line that is only a what-if opener ("如果", "what if", "e se", "y si") opens the next line: "如果\n宝宝抽搐超过5分钟"
  // supposes the seizure, so the break after it joins the two lines (without a space after a Chinese opener)
  t = t.replace(WHAT_IF_LINE, (_m, start: string, opener: string) =>
    HAN.test(opener) ? `${start}${opener}` : `${start}${opener} `,
  );
  return askedForReal(t);
}

/** "what would you do if", "que harias si", "cosa faresti se": a question put as a what-if. */
const WHAT_WOULD_YOU =
  /(?<![a-z])(?:what (?:would|do|should) (?:u|you) do if|que harias si|cosa faresti se)(?![a-z])/gu;
/**
 * Told after such a question, the what-if is the writer's own now ("…? she does rn", "asking bc i just did", "cause
 * mine does right now", "le acaba de pasar", "l'ha appena fatto"). Bounded words only.
 */
const REAL_NOW =
  /(?<![a-z])(?:rn|right now|happening now|that.?s me now|(?:she|he|mine|it) (?:does|is) (?:rn|now|right now)|(?:she|he|mine|it) does(?= ?[.!?]|$)|(?:i|she|he|mine|we) just did|asking (?:(?:bc|because|cause|cos) (?:i|mine|she|he|my [a-z]+) (?:just|is|does|did|has|took)|for my (?:baby|son|daughter|kid|dad|mum|mom|wife|husband) (?:rn|now|right now))|(?:cause|cuz|bc|because) mine)(?![a-z])|(?<![a-z])(?:le|me|nos) acaba de pasar|(?<![a-z])l.ha appena fatto|(?<![a-z])(?:lo|la) acaba de hacer/u;

/**
 * A what-if question whose writer says after it that it is happening ("what do u do if ur baby … has 38.5 fever? she
 * does rn"): the opener is blanked (spaces, so places stay), and what it asked is read as told.
 */
function askedForReal(t: string): string {
  const first = t.search(WHAT_WOULD_YOU);
  if (first < 0 || !REAL_NOW.test(t.slice(first + 10))) return t;
  return t.replace(WHAT_WOULD_YOU, (m) => ' '.repeat(m.length));
}

/** Italian and Spanish possessives and relatives, shared by the English and the "se"/"si" branches of WHAT_IF_LINE. */
const ROMANCE_POSSESSIVE = 'mi|mio|mia|il mio|la mia|tu|su|nuestro|nuestra';
const ROMANCE_KIN =
  'padre|madre|papa|mama|marito|moglie|esposo|esposa|marido|mujer|figlio|figlia|hijo|hija|bambino|bambina|bebe|nonno|nonna|abuelo|abuela';
/**
 * A line holding only a what-if opener, or an opener and whom it is about ("Si mi padre", "if my dad", "万一我爸"), with
 * the line break after it. A bare "si"/"se" is not one ("Sì" answers yes).
 */
const WHAT_IF_LINE = new RegExp(
  String.raw`(^|\n)((?:如果说|如果|要是|万一|假如|假设|一旦)(?:我|我家|你|你家)?(?:爸爸|妈妈|爸|妈|宝宝|孩子|小孩|老公|老婆|奶奶|爷爷|外婆|外公|婆婆|公公|儿子|女儿|老人)?` +
    String.raw`|(?:what if|and if|but if|if|in case|what happens if|e se|ma se|cosa succede se|y si|pero si|que pasa si)(?: (?:my|our|your|${ROMANCE_POSSESSIVE}) (?:dad|mum|mom|father|mother|husband|wife|son|daughter|baby|kid|grandma|grandpa|${ROMANCE_KIN}))?` +
    String.raw`|(?:se|si) (?:${ROMANCE_POSSESSIVE}) (?:${ROMANCE_KIN}))[ ,，:：.…。]*\n`,
  'gu',
);

/** Where a reading is named: an oximeter, a temperature, a pulse (a spoken reading after it is one number). */
const READING_HEAD = String.raw`(?:血氧仪?|指氧|饱和度|含氧量|体温|额温|耳温|腋温|肛温|心率|脉搏|oximetro|oximeter|ossimetro|saturimetro|saturometro|saturazione|saturacion|spo2|oxigeno|ossigeno|oxygen|(?<!(?:vanish|quitamanchas|quita manchas|smacchiatore)\s?)(?<![a-z])oxi(?![a-z])(?!\s*action))`;
/**
 * A reading read out as the display jumps, pieces and pauses before the number it settles on ("血氧仪…念给我听“九、十……
 * 九十一”", "oximeter 9… 10… 91"): the last number, after a pause, is the reading ("九十二、九十三" stays two).
 */
const READ_OUT_PIECES = new RegExp(
  String.raw`(${READING_HEAD}[^\d。!?！？]{0,24}?)((?:[\d零〇一二三四五六七八九]{1,2}\s*(?:、|…+|\.{2,})\s*)*?[\d零〇一二三四五六七八九]{1,2}\s*(?:…+|\.{2,})\s*)([7-9]\d)(?![\d.,]\d)`,
  'gu',
);
/** Chinese numerals said one by one after a reading's name: "血氧仪 显示 九 零" → 九零, "体温 三八 点 四" → 三八点四. */
const SPACED_NUMERALS = new RegExp(
  String.raw`(${READING_HEAD}[^\d，。,.!?！？零〇一二两三四五六七八九十百]{0,8}?)([零〇一二三四五六七八九](?:[零〇一二三四五六七八九点度]|\s(?=[零〇一二三四五六七八九点度])){1,8})(?=\s|$|[，。,.!?！？%、了啦])`,
  'gu',
);
/**
 * Not a span of hours or a flow after the digits ("ossigeno 8-9 ore al giorno", "oxygen 8-9 hours a night", "ossigeno
 * sette otto ore"): oxygen as a therapy, not a reading (probe review).
 */
const NOT_DURATION = String.raw`(?!\s*(?:ore|ora|hours?|hrs?|horas?|h(?![a-z])|小时|个小时|个钟|钟头|min(?:uti|utos|utes)?(?![a-z])|giorni|dias|days|天|litri|litros|lit(?:er|re)s?|l(?![a-z])))`;
/**
 * Digits said one by one or with a dash after a reading's name: "血氧 8 9" → 89, "oxímetro 9-1" → 91, "心率 1 1 0" → 110,
 * one a line ("血氧\n8\n9") or read in pieces ("il saturimetro di mio suocero dice 9 e poi 2").
 */
const SPACED_DIGITS = new RegExp(
  String.raw`(${READING_HEAD}[^\d。.!?！？，,；;]{0,24}?)(?<![\d.,])(\d)(?:[ -]|\s*\n\s*| (?:e poi|y luego|y despues|and then|then|poi|luego) )(\d)(?:(?<=1[ -]\d)[ -](\d))?(?![\d.,]?\d)${NOT_DURATION}`,
  'gu',
);
const DIGIT_WORDS: Record<string, number> = {
  cero: 0,
  zero: 0,
  uno: 1,
  una: 1,
  one: 1,
  dos: 2,
  due: 2,
  two: 2,
  tres: 3,
  tre: 3,
  three: 3,
  cuatro: 4,
  quattro: 4,
  four: 4,
  cinco: 5,
  cinque: 5,
  five: 5,
  seis: 6,
  sei: 6,
  six: 6,
  siete: 7,
  sette: 7,
  seven: 7,
  ocho: 8,
  otto: 8,
  eight: 8,
  nueve: 9,
  nove: 9,
  nine: 9,
};
/**
 * An oximeter's percent said digit by digit in words: "oxímetro marca nueve dos" → 92, "saturimetro dice nove uno" → 91,
 * with a pause between the digits too ("nove... uno").
 */
const DIGIT_WORD_PAIR = new RegExp(
  String.raw`(${READING_HEAD}[^\d.!?,;]{0,16}?)(?<![a-z])(nueve|ocho|siete|nove|otto|sette|nine|eight|seven)(?:\s*(?:\.{2,}|…+|-)\s*|\s+)(${Object.keys(DIGIT_WORDS).join('|')})(?![a-z])${NOT_DURATION}`,
  'gu',
);

/**
 * A reading said digit by digit, in Chinese numerals, Latin digits or words, or as a percent in words ("百分之九十二"
 * → 92%), made one number before the numerals are read (Round 32).
 */
export function joinSpokenDigits(text: string): string {
  let t = text.replace(/百分之\s*([零〇一二两三四五六七八九十]+|\d{1,3})/gu, (_, n: string) =>
    /\d/u.test(n) ? `${n}%` : `${runToDigits(n)}%`,
  );
  t = t.replace(SPACED_NUMERALS, (_, head: string, run: string) => head + run.replace(/\s/gu, ''));
  t = t.replace(
    SPACED_DIGITS,
    (_, head: string, a: string, b: string, c?: string) => `${head}${a}${b}${c ?? ''}`,
  );
  return t.replace(
    DIGIT_WORD_PAIR,
    (_, head: string, tens: string, unit: string) =>
      `${head}${DIGIT_WORDS[tens] ?? 0}${DIGIT_WORDS[unit] ?? 0}`,
  );
}

const SHORTHAND: Record<string, string> = {
  nn: 'non',
  xk: 'perche',
  xche: 'perche',
  cmq: 'comunque',
  xq: 'porque',
};

/** Texting shorthand as whole words (see prepareText); q and d only between words, d not after a letter's name. */
function expandShorthand(t: string): string {
  return t
    .replace(/(?<![a-z0-9'&])(nn|xk|xche|cmq|xq)(?![a-z0-9'&])/gu, (w) => SHORTHAND[w] ?? w)
    .replace(/(?<=[a-z0-9] )q(?= [a-z])/gu, 'que')
    .replace(
      /(?<=[a-z]{2} )(?<!(?:vitamina|vitamin|vit|tipo|plan|grupo|gruppo|hepatitis|epatite|type|plano) )d(?= (?:\d|[a-z]{2}))/gu,
      'de',
    );
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三十八 → 38, 十二 → 12, 一百零二 → 102, 一百六 → 160, 两 → 2; a run of plain digits like 七八 (a range) → its first, 7. */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  if (!/[十百]/u.test(s)) {
    const first = DIGIT[s[0] ?? ''];
    return first ?? null;
  }
  // a bare digit after 百 counts tens (一百六 → 160, 一百一 → 110; 一百零六 is 106)
  const tensAfterHundred = /百[一二两三四五六七八九]$/u.test(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      current = d;
    }
  }
  return total + (tensAfterHundred ? current * 10 : current);
}

const NUMERAL_RUN =
  /[零〇一二两三四五六七八九十百]+(?=\s*(?:度|岁|周岁|多岁|个多月|个半月|个月|多月|月大|周|星期|个星期|个礼拜|礼拜|天|多天|日|小时|个小时|点|次|遍|回(?![家来去国事到复答头忆应])))/gu;
/** Any other run with 十 or 百 in it is a number too (血氧八十九 → 89); plain 一, 两 … stay words (一直, 两边), and so does the weedkiller 百草枯 (paraquat). */
const TENS_RUN = /[一二两三四五六七八九]?[十百](?!草枯)[零一二两三四五六七八九十百]*/gu;
/**
 * Where a run of tens holds a second number: a new tens group ("九十" in 九十二九十三, 九十九十二 = 90、92) starts one
 * after a tens group and its units digit, if any; a new hundred ("一百六十二一百零五", a blood pressure said aloud =
 * 162、105) starts one after any numeral.
 */
const NEXT_NUMBER =
  /(?<=十[一二三四五六七八九]?)(?=[一二两三四五六七八九]十)|(?<=[十零〇一二三四五六七八九])(?=一百)/u;
/** A temperature's decimal said with 点: 三十七点八 → 37.8 (only 34–42: "10点半" is a time). */
const TEMP_DECIMAL = /(?<!\d)(3[4-9]|4[0-2])点([一二三四五六七八九\d])(?![十百\d])/gu;

/** A run of Chinese numerals as digits, two numbers in a row kept two (九十二九十三 → 92、93). */
function runToDigits(run: string): string {
  return run
    .split(NEXT_NUMBER)
    .map((part) => {
      const n = parseChineseNumber(part);
      return n === null ? part : String(n);
    })
    .join('、');
}

const SPO2_TENTHS =
  /((?:血氧|指氧|饱和度)[^\d，。,!?！？]{0,6}?)([五六七八九])成([一二三四五六七八九])?(?![新是会])/gu;

/**
 * An oximeter's percent said digit by digit, Wenzhou and Cantonese style: 血氧九二 → 92, 指氧八九 → 89, a run of them
 * kept apart (血氧一直在九零九一徘徊 → 90、91). Only right after the oximeter is named (九二 alone is no number).
 */
/** The oximeter named, or the clip put on a finger ("夹了一下手指，显示九三"). */
const SPO2_HEAD = '(?:血氧|指氧|饱和度|含氧量|夹(?:了)?(?:一)?下手指)';
const SPO2_PAIRS = new RegExp(
  String.raw`(${SPO2_HEAD}[^\d，。,!?！？]{0,6}?)((?:[七八九][零〇一二三四五六七八九]){1,3})(?![零〇一二三四五六七八九十百成])`,
  'gu',
);
/**
 * The oximeter named in any language, then a measuring word and a reading said digit by digit a little further on
 * ("外婆的saturacion刚才enfermera上门量的是九零" → 90).
 */
const SPO2_MEASURED_PAIR = new RegExp(
  String.raw`((?:${SPO2_HEAD}|saturacion|saturazione|saturimetro|oximetro|oximeter|spo2)[^\d。!?！？]{0,20}?(?:量|测|度)(?:了|咗)?(?:的|到|出来?)?(?:是|得|系)?\s*)([七八九])([零〇一二三四五六七八九])(?![零〇一二三四五六七八九十百成个次遍])`,
  'gu',
);
/** After the oximeter is named, a later reading said digit by digit ("血氧九二 昨天 今天九七了"): 九七 → 97. */
const SPO2_LATER_PAIR =
  /(?<![零〇一二两三四五六七八九十百\d])([七八九])([零〇一二三四五六七八九])(?=\s|[了啦喇吧，。,.!?！？%、]|$)/gu;
/** The rest of the text from where the oximeter is first named. */
const SPO2_NAMED_ON = new RegExp(`${SPO2_HEAD}[^]*`, 'u');
/** Two numerals said digit by digit as one number: 九, 二 → "92". */
const pairToDigits = (tens = '', unit = ''): string => `${DIGIT[tens] ?? 0}${DIGIT[unit] ?? 0}`;
/**
 * A temperature said digit by digit before 度 or 点: 三八度五 → 38度五, 三九点二 → 39点二, Cantonese 卅八度 → 38度 (a
 * body's 35–42 only: 三四度 stays a range of weather).
 */
const TEMP_PAIR =
  /(?<![零〇一二两三四五六七八九十百])(?:三([五六七八九])|四([零〇一二])|卅([五六七八九]))(?=\s*(?:度|点[一二三四五六七八九]))/gu;

/**
 * A numeral run as digits, a space put before it when a Latin word ends just before ("embarazada三十周" →
 * "embarazada 30周"): the digits would otherwise join the word and hide it from whole-word terms.
 */
function runAfterLatin(run: string, at: number, text: string): string {
  const digits = runToDigits(run);
  return /[a-z]/u.test(text[at - 1] ?? '') ? ` ${digits}` : digits;
}

export function chineseNumeralsToDigits(text: string): string {
  if (!/[零〇一二两三四五六七八九十百卅]/u.test(text)) return text;
  let t = text
    .replace(
      SPO2_PAIRS,
      (_, head: string, pairs: string) =>
        head + (pairs.match(/../gu) ?? []).map((p) => pairToDigits(p[0], p[1])).join('、'),
    )
    .replace(
      SPO2_MEASURED_PAIR,
      (_, head: string, tens: string, unit: string) => head + pairToDigits(tens, unit),
    )
    .replace(SPO2_NAMED_ON, (rest) =>
      rest.replace(SPO2_LATER_PAIR, (_, tens: string, unit: string) => pairToDigits(tens, unit)),
    )
    .replace(
      TEMP_PAIR,
      (_, thirty?: string, forty?: string, sa?: string) =>
        `${forty === undefined ? 3 : 4}${DIGIT[thirty ?? forty ?? sa ?? ''] ?? 0}`,
    );
  t = t.replace(NUMERAL_RUN, runAfterLatin);
  // the decimal after 度: 38度七 → 38度7
  t = t.replace(/(\d度)([一二三四五六七八九])/gu, (_, head: string, d: string) => `${head}${DIGIT[d] ?? d}`);
  t = t.replace(TENS_RUN, runAfterLatin);
  // Cantonese tells an oximeter's percent in tenths: 指氧九成一 → 91 (not 八成是感冒 "probably a cold")
  t = t.replace(
    SPO2_TENTHS,
    (_, head: string, tens: string, unit?: string) =>
      `${head}${(DIGIT[tens] ?? 0) * 10 + (unit ? (DIGIT[unit] ?? 0) : 0)}`,
  );
  // a temperature's decimal after 点: 37点八 → 37.8
  return t.replace(TEMP_DECIMAL, (_, whole: string, d: string) => `${whole}.${DIGIT[d] ?? d}`);
}

const LATIN_NUMBERS: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  one: 1,
  a: 1,
  due: 2,
  dos: 2,
  two: 2,
  tre: 3,
  tres: 3,
  three: 3,
  quattro: 4,
  cuatro: 4,
  four: 4,
  cinque: 5,
  cinco: 5,
  five: 5,
  sei: 6,
  seis: 6,
  six: 6,
  sette: 7,
  siete: 7,
  seven: 7,
  otto: 8,
  ocho: 8,
  eight: 8,
  nove: 9,
  nueve: 9,
  nine: 9,
  dieci: 10,
  diez: 10,
  ten: 10,
};
/** A number word before a unit; not the ordinal ending of a figure ("alla 37ª settimana" is the 37th, not 37 and one). */
const LATIN_NUMERAL_RUN =
  /(?<![a-z\d])(un|uno|una|one|a|due|dos|two|tre|tres|three|quattro|cuatro|four|cinque|cinco|five|sei|seis|six|sette|siete|seven|otto|ocho|eight|nove|nueve|nine|dieci|diez|ten)(?=\s+(?:giorni|giorno|dias|dia|days?|settimane|settimana|semanas|semana|weeks?|mesi|mese|meses|mes|months?|anni|anno|anos|ano|years?)(?![a-z]))/gu;

export function latinNumeralsToDigits(text: string): string {
  const t = text.replace(LATIN_NUMERAL_RUN, (w) => String(LATIN_NUMBERS[w] ?? w));
  return t.replace(TENS_WORDS, tensToDigits);
}

/**
 * Thirty to ninety-nine said in words, as an SpO2, a temperature or an infant's age in days is ("marca noventa y uno",
 * "novantadue", "ninety-one", "treinta y ocho de fiebre", "quaranta giorni"); voice typing splits Italian's ("novanta
 * sei", "novanta otto").
 */
const TENS: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  trent: 30,
  quarant: 40,
  thirty: 30,
  forty: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cinquant: 50,
  sessant: 60,
  settant: 70,
  ottant: 80,
  novant: 90,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TENS_WORDS =
  /(?<![a-z])(?:(treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?: y (uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|(trent|quarant|cinquant|sessant|settant|ottant|novant)(?:(?:a )?(uno|otto)|a(?: ?(due|tre|quattro|cinque|sei|sette|nove))?)|(thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?)(?![a-z])/gu;

function tensToDigits(
  w: string,
  es?: string,
  esUnit?: string,
  it?: string,
  itElided?: string,
  itUnit?: string,
  en?: string,
  enUnit?: string,
): string {
  const tens = TENS[es ?? it ?? en ?? ''];
  if (tens === undefined) return w;
  const unit = esUnit ?? itUnit ?? itElided ?? enUnit;
  return String(tens + (unit ? (LATIN_NUMBERS[unit] ?? 0) : 0));
}
