import { readNumbers } from '../../../src/domain/triage-numbers';
import { prepareText } from '../../../src/domain/triage-text';

const read = (text: string) => readNumbers(prepareText(text));
/** The ages read, in years to two decimals without trailing zeros (2 months → "0.17"). */
const agesOf = (text: string): string[] =>
  read(text).agesYears.map((a) => a.toFixed(2).replace(/\.?0+$/, ''));

describe('prepareText', () => {
  it.each([
    ['寶寶發燒三十八度七', '宝宝发烧38度7'],
    ['ＦＥＢＢＲＥ　３９', 'febbre 39'],
    ['Respiración difícil', 'respiracion dificil'],
    ['da quattro giorni', 'da 4 giorni'],
    ['两个月大', '2个月大'],
    ['血氧八十九', '血氧89'],
    ['喘弗过气', '喘不过气'],
    ['阿嬤躺著都在喘，坐著還好', '阿嬷躺着都在喘,坐着还好'],
    ['睡不著', '睡不着'],
    ['著名的醫院，很顯著', '著名的医院,很显著'],
    ['一直咳，两边都痛', '一直咳,两边都痛'],
  ])('%s → %s', (input, output) => {
    expect(prepareText(input)).toBe(output);
  });
});

describe('readNumbers', () => {
  it.each<[string, number | null]>([
    ['发烧38度5', 38.5],
    ['体温38.2', 38.2],
    ['febbre a 38,5', 38.5],
    ['39°c da ieri', 39],
    ['three days of 102.5F', 39.2],
    ['肛温38,3', 38.3],
    ['烧到三十九度', 39],
    ['今天39度好热', null],
    ['Hoy hace 38 grados en Sevilla', null],
    ['她才38岁', null],
  ])('temperature in %j: %s', (text, t) => {
    expect(read(text).temperatureC).toBe(t);
  });

  it.each<[string, number | null]>([
    ['血氧92', 92],
    ['指氧 91%', 91],
    ['saturimetro 90 a riposo', 90],
    ['la saturación de mi abuela está en 89', 89],
    ['spo2 89 and 95', 89],
    ['oximeter on my dad says 86', 86],
    ['the pulse ox reads 88 now', 88],
    ['血氧93以下才要去医院？我现在96', null],
    ['血氧93以下才要去医院？我血氧现在96', 96],
    ['如果血氧低于93要去医院吗', null],
    ['血氧正常，昨天烧到39', null],
  ])('SpO2 in %j: %s', (text, v) => {
    expect(read(text).spo2).toBe(v);
  });

  it.each<[string, string[]]>([
    ['宝宝两个月大', ['0.17']],
    ['两个月宝宝发烧了', ['0.17']],
    ['40天的小孩', ['0.11']],
    ['My 5 weeks old', ['0.1']],
    ['mia figlia 7 settimane', ['0.13']],
    ['bimbo di 2 mesi', ['0.17']],
    ['我爸80多岁', ['80']],
    ['降压药还有三个月的量', []],
    ['只剩两天的量了', []],
    ['咳了两个月', []],
    ['Mio padre ha avuto un infarto due anni fa', []],
    ['desde hace tres años tiene asma', []],
    ['2 years ago he had surgery', []],
    ['ya está en casa después de dos semanas en el hospital', []],
    ['después de 3 días de fiebre', []],
    ['mi hija de 5 años', ['5']],
    ['mi hijo de 3 semanas', ['0.06']],
    ['son (7) ate a cookie', ['7']],
    ['mi padre (69) tiene fiebre', ['69']],
  ])('ages in %j', (text, ages) => {
    expect(agesOf(text)).toEqual(ages);
  });

  it.each<[string, number | null]>([
    ['烧了三天', 3],
    ['da quattro giorni', 4],
    ['一个星期了', 7],
    ['3月5日开始咳', null],
    ['40天的小孩', null],
  ])('days in %j: %s', (text, d) => {
    expect(read(text).days).toBe(d);
  });
});

describe('readNumbers: infants in weeks and readings named by the body site', () => {
  it.each<[string, number]>([
    ['我兒子出生七個禮拜，一直哭', 7],
    ['宝宝五个礼拜大', 5],
    ['La mia bambina ha sei settimane', 6],
    ['mi bebé tiene 6 semanas', 6],
    ['my baby is six weeks old', 6],
  ])('%s is %d weeks old', (text, weeks) => {
    expect(read(text).agesYears).toContainEqual((weeks * 7) / 365);
  });

  it.each<[string, number]>([
    ['額頭量37.9 腋下38.1', 38.1],
    ['腋窝38.4', 38.4],
    ['ha 38 di febbre', 38],
    ['tiene 38 de fiebre', 38],
  ])('%s reads %d', (text, c) => {
    expect(read(text).temperatureC).toBe(c);
  });
});

describe('readNumbers: approximate infant ages and an oximeter described, not named', () => {
  it.each<[string, number]>([
    ['小宝贝出生才二十来天', 20],
    ['宝宝十几天', 10],
  ])('%s is about %d days old', (text, days) => {
    expect(read(text).agesYears).toContainEqual(days / 365);
  });

  it.each<[string, number | null]>([
    ['指尖那个仪器一直在八十几跳 九十都上不去', 80],
    ['夹手指的那个显示87', 87],
    ['The finger clip thing says 86', 86],
    ['El aparato del dedo marca 85', 85],
    ['手指割了一个口子 20分钟', null],
  ])('%s reads SpO2 %p', (text, v) => {
    expect(read(text).spo2).toBe(v);
  });
});

describe('readNumbers: a bare reading with one decimal', () => {
  it.each<[string, number | null]>([
    ['Tengo 39,8 desde anoche', 39.8],
    ['39.4 since this morning, chills', 39.4],
    ['costa 39,8 euro', null],
    ['peso 38.5kg', null],
  ])('%s reads %p', (text, c) => {
    expect(read(text).temperatureC).toBe(c);
  });
});

describe('prepareText: two Chinese numbers in a row, and numbers said in words', () => {
  it.each([
    ['血氧一直在九十二九十三', '血氧一直在92、93'],
    ['血氧九十二', '血氧92'],
    ['el aparatito del dedo marca noventa y uno', 'el aparatito del dedo marca 91'],
    ['il saturimetro segna novantadue', 'il saturimetro segna 92'],
    ['oximeter says ninety-one', 'oximeter says 91'],
    ['novantotto', '98'],
    ['血氧九十九十二来回跳', '血氧90、92来回跳'],
    ['体温三十八三十八点五', '体温38、38.5'],
    ['体温三十七点八', '体温37.8'],
    ['三点五十分', '3点50分'],
    ['妳還好嗎', '你还好吗'],
  ])('%s → %s', (input, output) => {
    expect(prepareText(input)).toBe(output);
  });
});

describe('readNumbers: a usual or earlier reading, then the one now (the lower counts)', () => {
  it.each<[string, number | null]>([
    ['我爸有慢阻肺，平常血氧大概95，今天坐着量只有90', 90],
    ['Pulse ox was 95 this morning, now it reads 92, 93', 92],
    ['her sats were 95 yesterday, 94 first thing this morning and 92 now', 92],
    ['血氧一直在九十二九十三，刚才量了九十二', 92],
    ['今天心氧只有九十一', 91],
    ['血氧98，心跳现在90', 98],
    ['血氧97，今天体温38', 97],
  ])('%s reads SpO2 %p', (text, v) => {
    expect(read(text).spo2).toBe(v);
  });
});

describe('readNumbers: an older relative’s age without a unit', () => {
  it.each<[string, number | null]>([
    ['我婆婆七十二了，发烧', 72],
    ['my dad is 72 and has a fever', 72],
    ['Dad is 68, covid day 6', 68],
    ['我老公38了', null],
    ['my dad is 72kg', null],
  ])('%s: %p', (text, age) => {
    const r = read(text);
    if (age === null) expect(r.elderAges).toEqual([]);
    else expect(r.elderAges).toContain(age);
    // an older relative's age says nothing about whether the patient is a child
    expect(r.agesYears.filter((a) => a >= 60)).toEqual([]);
  });
});

describe('readNumbers: round 24', () => {
  it.each<[string, string[]]>([
    // a whole number before the unit: "da 10 anni" is a duration, not an age of 0
    ['mia madre ha il diabete da 10 anni, febbre 38,2', []],
    // a whole word after it: "39,5 anoche" is a reading last night, not an age of 5
    ['mi padre tiene 39,5 anoche', []],
    // Cantonese 先 ("only"): a baby only two months old
    ['BB先兩個月，發燒38度', ['0.17']],
  ])('ages in %j', (text, ages) => {
    expect(agesOf(text)).toEqual(ages);
  });

  it.each<[string, number | null]>([
    // a reading said with a verb counts only in a young child's message: nobody that young "has 38" years
    ['mi bebé de 2 meses tiene 38 justo', 38],
    ['il bimbo di 3 mesi ha 38 e passa', 38],
    ['mi marido tiene 38', null],
    ['mi hijo de 5 años tiene 38 amigos', null],
    // a heat record is the air's
    ['注意防暑，今天又破38度了', null],
  ])('temperature in %j: %s', (text, t) => {
    expect(read(text).temperatureC).toBe(t);
  });
});

describe('readNumbers: round 25', () => {
  it('a bare reading followed by a comma is read', () => {
    expect(read('一量38.6，吃了退烧药还是烧').temperatureC).toBe(38.6);
  });
  it.each<[string, number | null]>([
    // a falling series with no measure named is an oximeter being watched
    ['90 89 88 一直掉 救命', 88],
    ['体重90 89 88 一直掉', null],
    // a price or a discount on an oximeter is not a reading
    ['血氧機特價 兩部50蚊 有需要PM', null],
    ['pulse oximeters 50% off this week only, dm me', null],
  ])('SpO2 in %j: %s', (text, v) => {
    expect(read(text).spo2).toBe(v);
  });
  it.each<[string, string[]]>([
    // the time since a birth is the baby's age only when the baby is spoken of
    ['生完孩子三周 奶少 还老掉头发', []],
    ['坐月子第8天 宝宝38度', ['0.02']],
  ])('ages in %j', (text, ages) => {
    expect(agesOf(text)).toEqual(ages);
  });
});

describe('readNumbers: round 26', () => {
  it.each<[string, number | null]>([
    // a half degree said with 半
    ['燒到三十八度半', 38.5],
    ['38度半，吃了退烧药', 38.5],
    ['三十九度半', 39.5],
    // a body felt hot is not the weather
    ['摸落好热 38度5', 38.5],
    ['今天好热 38度', null],
  ])('temperature in %j: %s', (text, t) => {
    expect(read(text).temperatureC).toBe(t);
  });
  it.each<[string, string[]]>([
    // Cantonese "only" (先得, 啱啱) before a baby's age, and 个仔 ("my son") as the baby
    ['我個仔先得六個禮拜，燒到三十八度半', ['0.12']],
    ['bb啱啱2个月', ['0.17']],
    // a child who "has" its months
    ['mi hermanita tiene un mes y tiene fiebre', ['0.08']],
    ['tiene 7 meses de embarazo', []],
  ])('ages in %j', (text, ages) => {
    expect(agesOf(text)).toEqual(ages);
  });
});

describe('readNumbers: round 27', () => {
  it.each<[string, string[]]>([
    // someone who "has" only weeks is a baby…
    ['la beba tiene 6 semanas y 38,4', ['0.12']],
    // …unless the weeks are a pregnancy's or a course's
    ["she's 6 weeks pregnant", []],
    ['el curso tiene 6 semanas', []],
  ])('ages in %j', (text, ages) => {
    expect(agesOf(text)).toEqual(ages);
  });
});

describe('readNumbers: a review of rounds 26–27', () => {
  it.each<[string, string[]]>([
    ['mi papa tiene 2 semanas con fiebre de 38', []],
    ['mio padre ha 2 settimane di mal di testa', []],
    ['mi hijo tiene 2 meses con tos', []],
  ])('no age in %j', (text, ages) => {
    expect(agesOf(text)).toEqual(ages);
  });
  it('半 after 度 is half a degree, not 半夜 or 半小时', () => {
    expect(read('38度半夜里又烧起来').temperatureC).toBe(38);
    expect(read('烧到38度半').temperatureC).toBe(38.5);
  });
});
