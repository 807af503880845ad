/**
 * Numbers people write about a patient, read from text already passed through `prepareText` (lower case, ASCII
 * digits, Simplified Chinese). Pure.
 *
 * - Body temperature: "38度5", "38.5", "38,5", "39°", "39°c", "101f", "febbre a 38", "39 de fiebre", "体温38.2".
 *   Fahrenheit (95–110) is converted. Weather ("今天39度好热") is not a body temperature.
 * - SpO2: 血氧/指氧/饱和度/saturimetro/saturación/spo2/oxygen followed by a number within a few characters.
 * - Ages: "3岁", "80多岁", "5 anni", "2 años", "7 years old", "2个月大", "宝宝才两个月", "bimbo di 2 mesi",
 *   "2 months old", "出生10天"; months and days become fractions of a year.
 * - Durations: "烧了3天", "第4天", "一个星期", "da 4 giorni", "hace 3 días", "for 5 days".
 */
export interface Readings {
  /** The highest body temperature read, °C. */
  temperatureC: number | null;
  /** The lowest oxygen saturation read, %. */
  spo2: number | null;
  /** Every age read, in years (a 2-month-old is 2/12). */
  agesYears: number[];
  /** The longest duration read, in days. */
  days: number | null;
}

const NUM = String.raw`(\d{2,3}(?:[.,]\d{1,2})?)`;
const TEMP_UNIT = new RegExp(String.raw`${NUM}\s*(?:度|°|º)\s*(c|f)?(\d)?(?!\d)`, 'gu');
const TEMP_UNIT_WORD = new RegExp(String.raw`${NUM}\s*(?:gradi|grados|degrees?)(?![a-z])`, 'gu');
const TEMP_F = new RegExp(String.raw`(?<![\d.])(\d{2,3}(?:[.,]\d)?)\s*f(?![a-z])`, 'gu');
const TEMP_CONTEXT = new RegExp(
  String.raw`(?:体温|发烧|发热|高烧|低烧|烧到|烧了|烧|量了|量出|测了|测出|量一下|温度|摸着|febbre|fiebre|fever|temperatura|temperature|temp|feber|misurat[oa]|termometro)[^\d,，。.!?！？]{0,8}?${NUM}(?![\d%])`,
  'gu',
);
const TEMP_AFTER = new RegExp(String.raw`${NUM}\s*(?:di febbre|de fiebre|of fever)`, 'gu');
const WEATHER = /天气|气温|室外|外面|好热|太热|热死|caldo|calor|hot today|weather|wetter/u;

const SPO2 = new RegExp(
  String.raw`(?:血氧饱和度|血氧|指氧|氧饱和度|饱和度|氧饱|saturimetro|saturazione|saturacion|saturimetria|spo2|sp02|ossigeno|oxigeno|oxygen|o2)[^\d。.!?！？]{0,10}?(\d{2,3})(?![\d.,]\d)(?!\s*%?\s*(?:以下|以上|below|under|sotto|por debajo))`,
  'gu',
);

const AGE_YEARS =
  /(\d{1,3})\s*(?:多)?\s*(?:岁|周岁|anni|anno|anos|ano|years?\s*old|yrs?\s*old|-year-old|yo\b)/gu;
const AGE_MONTHS_ZH =
  /(\d{1,2})\s*(?:个多月|个半月|个月|多月)(?=大|的(?:宝宝|孩子|婴儿|小孩|bb|baby|女儿|儿子|囡|小人|男孩|女孩))/gu;
const AGE_MONTHS_ZH_AFTER =
  /(?:宝宝|孩子|婴儿|小孩|囡囡|囡|儿子|女儿|bb|小人|才|刚|只有|刚刚|满)\s*(\d{1,2})\s*(?:个多月|个半月|个月|多月)/gu;
const AGE_MONTHS_LATIN =
  /(?:di|de)\s+(\d{1,2})\s*(?:mesi|mese|meses|mes)(?![a-z])|(\d{1,2})[\s-]*months?[\s-]*old/gu;
const AGE_WEEKS =
  /(\d{1,2})\s*(?:周|星期)(?=大|的(?:宝宝|婴儿|孩子))|(?:di|de)\s+(\d{1,2})\s*(?:settimane|semanas)/gu;
const AGE_DAYS = /(?:出生|生下来|才|刚)\s*(\d{1,2})\s*天|(\d{1,2})\s*天(?=大|的(?:宝宝|婴儿))/gu;

const DAYS =
  /(?:第\s*)?(\d{1,2})\s*(?:天|日(?!本)|days?(?![a-z])|giorni|giorno|dias|dia(?![a-z]))|(一个?星期|一周|1周|1个星期|a week|1 week|una settimana|1 settimana|una semana|1 semana|一个礼拜)/gu;

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function toCelsius(v: number, unit: 'c' | 'f' | null): number | null {
  if (unit === 'f' || (unit === null && v >= 95 && v <= 110)) {
    const c = ((v - 32) * 5) / 9;
    return c >= 34 && c <= 44 ? Math.round(c * 10) / 10 : null;
  }
  return v >= 34 && v <= 44 ? v : null;
}

export function readTemperature(t: string): number | null {
  const found: number[] = [];
  const add = (v: number | null): void => {
    if (v !== null) found.push(v);
  };
  const weather = WEATHER.test(t);
  for (const m of t.matchAll(TEMP_UNIT)) {
    if (weather) continue;
    const base = num(m[1] ?? '');
    const decimal = m[3] !== undefined && !/[.,]/.test(m[1] ?? '') ? Number(m[3]) / 10 : 0;
    add(toCelsius(base + decimal, m[2] === 'f' ? 'f' : m[2] === 'c' ? 'c' : null));
  }
  if (!weather) for (const m of t.matchAll(TEMP_UNIT_WORD)) add(toCelsius(num(m[1] ?? ''), null));
  for (const m of t.matchAll(TEMP_F)) add(toCelsius(num(m[1] ?? ''), 'f'));
  for (const m of t.matchAll(TEMP_CONTEXT)) add(toCelsius(num(m[1] ?? ''), null));
  for (const m of t.matchAll(TEMP_AFTER)) add(toCelsius(num(m[1] ?? ''), null));
  return found.length > 0 ? Math.max(...found) : null;
}

export function readSpo2(t: string): number | null {
  const found: number[] = [];
  for (const m of t.matchAll(SPO2)) {
    const v = Number(m[1]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  return found.length > 0 ? Math.min(...found) : null;
}

export function readAges(t: string): number[] {
  const ages: number[] = [];
  for (const m of t.matchAll(AGE_YEARS)) {
    const v = Number(m[1]);
    if (v <= 120) ages.push(v);
  }
  for (const re of [AGE_MONTHS_ZH, AGE_MONTHS_ZH_AFTER, AGE_MONTHS_LATIN]) {
    for (const m of t.matchAll(re)) ages.push(Number(m[1] ?? m[2]) / 12);
  }
  for (const m of t.matchAll(AGE_WEEKS)) ages.push((Number(m[1] ?? m[2]) * 7) / 365);
  for (const m of t.matchAll(AGE_DAYS)) ages.push(Number(m[1] ?? m[2]) / 365);
  return ages;
}

export function readDays(text: string): number | null {
  const t = text.replace(/\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu, ' ');
  let most: number | null = null;
  for (const m of t.matchAll(DAYS)) {
    const v = m[2] !== undefined ? 7 : Number(m[1]);
    if (v > 0 && v <= 60 && (most === null || v > most)) most = v;
  }
  return most;
}

export function readNumbers(prepared: string): Readings {
  return {
    temperatureC: readTemperature(prepared),
    spo2: readSpo2(prepared),
    agesYears: readAges(prepared),
    days: readDays(prepared),
  };
}
