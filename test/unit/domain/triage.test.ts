import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileLexicon,
  patternAnchors,
  TriageLexiconSchema,
  type TriageLexicon,
} from '../../../src/domain/triage-lexicon';
import { PROJECT_ROOT } from '../../../src/paths';
import { classify, isSelfHarm, isSpecialty, pastYearsSource, triageText } from '../../../src/domain/triage';
import { SPECIALTIES, type Specialty, type Urgency } from '../../../src/domain/types';
import { repoCore } from '../../support/env';

const lexicon = repoCore().lexicon;
const specialtyOf = (text: string): Specialty | 'none' => classify(text, lexicon).specialty ?? 'none';
const urgencyOf = (text: string): Urgency | 'none' => classify(text, lexicon).urgency ?? 'none';

describe('classify with config/triage.json: queues', () => {
  it.each<{ text: string; specialty: Specialty | 'none' }>([
    { text: '我爸发烧38度5，咳嗽两天了', specialty: 'respiratory' },
    { text: '嗓子疼，流鼻涕，怎么办', specialty: 'respiratory' },
    { text: '阳了，喉咙像刀割', specialty: 'respiratory' },
    { text: 'Ho la tosse e la febbre', specialty: 'respiratory' },
    { text: 'TENGO FIEBRE Y TOS', specialty: 'respiratory' },
    { text: '寶寶發燒三天了，怎麼辦', specialty: 'pediatrics' },
    { text: '宝宝三个月大，一直吐奶', specialty: 'pediatrics' },
    { text: '我家囡5岁的，拉肚子😢', specialty: 'pediatrics' },
    { text: 'Il mio bambino ha la febbre, cosa devo fare?', specialty: 'pediatrics' },
    { text: '宝宝的pediatra说是otite，开了抗生素，要吃几天？', specialty: 'pediatrics' },
    { text: '最近很焦虑，晚上睡不着', specialty: 'psychology' },
    { text: '一个人在国外压力好大，情绪很差', specialty: 'psychology' },
    { text: 'Ho tanta ansia, non riesco a dormire', specialty: 'psychology' },
    { text: '连花清瘟和中药能一起吃吗？', specialty: 'tcm' },
    { text: '我妈有糖尿病，胰岛素只剩一周', specialty: 'chronic' },
    { text: '高血压，降压药快吃完了', specialty: 'chronic' },
    { text: '怀孕五个月，可以打疫苗吗', specialty: 'maternal' },
    { text: '产后哺乳期能吃退烧药吗', specialty: 'maternal' },
    { text: 'Estoy embarazada y tengo fiebre', specialty: 'maternal' },
    { text: '回国的机票和健康码怎么办？', specialty: 'policy' },
    { text: 'Il permesso di soggiorno è scaduto, 居留怎么续？', specialty: 'policy' },
    { text: '膝盖疼了一周，走路不方便，怎么办', specialty: 'general' },
    { text: '牙疼怎么办', specialty: 'general' },
    { text: '大家早上好！', specialty: 'none' },
    { text: '[图片]', specialty: 'none' },
    { text: '', specialty: 'none' },
  ])('$text → $specialty', ({ text, specialty }) => {
    expect(specialtyOf(text)).toBe(specialty);
  });

  // who first: self-harm → psychology, pregnancy → maternal, a child → pediatrics, a TCM request → tcm
  it.each<{ text: string; specialty: Specialty; why: string }>([
    { text: '孩子最近失眠，怎么办', specialty: 'pediatrics', why: 'a child goes to pediatrics' },
    { text: '最近失眠，不想活了', specialty: 'psychology', why: 'self-harm goes to psychology' },
    { text: '孩子说不想活了', specialty: 'psychology', why: 'self-harm before the child rule' },
    { text: '孕妇咳嗽怎么办', specialty: 'maternal', why: 'pregnancy before the complaint' },
    { text: '宝宝高烧抽搐了！', specialty: 'pediatrics', why: 'a child before the complaint' },
    { text: '连花清瘟能治咳嗽吗', specialty: 'tcm', why: 'an explicit TCM request' },
    { text: '怀孕了，睡不着，怎么办', specialty: 'maternal', why: 'pregnancy before psychology' },
    { text: '孕妇的孩子咳嗽', specialty: 'maternal', why: 'maternal before pediatrics' },
    { text: '我儿子30岁，发烧咳嗽', specialty: 'respiratory', why: 'a son with an adult age is not a child' },
    { text: '我在做透析，胸口痛', specialty: 'chronic', why: 'general (chest pain) yields to a named queue' },
    { text: '我咳嗽发烧三天', specialty: 'respiratory', why: 'the main complaint' },
  ])('$text → $specialty ($why)', ({ text, specialty }) => {
    expect(specialtyOf(text)).toBe(specialty);
  });
});

describe('classify with config/triage.json: urgency', () => {
  it.each<{ text: string; urgency: Urgency | 'none' }>([
    { text: '我爸呼吸困难，嘴唇发紫', urgency: 'emergency' },
    { text: '宝宝高烧抽搐了！', urgency: 'emergency' },
    { text: '我不想活了', urgency: 'emergency' },
    { text: '老人叫不醒', urgency: 'emergency' },
    { text: 'NON RIESCO A RESPIRARE', urgency: 'emergency' },
    { text: 'No puedo respirar', urgency: 'emergency' },
    { text: '胸口痛，越来越厉害', urgency: 'emergency' },
    { text: '我妈血氧92，要去医院吗', urgency: 'emergency' },
    { text: 'saturimetro 91, cosa faccio?', urgency: 'emergency' },
    { text: 'saturación 90 y tos', urgency: 'emergency' },
    { text: 'spo2 93 at rest, should I worry?', urgency: 'emergency' },
    { text: '宝宝刚满月，发烧38度', urgency: 'emergency' },
    { text: '宝宝两个月大，体温38.2', urgency: 'emergency' },
    { text: '高烧39度，脖子硬', urgency: 'emergency' },
    { text: '外公讲话讲弗清楚，嘴巴歪了', urgency: 'emergency' },
    { text: '阿嬤躺著都在喘，一句話講不完整', urgency: 'emergency' },
    { text: 'she collapsed on the floor shaking and not responding', urgency: 'emergency' },
    { text: '我爸胸口像压了块大石头，冒冷汗', urgency: 'emergency' },
    { text: 'regalé mi perro a mi vecina, mañana ya no estaré', urgency: 'emergency' },
    { text: '站在天台上风好大 爸妈对不起', urgency: 'emergency' },
    { text: '吃了花生以后喉咙越来越紧，声音都哑了', urgency: 'emergency' },
    { text: '发烧４０度，越来越严重', urgency: 'urgent' },
    { text: '体温39度，吃了药不退', urgency: 'urgent' },
    { text: '发烧三天了', urgency: 'urgent' },
    { text: 'febbre da quattro giorni, che faccio', urgency: 'urgent' },
    { text: '孕妇发烧怎么办', urgency: 'urgent' },
    { text: '奶奶发烧了，怎么办', urgency: 'urgent' },
    { text: '降压药快吃完了', urgency: 'urgent' },
    { text: '嗓子有点痒，怎么办', urgency: 'routine' },
    { text: '可以吃连花清瘟吗', urgency: 'routine' },
    { text: '体温38度，要吃药吗', urgency: 'routine' },
    { text: '我妈血氧96，咳得厉害', urgency: 'routine' },
    { text: '血氧93以下才要去医院是吧？我现在96', urgency: 'routine' },
    { text: '回国要隔离几天？', urgency: 'none' },
  ])('$text → $urgency', ({ text, urgency }) => {
    expect(urgencyOf(text)).toBe(urgency);
  });

  it.each([
    ['没有呼吸困难，就是咳嗽，怎么办'],
    ['不胸痛，也没有气短，有点咳嗽'],
    ['发烧咳嗽，没有发烧、胸闷和呼吸困难？'],
    ['Tengo tos pero no me falta el aire, ¿qué hago?'],
    ['Ho la tosse, niente affanno, senza dolore al petto'],
    ['如果出现呼吸困难怎么办？我现在只是咳嗽'],
    ['What if I get short of breath? Now only a cough'],
  ])('a negated or hypothetical red flag raises no emergency: %s', (text) => {
    const t = classify(text, lexicon);
    expect(t.kind).toBe('consult');
    expect(t.urgency).not.toBe('emergency');
  });

  it.each([
    ['【每日防疫小贴士】出现发热、干咳、呼吸困难请及时就医，勤洗手，戴口罩'],
    ['新闻：马德里一名华人男子出现胸痛和呼吸困难，被送往医院'],
    ['口罩现货出售，血氧仪 25欧一个，需要的私聊'],
    ['谢谢刘医生，我妈已经退烧了！'],
    ['哈哈哈 今天38度热死了'],
    ['[红包]恭喜发财'],
    ['Consejo del día: si notáis dolor en el pecho o falta de aire, llamad al 112.'],
  ])('not a consultation: %s', (text) => {
    expect(classify(text, lexicon).kind).toBe('none');
  });
});

describe('classify explains itself', () => {
  it('names the rules that fired, with weights and matches, and the negated ones', () => {
    const t = classify('我妈发烧39度5，没有呼吸困难，怎么办？', lexicon);
    // a fever with no respiratory sign is the general queue's
    expect(t).toMatchObject({ kind: 'consult', specialty: 'general', urgency: 'urgent' });
    expect(t.readings.temperatureC).toBe(39.5);
    const ids = t.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['fever', 'temperature', 'high-fever-reading', 'ask-help']));
    expect(ids).not.toContain('breathing');
    expect(t.ignored).toContainEqual({
      id: 'breathing',
      kind: 'symptom',
      match: '呼吸困难',
      reason: 'negated',
    });
    const fever = t.rules.find((r) => r.id === 'fever');
    expect(fever).toMatchObject({ kind: 'symptom', weight: 2, specialty: 'general', match: '发烧' });
    expect(t.confidence).toBeGreaterThan(0.5);
    expect(t.confidence).toBeLessThanOrEqual(1);
  });
});

describe('a lexicon is data: rules, precedence and thresholds come from it', () => {
  const base = (rules: unknown[]): TriageLexicon =>
    TriageLexiconSchema.parse({
      thresholds: { consult: 0.5, groupIntake: 0.7, groupEmergency: 0.5 },
      scoring: {
        bias: -1,
        scale: 1,
        policyBias: -1,
        maxEvidence: 6,
        extraTermWeight: 0.5,
        hypotheticalFactor: 0.5,
        minMedical: 1,
        negatedWeight: 1,
      },
      numbers: {
        feverC: 37.5,
        highFeverC: 39,
        spo2Emergency: 93,
        childUnderYears: 14,
        infantUnderMonths: 3,
        elderlyFromYears: 65,
        longDays: 3,
        feverWeight: 2,
        spo2Weight: 2,
      },
      cues: { negation: ['没有', 'no'], notNegation: [], hypothetical: ['如果'], hypotheticalAfter: [] },
      rules,
    });
  const order: Specialty[] = ['psychology', 'maternal', 'pediatrics', 'tcm'];
  const lex = compileLexicon(
    base([
      ...order.map((s) => ({ id: `w-${s}`, kind: 'who', specialty: s, weight: 2, terms: [`<${s}>`] })),
      { id: 'cough', kind: 'symptom', specialty: 'respiratory', weight: 3, terms: ['<cough>', 'tos'] },
      { id: 'knee', kind: 'symptom', specialty: 'general', weight: 3, terms: ['<knee>'] },
      { id: 'bad', kind: 'symptom', specialty: 'general', weight: 2, urgency: 'emergency', terms: ['<bad>'] },
      { id: 'fever-3', kind: 'modifier', urgency: 'urgent', weight: 1, requires: ['fever', 'days-long'] },
      { id: 'stiff', kind: 'symptom', specialty: 'general', weight: 1, terms: ['re:脖子[^，。]{0,4}硬'] },
      {
        id: 'meningitis',
        kind: 'symptom',
        specialty: 'general',
        urgency: 'emergency',
        decides: true,
        weight: 2,
        requires: ['fever', 'stiff'],
      },
      {
        id: 'wish',
        kind: 'who',
        specialty: 'psychology',
        urgency: 'emergency',
        evenIfHypothetical: true,
        weight: 3,
        terms: ['<wish>'],
      },
    ]),
  );

  it.each(order.map((winner, i) => ({ winner, rest: order.slice(i) })))(
    'with $rest present, $winner wins whatever the complaint',
    ({ winner, rest }) => {
      const text = ['<cough>', ...[...rest].reverse().map((s) => `<${s}>`)].join(' ');
      expect(classify(text, lex).specialty).toBe(winner);
    },
  );

  it('Latin terms match whole words only; general yields to a named queue', () => {
    expect(classify('todos <knee>', lex).specialty).toBe('general');
    expect(classify('<knee> tos', lex).specialty).toBe('respiratory');
  });

  it('negation and hypotheticals come from the cues', () => {
    expect(classify('<bad>', lex).urgency).toBe('emergency');
    expect(classify('没有<bad>', lex).urgency).not.toBe('emergency');
    expect(classify('没有<bad>', lex).rules.map((r) => r.id)).not.toContain('bad');
    expect(classify('如果<bad>', lex).urgency).toBe('routine');
  });

  it('a space after a Chinese word ends a negation, as a comma does', () => {
    expect(classify('还没有好 <bad>', lex).urgency).toBe('emergency');
    expect(classify('没有 <bad>', lex).urgency).not.toBe('emergency');
  });

  it('rules with requirements fire from number signals', () => {
    expect(classify('<cough> 烧到38.5 3天了', lex).urgency).toBe('urgent');
    expect(classify('<cough> 烧到38.5', lex).urgency).toBe('routine');
  });

  it('re: terms match phrasings with words in between, and report what they matched', () => {
    const t = classify('<cough> 脖子有点硬', lex);
    expect(t.rules.find((r) => r.id === 'stiff')?.match).toBe('脖子有点硬');
  });

  it('a deciding rule names the queue over the fever it requires', () => {
    const t = classify('<cough> 烧到39 脖子好硬', lex);
    expect(t).toMatchObject({ specialty: 'general', urgency: 'emergency' });
  });

  it('evenIfHypothetical keeps a wish that sounds like a what-if at full weight and urgency', () => {
    expect(classify('如果<wish>', lex)).toMatchObject({ specialty: 'psychology', urgency: 'emergency' });
  });

  it('a negated complaint still counts as health talk, never as the complaint', () => {
    const t = classify('没有<cough>，就是<knee>', lex);
    expect(t).toMatchObject({ kind: 'consult', specialty: 'general' });
    expect(t.ignored).toEqual([{ id: 'cough', kind: 'symptom', match: '<cough>', reason: 'negated' }]);
  });

  it('rejects a bad regular expression term', () => {
    const r = TriageLexiconSchema.safeParse({
      ...base([{ id: 'a', kind: 'modifier', weight: 1, terms: ['x'] }]),
      rules: [{ id: 'a', kind: 'modifier', weight: 1, terms: ['re:(unclosed'] }],
    });
    expect(r.success).toBe(false);
    expect(r.success ? '' : (r.error.issues[0]?.message ?? '')).toMatch(/^not a regular expression/);
  });

  it('rejects a rule that names an unknown signal, and duplicate ids', () => {
    const r = TriageLexiconSchema.safeParse({
      ...base([{ id: 'a', kind: 'modifier', weight: 1, terms: ['x'] }]),
      rules: [
        { id: 'a', kind: 'modifier', weight: 1, requires: ['nope'] },
        { id: 'a', kind: 'symptom', weight: 1, terms: ['y'] },
      ],
    });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'unknown signal "nope" in a',
        'duplicate id a',
        'a symptom rule needs a specialty',
      ]),
    );
  });
});

describe('pattern anchors: a `re:` term runs only on messages holding a literal every match needs', () => {
  it.each<[string, string[] | null]>([
    ['(胸口|心口)[^，。]{0,6}(痛|疼)', ['胸口', '心口']],
    ['(?:lips|face) (blue|purple)', ['lips', 'face']],
    ["doesn'?t know", ['doesn']],
    ['lips? blue', ['lip']],
    ['血氧\\s*\\d+', ['血氧']],
    ['(a|b)?xyz', null],
    ['(a|b)*xyz', null],
    ['(lips?|face)x', ['lip', 'face']],
    ['(confus[oa]|dazed)', ['confus', 'dazed']],
    ['(?<![a-z])abc', ['abc']],
    ['(?<!朋友|他)私聊(?!我说)', ['私聊']],
    ['(?<![\\d.])(3[89]|4[01])[.,]\\d', ['3', '4']],
    ['(a|)b', null],
    ['(ab|(cd|ef))', ['ab', 'cd', 'ef']],
    ['(?=ab)', null],
    ['ab😷?c', ['ab']],
    ['胸口𠮶?痛', ['胸口']],
    ['\\b(le|me) cuesta', ['le', 'me']],
    ['abc|def', ['abc', 'def']],
    ['(胸口|心口)痛|背痛', ['胸口', '心口', '背痛']],
    ['[abc]de', null],
    ['a.bc', null],
    ['血[^，。]{0,4}(喷|涌)', ['血']],
    ['a[^,]b', null],
    // an optional leading group: what follows it may start the match too
    ['(我的)?东西(都|全)?留给', ['我的', '东西']],
    ['(再)?打(回去|过去)', ['再', '打']],
    ['(ab){0,2}cd', ['ab', 'cd']],
    ['(ab)*', null],
    ['(ab)?[^x]c', null],
    ['(he )?vomitado sangre', ['he ', 'vomitado sangre']],
    ['^panic[!,.]', ['panic']],
    ['ab|c', null],
    // a leading class or \d: each character, when each is a digit or a Chinese character
    ['3[5-7][.,]\\d', ['3']],
    ['[12]\\s*个月大', ['1', '2']],
    ['[5-7]度', ['5', '6', '7']],
    ['[腿手]痛', ['腿', '手']],
    ['\\d{1,2} weeks', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['\\d?x', null],
    ['[12]{0,2}x', null],
    ['[ab]c', null],
    ['[\\d.]x', null],
  ])('%s → %j', (pattern, anchors) => {
    expect(patternAnchors(pattern)).toEqual(anchors);
  });

  /** Every labelled message, as triage reads it (duplicates once). */
  const labelled = (): string[] => {
    const dir = join(PROJECT_ROOT, 'test', 'fixtures', 'triage');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((l) => l.trim().length > 0)
      .map((l) => (JSON.parse(l) as { text: string }).text);
  };

  /** Where matches of a global regex can start in `s`: every start, overlapping ones too (empty matches left out). */
  const matchStarts = (re: RegExp, s: string): number[] => {
    const starts: number[] = [];
    for (let from = 0; from <= s.length;) {
      re.lastIndex = from;
      const m = re.exec(s);
      if (!m) break;
      if (m[0].length > 0) starts.push(m.index);
      from = m.index + ((s.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    return starts;
  };

  // What the index relies on, checked on every labelled message (about 90,000): a pattern tried only where one of its
  // anchors starts finds every match it would find tried everywhere. A pattern without lookarounds matches the same
  // way inside a longer text (a line break on each side reads as the text's edges: `\b`, and `^`/`$` with the `m`
  // flag), so it is run once over the messages joined in chunks; one with lookarounds could see the next message,
  // so it is run on each message it matches. (Classifying every message twice took half an hour of CI.)
  it('every match of a `re:` term, on every labelled message, starts at one of its anchors', () => {
    const texts = [...new Set(labelled().map(triageText))];
    expect(texts.length).toBeGreaterThan(1500);
    const chunks: string[] = [];
    for (let i = 0; i < texts.length;) {
      const chunk: string[] = [];
      for (let size = 0; i < texts.length && size < 20000; i++) {
        chunk.push(texts[i] ?? '');
        size += (texts[i] ?? '').length + 1;
      }
      chunks.push(chunk.join('\n'));
    }
    const LOOKAROUND = /\(\?<?[=!]/u;
    const misplaced: string[] = [];
    let checked = 0;
    for (const [, term] of lexicon.patterns) {
      const anchors = term.anchors;
      if (!anchors || !term.re) continue;
      const lookaround = LOOKAROUND.test(term.re.source);
      const any = new RegExp(term.re.source, 'u');
      const all = new RegExp(term.re.source, lookaround ? 'gu' : 'gmu');
      for (const s of lookaround ? texts : chunks) {
        if (lookaround && !any.test(s)) continue;
        for (const at of matchStarts(all, s)) {
          checked += 1;
          if (!anchors.some((a) => s.startsWith(a, at)))
            misplaced.push(`${term.raw} at "${s.slice(at, at + 30)}"`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
    expect(misplaced).toEqual([]);
  });

  it('never change a decision: labelled messages (every 50th) classify the same with and without them', () => {
    const bare = {
      ...lexicon,
      patternIndex: { byFirst: new Map(), always: lexicon.patterns.map((_, p) => p) },
    };
    const texts = labelled().filter((_, i) => i % 50 === 0);
    expect(texts.length).toBeGreaterThan(1000);
    expect(lexicon.patternIndex.always.length).toBeLessThan(lexicon.patterns.length / 4);
    for (const text of texts) {
      const a = classify(text, lexicon);
      const b = classify(text, bare);
      expect({ text, kind: a.kind, specialty: a.specialty, urgency: a.urgency, rules: a.rules }).toEqual({
        text,
        kind: b.kind,
        specialty: b.specialty,
        urgency: b.urgency,
        rules: b.rules,
      });
    }
  });
});

describe('isSpecialty', () => {
  it.each(SPECIALTIES.map((s) => [s]))('%s is a specialty', (s) => {
    expect(isSpecialty(s)).toBe(true);
  });

  it.each(['', 'Respiratory', '呼吸科', 'cardiology', 'general '])('%j is not a specialty', (s) => {
    expect(isSpecialty(s)).toBe(false);
  });
});

describe('what-if numbers and red flags phrased in other words', () => {
  it.each([
    ['请问一下，如果老人家血氧掉到92了要怎么处理？'],
    ['What if my dad’s oxygen goes to 90?'],
    ['万一宝宝两个月的时候发烧38度怎么办'],
  ])('a reading only in a what-if clause raises no emergency: %s', (text) => {
    const t = classify(text, lexicon);
    expect(t.urgency).not.toBe('emergency');
    expect(t.rules.find((r) => r.id === 'spo2' || r.id === 'temperature')?.hypothetical).toBe(true);
  });

  it.each([['我爸现在血氧90，如果再往下掉怎么办'], ['宝宝两个月，体温38.5，万一烧到39怎么办']])(
    'a real reading beside a what-if still counts: %s',
    (text) => {
      expect(urgencyOf(text)).toBe('emergency');
    },
  );

  it.each<[string, Specialty]>([
    ['奶奶的labios发紫，手冰凉', 'general'],
    ['我姐夫刚才吐了半脸盆的血', 'general'],
    ['阿婆叫渠拍渠都只哼一声，眼皮都抬不起来', 'general'],
    ['宝宝还不到三个月，38度3', 'pediatrics'],
    ['懷孕28週，頭痛到快裂開，眼前一閃一閃的', 'maternal'],
    ['药我都攒好了一小瓶，今晚就想睡过去不醒', 'psychology'],
  ])('an emergency in other words: %s', (text, specialty) => {
    expect(classify(text, lexicon)).toMatchObject({ urgency: 'emergency', specialty });
  });

  it.each([
    ['急诊科医生说：胸口痛、嘴唇发紫、人突然糊涂，这三种情况千万别拖，马上打急救电话'],
    ['阳了第二天，嗓子像刀片割，咳嗽不多，这样在家扛着行吗'],
    ['常用药都准备好了，明天坐飞机回国'],
  ])('not an emergency: %s', (text) => {
    expect(urgencyOf(text)).not.toBe('emergency');
  });
});

describe('isSelfHarm (the crisis line goes with the emergency numbers)', () => {
  it.each([
    ['我不想活了，药都准备好了'],
    ['对不起大家，这辈子就这样了，明天不用找我'], // a farewell with despair: a combination rule, not `self-harm` itself
  ])('is true for %s', (text) => {
    expect(isSelfHarm(classify(text, lexicon))).toBe(true);
  });

  it.each([
    ['我爸嘴巴歪了讲话含糊，右手拿不住筷子'],
    ['最近心情不好，睡不着'],
    ['如果有人说不想活了该怎么劝'],
  ])('is false for %s', (text) => {
    expect(isSelfHarm(classify(text, lexicon))).toBe(false);
  });
});

describe('red flags told by metaphor, farewells, and what only looks like one', () => {
  it.each([
    ['mi bebé tiene seis semanas y tiene 38 de fiebre'],
    ['宝宝才5个礼拜，肛温38度'],
    ['mi madre dice que siente como un cinturón apretándole el pecho'],
    ['mi padre está tumbado y jadea como si hubiera corrido una maratón, no puede terminar una frase'],
    ['mia nonna parla biascicando e il sorriso le va da un lato solo'],
    ['我同事突然倒地浑身抽搐，牙关紧闭，还没停'],
    ["mia figlia perde sangue dal naso da mezz'ora, ha inzuppato un asciugamano"],
    ['mia sorella ha scritto addio a tutti e ha comprato il carbone'],
    ['我弟发了朋友圈跟大家告别，买了木炭，电话打不通'],
    ['我爸胸闷'],
    ['爸爸胸口有点闷'],
    ['我爸胸口痛得厉害，现在不喘了'],
  ])('an emergency: %s', (text) => {
    expect(urgencyOf(text)).toBe('emergency');
  });

  it.each([
    ['忙到喘不过气，下个月再聚'],
    ['听说隔壁阿公中风了，嘴歪了'],
    ['He oído que al vecino lo intubaron, saturación 82'],
    ['前几年我爸心梗放了支架，现在早就好了，大家注意身体'],
    ['camminando mi manca il fiato ma seduto sto bene'],
    ['走兩步就上氣不接下氣，坐著還好'],
    ['发烧39度，冷得发抖，盖了两床被子还在抖'],
    ['看到这个月的电费我都快要休克了'],
    ['I think I’m having a stroke 🙃'],
    ['奶奶中风后遗症，右手没力，有什么康复训练'],
    ['我老公天天喝酒，我也快撑不住了，去哪找心理医生'],
    ['通知：本周日义诊，有发热、咳嗽、气短等症状的请提前登记'],
    ['sorry everyone I’ll miss dinner tonight, phone off'],
    ['bought charcoal for the bbq this weekend, who’s in'],
    ['咳嗽两周了，就是喉咙一直有痰卡住'],
    ['爬楼梯会有点胸闷，休息一下就好'],
    ['昨天胸口有点闷，今天不闷了'],
  ])('not an emergency: %s', (text) => {
    expect(urgencyOf(text)).not.toBe('emergency');
  });
});

describe('rounds 18–19: clauses, a change of topic, health administration', () => {
  it('a space after a Chinese word ends the clause: the past that follows dates something else', () => {
    expect(urgencyOf('老人家嘴唇发紫了 手指头也紫紫的 他肺不好好多年了')).toBe('emergency');
  });

  it('a line that starts with today is not in last year’s clause', () => {
    const t = classify('老婆去年走了以后一个人住\n今天他把存折拿给我，说以后你们好好过，弗要记挂我', lexicon);
    expect(t.urgency).toBe('emergency');
    expect(isSelfHarm(t)).toBe(true);
  });

  it('a red flag told after "by the way" is not weighed down by the chatter before it', () => {
    expect(
      urgencyOf(
        '大家好，想问哪里买得到藿香正气水，团购口罩到了没有？\n另外顺便问一下，隔壁阿姨头痛得要命，脖子硬硬的转不动，发烧39度多',
      ),
    ).toBe('emergency');
  });

  it.each([
    '请问透析病人在意大利可以申请残疾补助吗？要去哪里办手续',
    'Does anyone know if I need a GP letter to carry my dad’s insulin in hand luggage to Shanghai?',
    '有人知道tarjeta sanitaria过期了怎么续吗？我阿妈下礼拜要去化疗',
    '请问英国这边，国内过来的老人没有NHS号码能不能看GP？要怎么注册',
  ])('a health-administration question that names a disease stays policy: %s', (text) => {
    expect(specialtyOf(text)).toBe('policy');
  });

  it.each([
    '驚聞王伯昨晚因心衰在醫院離世，一路走好🙏 家屬節哀順變',
    '📢 本周六下午3点在华人活动中心有免费量血压、测血糖，志愿医生现场解答',
  ])('a condolence or a community notice about a disease is not a consultation: %s', (text) => {
    expect(specialtyOf(text)).toBe('none');
  });

  it('a real question about a medicine running out is still a consultation', () => {
    expect(specialtyOf('我哥做的肝移植，抗排斥药只剩三天的量，药房说要等下周才有货，断药会不会排斥')).toBe(
      'chronic',
    );
  });
});

describe('round 21: a new red flag after an old one, and a lethal dose looked up', () => {
  it.each([
    '我爸中风以后一直在康复，今天早上突然又嘴巴歪了，讲话不清楚，右手拿不住筷子',
    '外公去年中风后恢复得不错，刚才吃饭突然一边脸垂下来了，说话含糊',
    "Mio padre dopo l'ictus dell'anno scorso stava bene, ma adesso all'improvviso non riesce a parlare e ha la bocca storta",
    "After his stroke last year he was fine, but now suddenly his face is drooping and he can't lift his arm",
  ])('the rules alone: a sudden new stroke in someone who had one is an emergency: %s', (text) => {
    expect(classify(text, { ...lexicon, model: undefined }).urgency).toBe('emergency');
  });

  it('rehabilitation after an old stroke is not one', () => {
    expect(urgencyOf('我妈中风后右手一直没力气，想问康复训练怎么做')).toBe('routine');
  });

  it('looking up which medicine does not hurt in an overdose, with a rope bought, is self-harm', () => {
    const t = classify('我姐夫这两天在网上查什么药吃多了不痛，还买了一根很粗的绳子。怎么办啊', {
      ...lexicon,
      model: undefined,
    });
    expect(t.urgency).toBe('emergency');
    expect(isSelfHarm(t)).toBe(true);
    expect(urgencyOf('请问什么药吃多了会伤肝？我妈一直吃止痛药')).not.toBe('emergency');
  });
});

/**
 * guard-checks.jsonl: two safety reviews' messages (round 22) in which a guard's words ("现在稳定了", "friend of a
 * friend", "lol", "牙医", "在吃铁剂", "中风后", "snores") stand beside a CURRENT red flag, each with its control (the
 * same red flag without them). A guard may stop a red flag its own words explain, never one told after "but now".
 */
describe('guards never hide a current red flag (guard-checks.jsonl)', () => {
  const rows = readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'triage', 'guard-checks.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { id: string; guard: string; control: boolean; text: string });
  it('hold at least 100 checks, with their controls', () => {
    expect(rows.filter((r) => !r.control).length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => r.control).length).toBeGreaterThanOrEqual(20);
  });
  it('the rules alone make every one an emergency', () => {
    const rulesOnly = { ...lexicon, model: undefined };
    const missed = rows
      .filter((r) => classify(r.text, rulesOnly).urgency !== 'emergency')
      .map((r) => `${r.id} (${r.guard}): ${r.text}`);
    expect(missed).toEqual([]);
  });
});

describe('round 22: numbers and clauses', () => {
  it('an older relative’s age does not make the child in the message an adult', () => {
    const t = classify('我儿子在抽筋，我爸70了', { ...lexicon, model: undefined });
    expect(t.urgency).toBe('emergency');
    expect(t.specialty).toBe('pediatrics');
  });
  it('a full stop before a space ends a what-if: the reading after it is real', () => {
    const rulesOnly = { ...lexicon, model: undefined };
    expect(classify('What if her sats drop to 90. Right now her sats are 88', rulesOnly).urgency).toBe(
      'emergency',
    );
    expect(classify('What if her sats drop to 90? Just asking', rulesOnly).urgency).not.toBe('emergency');
  });
  it('"now" after a past cue in one clause starts the present', () => {
    expect(classify('3个月前做了支架现在又胸口剧痛出冷汗', { ...lexicon, model: undefined }).urgency).toBe(
      'emergency',
    );
    expect(urgencyOf('如果现在血氧掉到90要怎么办')).not.toBe('emergency');
  });
});

describe('round 23: an infant fever read twice, a clinic named', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it('a reading under 38 asked about is not an infant fever; a second reading of 38 is', () => {
    expect(classify('宝宝两个月 体温37度5 是不是发烧', rulesOnly).urgency).not.toBe('emergency');
    expect(classify('宝宝两个月，肛温38.0，额温37.6，是不是发烧', rulesOnly).urgency).toBe('emergency');
  });
  it('what a clinic nurse said is not an advert for the clinic', () => {
    expect(
      classify('宝宝满两个月，打完疫苗晚上肛温38.0，诊所护士说打针发烧正常，还需要去医院吗', rulesOnly)
        .urgency,
    ).toBe('emergency');
  });
});

describe('round 24: an infant whose only reading is under 38', () => {
  it('the second reader says nothing (infant-low-reading in quietAfter); a reading of 38 or another red flag still counts', () => {
    for (const text of [
      '宝宝刚满月，37.8度，一直哭',
      "Baby's 6 weeks old, 37.9 rectal after a bath, feels warm",
    ])
      expect(classify(text, lexicon).urgency).not.toBe('emergency');
    for (const text of [
      '宝宝刚满月，38.2度，一直哭',
      '宝宝刚满月，37.8度，嘴唇发紫',
      "Baby's 6 weeks old, 37.9 after a bath, but now 38.3",
    ])
      expect(classify(text, lexicon).urgency).toBe('emergency');
  });
});

describe('round 25: guards scoped to what they settle, a greeting starts a new topic', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it('"现在不喘了" settles the breathing, not the chest pain', () => {
    expect(classify('我爸胸口痛得厉害，现在不喘了', rulesOnly).urgency).toBe('emergency');
    expect(classify('我爸昨天喘得厉害，现在不喘了', rulesOnly).urgency).not.toBe('emergency');
  });
  it('an oximeter watched falling is an emergency; an advert for one is not', () => {
    expect(classify('90 89 88 一直掉 救命', rulesOnly).urgency).toBe('emergency');
    expect(classify('血氧機特價 兩部50蚊 有需要PM', lexicon).urgency).not.toBe('emergency');
  });
});

describe('round 26: who is speaking, who is ill, and a reply inside a conversation', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it('a self-introduction ("我是X的妈妈") names the writer, not a third party in the news', () => {
    expect(
      classify('我是小林的妈妈，我孙女两个月大，今天发烧三十八度五，要不要去医院', rulesOnly).urgency,
    ).toBe('emergency');
    expect(classify('我是老周的老婆，他坐着也喘，嘴唇有点发紫', rulesOnly).urgency).toBe('emergency');
    // …but gossip told after one stays gossip
    expect(classify('我是老周的老婆，听说村里那个老李中风了，后来怎么样了', rulesOnly).kind).toBe('none');
  });
  it('a neighbour collapsed and not waking, in front of the writer, is not gossip', () => {
    expect(classify('隔壁阿姨倒在楼道里叫不醒', rulesOnly).urgency).toBe('emergency');
    expect(classify('听说隔壁阿姨上个月倒在楼道里，后来送医院了', rulesOnly).urgency).not.toBe('emergency');
  });
  it('a farewell with "lol", and a joke about whether a fall from here would hurt', () => {
    expect(
      classify(
        "lol guess this is my last message in this group, gave my laptop and guitar to my roommate today, wrote some letters, had a good run 🙃 anyway good luck with the gala everyone, it'll be great",
        rulesOnly,
      ).urgency,
    ).toBe('emergency');
    expect(
      classify('我现在在楼顶天台上吹风，你们说从这里下去会不会痛 😂 开个玩笑啦', rulesOnly).urgency,
    ).toBe('emergency');
  });
  it('the flu named alone does not take the respiratory queue; a cough beside it does', () => {
    expect(specialtyOf('我老公流感好了以后一直没胃口')).toBe('general');
    expect(specialtyOf('这两天流感，38.1，没有喘也没咳')).toBe('general');
    expect(specialtyOf('流感第三天，一直咳嗽，痰很多')).toBe('respiratory');
  });
  it('a child named beside an adult’s complaint, with none of its own, does not take pediatrics', () => {
    const t = classify('带宝宝去买纸尿裤的时候我婆婆突然说胸口疼，出了一身冷汗', rulesOnly);
    expect({ specialty: t.specialty, urgency: t.urgency }).toEqual({
      specialty: 'general',
      urgency: 'emergency',
    });
    expect(specialtyOf('宝宝发烧38度5，我婆婆也感冒了')).toBe('pediatrics');
  });
  it('a reply inside a conversation is a consultation when it names a complaint', () => {
    expect(classify('还是那样，膝盖还是痛', rulesOnly).kind).toBe('consult');
    expect(classify('sì, da stamattina', rulesOnly).kind).toBe('none');
  });
});

describe('round 27: a reading is not undone by a reassurance, an episode back again is now, poisons swallowed', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it('a low reading told now stays an emergency whatever the patient says; a normal one does not become one', () => {
    expect(classify('Mio padre ha il saturimetro a 90, dice che sta benissimo', rulesOnly).urgency).toBe(
      'emergency',
    );
    expect(classify('Mio padre ha il saturimetro a 97, dice che sta benissimo', rulesOnly).urgency).not.toBe(
      'emergency',
    );
    // a reading told of the past is not one now
    expect(classify('上个月住院的时候血氧掉到90，现在好了', rulesOnly).urgency).not.toBe('emergency');
  });
  it('a past episode back again today is current; one that stayed over is not', () => {
    expect(
      classify('上个月胸口痛过一次，去查了说没事，今天又来了，压着痛，传到左边手臂，一直出汗', rulesOnly)
        .urgency,
    ).toBe('emergency');
    expect(classify('上个月胸口痛过一次，去查了说没事，现在好了，还要复查吗', rulesOnly).urgency).not.toBe(
      'emergency',
    );
  });
  it('a poison swallowed is an emergency, one splashed is not', () => {
    expect(classify('孩子把洗碗块咬了一口，一直流口水', rulesOnly).urgency).toBe('emergency');
    expect(classify('我们中午吃了山上采的野蘑菇，现在都吐得厉害', rulesOnly).urgency).toBe('emergency');
    expect(
      classify('took a whole box of paracetamol an hour ago, she says she is fine now', rulesOnly).urgency,
    ).toBe('emergency');
    expect(classify('打扫卫生的时候漂白水溅到手上了，有点红', rulesOnly).urgency).not.toBe('emergency');
    // doses left of a medicine are a supply running out, not an overdose
    expect(classify('me quedan dos dosis de insulina, ¿dónde consigo más?', rulesOnly).urgency).toBe(
      'urgent',
    );
  });
  it('cannot be woken in Cantonese, new confusion told as behaviour, bleeding that spurts beside a laugh', () => {
    expect(classify('個女十個月 今日肚瀉嘔咗成日 而家好攰 叫佢都唔係點醒', rulesOnly).urgency).toBe(
      'emergency',
    );
    expect(
      classify('我婆婆早上跌了一跤，之后一直问同一个问题，问了二十遍，不晓得自己在哪里', rulesOnly).urgency,
    ).toBe('emergency');
    expect(classify('我奶奶记性一直不好，老是问同一个问题，好几年了', rulesOnly).urgency).not.toBe(
      'emergency',
    );
    expect(classify('切菜切到手 压了二十分钟还在一直冒血 血是一股一股往外喷的😂', rulesOnly).urgency).toBe(
      'emergency',
    );
  });
});

describe('a review of rounds 26–27: a reading is dated where it is told, an infant is never a bystander', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it('a past cue after the reading compares, it does not date it; a relapse brings a past reading back', () => {
    expect(classify('血氧88 以前从来没这么低', rulesOnly).urgency).toBe('emergency');
    expect(classify('我爸 90 89 88 一直掉 上次住院也是这样', rulesOnly).urgency).toBe('emergency');
    expect(classify('上次住院的时候 90 89 88 一直掉，今天又来了', rulesOnly).urgency).toBe('emergency');
    expect(classify('上个月住院的时候血氧掉到90，现在好了', rulesOnly).urgency).not.toBe('emergency');
  });
  it('how long an adult has been ill is not an infant’s age', () => {
    expect(
      classify('mi padre tiene 2 semanas con dolor de cabeza, hoy 37.8 y tiene rigidez de nuca', rulesOnly)
        .urgency,
    ).toBe('emergency');
  });
  it('an infant with a fever beside an adult’s complaint takes the pediatrics queue', () => {
    const t = classify('老公发烧39度，宝宝2个月也38度2了', rulesOnly);
    expect({ specialty: t.specialty, urgency: t.urgency }).toEqual({
      specialty: 'pediatrics',
      urgency: 'emergency',
    });
  });
});

/**
 * Round 28 (tuned on holdout72 … short37, short41): red flags told now but downplayed ("lol", "哈哈", "says she's
 * fine"), an episode that just passed, ages from the birth in four languages and Cantonese, pills counted, breathless
 * while still, readings tried three times, self-harm told sideways, confusion in Cantonese. Each emergency here was
 * missed by the rules before this round; each non-emergency is its near miss and must stay one.
 */
describe('round 28: downplayed, just passed, counted, and told from the birth', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['BB出世咗七個禮拜，耳溫探到三十八度六，食奶冇之前咁多', true],
    ['ha solo 6 settimane e ha 38.4, devo aspettare il pediatra?', true],
    ['宝宝生下来才一个月，发烧38度5', true],
    ['ha solo 2 settimane di ferie e ha 38.4, posso lavorare?', false],
    ['宝宝出生才10天 体温37.2 正常吗', false],
    ['lol prob just indigestion but my chest feels crushing and my left arm is heavy', true],
    ['my chest hurt from laughing so much lol not serious', false],
    ["mum's SOB at rest rn, can't get a full sentence out but says she's fine lol", true],
    ['was just SOB climbing stairs lol, fine now', false],
    ['夜班下来胸口一阵一阵闷着痛 往左边胳膊那里窜 抽根烟缓缓应该就好了吧哈哈', true],
    ['我妈去年中风过一次后来恢复得很好。今天早上起来嘴巴有点歪，说话含含糊糊的', true],
    ['我妈去年中风过一次，恢复得很好，今天一点事都没有', false],
    ['Mi hijo de 2 años acaba de tener una convulsión con la fiebre, ya pasó y está dormido', true],
    ['我表妹刚生完三天 出院回家了 今天血流得很多 一个小时换两次垫子 她说头晕', true],
    [
      "My mum has been taking the 1g tachipirina for her tooth since this morning, I just counted and she's had 8 of them. She feels fine",
      true,
    ],
    ["my 2yo got into grandma's paracetamol and ate idk how many, maybe 10 tabs? seems fine rn", true],
    ['两岁儿子把我放桌上的铁剂吃了 不知道几颗', true],
    ['医生开了铁剂 吃了以后便秘', false],
    ['止痛藥食晒喇，去邊度買？', false],
    ['Mio padre respira malissimo, fa fatica a dire una frase intera anche da seduto', true],
    ["mio padre quando fa le scale ha un po' di fiatone, da seduto sta bene", false],
    ['昨天血氧还有96 今天早上坐在床上没动测了三次 93 92 93 有点喘', true],
    ['有人说血氧92就要去医院 是真的吗', false],
    [
      'lol im fine guys just tired of everything. been thinking ill just stop being a burden, already wrote letters for my parents',
      true,
    ],
    ['手表分给孩子们了 我退休了 以后天天钓鱼', false],
    ['生完BB到而家三個月，每晚都諗不如死咗算，今日企喺露台望落去企咗好耐', true],
    ['阿爸从日昼困到该届 讴渠讴弗醒 眼睛开一下又闭牢', true],
    ['阿嫲今日成日乱讲嘢，认唔到人，琴日仲好好哋', true],
    ['你唔好乱讲嘢啦 哈哈', false],
    // short41, consumed in the round that measured it: a pronoun before the verb
    ['esta noche me voy a quitar la vida, perdón a todos', true],
    ['mi voglio togliere la vita', true],
    ['no me voy a quitar la vida, tranquila', false],
    ['me mato a trabajar en el bazar', false],
    ['my son is seizing', true],
    ['customs is seizing the parcels', false],
    // a discharge ends an episode; a relapse after it does not
    [
      'Ayer mi hijo de 3 años tuvo una convulsión con la fiebre, ya le dieron el alta, qué debo vigilar',
      false,
    ],
    ['lo dieron de alta ayer y hoy convulsiona otra vez', true],
    ['he was discharged yesterday and today he is seizing again', true],
    // an infant's reading under 38 outweighs the word fever; a bare 38.2 beside it does not
    ['佢個BB七個禮拜大，好似有少少發燒，37.6', false],
    ['宝宝出生第40天，额温枪37.9，换了水银的夹腋下量了十分钟，38.2', true],
    // a stranger's faint with the ambulance there is handled; one not waking is not
    ['今日飲茶見到隔籬枱個伯伯暈低咗，好彩救護車好快到', false],
    ['見到隔籬枱個伯伯暈低咗，叫極都唔醒，救護車未到', true],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * A read-only review of round 28 wrote messages in which a guard or condition widened in that round stood beside a
 * CURRENT red flag, and the rules alone missed each (most of them the second reader too): a discharge or "today I'm
 * fine" told before a relative's red flag, Cantonese "而家冇事，但係…", "痛到想死" read as a figure of speech, a
 * contrast after "现在也不闷了", a seizure longer "this time", symptoms listed as one's own, a stranger's faint, an
 * infant's low reading before a high fever told in words, a baby "来到这个世界才18天", drooling beside 奶奶, carbon
 * monoxide at dinner. Each is an emergency now; the controls are the near misses those guards were written for.
 */
describe('a review of round 28: widened guards never hide a current red flag', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ["My mum was discharged yesterday and now she can't breathe, her lips are blue", true],
    ['A mi madre le dieron el alta ayer y ahora no puede respirar y tiene los labios morados', true],
    ["They discharged him this morning. He's now slurring his words and his face is drooping", true],
    [
      'Hoy estoy bien, gracias por preguntar. Pero mi padre no puede respirar y tiene los labios morados, qué hago?',
      true,
    ],
    ["Today I'm fine but my son has had a seizure for 6 minutes and it hasn't stopped", true],
    ['我阿妈头先晕低咗，而家冇事，但係讲嘢讲唔清楚，嘴歪咗', true],
    ['阿爸心口痛，平时坐一阵就冇事，今次痛咗成个钟', true],
    ['每天加班加到想死，今晚真的想从天台跳下去', true],
    ['阿爸话心口痛到想死，成身冷汗', true],
    ['老公胸口痛了一个钟，现在也不闷了可是痛得更厉害', true],
    ['我老公癫痫，通常两三分钟就停了，今次已经抽了十分钟还没停', true],
    ['我的症状有：坐着都喘，嘴唇发紫，血氧88', true],
    ['刚才喘了半天才缓过来，现在测血氧91', true],
    ['宝宝6周，昨天量37.5，今天发高烧了，全身很烫', true],
    ['二宝来到这个世界才18天，额头很烫，量了38.6', true],
    ['奶奶刚才突然吃饭从嘴角漏出来', true],
    ['外公吃完晚饭就一直睡，我怎么弄他都眼睛睁不开', true],
    ['Intoxicación por monóxido, estábamos cenando con el brasero y mi padre está mareado y vomitando', true],
    ['以为他在开玩笑，演得太真了，结果倒在地上抽搐，叫不醒', true],
    ['儿子把我每天吃的铁剂吃了十几颗，现在在吐', true],
    // older figures of speech that swallowed a breathless patient ("气得说不出话" inside "透不过气得说不出话")
    ['我老公透不过气得说不出话，嘴唇发紫', true],
    ['我妈喘得想死，嘴唇发紫', true],
    // the controls: what those guards are for
    ['我老公气得说不出话来，被老板骂了', false],
    ['累得想死', false],
    ['ayer fui a urgencias por un dolor de pecho, era ansiedad, hoy estoy bien', false],
    ['睇完嗰套戲喊到想死，紙巾用咗成包哈哈', false],
    ['hoy me mato en el gym, pierna y pecho jaja', false],
    ['婆婆来荷兰团聚才一个月，发烧38度6', false],
    ['去年在库斯科高原反应，血氧只有八十几，吸了氧才缓过来。今年先在圣谷住两天再上去，一点事都没有', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
  it('pain told as "痛到想死" goes to the pain’s queue, not psychology; a plan beside it does', () => {
    expect(classify('我老公心口痛到想死，痛咗半个钟', rulesOnly).specialty).toBe('general');
    expect(classify('头痛到想死，药都准备好了，不想活了', rulesOnly).specialty).toBe('psychology');
  });
});

/**
 * Round 29 tuned on round 28's seventeen sets and five of round 29's own (a rash that does not fade under a glass and
 * a Cantonese baby "得两个月" could not wait a round): a faint or seizure just passed and the patient drowsy, a rest
 * cure said of a current sign ("她说歇一下就好"), an oximeter named anywhere before its reading ("血氧機度咗下，得九十"),
 * ages told of the youngest ("最小那个四十天的") or after "is/tiene", a rash that does not fade with a fever, a
 * Spanish "si" what-if, a joke told ("es broma"), a work idiom inside the self-harm term ("返工返到想死").
 */
describe('round 29: just passed and drowsy, a rest cure, an oximeter named, a rash that does not fade', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['my daughter is 6 weeks and she has a fever of 38.3', true],
    ['mi hijo tiene 7 semanas y tiene 38,2 de fiebre', true],
    ['my son is 10 weeks into his course and has a fever of 38.2', false],
    ['最小那个四十天的，今天发烧38度3', true],
    ['家里都在发烧，老三20天的也烫，量了38.1', true],
    ['血氧機度咗下，得九十，佢坐喺梳化度', true],
    ['指氧仪刚测的，91 92跳来跳去，我爸说没事', true],
    ['指氧仪刚买的，才花了89块，测了一下98', false],
    ['si se le hincha la garganta, ¿qué hago?', false],
    ['sí, se le hincha la garganta y no puede respirar', true],
    ['si le baja la saturación a 90 qué hago? ahora está a 96', false],
    ['se la saturazione scende a 92 cosa faccio?', false],
    ['si è accasciato in cucina e non risponde', true],
    ['jaja me voy a matar si vuelvo a suspender, es broma', false],
    ['me voy a matar esta noche, no es broma', true],
    ['我妈说没事，她胸口被猫抓了一下', false],
    ['妈妈刚才突然晕倒了，现在醒了但是一直想睡，叫她也迷迷糊糊的', true],
    ['my uncle fainted, came round but keeps nodding off and is very drowsy', true],
    ['我妈爬完楼梯喘得厉害，歇了半个钟头，呼吸还是好急，她说歇一下就好', true],
    ['奶奶咳嗽，嘴唇紫紫的，她说坐一下就好', true],
    ['昨天爬山胸闷，坐一下就好了，今天完全没事', false],
    ['哈哈我可能太夸张了 就是胸口痛 痛到左手臂', true],
    [
      "lol probably overreacting but his lips and tongue are swollen after a wasp sting and he's wheezing",
      true,
    ],
    ['ha tenido una convulsión con la fiebre, ya pasó y ahora está dormida', true],
    ['hace un año tuvo una convulsión con fiebre, ahora está bien', false],
    ['阿爷瞓醒之后讲埋啲唔啱嘅嘢，唔记得自己喺边', true],
    ['同事刚才晕倒了，醒来说话不清楚，嘴角有点歪，她说歇一会就好', true],
    ['返工返到想死，老细又加钟', false],
    ['加班加到想死，今晚真的想从天台跳下去', true],
    ['现在想想那次真是差点没命，现在每年体检都正常', false],
    ['量血氧，我们大家都是97 98，公公今天早上坐着测了88', true],
    ['生完孩子第三天，一个小时换两片卫生巾都湿透了', true],
    ['she gave birth 3 days ago and is soaking a pad every hour', true],
    ['个BB得两个月，发烧38.2度', true],
    ['4岁 发烧身上起红点点 杯子压了不退色', true],
    ["fever since last night and a rash that doesn't fade when I press a glass on it, he's 6", true],
    ['宝宝湿疹，红点点压了会褪色，没发烧', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * A read-only review of round 29 wrote messages in which a cue, guard or reading widened that round stood beside a
 * CURRENT red flag, and confirmed 30 the rules alone missed (28 of them caught before the round): a relative's
 * history inside the clause ("operado del corazón hace un año tiene un dolor fuerte en el pecho"), an emphatic
 * Spanish "sí" ("sí se cayó y ahora tiene convulsiones"), a denied joke ("唔系讲笑咋"), Cantonese 唔/冇 anywhere before
 * the pain ("心口唔知点解好痛"), "电视上说的那种中风，我现在…", "掐醒了，又晕过去了", a patient "so confused", "一把什么药",
 * choking told with 窒息; and the new readings' false alarms (a pulse or a blood pressure after the oximeter, "3 weeks
 * post op" read as an infant's age). Each is fixed but one ("Consejo: mi hijo se tomó 30 pastillas": a tip's opener
 * before a real overdose, as "tip:" and "consiglio:" always were); the controls are the near misses those cues were
 * written for.
 */
describe('a review of round 29: widened cues never hide a current red flag, other measures are not SpO2', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['Mi padre operado del corazón hace un año tiene un dolor fuerte en el pecho y suda frío', true],
    ['My dad who had bypass a year ago has crushing chest pain and is sweating', true],
    ['Mio padre operato al cuore un anno fa ha un dolore fortissimo al petto e suda freddo', true],
    ['Mi madre que tuvo un ictus hace un año no puede hablar y se le cae la boca', true],
    ["My mum who had a stroke a year ago can't lift her arm and her face is drooping", true],
    ["Mio padre ha un dolore fortissimo al petto e suda freddo dall'infarto dell'anno scorso", true],
    ["When he had lunch he suddenly collapsed and isn't breathing", true],
    ["When she had her dinner her lips and tongue swelled up and she can't breathe", true],
    ['Ahora sí se le hinchó la lengua y no puede respirar después del maní', true],
    ['Sí se cayó y ahora tiene convulsiones, no para', true],
    ['Mi esposo sí me dijo que le duele mucho el pecho y tiene el brazo izquierdo dormido', true],
    ['Ahora sí se le cae la boca de un lado y no puede hablar', true],
    ['Esta vez sí se desmayó de verdad y no responde', true],
    ['Si le baja la saturación a 90 qué hago? ahora marca 88', true],
    ['se la saturazione scende a 92 cosa faccio? adesso è a 90', true],
    ['他现在叫不醒，差点没命了，怎么办', true],
    ['怀孕8周，见红好多，不停流血，现在想想好怕', true],
    ['产后第五天，一个小时换了两片夜用的都湿透，差点没命', true],
    ['唔系讲笑咋，阿爸心口好痛，出晒冷汗', true],
    ['Non sto scherzando, mio padre ha un dolore fortissimo al petto e suda freddo', true],
    ['我没有开玩笑的，我真的准备好了药，今晚就想走了', true],
    ['老公说他胸口痛是开玩笑的吧？他现在脸色发白出冷汗倒在地上', true],
    ['阿妈心口唔知点解好痛，出晒冷汗', true],
    ['阿爸心口唔舒服好痛，成身冷汗', true],
    ['老豆心口冇端端好痛，面青晒', true],
    ['电视上说的那种中风，我现在左边手脚都没力，说话不清', true],
    ['电视上说今年流感很厉害，我家宝宝两个月大，烧到38.5', true],
    ['爸爸搭桥手术恢复很好，今天早上嘴歪了说话不清', true],
    ['掐人中掐醒了，又晕过去了，叫不醒', true],
    ['带娃带到真的想死，药都存好了', true],
    ['Mum was confused all afternoon and has a fever of 38.9', true],
    ["My husband is so confused right now, he can't tell me what day it is", true],
    ['Grandpa has a UTI and is really confused since yesterday', true],
    ['My wife is a bit confused after hitting her head', true],
    ['她吞了一把什么药，现在很困', true],
    ['阿妈食咗一大把咩药，而家好眼瞓', true],
    ['宝宝吃葡萄好像窒息了，喘不过气，脸发紫', true],
    ['我爸被鱼刺卡住快窒息，透不过气来', true],
    ['我妈喘不过气，在工作的地方晕倒了', true],
    ['My son is 3 weeks post op, temp 37.9, stiff neck and terrible headache', true],
    ['My daughter is 4 weeks postpartum, 37.9, stiff neck, worst headache of her life', true],
    ['老三 5 天的烧还没退，今天 37.9，脖子硬，头好痛', true],
    ['血压正常，血氧测了90', true],
    ['血压130/80，血氧只有89，坐着都喘', true],
    ['se la saturazione scende a 92 cosa faccio? adesso è a 90', true],
    ['Si le baja la saturación a 90 qué hago? ahora marca 88', true],
    // the controls: what those cues and guards are for, and readings that are not SpO2 or an infant's age
    ['Se la saturazione scende a 92 cosa faccio?', false],
    ['Si se le hincha la garganta, ¿qué hago?', false],
    ['Si le baja la saturación a 90, ¿lo llevo a urgencias?', false],
    ["when I had covid I couldn't breathe for a week, now I'm fine", false],
    ['小时候哮喘很严重，喘不过气，现在好了', false],
    ['放了stent以后胸口不痛了', false],
    ['返工返到想死', false],
    ['想死这个味道，好怀念家乡菜', false],
    ['气死我了，房租又涨', false],
    ['阿爸心口唔痛，只系有啲咳', false],
    ['佢嘴冇肿，唔气促，只系出咗啲红疹', false],
    ['我快被房贷压得喘不过气了', false],
    ["I'm dying of boredom in this meeting jk", false],
    ['老板再不加薪我就要心脏病发作了，开玩笑的', false],
    ['电视上说胸口痛要马上打999，大家注意', false],
    ['Consejo: si alguien tiene dolor en el pecho y suda frío, llamen al 112', false],
    ['现在想想，那次真是差点没命，吸了氧才缓过来', false],
    ['去年吐血住院，差点没命，现在好了', false],
    ['他晕倒了，掐人中掐醒了，现在没事了，能说话能走', false],
    ['头痛一跳一跳的', false],
    ['我在给宝宝dando el pecho y me duele un poco', false],
    ["We're confused about which pharmacy is open", false],
    ['jaja me voy a matar si vuelvo a suspender, es broma', false],
    ['我妈说没事，她胸口被猫抓了一下', false],
    ['我妈测了血压，得90，血氧正常98', false],
    ['爸爸血氧97，血压高压150，低压只有85', false],
    ['婆婆血氧96，昨天测了心跳，得 72', false],
    ['血氧都正常98，脉搏，测出来 88', false],
    ['spo2 is 98, her pulse, which I just measured, reads 88', false],
    ['oximeter fine at 98. BP reads 85 over 55', false],
    ['血氧仪买了两年，测了 90 多次了', false],
    ['血氧正常，老公年龄都系得 75', false],
    ['My son is 3 weeks post op from his appendix, temp 38.2, is that normal?', false],
    ['My son is 10 weeks out from knee surgery and has a fever of 38.1', false],
    ['老三 5 天的烧还没退，今天 38.3', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * A second read-only review of round 29 probed the guards and readings the first had not: a lesson to the group after
 * a past episode (`past-lesson`) that swallowed a stroke told "今次又…" or "an hour ago", figures of speech ("忙到气都唞唔
 * 切", "排队排到要晕倒") that switched off a separate current clause, a TV show named at the start ("Watching Casualty
 * with dad and now he has chest pain"), a forward before a relative's emergency, "而家諗返都驚" before a seizure still
 * going, fainting in crowds before "现在叫不醒", a retest "then … now 95" where 95 is an age or a threshold, and other
 * measures (weight, 心律) read as SpO2. It confirmed 23 the code before the round caught; each is an emergency again,
 * and the controls are what those guards were written for.
 */
describe('a second review of round 29: lessons, idioms, shows and forwards never hide a current red flag', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['去年我妈心梗过一次，这次又胸口痛得厉害，出冷汗，所以大家一定要注意啊', true],
    ['几年前我爸中过风，今次又嘴歪咗讲嘢唔清，一边手冇力，所以大家一定要记住啲症状', true],
    ['以前我爸中过风，依家又嘴歪咗，讲嘢唔清，所以大家一定要学识认', true],
    ['前年我外婆中过风，今朝起身嘴歪咗，讲嘢唔清楚，所以大家一定要记住啲症状', true],
    ['以前我妈中过风，正在吃饭突然嘴歪了，说话不清楚，所以大家一定要学会认', true],
    ['以前我爸心梗过，半小时前又胸口痛得厉害冒冷汗，所以大家一定要注意', true],
    ['以前我外公中过风，外公又嘴歪了，说话不清楚，一边手没力，所以大家一定要学会认这些症状', true],
    ['几年前我爸中风过，爸爸又突然说话不清楚，右手拿不住东西，所以大家一定要学会认这些症状！', true],
    [
      'Years ago my mum had a stroke, and an hour ago her face started drooping and her speech is slurred, so everyone should learn FAST',
      true,
    ],
    [
      "Last year my dad had a stroke; currently his face is drooping and he can't lift his arm, so everyone should learn FAST",
      true,
    ],
    ['忙到气都唞唔切，而家心口好痛，出晒冷汗', true],
    ['排队排到要晕倒，而家阿妈真系晕咗，叫唔醒', true],
    ['白天踩车眼睛都睁不开，现在叫不醒，嘴唇发紫', true],
    ['Watching Casualty with dad and now he has chest pain, crushing, sweating and grey', true],
    [
      "Watching TV with mum and her face is drooping on one side, her speech is slurred and she can't lift her arm",
      true,
    ],
    ["Watching the telly and grandad's lips have gone blue, he can't breathe", true],
    ['Forwarding: 我姐说她老公胸口痛得厉害，出冷汗，嘴唇发紫，怎么办', true],
    ['而家諗返都驚，琴日佢抽筋，今日又抽咗成5分钟仲未停', true],
    ['我妈一到人多的地方就头晕，今天在超市晕过去了，现在叫不醒', true],
    ['那时候他喘得厉害，现在95岁的外公血氧只有86', true],
    ['当时医生说今天95以上就可以出院，现在在家测血氧才87', true],
    ['Sats were 91 at the time, now 96 on 2 litres oxygen at home, without it 88', true],
    ['血氧88，entonces ahora 95 de pulso? que hago', true],
    ['血压140，血氧测了88', true],
    ['心率110，血氧测了88', true],
    // the controls
    ['我爸当年在国内中风，好彩送得快。所以大家一定要学会认这些症状', false],
    ['血氧98正常，体重量了85，有点胖', false],
    ['血氧97，心律测了88，正常吗', false],
    ['要不要买个血氧仪？我爸最近体重只有80，瘦了很多', false],
    ['外婆用血氧仪测了98，又量了体重，得75', false],
    ['忙到气都唞唔切，今日做咗成日', false],
    ['排队排到要晕倒，终于买到了', false],
    ['Watching Casualty, the actor having a heart attack was so fake lol', false],
    ['住院的时候血氧90，现在95了，还要吸氧吗', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * Round 30. Guards are scoped (`scope` in the lexicon): an outcome ("已经出院了", "现在好了") reaches what was told before it
 * and after it until someone else is named or a new onset is told; hearsay and thanks reach their own sentence and the
 * story after it until the writer or a relative is named; a figure of speech its sentence; a show or the group's news
 * its clause. A clause opened by a past time ("两年前…", "去年这个时候…", "之前…") dates the rest of its sentence until a
 * present cue. Three read-only reviews wrote these: of round 29's code (a guard's word in one clause hid a red flag
 * in another), of this round's tuning step (its new guards and readings), and of the scoping itself (false alarms it
 * opened); then the consumed sets' misses (short50, short51, short54, holdout114).
 */
describe('round 30: scoped guards, a past sentence, and three reviews', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['刚才群里那个视频笑死我了😂 不过我现在有点急事，我婆婆坐着都喘不上气，嘴唇发紫', true],
    ['听说楼下那个阿姨也阳了。姥姥现在坐着都喘不上气，嘴唇发紫', true],
    ['谢谢上次刘医生帮忙，老二已经出院了。现在是老大，8岁，吃了我的降压药十几粒', true],
    ['宝宝的湿疹现在好了，谢谢大家。宝宝6周大，今晚发烧38.6', true],
    [
      'Gracias doctora, la fiebre de la niña ya paso. Mi suegro ahora no puede hablar bien y tiene la boca torcida',
      true,
    ],
    ['鼻血已经止住了，但是外公说话含糊，右边手脚没力，嘴也歪了', true],
    ["Grandpa is fine now. Grandma though can't lift her arm and her face is drooping on one side", true],
    ['妈妈已经出院回家了，可是我真的撑不下去了，药都准备好了，今晚就走', true],
    [
      'Mi hijo ya esta bien de la tos. Mi marido en cambio no puede respirar bien sentado y tiene los labios morados',
      true,
    ],
    ['Papà è già a casa e sta benissimo. È la mamma che non riesce a parlare e ha la bocca storta', true],
    ['我的手术恢复得很好，可我真的不想活了，安眠药攒了一瓶', true],
    ['細佬嘅燒已經好咗，多謝大家。而家係阿嫲，坐喺度都透唔到氣，嘴唇發紫', true],
    ['奶奶的tosse已经好了，谢谢大家。现在是爷爷，seduto也喘不上气，嘴唇viola', true],
    ['Pobrecita mi abuela, esta sentada y le cuesta muchisimo respirar, tiene los labios morados', true],
    ['Poverina la nonna, fa fatica a respirare anche seduta e ha le labbra viola', true],
    ['Poverino il mio bimbo, ha 7 settimane e ha la febbre a 38,4', true],
    ['Pobrecito mi suegro, 早上起来嘴巴歪了，说话不清楚，右手没力', true],
    [
      "hai sentito del terremoto? comunque mia suocera ha un dolore al petto fortissimo da mezz'ora e suda",
      true,
    ],
    [
      'sono a casa di Marco, la moglie di Marco non riesce a respirare da seduta e ha le labbra viola, lui non parla italiano',
      true,
    ],
    ['我在老周家，老周的老婆坐着都喘不上气，嘴唇紫了，他不会说意大利语', true],
    ['我儿子晚上腿抽筋，问一下补钙。另外女儿2岁，现在发烧40度，刚才全身抽了一下，眼睛上翻', true],
    ['【求助】公公胸口压着痛了半小时，一直冒冷汗，怎么办', true],
    ['请大家帮帮忙！婆婆坐着都喘不上气，嘴唇发紫，急救电话是多少', true],
    ['2019年我爸心梗那次胸口压着痛，出冷汗，现在想问问心脏康复怎么做', false],
  ])('review of round 29: %s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
  it.each<[string, boolean]>([
    ['Mio padre è stato dimesso ieri, stanotte ha preso tutta la scatola di sonniferi', true],
    ['The ER sent him home yesterday, tonight my dad swallowed the whole bottle of his sleeping pills', true],
    ['中毒中心说要马上送医院，我儿子偷吃了外婆的降压药好几粒', true],
    ["poison centre said to call an ambulance, my son (3) swallowed grandma's iron pills, about 10", true],
    ['从医院回来后，我女儿4岁把外婆的降压药吃了七八粒', true],
    ['我妈上周刚出院了，刚才发现她把一整板安眠药都吃光了', true],
    ['听说过敏严重的人要带肾上腺素笔，我吃了花生以后舌头肿起来了，嘴唇也肿', true],
    ['在急诊等了好久，看到一个病人被推进去，我自己胸口也越来越闷，喘不上气', true],
    ['刚才和老公在看电视，电视里的演员在唱歌，他突然说胸口压得很痛，出冷汗', true],
    ['婆婆看电视剧里的人吵架，看着看着突然胸口痛得厉害，一直出冷汗', true],
    [
      "Dad dislocated his shoulder last year; this morning the right side of his face went numb and now he can't lift his right arm",
      true,
    ],
    ["Grandpa can't breathe when he lies down in bed tonight, he's better once he sits up", true],
    ["Mum can't breathe even sitting still, she says it's ok when she rests", true],
    ['我爸在院子里喂猫突然吐血了', true],
    ['出去遛狗爸爸吐血了，好多', true],
    ["Sharing from tonight: hubby can't breathe properly at rest, oxygen 90", true],
    ['Condivido da stasera: nonno ha un dolore al petto fortissimo e suda freddo', true],
    ['My daughter (8) took her vitamin pills as usual this morning, is it ok to give them with milk?', false],
    ['my son is 10, he took his iron tablets this morning, now his poo is black, normal?', false],
    ['I took my vitamin pills and then drove my son to school, feeling dizzy', false],
    ['我儿子咳了两周，止咳糖浆喝了一瓶了还没好，要不要换药', false],
    ['宝宝退烧药水已经喝了半瓶了，烧还是退不下来，38.6', false],
    ['这周头痛吃多了止痛药，胃有点不舒服', false],
    ['成板药都冇晒，要去覆诊攞药', false],
    ['Mi madre se ha tomado diez pastillas de ibuprofeno esta semana por la muela, ¿es mucho?', false],
    ['mio padre ha preso dieci compresse di antibiotico, la cura è finita, ora sta bene', false],
    ['分享一下：我儿子吃了十几颗维生素软糖那次，医生说没事，大家药要放高', false],
    ['宝宝病了2周不到，今天又发烧38.2度，4岁了，要去急诊吗', false],
    ['我个女入职不到3个月，今日发烧38.5度', false],
    [
      'Llevamos 40 y pico minutos esperando en urgencias con mi bebé de 2 meses por unos mocos, sin fiebre',
      false,
    ],
    ['Ho speso 38 e passa euro di medicine per la bimba di 2 mesi che ha il raffreddore', false],
    ['Tengo 40 y pico, tortícolis y el cuello rígido de dormir mal, ¿algún fisio en Madrid?', false],
    ["I'm 40 and a bit, stiff neck from sleeping wrong, any physio?", false],
    ['剪咗个新发型，我阿妈都认唔到我', false],
    ['Il nuovo capo non sa chi sono, lavoro qui da 3 anni', false],
    ["My husband isn't answering me, he's been on the golf course all day", false],
    ['练胸练到胸口痛，出了一身汗，哈哈哈明天继续', false],
    ['我儿子扮中风，嘴都歪了，还装口齿不清，笑死', false],
    ['烤箱开着烤蛋糕，我有点头晕恶心，可能是饿了', false],
    ['My son took his vitamin tablets and then vomited, normal?', false],
    ['Aspettiamo da 40 e passa minuti al pronto soccorso con la bimba di 1 mese per un raffreddore', false],
    ['Soy madre primeriza con 40 y pico, mi bebé de 1 mes tiene mocos, ¿qué hago?', false],
    ['化咗妆连我老公都认唔出我', false],
    ["My son is not answering me, teenagers I guess, he's been in his room all day gaming", false],
    ['刚跑完10公里，胸口有点闷，全身汗，笑死，太久没练了', false],
    ['电视剧里那个演员左边脸麻，左手无力，演得好真', false],
  ])('review of the tuning step: %s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
  it.each<[string, boolean]>([
    ['我爸已经出院了，那天胸口痛得厉害，幸好送得及时', false],
    ['谢谢群里的朋友，我爸已经没事了。前天晚上他突然叫不醒，送去急诊才救回来', false],
    ['已经康复了，谢谢医生。当时他一直抽筋，口吐白沫', false],
    ['谢谢大家关心！我爸恢复得很好。他一个月前中风，嘴歪了说不出话', false],
    ['谢谢医生，我妈已经好了！之前她血氧掉到85', false],
    ['已經出院了。那晚佢嘴唇發紫，透唔到氣', false],
    ['谢谢大家关心 my dad 已经出院了。那天他 chest pain 很严重，喘不过气', false],
    ['Grazie a tutti, mia mamma sta bene ora. Quella notte aveva un dolore al petto fortissimo', false],
    ['Gracias a todos, mi padre ya está bien. Esa noche tenía un dolor de pecho horrible', false],
    ["Thank you all, my grandma has recovered. Two weeks ago she had a stroke, couldn't speak", false],
    ['外婆上个月中风住院，现在已经回家了。右手还没力，说话有点含糊', false],
    ['我爸中风已经出院了，但是右手还是没力，说话也还有点含糊，请问哪里有中文康复师', false],
    ['妈妈已经回家了，现在说话还有点含糊，医生说慢慢会恢复', false],
    ['我妈已经洗了胃，观察一晚就回家了。前天她一口气吃了二十片安眠药', false],
    ["They pumped her stomach and sent her home. She'd swallowed a whole bottle of paracetamol", false],
    ['笑死。老公说看到信用卡账单就呼吸困难', false],
    ['哈哈哈。昨天爬山爬到喘不上气，嘴唇都发紫了', false],
    ['jajaja. mi marido vio la factura y dice que le duele el pecho', false],
    ['哈哈哈哈哈哈。老公说我做的菜难吃到他想自杀', false],
    ['我昨晚梦见自己喘不上气。醒来发现是猫压在我胸口上', false],
    ['听说楼下陈太昨晚进医院了。嘴唇发紫，喘不上气，好可怕', false],
    ['听说楼上那个留学生。昨晚吃了一瓶安眠药，被室友发现了', false],
    ['群里那个张姐后来怎么样了？她上次说胸口痛，喘不上气', false],
    ['¿Os habéis enterado? El vecino del cuarto. Dolor en el pecho muy fuerte, no podía respirar', false],
    [
      "Did you hear about the owner of the noodle shop? He collapsed. Chest pain, couldn't breathe, lips turned blue",
      false,
    ],
    ['poverina la signora del bar. Ha avuto un ictus, non parla più', false],
    ["Poverina la mia vicina, ieri ha avuto un ictus, l'hanno portata in ospedale", false],
    ['我在老周家，老林的老妈前几天心脏病发作住院了，大家都在聊这个', false],
    [
      'Numeri SOS da salvare: 112 e 118. Consiglio: in caso di ictus, bocca storta e braccio debole, chiamate subito',
      false,
    ],
    ['救命啊这个提醒太重要了！温馨提示：老人嘴歪、说话不清楚就是中风，马上打112', false],
    [
      "Thanks everyone, my dad is fine now. That night he had crushing chest pain and couldn't breathe",
      false,
    ],
    ['Le hanno fatto la lavanda gastrica, ora è a casa. Aveva preso tutta la scatola di sonniferi', false],
  ])('review of the scoping: %s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
  it.each<[string, boolean]>([
    ['baby is 6 wks, temp 38.4, what do i give', true],
    ['my daughter is 5 wks and her temp is 38.3', true],
    ['my son is 10 wks old, temp 37.6', false],
    ['lol bf wont wake up properly after his fall, just groans', true],
    ['mi marido comió cacahuete y se le hinchan los labios, le pica la garganta', true],
    ['comí cacahuetes y me pica un poco la garganta', false],
    ['老头抽了两三分钟 现在还没醒透', true],
    ['腿抽筋抽了两分钟，现在好了', false],
    ['不想活了哈哈哈，药我都囤了一个月了，今晚就解脱😂😂 大家不要学我', true],
    ['Mi vecino dice que le duele mucho el pecho y el brazo izquierdo, está sudando. ¿Qué hacemos?', true],
    [
      'Mi vecina dice que a su suegro se le pusieron los labios morados y lo llevaron al hospital, qué miedo',
      false,
    ],
    ['dolore al petto? no, più allo stomaco dopo mangiato', false],
    ['estoy muy ansiosa últimamente, me tiembla todo', false],
    ['a mi abuela le tiembla todo el cuerpo y no responde', true],
    ['冇胸口痛 淨係行快啲先有啲氣促', false],
    ['行快啲先有啲氣促，而家坐住都喘唔到氣', true],
    ['ho un livido strano sulla gamba', false],
    ['stamattina il nonno parlava strano e non alza il braccio', true],
    ['間餐廳生意差，我成晚瞓唔着，心口翳翳地，唔係痛，係煩', false],
    ['两年前我在急诊躺过三天，血氧掉到88，那次真的吓死人。现在都好了', false],
    ['两年前我爸中过风，今天又嘴歪了，说话不清楚', true],
    ['my dad had a heart attack in 2019, should he still take aspirin?', false],
    ["grandma suddenly doesn't know what year it is and keeps asking for grandpa who passed in 2015", true],
    ['Mia suocera un anno fa ha avuto un ictus, oggi ha fatto la prima passeggiata da sola', false],
    ['老板讲我再迟到他就要吐血了', false],
  ])('consumed sets and a past sentence: %s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});
describe('round 31: a red-flag probe (readings in words, swallowed objects, passing stroke signs, infant ages in a second language, Italian and Spanish kin)', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['刚量 体温三十九点五 血氧九二 脉搏一百二 我爸七十八岁', true],
    ['my baby is eight weeks old, temp thirty eight point four', true],
    ['刚夹了血氧 八九 我妈说头晕 要不要叫救护车', true],
    ['il piccolo ha quaranta giorni e ha la febbre trentotto e due', true],
    ['bebé de cuarenta días con fiebre de treinta y ocho', true],
    ['mi hija tiene mes y medio, le tomé la temperatura, treinta y ocho y medio', true],
    ['saturazione novanta sei, tosse secca da ieri, niente di grave credo', false],
    ['我爸血氧九二，要紧吗', true],
    ['妈妈血氧八九，刚测的', true],
    ['il piccolo ha quaranta giorni, febbre trentotto e due', true],
    ['neonata di cinquanta giorni, ha trentotto e mezzo', true],
    ['bebé de cuarenta días con treinta y ocho de fiebre', true],
    ['mi bebé tiene un mes, tiene treinta y ocho', true],
    ['saturazione novanta sei, tosse secca da ieri', false],
    ['爷爷血氧九一，刚测', true],
    ['老妈血氧一直在九零九一徘徊', true],
    ['宝宝七周，量了三八度五', true],
    ['囡囡四十几日，探到卅八度', true],
    ['阿爸度血氧得八九，佢话冇事', true],
    ['婆婆血氧九八 心跳七十二 体温三六度八 都正常吧', false],
    ['saturazione novanta otto, battito settanta, tutto ok?', false],
    ['我妈血氧九七 心率八十 血压一三零八十，就是有点咳', false],
    ["saturazione novanta sette, battiti ottanta, mamma tossisce un po'", false],
    ['孩子趁我不注意吃了我的降压药两颗，三岁，要紧吗', true],
    ['bambina ha ingoiato una pila a bottone, non piange', true],
    ['mi hijo se tomó el jarabe de paracetamol entero, creo que no pasa nada', true],
    ['我个仔食咗几粒我嘅安眠药，宜家好眼瞓', true],
    ['我小孩刚刚吞了一粒 pila de botón，怎么办，他看起来正常', true],
    ['两岁半的女儿吃了我的 pillole anticoncezionali 好几颗，应该没事吧', true],
    ["his toddler ate a few of grandma's heart pills, seems fine, just sleepy", true],
    ['渠吃了几粒阿爷个药，弗晓得几粒，人有眼困', true],
    ['两岁的儿子吃了我的甲状腺药，大概三四颗', true],
    ['女儿把外婆的安定吃了一粒，现在想睡', true],
    ['il mio bimbo ha inghiottito una batteria piccola del telecomando, sembra tranquillo', true],
    ['il bambino ha mangiato due calamite del gioco del fratello', true],
    ['mi niño se tragó una pila de reloj, está jugando normal', true],
    ['mi hijo de 2 años tomó del líquido del cigarrillo electrónico', true],
    ['toddler drank some dishwasher liquid, coughed a bit, seems ok now', true],
    ['儿子吞了两颗小磁铁珠，就是那种巴克球', true],
    ['小孩舔了电子烟油，脸有点白', true],
    ['宝宝把樟脑丸当糖吃了半颗', true],
    ['小朋友偷喝了爷爷的白酒小半杯，现在摇摇晃晃', true],
    ['我爸刚才走路往一边歪，说话含糊，现在躺着说没事', true],
    ['渠今朝起来一只脚拖咯拖咯，讲话勿灵清', true],
    ['我爸去年中风过，现在说话还有点不清楚，康复科问下复查', false],
    ['BB学讲嘢讲唔清楚，两岁正常吗', false],
    ["dad's speech went slurry for ten minutes this afternoon, he's fine now, says don't fuss", true],
    ['mia nonna stamattina non mi riconosceva, parlava di cose strane, adesso dorme', true],
    ['la abuela de repente está confundida, no sabe qué día es ni dónde está', true],
    ['宝宝两岁，讲话讲不清楚，是不是发育慢', false],
    [
      'Buenos días grupo! recordad que el sábado hay mercadillo. Por cierto mi hijo se tragó una pila de botón hace un rato',
      true,
    ],
    ['宝宝 ha 2 mesi, vaccino oggi, 37.6 stasera', false],
    ['宝宝（七周），体温38.4，有点蔫', true],
    ['我家 bebita de mes y medio 烧到 38度4', true],
    ['宝宝 ha 2 mesi，体温37.8，精神好', false],
    ['新生儿洗完澡量了37.6，是不是穿多了', false],
    ['neonato, 37,6 dopo la poppata, devo preoccuparmi?', false],
    ['recién nacida con 37.7 después de bañarla', false],
    ['el abuelo de pronto no puede mover el brazo derecho y habla raro', true],
    ['la nonna di colpo non riesce a parlare, la bocca è storta', true],
    ['il nonno di notte ha un dolore al petto fortissimo, suda freddo', true],
    ['la mamma di sera ha le labbra viola e respira male', true],
    ['el papá de repente se puso morado y no respira bien', true],
    ['la madre de repente tiene dolor en el pecho muy fuerte, ahora mismo', true],
    ['il figlio di 2 anni ha ingoiato una batteria a bottone', true],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe('round 31: everyday complaints told tersely are consultations of their queue; chatter with the same words is not', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, Specialty | null]>([
    ['头皮屑多 头发掉得厉害', 'general'],
    ['面上生咗好多暗疮', 'general'],
    ['mi escono un sacco di brufoli sulla schiena', 'general'],
    ['嘴角烂了好几天', 'general'],
    ['灰指甲怎么治', 'general'],
    ['脚气 脚趾缝痒得不行', 'general'],
    ['my feet are swollen by evening', 'general'],
    ['me sangran las encías', 'general'],
    ['右眼皮一直跳', 'general'],
    ['眼前有黑点飘来飘去', 'general'],
    ['orecchio tappato da giorni', 'general'],
    ['naso chiuso da una settimana', 'respiratory'],
    ['胃胀 吃一点就饱', 'general'],
    ['肚子咕噜咕噜 老放屁', 'general'],
    ['tengo acidez todas las noches', 'general'],
    ['尿频 晚上起夜四五次', 'general'],
    ['me arde al orinar', 'general'],
    ['白带多 有异味', 'general'],
    ['下面好痒 白带像豆腐渣', 'general'],
    ['勃起困难 几个月了', 'general'],
    ['肩膀抬不起来 疼了一个月', 'general'],
    ['shoulder clicks and hurts when I lift my arm', 'general'],
    ['mal di schiena da una settimana', 'general'],
    ['全身肌肉酸痛', 'general'],
    ['手臂发麻', 'general'],
    ["can't sleep, wake up at 4 every night", 'psychology'],
    ['体重一直涨 控制不住', 'general'],
    ['老是口渴 喝很多水', 'general'],
    ['浑身没劲', 'general'],
    ['la presión 160/100', 'chronic'],
    ['mi azúcar está en 250', 'chronic'],
    ['allergia, occhi che lacrimano', 'general'],
    ['摔了一跤 膝盖擦破了', 'general'],
    ['twisted my ankle playing football', 'general'],
    ['宝宝红屁股', 'pediatrics'],
    ['儿子长个子慢', 'pediatrics'],
    ['我妈手抖', 'general'],
    ['mi abuelo se cae mucho', 'general'],
    ['glicemia 9.5 早上空腹', 'chronic'],
    ['牙龈 sangra cuando me cepillo', 'general'],
    ['個胃成日脹', 'general'],
    ['甩頭髮甩到見頭皮', 'general'],
    ['屙尿痛', 'general'],
    ['腳趾甲發炎 紅腫', 'general'],
    ['mi hija tiene verrugas en las manos', 'pediatrics'],
    ["stressed out, can't stop worrying", 'psychology'],
    ['心跳有时候漏一拍', 'chronic'],
    ['手脚冰冷', 'general'],
    ['身上老是青一块紫一块', 'general'],
    ['me mareo al levantarme', 'general'],
    ['hiccups for two days', 'general'],
    ['glicemia 180', 'chronic'],
    ['sugar 14', 'chronic'],
    ['胆固醇6.5', 'chronic'],
    ['colesterol alto', 'chronic'],
    ['心跳110', 'general'],
    ['胃痛 好严重', 'general'],
    ['mal di pancia', 'general'],
    ['stomach ache', 'general'],
    ['my stomach hurts', 'general'],
    ['这个方案让我头痛 老板又改了', null],
    ['耳朵都听出茧了 我妈天天唠叨', null],
    ['降血糖的苦瓜茶 配方如下', null],
    ['ricetta per il mal di gola: miele e limone', null],
    ['我的耳朵要聋了 楼上装修一整天', null],
    ['体检套餐 含血糖血脂 299', null],
    ['me duele el alma con este partido', null],
    ['谁有止咳糖浆的中文说明 帮我翻译一下 是给超市写广告的', null],
  ])('%s → %s', (text, specialty) => {
    const t = classify(text, rulesOnly);
    expect(t.urgency).not.toBe('emergency');
    if (specialty === null) expect(t.kind).not.toBe('consult');
    else {
      expect(t.kind).toBe('consult');
      expect(t.specialty).toBe(specialty);
    }
  });
});
describe('a review of round 31: the new guards never hide a current red flag, the new readings raise no false one', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['昨晚梦见我妈吐血，吓醒了，是不是不好的兆头', false],
    ['我家那台洗衣机抽风一样乱响，谁会修', false],
    [
      "My son nearly gave me a heart attack, and now I've actually got crushing chest pain going down my left arm",
      true,
    ],
    ['我爸跟人吵架气得胸口痛，现在满头大汗，左手发麻', true],
    ['笑到我心口痛，你哋啲片太好笑', false],
    ['阿爷同人嗌交嬲到心口痛，而家出晒冷汗，面青晒', true],
    ['打游戏打得脑子糊涂了，明天还要上班', false],
    ['Mi padre se desmayó y se recuperó enseguida, pero tiene un dolor en el pecho muy fuerte y suda', true],
    [
      'She fainted in the heat at the bus stop, fine straight after, drank water. Do we need to see someone?',
      false,
    ],
    ['胸口闷了一阵，上周心电图查过没问题，要不要再查', false],
    ['孩子刚才吞了两颗小磁铁珠，现在活蹦乱跳，没什么反应', true],
    ['小朋友偷喝了爷爷的白酒小半杯，现在活蹦乱跳', true],
    ['Read that a 30-year-old in Milan had a stroke after the gym, scary stuff', false],
    ['喂奶的时候胸口很痛，硬硬的有硬块，是堵奶吗', false],
    ['Dando el pecho me duele mucho el pecho derecho, está rojo y caliente', false],
    ['Il nonno di colpo non riesce a parlare e ha la faccia storta', true],
    ['El papá de repente se cayó y no responde, no respira bien', true],
    ['宝宝两岁，讲话讲不清楚，是不是发育慢', false],
    ['BB学讲嘢讲唔清楚，两岁正常吗', false],
    ['去年中风过，现在说话还有点不清楚，康复科问下复查', false],
    ['Mia madre stamattina non mi riconosceva, parlava di cose strane, adesso dorme', true],
    ['Esta mañana mi abuelo no me reconocía y decía cosas sin sentido', true],
    ['孩子在房间里翻出外婆的安眠药，瓶子里少了大半', true],
    ['三岁儿子玩奶奶的药盒，药板空了三四格，不知道吃了多少', true],
    ['She took like twenty of her paracetamol an hour ago, says she feels fine', true],
    ['心口好似俾人揸住咁，出晒汗', true],
    ['舌头大了，嘴角流口水，讲话讲勿清爽', true],
    ['讲话讲勿清爽了，右手筷都拿勿牢，我娘讲是累的', true],
    ["his left arm feels heavy and he can't lift it, started about an hour ago", true],
    ["dad's speech went slurry for ten minutes this afternoon, he's fine now", true],
    ["soaked through three tea towels in half an hour, it's still pouring from his leg", true],
    ['Mi hijo se tragó una pila de reloj hace un rato', true],
    ['Il bambino ha mangiato due calamite del frigo', true],
    ['小孩舔了电子烟油，现在吐了', true],
    ['孩子在玩的时候吃了我的降压药两颗', true],
    ["my 2yo ate a few of grandma's heart pills", true],
    ['孕8周，现在流血比月经还多，有一块块的东西掉下来', true],
    ['Estoy de 10 semanas y sangro más que una regla, con coágulos', true],
    ['血氧一直在九零九一徘徊，我爸喘气很辛苦', true],
    ['宝宝两个月，三八度五，一直哭', true],
    ['BB得六个礼拜，卅八度', true],
    ['宝宝（七周），体温三八度二', true],
    ['Il bimbo ha quaranta giorni e ha trentotto e mezzo', true],
    ['Il saturimetro segna novanta sei, ho solo il raffreddore', false],
    ['newborn 37.6 after the bath, is that ok?', false],
    ['新生儿洗完澡量了37.6，摸着有点烫', false],
    ['梦到中风吓醒，醒来发现半边脸真的麻了，说话不清楚', true],
    ['孩子喝了爷爷的降压药，现在活蹦乱跳', true],
    ['心头好闷，出晒冷汗，佢话系胃气', true],
    ['BB出世三个礼拜，三八度二，唔肯食奶', true],
    ['Mi bebé de treinta días tiene fiebre de 38.3', true],
    ['il bimbo ha trenta giorni, febbre 38 e 4', true],
    ['The baby is 6 weeks and has a temp of thirty eight point two', true],
    ['今天早上我爸说话含糊了十分钟，现在好了', true],
    ['Esta mañana se le cayó la cara un rato y no encontraba las palabras, ya está bien', true],
    ['earlier today her arm went weak for 15 minutes and her speech was slurred, all good now', true],
    ['血氧仪测了九三', true],
    ['宝宝（两个月）三八度', true],
    ['BB 五十日，卅八度三', true],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * Round 32: two read-only probes (494 messages: a stroke sign or seizure passed earlier today in Italian and Spanish,
 * medicines opened within a child's reach, current hearsay, laughter beside a real sign, red flags inside a notice,
 * an elder's new confusion told as behaviour in Cantonese and dialect, readings said digit by digit; and chatter full
 * of frightening words) and a review of the round's own tuning (291 messages aimed at its new guards and words): each
 * case here was wrong with round 31's rules and is right now.
 */
describe('round 32: a red-flag probe and a false-alarm probe (passing stroke signs, medicines in reach, confusion as behaviour, spoken digits, tips and paperwork)', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    [
      'Mia madre stamattina per dieci minuti non riusciva a parlare, ora sta bene, devo portarla dal medico?',
      true,
    ],
    [
      'Mi abuela esta mañana no podía mover el brazo derecho un rato, ya está bien, ¿hace falta ir a urgencias?',
      true,
    ],
    ['我爸今天早上讲话突然说不出来 大概五分钟 现在好了 用不用去pronto soccorso', true],
    [
      'mio marito oggi a pranzo ha perso la vista da un occhio per qualche minuto, poi è tornata normale',
      true,
    ],
    ['esta tarde a mi suegro se le torció la cara unos minutos, ahora parece normal jaja', true],
    [
      'stamattina zia aveva formicolio e debolezza metà corpo, passato dopo 20 min, dice che è stanchezza',
      true,
    ],
    ['Esta mañana mi madre veía doble y mareada, no podía caminar recto, se le pasó a la media hora', true],
    [
      'ragazzi mio suocero stamattina non riusciva ad alzare il braccio destro, ora lo alza, è normale?',
      true,
    ],
    ['hoy mi bebé de 1 año tuvo convulsión con fiebre, duró un minuto, ya está bien', true],
    ['今天下午我爸 braccio destro 突然抬不起来 10分钟 现在好了 今晚还要去上班吗', true],
    ['Esta mañana mi tía de repente no entendía lo que le decíamos, unos 10 minutos, ahora bien', true],
    ['今天早上我爸眼睛突然一边看不见 几分钟就恢复了 stamattina 还去干活了', true],
    ['mi marido esta mañana perdió el habla 5 min, ahora habla normal pero le duele la cabeza', true],
    ["oggi mio padre per mezz'ora non trovava le parole, adesso sta bene, domani medico di base ok?", true],
    ['mio figlio da piccolo aveva convulsioni febbrili, ora ha 10 anni, nessun problema', false],
    ['hace tres semanas tuvo una convulsión, el neurólogo dijo que está bien, hoy cita de control', false],
    [
      'mio figlio di 2 anni aveva in mano il blister della tachipirina, mancano 3 compresse, non so se le ha mangiate',
      true,
    ],
    [
      'Mi niña de 18 meses abrió el bote de pastillas de su abuela, faltan algunas, no sé si se las tragó',
      true,
    ],
    ['宝宝一岁半 把奶奶的药瓶打开了 地上撒了几粒 不知道有没有吞 怎么办啊', true],
    ['bimbo 3 anni trovato con la boccetta di sciroppo per la tosse aperta e mezza vuota 😱', true],
    ['我家老二刚刚拿着 paracetamolo 的盒子 里面少了一片 嘴巴上有白色粉末', true],
    [
      "Mi hijo de 2 años estaba al lado del blíster de ibuprofeno abierto, faltan 2, él dice que 'caramelo'",
      true,
    ],
    ['細路仔啱啱攞咗阿嫲啲藥 打開咗個樽 唔知有冇食落肚 點算', true],
    ['la piccola (20 mesi) ha aperto il flacone delle pillole di mia suocera, ne mancano forse 4-5', true],
    ['儿子 3岁 把妈妈的安眠药 blister 咬破了 少一颗 不确定吞没吞', true],
    [
      'hijo 2 años jugando con las pastillas para la tensión del abuelo, el blíster roto, no sé cuántas había',
      true,
    ],
    ['孩子两岁 偷偷开了 vitamine 铁片的瓶子 好像吃了几颗 现在没什么症状', true],
    [
      'bambino 1 anno, non trovo più la pila a bottone del telecomando, il coperchio è aperto e lui era lì',
      true,
    ],
    ['老公的药盒打开了 小孩在旁边玩 好像少了几粒 我不敢确定 但他现在很困', true],
    ['mi bebé de 14 meses tenía el blíster de las pastillas anticonceptivas en la boca, faltan 2', true],
    ['娃娃刚刚在玩奶奶的降糖药瓶 盖子开着 数了一下好像少了 不晓得是不是之前就少了', true],
    ['Aiuto! il mio bimbo di 2 anni ha trovato le gocce di EN della nonna, flacone aperto', true],
    [
      'Mi hija de 3 años se bebió el jarabe para la tos de su hermano? el bote está abierto y casi vacío',
      true,
    ],
    ['小孩刚才把 ibuprofene 的瓶子打开了 我看他嘴上有橙色的 草莓味那种', true],
    [
      'bimbo trovato col blister di Coumadin del nonno aperto, pare manchino 2 pastiglie, sta giocando tranquillo',
      true,
    ],
    ['dos años, blíster de paracetamol abierto en el suelo, falta una, ella está normal jugando jaja', true],
    ['我的药瓶打开了 少了一颗 后来在沙发底下找到了 孩子在幼儿园没在家', false],
    ['un compañero de trabajo acaba de caerse y está temblando todo el cuerpo, ¿qué hacemos?', true],
    ['哈哈哈我爸又在装死 叫了半天叫不醒 呼吸也好奇怪', true],
    ['jajaja mi abuela dice que el pecho le aprieta como un elefante encima, exagerada', true],
    ["lol my dad's face is droopy on one side and he's slurring, mom thinks he's drunk at 10am", true],
    ['累死了 我喘不上气 坐着都喘 可能是太累了吧 哈哈', true],
    [
      'ahahah mia madre oggi parla come se fosse ubriaca, le parole tutte mescolate e non ha bevuto niente',
      true,
    ],
    ['宝宝嘴唇紫紫的 好可爱像涂了口红 😂 就是呼吸有点快', true],
    ['我快被我妈笑死 她说话说一半就卡住 右手也拿不稳筷子 她说是手机玩多了', true],
    [
      "sto morendo dal ridere, mio padre ha il labbro gonfio come un canotto dopo l'ape e dice che la gola gli fa strano",
      true,
    ],
    ['哈哈哈 我女儿身上起红点 杯子压上去不退 还发烧 她说是蚊子咬的', true],
    ['jajaja mi padre dice que ve todo doble y se le cae la baba de un lado, seguro es el vino', true],
    ['我老爸真搞笑 坐在沙发上一直睡 摇他都叫不太醒 醒了一下又睡 😂', true],
    ['老头子又糊涂了 把遥控器放冰箱 他一直这样好几年了 医生说老年痴呆', false],
    ['转发：意大利居留续签新规……（长文）…… 顺便问 我妈用血氧仪测了坐着 90 91 正常吗', true],
    ['转发：中国驻米兰总领馆提醒 护照更新须预约…… 另有急事：我朋友刚吞了一堆安眠药 还有意识 怎么办', true],
    ['新年快乐🧧 祝大家身体健康 万事如意 我奶奶今天早上起来不会说话了 家人在送医院 也请大家为她祈祷', true],
    [
      'Long post sorry: been in Barcelona 5 years, visa stuff, job... anyway today at lunch my hand went numb and my face drooped for a few minutes, fine now, should I worry?',
      true,
    ],
    [
      'Ricetta: pollo alle mandorle. Attenzione per chi è allergico alle arachidi, può gonfiare labbra e gola!',
      false,
    ],
    ['阿嫲今日成日讲要返乡下 但系佢住咗呢度二十年 琴日仲好哋哋', true],
    ['我阿爷今日下昼开始 讲嘢乱咁讲 问佢食咗饭未 佢答几点钟', true],
    ['阿婆今朝著咗两对鞋出门口 仲话要去返工 佢退休十年喇', true],
    ['我阿爷今朝拿住电视遥控打电话 仲要同我嗌交 话我偷佢钱 佢以前唔系咁', true],
    ['老人家从下午开始 一直在屋里转圈 叫他吃饭他说等我老伴回来 老伴走了五年了', true],
    ['阿公今日食饭用手抓 唔识用筷子 又唔应人 发紧烧', true],
    ['阿嬷今日突然唔识开门 企喺门口唔知做乜 我哋嗌佢佢都望住我哋唔出声', true],
    ['外公今天下午开始一直 摸东摸西 说床上有虫 我们看都没有 他之前脑子清楚的', true],
    ['我外婆今晚一直要出门 说要去赶集 拉都拉不住 还打人 她平时很温和的', true],
    ['我奶奶今天把钱全部扔进垃圾桶 说是纸 还把我爸叫成她哥哥 昨天还在打麻将赢钱', true],
    ['阿爷今日发烧 三十八度几 成日讲见到死咗嘅阿嫲企喺床边', true],
    ['阿妈今朝煲水煲到干都唔知 跟住问我 你系边个 吓死我', true],
    ['阿公今天一直说要回青田 人在 Prato 屋里 讲他在船上 昨天还跟我们一起吃饭好好的', true],
    ['老豆今日成个钟坐喺度唔郁 嗌极都唔应 眼定定咁', true],
    ['阿婆今朝讲嘢讲到一半就唔记得自己讲紧乜 重复咗十几次 以前冇试过', true],
    ['Oxímetro marca nueve dos, pulso 98, está sentado sin moverse, tiene 65 años', true],
    ['血氧 8 9 心率 1 1 0 我爸 在床上躺着', true],
    ['血氧仪 显示 九 零 脉搏 八 八 外婆 坐着 看电视', true],
    ['我爸 坐着 血氧 百分之九十二 心率 96 体温 37.5 他 68 岁 住 Prato 10 年了', true],
    ['bimbo nato da 2 mesi e mezzo, febbre 38,0 ascellare, peso 6 kg, 1 vaccino fatto', true],
    ['oxímetro 9-1 en reposo, 2 dedos distintos igual, mi abuelo 90 años', true],
    ['我女儿 八 周大 体温 三八 点 四 耳温枪 测了 三 次', true],
    ['oxygen 93 while climbing stairs, 98 sitting, dad is 60', false],
    [
      '過敏性休克嘅徵狀：喉嚨腫、呼吸困難、全身出疹、頭暈。有呢啲情況即刻打999（香港）或者當地急救電話。',
      false,
    ],
    [
      '宝宝出现这几种情况必须去急诊：1.三个月以下发烧 2.抽搐 3.呼吸很急 4.精神很差叫不醒 5.脱水没尿。存好！',
      false,
    ],
    [
      "Ieri a Roma un uomo è morto d'infarto sulla metro, nessuno ha fatto il massaggio cardiaco. Che tristezza",
      false,
    ],
    ['小时候我吃花生过敏休克过一次，现在一直随身带肾上腺素笔', false],
    [
      "I had anaphylaxis from a bee sting as a kid, haven't had any problems since. Still carry an EpiPen though",
      false,
    ],
    ['如果吃错药吃多了怎么办？意大利有中毒急救热线吗？', false],
    ['我儿子的作业要把我气出脑溢血了', false],
    ['上樓梯會氣促，行平路就冇事，係咪要去驗下心臟？預約家庭醫生要幾耐？', false],
    [
      'Mi sono svenuta un attimo dal parrucchiere per il caldo, subito ripresa, ora sto bene e ho pure finito la piega 😅',
      false,
    ],
    [
      'Mi hermano tuvo convulsiones de pequeño, hace 20 años que no le pasa nada. ¿Tiene que declararlo en el seguro?',
      false,
    ],
    ['请问中风之后的残疾证明（invalidità civile）在意大利怎么申请？我妈去年脑梗后左手不太灵活', false],
    [
      '¿Alguien sabe cómo pedir la incapacidad permanente después de un ictus? Mi marido tuvo uno en 2022',
      false,
    ],
    ['出院小结是意大利语的，写着ictus ischemico，有没有人能帮翻译成中文，回国医保报销要用', false],
    ['家用制氧机出租，呼吸困难老人适用，按月租，马德里上门安装，微信联系', false],
    [
      'Guardate questo video, un ragazzo ha un attacco epilettico in piazza e la gente lo aiuta. Che bello vedere solidarietà',
      false,
    ],
    ["Grey's Anatomy stasera: qualcuno muore di infarto in sala operatoria, non ce la faccio 😭", false],
    ['快啲幫手！阿爺喺屋企跌親頭，流緊血，而家好似唔係好清醒', true],
    ['被人捅了一刀在肚子上，在Fondo地铁站出口，快帮我叫人', true],
    ['侬快来帮忙，阿爸倒地上呒反应了（青田话），在Prato Via Filzi', true],
    ['孩子掉进泳池了捞上来没呼吸，我在做心肺复苏，救护车电话是多少？？', true],
    [
      "Ho un dolore fortissimo alla testa e non vedo bene da un occhio, è iniziato mezz'ora fa, sono sola in negozio",
      true,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe('a review of round 32: the new guards and words, beside a current red flag and in near misses', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['我爸出院才三天 现在好了 躺在床上都喘 嘴唇发紫', true],
    ['我妈今天一直问我是谁 平时好好的', true],
    ['阿嫲成日问我系边个 今日开始嘅 之前好醒目', true],
    ['说话 no se entiende nada 右手拿不住 嘴歪', true],
    ["Ho trovato un biglietto d'addio di mia sorella, non risponde", true],
    ["My sister says she already knows how she would do it and she's not answering now", true],
    ['我弟说该交代的都写好放在抽屉里了 现在电话不接', true],
    ['怕他会中风，有什么前兆要注意吗', false],
    ['手脚麻是中风前兆吗 我偶尔会麻一下', false],
    ['嘴角有点歪不痛 是不是面瘫 三天了', false],
    ["Mia madre è uscita dall'ospedale, dolore al petto passato, grazie a tutti", false],
    ['公交上一个老太太突然晕倒了 大家帮忙叫了救护车', false],
    ['Oggi al bar un signore ha avuto un infarto davanti a me, che paura', false],
    ['En el metro un chico de 20 años se desmayó, llegó la ambulancia', false],
    ['视频里的人嘴歪说不清话 是中风吗 大家要注意', false],
    ['抖音上那个小孩吞了好几颗磁铁珠子 家长要注意', false],
    ['我话要跳楼 讲笑㗎 考试考差咗啫', false],
    ['上次说不想活了是开玩笑的 大家别担心', false],
    ['Cuando pienso en las deudas me falta el aire, en casa se me pasa', false],
    ['今天赶货赶得我喘不过气', false],
    ['攰到透唔到气 成日返工', false],
    ['mi manca il fiato 😅 troppe scale', false],
    ['再让我加班我就要口吐白沫了', false],
    ['穷到想跳楼 这个月房租又涨了', false],
    ['打了一晚上麻将 脑子都糊涂了', false],
    ['输了比赛 心态崩了 要窒息了', false],
    ['医生说的搞得我有点糊涂 到底要不要吃药', false],
    ['Mia madre non capisce cosa le dice il medico, non parla italiano, serve un interprete', false],
    ['觉得自己快撑不住了 工作太累', false],
    ['贴了好多膏药 腰还是痛', false],
    ['这个菜难吃得吃了要中毒', false],
    ['食堂的饭会中毒吗 哈哈 太难吃了', false],
    ['转一篇文章：中风的五个前兆 嘴歪 说话不清', false],
    ['宝宝从沙发上摔下来 后脑勺着地 刚刚吐了一次 精神看着还可以 还在跟姐姐抢玩具', false],
    ['First class free! Sign up below for CPR training: chest pain, not breathing, what to do', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * Round 33: a third read-only review of round 32's broad rules (209 messages: passed stroke signs with a cause told,
 * an elder's behaviour explained, medicines accounted for, fiction, paperwork, spoken digits that are no reading) and
 * a probe of families known to be weak (152 messages: pills beside a child, suicidal intent told indirectly, signs
 * passed earlier without a word for today, readings said in pieces, figures of speech beside a real sign, sleepy
 * babies and teens), fixed in a separate worktree: each case here was wrong with round 32's rules and is right now.
 */
describe("round 33: a review of round 32's broad rules and a probe of weak families (causes told, behaviour explained, doses accounted for, fiction, suicidal intent told indirectly, readings in pieces)", () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    [
      "Stamattina in questura mio padre non riusciva a parlare italiano e nessuno lo capiva, c'è qualcuno che può accompagnarlo domani?",
      false,
    ],
    [
      'Esta mañana en el banco mi madre no podía hablar bien el español y se puso nerviosa, ¿alguien conoce un intérprete?',
      false,
    ],
    ['Today my grandma had a fit when she saw the electricity bill, 400 euros!', false],
    [
      'Oggi mia figlia ha avuto una crisi di pianto a scuola perché i compagni la prendono in giro, come posso aiutarla?',
      false,
    ],
    ['Stasera dopo tre birre mio marito vedeva doppio, adesso dorme. Domani gli faccio la predica', false],
    [
      'Stamattina la nonna non riusciva a camminare per il dolore al ginocchio, quale ortopedico consigliate a Prato?',
      false,
    ],
    ['Hoy mi hijo hablaba raro por el piercing nuevo en la lengua, ¿cuánto tarda en deshincharse?', false],
    [
      "Today dad couldn't lift the suitcase into the car, his back is killing him, any good physio in Madrid?",
      false,
    ],
    ['今天在餐馆切了一天菜，手臂抬不起来了，贴膏药有用吗', false],
    ['今天下午打羽毛球打了三个钟，手臂举不起来，酸得要命', false],
    ['今天上台讲话说不出来，紧张得要死，大家有什么办法克服怯场吗', false],
    ['今天早上一只眼睛看不见，原来是隐形眼镜跑到眼皮里了，弄出来就好了', false],
    ['Oggi alla riunione ha perso la parola data, ci ha lasciati senza il contratto', false],
    [
      'A pranzo mio padre per dieci minuti non riusciva a parlare, ora sta bene e dice di non chiamare nessuno',
      true,
    ],
    [
      'Durante el desayuno a mi abuelo se le torció la boca unos minutos, ya está normal, ¿lo llevo a urgencias?',
      true,
    ],
    [
      "At breakfast dad's speech went slurry for ten minutes, he seems fine now, should we still go in?",
      true,
    ],
    ['Mi madre no podía hablar, fue esta mañana, unos diez minutos, ahora está bien', true],
    [
      'Stamattina in palestra mio padre per 10 minuti non riusciva a parlare né a muovere il braccio destro, ora sta bene',
      true,
    ],
    [
      'Esta mañana después del gimnasio a mi marido se le torció la boca un rato, ya está bien, ¿es grave?',
      true,
    ],
    ["This morning at the gym dad couldn't find his words for five minutes, he's fine now", true],
    ['今天早上在健身房 我老公突然一边眼睛看不见 五分钟后恢复了', true],
    ['今天上午打完疫苗 我妈嘴巴突然歪了半个钟头 现在好了', true],
    ['Hoy no podía levantar el brazo por la tendinitis, ¿qué pomada va bien?', false],
    ['今天早上车衣服车了十二个钟 手臂举不起来 要不要去看', false],
    ['今天游泳游太久了 腿动不了 抽筋了好久', false],
    ['外婆今天说要去学校接小宝放学，我说我去就行，她非要自己去', false],
    [
      'Il nonno oggi vuole andare a prendere il nipote a scuola da solo, secondo voi a 80 anni può ancora guidare?',
      false,
    ],
    ['La abuela hoy quiere ir a buscar a los niños al cole ella sola, ¿la dejo con 78 años?', false],
    ['外公今天打电话给我说他在火车上，明天就到米兰了', false],
    ['奶奶今天看电视问这个男的是谁，我说是刘德华，她说好帅', false],
    ['奶奶今天看到过世的爷爷的照片，哭了一下午，怎么安慰她', false],
    [
      "Grandma didn't recognise me today at the airport, we hadn't seen each other in twelve years and I've grown a beard",
      false,
    ],
    ['今天清明，奶奶摆了碗筷说等爷爷回来吃饭，爷爷走了三年了，这是我们老家的规矩', false],
    ['爷爷今天非要去店里开门，他七十多了还天天在餐馆帮忙，劝不住', false],
    ['外婆今天说厨房里有老鼠，我一看真的有，意大利这边哪里买老鼠药', false],
    ['La abuela hoy no reconoce a mi novio, es la primera vez que lo ve, jaja', false],
    [
      "Mia madre ieri era lucidissima, oggi continua a dire che ci sono bambini in camera e non c'è nessuno",
      true,
    ],
    ['阿公食完早餐照常去散步，返嚟就唔认得阿婆，仲话要返乡下搵佢阿妈', true],
    ['我妈退休了突然又说要去上班，找了个超市兼职，一天四个钟', false],
    [
      'My dad suddenly wants to go to work again, he says retirement is boring, is part-time work ok with his blood pressure?',
      false,
    ],
    ['El abuelo de repente quiere ir a trabajar otra vez al restaurante, se aburre en casa', false],
    ["Mia nonna chiede di suo marito morto ogni anno all'anniversario, oggi siamo andati al cimitero", false],
    [
      'Di colpo mia madre vuole andare a lavorare come badante, a 62 anni, secondo voi ce la fa con la schiena?',
      false,
    ],
    [
      "La piccola (2 anni) gioca con il blister vuoto della tachipirina, l'avevo finito io la settimana scorsa, è pericoloso la plastica?",
      false,
    ],
    [
      "Ho aperto il flacone nuovo di tachipirina per la bimba di 3 anni, ne manca un po' perché le ho dato la dose di stasera, quanto dura dopo aperto?",
      false,
    ],
    ['给两岁的女儿打开了新的一瓶退烧药水，少了5毫升是我刚喂的，开封后能放多久', false],
    [
      'Mi hijo de 4 años jugaba con el bote de vitaminas cerrado, no lo pudo abrir porque tiene tapón de seguridad, ¿cuál es la mejor manera de guardarlas?',
      false,
    ],
    ['我家二宝在床底下翻到外婆的安眠药，瓶子开着，里面本来有十颗，现在剩六颗', true],
    [
      'No encuentro la pila del mando de la tele y mi nena de 1 año estaba jugando con él, ¿se la habrá tragado?',
      true,
    ],
    [
      "La bambina di 3 anni ha la bocca tutta bianca e vicino c'è la scatola della tachipirina aperta, dice che erano caramelle",
      true,
    ],
    [
      "My 2yo was quiet for too long, found him with grandma's heart pills, bottle open, I have no idea how many were in there",
      true,
    ],
    [
      "La grande era all'asilo, il piccolo di 18 mesi ha aperto il flacone della nonna, mancano 3 compresse",
      true,
    ],
    [
      "I found them in his mouth, he had already chewed at least two of grandpa's blood pressure tablets, he's 20 months",
      true,
    ],
    [
      'Las encontré en su boca, estaba masticando las pastillas de la tensión de su abuelo, tiene 2 años',
      true,
    ],
    ['我们数了没少，但是旁边那瓶止咳水空了一半，儿子满嘴都是，他才两岁', true],
    ['奶奶半边身突然没力，躺了一下现在已经自己下床去跳广场舞了，她说没事，我们要不要拦住她', true],
    ['中风出院一个月了，现在我妈已经自己走去买菜，就是说话还有点不清楚，要做语言训练吗', false],
    [
      'A mi madre a media mañana se le quedó la mano derecha sin fuerza unos 20 minutos, ya la mueve bien',
      true,
    ],
    ['昨晚十一点我爸说话有点含糊，十分钟就好了，今天早上一切正常，要挂号看神经科吗', false],
    [
      "Un signore anziano è caduto qui davanti al bar, respira male e ha le labbra blu, cosa faccio nell'attesa del 118??",
      true,
    ],
    [
      "Ieri sera in pizzeria un cliente ha avuto un infarto, è arrivata l'ambulanza in cinque minuti, per fortuna si è salvato",
      false,
    ],
    [
      'A man on the train had a seizure, I have epilepsy too so I knew what to do, the paramedics took over',
      false,
    ],
    [
      "Un signore è svenuto in fila alla posta, anch'io ho la pressione bassa, voi cosa fate quando vi gira la testa?",
      false,
    ],
    [
      'Un señor se desmayó en el metro por el calor, yo también tengo la tensión baja, ¿qué me recomendáis tomar en verano?',
      false,
    ],
    ['地铁上一个女的晕倒了，我帮她按压的时候突然胸口剧痛，左手发麻，现在还在痛', true],
    ["Una signora è svenuta in metro, l'ho aiutata e ora mi manca il fiato e ho un peso sul petto", true],
    ['小明今天上学晕倒了，老师说叫不醒，嘴唇发紫，我们正赶过去', true],
    ['儿子放学抽筋，现在还在抽，眼睛往上翻，叫他没反应', true],
    ['我老公以为孩子假装抽筋，结果真的在抽搐，已经三分钟了还没停', true],
    ['阿爷成日扮中风吓我哋，但今次系真嘅，嘴歪咗讲唔到嘢，手都郁唔到', true],
    [
      'Mi hijo de 6 años se hace el desmayado cada vez que le toca hacer los deberes, se tira al suelo y no responde, ¿es normal?',
      false,
    ],
    ['今天幼儿园表演，我女儿演一个中风的老奶奶，嘴歪歪的，说话含含糊糊，好可爱', false],
    [
      'Mia figlia recita la parte della nonna svenuta nella recita di Natale, cade a terra e non risponde, le serve un costume',
      false,
    ],
    [
      'Se cayó del columpio y se dio en la cabeza, vomitó solo una vez, ahora está viendo dibujos tan tranquilo',
      false,
    ],
    [
      'Mi padre ha un dolore al petto fortissimo da 20 minuti e suda freddo, chiamo il 118 per ogni evenienza?',
      true,
    ],
    [
      'Quali sono i segnali di un ictus? Bocca storta, braccio debole, parola confusa? Lo chiedo perché mio padre ha 70 anni',
      false,
    ],
    [
      'Mi padre está de incapacidad temporal por la espalda y esta tarde le ha dado un dolor fuerte en el pecho que no se le quita',
      true,
    ],
    [
      'Stavo compilando con mia madre la domanda di invalidità e le si è storta la bocca, non riesce più a parlare bene',
      true,
    ],
    ['医院的诊断书写着脑梗死，帮我看看是什么意思，是去年在国内住院的', false],
    [
      'Guardate questo video che ho appena fatto a mio padre: trema tutto, ha la bava alla bocca e non risponde',
      true,
    ],
    [
      "During the episode she turned blue and was jerking all over, it stopped 2 minutes ago and she's still not waking up",
      true,
    ],
    ["Mio padre usa l'ossigeno 8-9 ore al giorno, come si pulisce il concentratore?", false],
    ['Dad is on oxygen 8-9 hours a night for his COPD, is it ok to use a humidifier too?', false],
    ['Mi abuelo está con oxígeno 8-9 horas al día, ¿cada cuánto hay que cambiar las gafas nasales?', false],
    ['这个血氧仪好评率百分之九十，大家觉得值得买吗', false],
    ['Ossigeno sette otto ore a notte per la BPCO di papà, la bombola dura abbastanza?', false],
    ['血氧 9 1 9 2 一直在跳，是不是很低', true],
    ['今天地铁上一个大妈晕倒了，我也差点晕，太热了，意大利的地铁没空调', false],
    [
      "Un anziano è svenuto davanti a me al bar e io ho avuto un attacco di panico, anch'io ho tremato per un'ora, è normale?",
      false,
    ],
    ['阿公今朝早上食早餐嗰阵口角歪咗，手揸唔住匙羹，十分钟就好返晒，佢话唔使去医院', true],
    ['昨晚那集电视剧里男主角突然中风，嘴歪了说话不清，我爸看完一直问自己会不会也这样', false],
    ['今天早上落枕了，脖子转不动，右手臂也抬不起来，贴什么膏药好', false],
    ['宝宝从床上掉下来磕到头，吐了一小口奶，现在在笑，精神很好', false],
    ['今天在餐馆上班，一个客人吃饭吃到一半突然抽搐倒地，老板打了急救，我们都吓坏了', false],
    [
      '我孙子三岁，刚刚看到渠手里捏着外公的安眠药瓶，盖子开了，瓶里原来几粒我弗记得，渠嘴巴边上有点药粉，渠讲甜甜的，现在还好，要弗要紧',
      true,
    ],
    [
      "My 18 month old got into my mum's handbag, found her metformin strip, 4 empty slots that were full this morning, mum swears she only took one. He's fine rn, playing. 要去急诊吗",
      true,
    ],
    [
      '家人们，我姐家的小孩两岁多，刚才在外婆房间里翻出一瓶地高辛，瓶子开着，倒了一地，捡起来数了数少了好几粒，外婆说早上只吃了一粒。孩子现在精神还行，就是吐了一次。',
      true,
    ],
    [
      '我老公刚刚发现儿子（3岁）在床底下玩奶奶的药盒，周一到周日那种，周三到周六的格子都空了，奶奶说她明明装好了的。孩子嘴上没什么，现在在看电视，是不是我们想多了',
      true,
    ],
    [
      'Mia figlia di 3 anni giocava con la scatola delle pastiglie della nonna, ma era ancora sigillata, mai aperta. Comunque le ho messe in alto. Consiglio per tutti: armadietto chiuso a chiave!',
      false,
    ],
    [
      "Ho trovato mio figlio di 4 anni che giocava con un blister della nonna, ma era vuoto già da una settimana, l'aveva finito lei e l'avevo lasciato sul tavolo. Nessuna pastiglia dentro. Va bene così vero?",
      false,
    ],
    [
      "Scusate se scrivo qui, mio marito da settimane non dormiva, diceva che era un peso per tutti. Da ieri è stranamente sereno, ha regalato il suo orologio a mio figlio e ha pagato tutti i debiti con i suoi amici, ha detto 'dopo domenica non importa più'. Sono preoccupata, è normale?",
      true,
    ],
    [
      'Mi hermano me mandó un audio a las 3 de la mañana diciendo que me quiere mucho, que cuide a mamá y que le perdone todo. No contesta el teléfono desde entonces. La semana pasada había dicho que ya no aguantaba más.',
      true,
    ],
    [
      "我阿媽呢排成日話自己係負累，琴日突然將佢啲金器分晒俾我同我家姐，又打電話俾以前啲朋友講多謝，今日好平靜咁同我講'以後你哋要好好地'。我覺得好唔妥",
      true,
    ],
    [
      "老公最近把他的画全部送人了，又把保险受益人改成孩子，还跟我说'星期天之后就不用你操心了'。他这半年失业一直很消沉，我问他他就笑笑不说话",
      true,
    ],
    [
      "My sister posted 'thank you all for everything, sorry for being such a burden, goodbye' on her WeChat moments an hour ago and then deleted it. She's not picking up. She's been really low since the divorce. 我在马德里 她在巴塞罗那",
      true,
    ],
    [
      'Mia figlia di 16 anni ha lasciato una lettera sul letto per me e per suo fratello, dice che ci vuole bene e che non è colpa nostra. Lei adesso è in camera chiusa a chiave e non risponde.',
      true,
    ],
    [
      "Mi padre lleva semanas diciendo que no vale la pena seguir. Hoy de repente está tranquilo, ha devuelto a todos el dinero que debía y me dijo 'después del domingo ya no importa'. Se ha comprado una cuerda 'para el jardín' y no tenemos jardín.",
      true,
    ],
    [
      "Sto leggendo un romanzo dove il protagonista lascia una lettera ai figli prima di togliersi la vita, mi ha fatto piangere. Qualcuno l'ha letto? Consigliatemi altri libri così",
      false,
    ],
    [
      'Mi hijo de 6 años hace un rato se quedó mirando fijo y empezó a temblar de brazos y piernas, como un minuto, no tenía fiebre. Ahora está dormido. Nunca le había pasado.',
      true,
    ],
    [
      '我哋今日去咗飲茶，點心好好食。阿爸食食下突然講唔到嘢，半邊面跌低咗，過咗幾分鐘又好返。而家佢話冇事，叫我哋唔好大驚小怪。',
      true,
    ],
    [
      '琴日落咗好大雨，屋企漏水。阿媽頭先話隻右手無晒力，拎唔起個煲，大概十分鐘之後又得返，而家好似正常',
      true,
    ],
    [
      'Stavo guardando una serie e il protagonista ha avuto un ictus, bocca storta e braccio paralizzato, mi ha fatto impressione. Quali sono i segnali da riconoscere? Per sapere',
      false,
    ],
    ['頭先睇電視劇，個主角中風，口歪眼斜，嚇親我。順便問下，中風有咩先兆？', false],
    ['外婆测了两次 血氧 9 1 9 2，她说不难受，要不要去医院', true],
    [
      'Sto morendo dal caldo qui a Roma, ma mio padre è proprio strano, non sa più dove si trova, mi chiama col nome di mio fratello, da stamattina',
      true,
    ],
    [
      'Me dio un infarto ver la factura de la luz 😂 pero bueno, lo serio: a mi abuelo se le cayó la cara de un lado y habla raro desde hace media hora',
      true,
    ],
    [
      'Mi ammazzo dal ridere con voi 😂. Però scusate, mia suocera è sul divano che respira malissimo, fa fatica a parlare, ha le labbra grigie',
      true,
    ],
    ['我老公打呼噜打得震天响，叫都叫不醒，吵得我一晚没睡，有没有什么办法', false],
    ['宝宝刚出生10天，一天到晚都在睡，醒一下又睡，吃奶的时候会醒，吃完又睡，正常吗？', false],
    ['宝宝一个月，白天睡得多晚上闹，醒一下又睡，体温36.8，吃奶正常，怎么调整作息', false],
    [
      '最近在看一本小说，主角最后给孩子留下遗书自杀了，看得我哭了一晚上，大家有没有类似的书推荐，不要太虐的',
      false,
    ],
    [
      'Estoy leyendo una novela donde el protagonista le deja cartas a sus hijos y se quita la vida, me ha dejado fatal. ¿Alguien la ha leído?',
      false,
    ],
    ['我在网上买的血氧仪才 90 块，给我妈测出来 98，心率 75，这种便宜的准不准啊', false],
    ['血氧仪电池只剩 90%，给外公测出来 97，要不要换电池，会不会测不准', false],
    [
      "Bellissime le foto della gita 😂 Parlando seriamente, mio padre da mezz'ora ha la bocca storta e non riesce a parlare",
      true,
    ],
    [
      'Jajaja qué fotos 😂 pero bueno, lo serio: mi madre desde hace diez minutos no puede mover el brazo derecho y habla raro',
      true,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

/**
 * Round 33: a review of the round's own tuning (237 messages beside its new guards, cues and words: past cues beside a
 * current sign, "nobody here is sick" before a "but", new self-harm words in ordinary talk): each case here was wrong
 * with round 32's rules or with the tuning before the review's fixes, and is right now.
 */
describe('a review of round 33: the new cues, guards and words, beside a current red flag and in near misses', () => {
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    [
      'Nadie está enfermo en casa, pero mi hija de 3 años se ha tragado una pila de botón hace diez minutos, ¿qué hago?',
      true,
    ],
    [
      'Nessuno sta male per ora, ma la nonna ha bevuto un sorso di candeggina scambiandola per acqua cinque minuti fa',
      true,
    ],
    ['大家别紧张哈 不是新闻 是我自己 刚刚吃了三十多粒安眠药 想睡一觉就好', true],
    ['我们家没事 问一下 小孩刚才舔了洗衣凝珠 嘴巴有点红 要紧吗', true],
    ['佢生BB嗰年已经有哮喘 头先开始成个人透唔到气 嘴唇紫晒', true],
    ['我老豆退休嗰年开始有心脏病 今朝开始心口好似有嚿石压住 出冷汗', true],
    ['我个仔两岁嗰年都抽过筋 头先又成身抽 眼反白 叫极都唔应', true],
    ['我阿妈嚟咗西班牙嗰年开始血压高 头先食饭突然讲唔到嘢 只手拎唔住碗', true],
    ['佢读小学嗰年有哮喘 头先喺学校透唔到气 嘴唇紫晒 老师打电话俾我', true],
    ['My mum arrived from Wenzhou last winter and she has crushing chest pain and is sweating buckets', true],
    ['We moved to Madrid last summer and my dad is gasping for air and his lips look blue', true],
    [
      'Grandma fell in the kitchen 20 min ago and unlike her last fall she hit her head and is confused and keeps nodding off',
      true,
    ],
    ["Last winter he had pneumonia and he's breathing really fast and his lips are going grey", true],
    [
      "Last summer my mum had a mini-stroke and she's slurring her words and her face is drooping on the left",
      true,
    ],
    [
      "Last spring he was diagnosed with epilepsy and he's having a seizure on the floor and won't stop shaking",
      true,
    ],
    [
      "Mio padre una volta che si è alzato dal letto aveva la bocca storta e non riusciva a parlare, mezz'ora fa",
      true,
    ],
    [
      'Una volta che è tornato a casa dal lavoro mio marito ha cominciato a dire cose senza senso e non mi riconosce',
      true,
    ],
    [
      'Mia madre una volta che ha finito di mangiare ha detto che ha un dolore fortissimo al petto e suda freddo',
      true,
    ],
    [
      "Una volta che l'ho messo a letto il bambino ha iniziato a tremare tutto con gli occhi all'indietro e non risponde",
      true,
    ],
    [
      'Una volta che si è seduto sul divano mio suocero ha iniziato a respirare malissimo e ha le labbra viola',
      true,
    ],
    ['好惊佢出事 佢头先成身抽筋 叫极都唔应', true],
    ['惊佢中风 佢个嘴歪咗 讲嘢含糊 只手拎唔起', true],
    ['我好怕佢顶唔顺 佢心口好痛 成身冒冷汗', true],
    ['担心他会不会是心梗 他胸口压着痛半小时了 一直出冷汗', true],
    ['怕佢係中风 阿爷讲嘢含糊不清 口角一直流口水 右手冇力', true],
    ['惊佢有事 个女头先成身抽 眼反晒白', true],
    ['担心她会不行了 我妈嘴唇发紫 坐着都喘不上气', true],
    ['群里以前说过拿玻璃杯压一压 我压了 宝宝身上的红点不退色 还在发烧39度', true],
    ['我爸心口一阵阵绞痛 从刚才开始 腰现在不痛 之前腰痛', true],
    ['老公胸口很闷很紧 快一个小时了 牙现在不痛 昨天补的牙', true],
    ['老公心口好翳 但系唔痛 成个钟都系咁 佢有三高', true],
    ['阿爸心口翳住 但系唔痛 好似有嘢压住 已经两个钟', true],
    ['刚才看小品笑得胸口痛 到现在半个钟了还压着痛 喘不上气', true],
    ['笑到我肚痛 但系阿爷坐喺隔离突然透唔到气 嘴唇紫晒', true],
    ['冷得我都快喘不上气了 我妈在外面晕倒了 叫不醒', true],
    ['老公中午吃饭时半边脸麻 筷子都掉了 现在能走能动 还要去医院吗', true],
    ['会不会是中风 我妈刚才左手还有点麻 现在嘴也歪了 说话不清楚', true],
    ['是不是脑梗啊 老公右手还有点没力 刚刚说话也含糊', true],
    ['怕是脑出血 我老公头痛得要炸 右脚还有点麻 刚刚吐了', true],
    ['我老伴中午吃饭的时候左边脸突然麻了 筷子都掉了 转发的那个中风视频是真的吗', true],
    ["38.9 fever since last night and he can't put his chin down to his chest", true],
    ['My husband cut his hand on the mandoline, blood is soaking through two kitchen towels', true],
    ['embarazada 三十二周 现在流好多 sangre 肚子好痛', true],
    ['He texted me thanks for everything bro and now his phone goes straight to voicemail', true],
    ['收工之后我企咗喺天台好耐 唔想再做人 对唔住大家', true],
    ["My brother sent a message saying he's done and has a plan, I can't reach him", true],
    ['宝宝两个月 头好热 量了一下38度5', true],
    ['企喺楼顶成晚 睇烟花 好靓 多谢晒大家咁多年嘅关照 我哋下个月返香港', false],
    ['屋顶漏水 师傅坐在楼顶好久修 明天还要来 谢谢大家这段时间的帮忙介绍', false],
    ['我老婆坐在窗台好久 看雪 说不想回国了 对不起大家 过年不回去了', false],
    ['我不想再做人家的免费保姆了 谢谢大家这段时间听我吐槽', false],
    ['唔想再做人哋嘅出气袋 下个月辞职 多谢大家咁多年照顾', false],
    [
      "She said she's done. 30 years at the restaurant, retiring tomorrow. Thanks for everything everyone who came to the party",
      false,
    ],
    ["Mio figlio wrote he's done — patente presa! Grazie a tutti per tutto 🎉", false],
    [
      "She has a plan with Vodafone that covers calls to China, she said she's done switching. Thanks for everything!",
      false,
    ],
    ['这个中药今晚吃了就不用再喝了 疗程结束 谢谢大家这段时间推荐的中医', false],
    [
      "Dad texted thanks for everything for his 70th birthday party, can't reach him now, he's probably asleep",
      false,
    ],
    [
      "I can't reach her, she's in surgery (she's a nurse). She texted thanks for everything this morning for the flowers",
      false,
    ],
    [
      "My brother texted saying he's done, the last box is in the new flat 🎉 now his phone goes straight to voicemail, battery dead probably",
      false,
    ],
    ['我爸右手手指骨折打了石膏 拿不住筷子 有什么辅助的餐具推荐', false],
    ['我妈得了面瘫三个星期了 左边脸还麻 针灸有用吗', false],
    ['老公来意大利两年了 还是拿不住筷子吃意面 哈哈', false],
    ['大便正常没有发黑 就是有点便秘 吃什么好', false],
    ['老爸大便三天没拉 拉出来没有发黑 就是很硬', false],
    ['怀孕30周 我妈杀鸡 出了好多血 我看了有点恶心 孕妇能看吗', false],
    ['孕25周 早上漱口的时候出好多血 牙龈肿 正常吗', false],
    ['怀孕8周 昨天抽血检查 针眼那里出了好多血 青了一大块', false],
    ['embarazada de 30 semanas 我老公刮胡子 出好多 sangre 哈哈 他好怕血', false],
    [
      'Le apreté un vaso encima a las manchas y se blanquean del todo; lo que no se quita es la tos, fiebre 38,2',
      false,
    ],
    [
      'Tiene 38 de fiebre y tos; le apreté un vaso encima y las manchas se fueron, pero él no deja de toser y no desaparece la fiebre',
      false,
    ],
    ['上次医生说过 我老公喘不上气是哮喘 这次想开点喷剂备着', false],
    ['宝宝一个月 今天40度 宝宝头好热 出好多汗 怎么降温 要开空调吗', false],
    ['BB得两个月 今日38度 BB全身好热 出晒汗 使唔使开冷气', false],
    ['宝宝两个月 房间里38度 头好热 是不是要少穿点', false],
    ['马德里今天41度 走了一下午 身体好热 脖子晒伤了 低头就痛', false],
    ['宝宝50天 家里没空调 温度计显示38度 宝宝脸好热 一直出汗', false],
    ['我最近失眠 躺两三个小时才迷迷糊糊睡着 有什么办法', false],
    ['吃过一次褪黑素 第二天上班迷迷糊糊的 开车都不敢', false],
    ['连上七个夜班 眼睛都睁不开了 有什么提神的办法', false],
    ['我带着两个孩子也快撑不住了 老公天天加班 好累', false],
    ['我妈说怕自己突然晕倒 不敢一个人出门 她有低血压', false],
    ['我家没事 大家别紧张 就是刚刚刷到一个新闻 小孩吞了电池', false],
    ['我老公药拿少了 医生只开了一盒 还有一盒安眠药在国内 能寄过来吗', false],
    [
      "My dad's face went numb on one side at the dentist, the anaesthetic hasn't worn off after 3 hours, normal?",
      false,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 34: a review of the tuning on round 33's sets (line breaks as clause ends, new stroke, headache, pregnancy, lie and heat rules)", () => {
  // each wrong with round 33's rules or with this round's tuning before the review's fixes, right now
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['晚上压着左手睡\n早上起来左手麻了\n甩一甩就好了', false],
    [
      "Ho visto un documentario sull'ictus ieri sera\nla signora non riusciva a muovere il braccio destro\nmolto istruttivo",
      false,
    ],
    ['我妈又问我哪个牌子的奶粉好\n我都说了好几次了', false],
    [
      'Mi abuela desde esta mañana\nno puede levantar bien el brazo izquierdo\ny dice que ve doble\nmi madre dice que es la tensión',
      true,
    ],
    ['外婆在厨房地上坐着起不来\n不知道坐了多久\n叫她她会应', true],
    [
      'Ho trovato mia nonna per terra in bagno\nnon sa da quanto tempo è a terra\ndice che sta bene ma non si alza',
      true,
    ],
    ['周末在床上刷手机\n不知道躺了多久\n腰都痛了 哈哈', false],
    ['The kids played for hours on the floor with lego\nnow the living room is a mess', false],
    ['在公园长椅上看书\n不知道坐了多久\n太阳都下山了', false],
    [
      "Ieri sera è scoppiato all'improvviso un temporale\ne adesso ho un po' di mal di testa\nqualcuno ha un paracetamolo?",
      false,
    ],
    ['我的偏头痛又来了\n每个月都这样\n从来没这么痛过…才怪 哈哈', false],
    ['每次来大姨妈都头痛\n这次感觉是最痛的一次\n有什么止痛药推荐', false],
    [
      'Il mal di testa di mio figlio per la matematica\nè il peggiore della mia vita 😅\nqualcuno conosce un ripetitore?',
      false,
    ],
    ['我老公刚才在搬货\n突然头痛欲裂\n他说这辈子最痛的一次\n吐了两次', true],
    [
      'Mi madre está en el sofá\ndice que le ha dado un dolor de cabeza de golpe\nel peor de su vida\ny tiene náuseas',
      true,
    ],
    ['阿妈头先话个头好似炸开咁\n从来冇咁痛过\n依家瞓喺床度唔想郁', true],
    [
      'my husband was at the gym\nsuddenly grabbed his head\nworst headache of his life he says\nnow feels sick',
      true,
    ],
    ['我怀孕了\n我爸血压180\n他吃什么降压药比较好', false],
    ['怀孕了想买个血压计\n网上卖180欧\n值得吗', false],
    ['孕30周\n左脚比右脚肿一点\n爬楼梯会喘 坐下就好\n是正常的吗', false],
    ['我老婆怀孕8个月\n今天量血压一百七十多\n头有点痛\n她说休息下就好', true],
    [
      'Mia moglie è incinta di 34 settimane\nla pressione era 165/112\nvede dei lampi\ne le fa male la testa',
      true,
    ],
    ['我老婆生完宝宝第8天\n左腿比右腿粗\n今天说气不够\n婆婆说坐月子都这样', true],
    ['渠老婆生了十日\n今日喘气不过来\n一只脚肿起来\n渠讲覅紧', true],
    ['宝宝昨晚吃了好多黑芝麻糊\n今天拉黑黑的便便\n是不是芝麻的关系', false],
    ['吃了墨鱼面\n今天大便黑黑的 哈哈\n吓我一跳', false],
    ['我爸这两天\n拉了三次黑黑的像柏油一样的大便\n今天站起来头晕 脸色发白', true],
    ['阿爷今朝屙咗两次黑色嘅屎\n冇食过猪红\n依家好攰 企唔稳', true],
    ["My mum's had black tarry poo since yesterday\nshe's not on iron\nnow she's dizzy and sweaty", true],
    [
      'Ho sollevato i bancali al lavoro e mi sono stirato un muscolo\nmi fa male il petto quando premo\nmeglio il ghiaccio o il caldo?',
      false,
    ],
    ['打羽毛球扭伤了\n胸口动一下就痛\n呼吸正常 没有别的不舒服', false],
    ['阿爸心口好似俾人揸住咁\n左手有啲痺\n佢话唞下就得', true],
    ['厨房里热死了\n热得我喘不过气\n做完这桌菜我就下班', false],
    ['热得我都要中暑晕倒了\n这天气\n谁请我喝冰奶茶', false],
    ['我胸口好痛 出冷汗 左手麻\n群里说出现这种情况请立即拨打112\n我现在要打吗', true],
    ['宝宝抽了五分钟还没停\n医生说过抽搐超过5分钟时请立即拨打118\n我打不通怎么办', true],
    ['问他是不是想不开\n他说不是 就是工作太累\n周末陪他出去走走', false],
    ['问渠有呒想伤害自己\n渠讲呒\n就是呒胃口 想带渠去看医生', false],
    ['问她是不是想不开\n她说没有\n但是刚才发现她把家里所有的药都倒出来数了', true],
    ['我弟发了朋友圈\n让我们帮他照顾好他的猫\n现在联系不上他', true],
    ['要是我不在了\n孩子跟着婆婆会不会更好\n药我都攒好了', true],
    ['my flatmate posted a pic of the bridge\nsaying goodbye, sorry everyone\nnot answering calls', true],
    ['个仔头先玩紧块手表\n粒钮扣电池唔见咗\n佢话食咗落肚', true],
    ['Mi hija de 3 años estaba con el mando\nfalta una pila\nno la encuentro por ningún lado', true],
    ['Il mio bimbo di 2 anni giocava con le calamite\nne mancano due\nnon le trovo', true],
    ['骂老公骂得脸都紫了\n他还在打游戏', false],
    ['宝宝两岁半\n讲话讲不清楚\n係咪要睇言語治療？', false],
    [
      "my father-in-law\nleft arm feels heavy\nand he can't see out of his left eye\nsays it's just tiredness",
      true,
    ],
    ['老爸今朝起来\n问我妈是哪个\n还说要去上班\n他退休十年了', true],
    [
      "La nonna è caduta stanotte\nl'abbiamo trovata a terra stamattina\nnon sa da quanto tempo è a terra",
      true,
    ],
    ['怀孕34周\n头痛得厉害\n眼睛看东西一闪一闪的\n量了血压一百八', true],
    ['看了个纪录片\n一个老人突然说不出话\n半边身不能动\n好可怕', false],
    ['如果\n宝宝抽搐超过5分钟\n要打118吗', false],
    ["What if\nmy dad can't breathe at night\nshould we buy an oximeter?", false],
    ['Si mi padre\nno puede hablar de repente\n¿a qué número llamo?', false],
    ['上周我婆婆在沙发上躺着看电视\n不知道躺了多久\n睡着了', false],
    ['我怀孕了\n婆婆血压170 头晕\n要不要换药', false],
    ['孕28周\n右脚崴了肿起来\n有点喘 是爬楼梯累的', false],
    ['worst headache of my life this hangover\nnever drinking again', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 35: a review of the tuning on round 34's sets (severe pre-eclampsia at 160/110, readings in pieces, ingestions, towels, first fits, new disorientation, new guards)", () => {
  // each wrong with round 34's rules or with this round's tuning before the review's fixes, right now
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    [
      '我怀二胎28周了，我老公昨天公司体检量血压160/100，医生让他吃药，他才35岁，这么年轻就高血压正常吗',
      false,
    ],
    [
      'estoy embarazada de 30 semanas y a mi suegra ayer le subió la tensión a 165/100, la llevamos al centro de salud y ya está con pastillas',
      false,
    ],
    ['生完宝宝三个多月了，最近量血压总是160/100，以前没有高血压，要看哪个科？', false],
    [
      'Sono incinta di 25 settimane, mio padre ha la pressione a 170 da stamattina e il medico di base gli ha cambiato la pastiglia, io posso andare a trovarlo?',
      false,
    ],
    ['怀孕32周，老公每天给我按摩，前几天的头痛好多了，他看我的时候眼睛里都是星星🤣 酸死你们', false],
    [
      'Con esta tos solo tomo té caliente, la maquinita marca 90 grados, ¿está bien así para la garganta o muy caliente?',
      false,
    ],
    [
      "ho ancora un po' di tosse ma sono tornato in palestra, l'apparecchio segna 90 minuti di cardio oggi 💪",
      false,
    ],
    ['我老公每天吸两个烟弹，咳嗽得厉害，怎么劝他戒电子烟啊😩', false],
    [
      "my husband sucked on a new vape pod all evening and now he's coughing, is vaping worse than cigarettes?",
      false,
    ],
    [
      'il cane ha morso la ricarica della sigaretta elettronica di mio figlio, il veterinario è chiuso, qualcuno conosce un veterinario aperto a Prato?',
      false,
    ],
    ['抖音上刷到一个小孩吞了三颗磁力珠，肠子都穿了，吓死我了，家里的赶紧全部扔了', false],
    ['淋雨回家，毛巾湿了三条，头发太长了哈哈，明天去剪', false],
    [
      "Got caught in the rain on the way from the market, soaked through, I'm on my second towel now lol",
      false,
    ],
    ['流鼻血，纸巾换了三张就停了，天气太干了吧', false],
    [
      'Ya está todo decidido para la reforma: mañana cuando cierre la tienda lo hago, pinto la pared de azul jaja',
      false,
    ],
    ['婆婆很平静地说她在国内囤了两个月的降压药带过来，海关会不会查？', false],
    ['第一次上台演讲，紧张到全身发抖了几分钟，从来没有过这样哈哈，丢死人了', false],
    ['儿子今天数学小测，老师问他三道题都答错了，昨天在家还好好的都会做，是不是太紧张了', false],
    [
      'Dopo il parto (8 mesi fa) mi sono tornate le mestruazioni, il primo giorno assorbente zuppo ogni ora, è normale? Ora va meglio',
      false,
    ],
    ['my 18 month old only says a few words at a time, should I worry? 🙏', false],
    [
      "My blue inhaler isn't working, the button is stuck, where can I get a new one without a GP appointment?",
      false,
    ],
    ['我妈来咗西班牙两年，西班牙文都讲唔到成句，有冇人识教老人家西语', false],
    ['面试的时候紧张得一句话都说不完，好丢脸，有什么办法克服', false],
    ['跑完五公里坐喺度都扯晒气，不过五分钟就好返，我系咪应该慢啲跑', false],
    ['孕34周，刚才自己量血压 一百六十五 一百一十，头有点晕，哈哈应该是没睡好吧', true],
    ['我老婆BB出世咗十日，头先度血压 168/100，佢话头有啲痛，饮啖热茶就得', true],
    [
      'my sister is 37 weeks, her bp was 158/112 at the pharmacy, she says she feels fine and is going shopping',
      true,
    ],
    ['我表妹怀孕32周，她说网上说血压160不用怕，她现在就是162/108，头好痛，还在店里上班', true],
    [
      "Incinta di 33 settimane, la pressione massima 165 minima 112, dice che è l'ansia, la dobbiamo portare o aspettiamo?",
      true,
    ],
    ['怀咗七个月，上压一百七下压一百一，我妈话正常嘅，怀孕都系咁', true],
    ['刚生完第九天，血压仪显示160/110，婆婆说坐月子不能出门', true],
    [
      'Mi mujer dio a luz hace 2 semanas y hoy la tensión le marca 170 de alta, dice que le duele la nuca, ¿es por no dormir?',
      true,
    ],
    ['生完第8天，今天头痛得厉害，眼前一闪一闪的，老公说是坐月子没睡好', true],
    ['oxi de la farmacia: 91%, mi madre tiene covid y está cansada jaja ya le pasará', true],
    [
      "my mum read the oxi to me on the phone: ninety-one... ninety... ninety-one, dad's had covid since friday",
      true,
    ],
    ['mi niño chupó el pod del vape de su tío, ahora está bien jugando jaja, ¿hay que hacer algo?', true],
    ['个仔饮咗啲電子煙油，佢话好苦，依家冇事喎', true],
    ['個女吞咗兩粒磁石，係雪櫃貼嗰啲，佢話冇事，要唔要去醫院', true],
    [
      "My toddler got into the dishwasher tabs and bit one, he's spitting and crying but seems ok lol, do I just give milk?",
      true,
    ],
    ['反正也没人在乎我，药我都数好了，今晚之后就不会再烦到大家了😂', true],
    ["my cousin posted 'sorry for everything' and her phone's off, she's been saying nobody needs her", true],
    ['天气预报今天38度，我家BB出世咗六个礼拜，探热针话38度4，系咪太热焗亲', true],
    [
      'esta mañana a mi padre se le puso la boca torcida unos 10 minutos, ahora está normal y no quiere ir al médico',
      true,
    ],
    [
      "stamattina la nonna parlava tutta strana per un quarto d'ora, adesso è a posto, dice di non preoccuparmi",
      true,
    ],
    [
      'a mi madre le vino de golpe un dolor de cabeza brutal mientras fregaba, dice que nunca había sentido algo así, y vomitó',
      true,
    ],
    [
      "mio marito in palestra ha sentito come una botta in testa all'improvviso, il dolore più forte mai provato, dice che passa",
      true,
    ],
    ['我老公刚才搬货，突然头好像被人用棍子打了一下，痛到蹲在地上，说以前从来冇试过', true],
    ['坐月子的时候量过一次血压160，医生开了药，现在宝宝半岁了，血压正常，药可以停吗', false],
    ["stamattina gamba destra addormentata, ero seduto sul water col telefono per mezz'ora 😂", false],
    [
      'Tengo tos desde ayer. Por cierto en el Mercadona el quitamanchas oxi de 90 cacitos está a 5 euros',
      false,
    ],
    ['刚看了个视频说孩子吞磁铁很危险，我一看我儿子手里的磁力珠少了两颗，他说吃掉了', true],
    ['最近在看一本小说，女主怀孕得了子痫。说起来我自己孕33周，今天量血压165/105，头有点胀', true],
    [
      'Mi padre comió arándanos ayer, pero hoy tiene la caca negra como alquitrán y se marea al levantarse',
      true,
    ],
    [
      'tengo migraña todos los meses pero esto es distinto: de golpe, el peor dolor de cabeza de mi vida, y vomité',
      true,
    ],
    ['孕34周 我近视 但今天头痛得要命 戴着眼镜看东西也模糊 还有闪光', true],
    ['tengo mastitis, mi bebé tiene 8 meses, y me tomé la tensión: 160/100, ¿es por la fiebre?', false],
    ['生第一胎嗰阵血压正常，今次怀咗34周，头先度血压170/112', true],
    [
      "My son has asthma like I had as a kid, he's wheezing, can't finish a sentence and his lips are going blue",
      true,
    ],
    [
      "Mio figlio ha l'asma come me da piccolo e respira malissimo, non riesce a finire una frase, ha le labbra viola",
      true,
    ],
    [
      'Mi abuela siempre decía que el dolor de pecho se cura con té, y mi padre tiene un dolor muy fuerte de pecho desde hace media hora',
      true,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe('the years a bare year names as the past', () => {
  const years = (lastYear: number) => new RegExp(`^(?:${pastYearsSource(lastYear)})$`, 'u');
  it.each([2024, 2025, 2030, 2099, 2100])('run from 1950 to last year (%i) and no further', (lastYear) => {
    const re = years(lastYear);
    const named = Array.from({ length: 400 }, (_, i) => 1900 + i).filter((y) => re.test(String(y)));
    expect(named[0]).toBe(1950);
    expect(named[named.length - 1]).toBe(lastYear);
    expect(named).toHaveLength(lastYear - 1950 + 1);
  });
  it('keep the regex the code had for 2024', () => {
    expect(pastYearsSource(2024)).toBe(String.raw`19[5-9]\d|20[0-1]\d|202[0-4]`);
  });
});

describe("round 36: a review of the tuning on round 35's sets (pregnancy weeks and days after a birth in every language, readings told of someone, masked numbers, heat stroke, muddled talk, hoards, figures of speech, new guards)", () => {
  // each wrong with round 35's rules or with this round's tuning before the review's fixes, right now
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['家里买了个血氧仪，两个孩子一个7岁一个5岁，可以给小孩用吗？', false],
    ['我爸新冠第五天，用网上买的血氧仪测出来86，要不要去急诊？', true],
    ['我爸血氧测出来 88 要去医院吗？他说不难受', true],
    ['El saturímetro de mi madre marca 88 hay que ir a urgencias?', true],
    ['视频里看我妈的指夹显示87，她在国内一个人住，我该怎么办', true],
    ['朋友说血氧93就要去急诊，我刚测是97，应该没事吧', false],
    ['Black Friday oximeter sale 89 euros at Lidl, worth it?', false],
    ['A mi padre el pulsioxímetro le sale 87 y está cansado', true],
    ['我老婆怀孕35周，刚才闺蜜拿她的血压计帮量的血压168/112，要去医院吗', true],
    ['怀孕34周，同事帮忙量了血压 165/110，我该马上去医院吗？', true],
    ['我怀孕33周，刚量了血压超过160了，好紧张', true],
    ['怀孕32周，今天血压170就没下来过，头有点晕', true],
    ['32 weeks pregnant and my bp is over 160 right now, should I go in?', true],
    ['32 weeks pregnant, bp was normal at my check-up, weight now 165 lbs, is that too much gain?', false],
    [
      'Sono incinta di 30 settimane, pressione ok dal ginecologo, sono alta 165 e peso 70, quanto dovrei prendere?',
      false,
    ],
    [
      'Estoy de 35 semanas. La tensión me la tomaron y bien, mido 165 y peso 80, ¿es normal la hinchazón de pies?',
      false,
    ],
    ["I'm 33 weeks, thinking of buying a bp monitor, the Omron one is £165 at Boots, worth it?", false],
    [
      "My blood pressure is fine but my husband's was 170/100 this morning, I'm 30 weeks, should he see a GP?",
      false,
    ],
    [
      '20 weeks now on the waiting list for my hip op, and my bp this morning was 165/100 with a mild headache, is that normal for me?',
      false,
    ],
    ['同事的小孩吃了洗衣球进医院了（已经没事了），我家的洗衣球要放多高才安全？', false],
    ['数了一下，降压药一颗没少，但是安眠药少了十颗，孩子说他吃了', true],
    [
      'We counted the iron tablets, all there, but he has just swallowed a button battery from the remote',
      true,
    ],
    ['儿子在喂猫的时候把一颗纽扣电池吞了', true],
    ['The dog knocked over the bleach and my toddler drank some of it', true],
    ['我家狗刚才把一颗纽扣电池吞了，要去看兽医吗', false],
    ['我妈在家囤了一堆退烧药以防万一，这个药过期了还能吃吗', false],
    ["I've been stockpiling paracetamol just in case, is it ok to keep it in the bathroom?", false],
    ['Estamos acumulando paracetamol por si acaso, ¿dónde lo venden más barato?', false],
    ['我爸退休后写好了遗嘱，家里还囤了好多降压药，这些药能带回国吗', false],
    [
      "I called the suicide prevention hotline but nobody answered, I have the pills ready and I'm taking them tonight",
      true,
    ],
    ['打了预防自杀热线没人接，药我已经准备好了，今晚就吃', true],
    ['我自己没有这种想法，但我女儿刚刚说她不想活了，已经站到楼顶边上了', true],
    ['以前老想不开，后来好了。可是今晚她又说想去死，刀就在她手上', true],
    ['我妈突然头晕，好像要晕倒一样，左边手脚没力，嘴也歪了', true],
    ['我爸打麻将打到中风了，现在嘴歪说不清话', true],
    ['宝宝睡觉时像做梦一样惊醒，然后全身抽搐了两分钟，现在还迷迷糊糊', true],
    ['我妈在打胰岛素，问她胰岛素是哪个牌子的她说不出来，谁知道这个牌子？', false],
    [
      "My son is burning up, 39, isn't sweating, and I'm confused whether to give paracetamol or ibuprofen",
      false,
    ],
    ['早上叫了儿子好几次都不醒，青春期就是能睡，后来自己起来了', false],
    ['叫了女儿好几声都不醒，这孩子周末太能睡了，一觉睡到中午', false],
    ['宝宝听我说几句就睡着了，真乖', false],
    ['我老公跟我说两句话就睡着了，上夜班太累了', false],
    ['女儿额头磕了一下桌子，哭了两声就好了，现在在玩。晚上九点要睡觉的时候要不要叫醒她检查？', false],
    ['She took 15 ml an hour ago, can she have another dose of Calpol?', false],
    ['I took 40 mg two hours ago, as prescribed, is the drowsiness normal?', false],
    ['过年小朋友吃了不知道多少颗糖，牙疼怎么办', false],
    [
      'Necesito unas vacaciones para descansar de verdad, ¿qué pastillas para dormir van bien en el avión?',
      false,
    ],
    ['外婆灰指甲好多年今天嘴唇突然发紫', true],
    ['怀孕20周，有点头痛（感冒了），眼睛里的小黑点是飞蚊症，高度近视十几年了', false],
    ['血氧仪买了两个，一个8块一个9块，便宜的准不准？', false],
    ['我们家两个孩子一个8岁一个6岁，血氧仪要买儿童款吗', false],
    ['血氧仪第一个数字是8，第二个是7，我爸一直在咳', true],
    ['我妈血氧 89 很危险吗？刚用指夹测的', true],
    ['给我爸量了体重，82，血氧仪也买了还没用', false],
    ['量了腰围，88，血氧 97，体检前要减肥吗', false],
    ['我怀孕36周了，血压上咗170以上，头好痛', true],
    ['Sono alla 36esima settimana e la pressione è sopra 160 da stamattina', true],
    ['生完宝宝第5天，血压一直在160以上，头晕', true],
    [
      "30 weeks, that's how long I've been waiting for a cardiology appointment. My bp was 170/105 again today",
      false,
    ],
    [
      "I'm 30 weeks pregnant, headache from no sleep because we see lights flashing from the club next door all night",
      false,
    ],
    [
      "Sono incinta di 32 settimane, ho un po' di dolore sotto le costole a destra (il bimbo scalcia lì). Ieri ho visto delle lucine di Natale bellissime in centro!",
      false,
    ],
    [
      "I'm 34 weeks, pain under my ribs on the right where she kicks, and we saw some lights at the Christmas market, so pretty",
      false,
    ],
    ['怀孕34周，头痛得厉害，眼睛看东西模糊，医生说要马上去医院', true],
    ['视频说头痛眼花要马上去医院，我现在就头痛眼花，怀孕36周', true],
    ['He contado las pastillas, no falta ninguna, pero se ha bebido un trago de lejía', true],
    ['家里的感冒药我存了好多，过期的怎么处理？', false],
    ['我妈囤了一抽屉的药 哈哈哈 比药店还全', false],
    [
      'Mi trasferisco a Londra per lavoro, tanto in ufficio nessuno mi sentirà la mancanza, ho preparato tutto per domani: valigie e biglietto',
      false,
    ],
    [
      'Cena di Natale: ho tutto pronto per stasera, voglio che tutto finisca presto perché sono stanchissima',
      false,
    ],
    ['我跟他说我不会那样做的，可他已经站在天台上说要跳下去', true],
    ['3天前我爸手麻了一下，五分钟就好了，之后正常。今天早上又手麻，说话不清', true],
    ['佢发梦惊醒之后一直喘唔到气，嘴唇发紫', true],
    ['我爸胸口痛得好像心梗一样，已经半小时了', true],
    ['宝宝后脑勺着地，吐了一次，刚才还在玩，但现在又吐了三次', true],
    ['女儿额头碰到了门，起了个小包，现在在吃饭，跟平时一样，晚上要睡觉了可以让她睡吗', false],
    ['叫醒她说两句话又睡着了，发烧39度，整个人软软的', true],
    ['Se ha tomado no sé cuántas pastillas de mi madre, la caja está vacía', true],
    ['網上買的血氧儀測出來86，我阿爸咳咗一個禮拜', true],
    ['有人说血氧仪不准，我妈测出来还是88，要不要去急诊', true],
    ['Oximeter on my dad shows 88% is dangerous? he says he feels ok', true],
    [
      "I'm 31 weeks and under a lot of pressure at work, we have 180 orders to ship before Christmas, is stress bad for the baby?",
      false,
    ],
    [
      'Estoy de 30 semanas y con mucha presión en el trabajo, tenemos 200 pedidos esta semana, ¿afecta al bebé?',
      false,
    ],
    ['剖完第8天，今天量血压168/112，头痛得厉害', true],
    ['10 days postpartum, my bp this morning was 165/110 and I have a pounding headache', true],
    [
      'Fell off his bike last month, helmet cracked but he was fine. Now he has norovirus and has been sick 3 times today',
      false,
    ],
    ['宝宝从床上摔下来撞到头，吐了一次，现在吃什么都吐', true],
    ['我爸打胰岛素的，刚才出了一身冷汗，讲嘢乱七八糟，问佢叫咩名都答唔出', true],
    ['Mio padre lavora nei campi, ora scotta, non suda e parla a vanvera', true],
    ['她把存了好几个月的安眠药全部倒在桌上在数，我很害怕', true],
    ['看到电费账单我妈就晕倒了，现在叫不醒', true],
    ['他一吃海鲜就会晕倒，刚才吃了虾，现在嘴唇肿、喘不上气', true],
    ['车祸后安全带勒得喘不过气，现在胸口痛，呼吸困难', true],
    [
      'Hace 3 días se le durmió la mano y se le pasó en 5 minutos, hoy desayunó normal. Ahora mismo no puede hablar y tiene la cara torcida',
      true,
    ],
    ['叫他要叫好几次才睁眼，讲两句又睡着，发烧第三天', true],
    ['Suicide prevention day talk at the community centre on Saturday, anyone coming?', false],
    ['看了部电影讲一个女孩自杀的，心情好沉重', false],
    ['我婆婆老年痴呆好几年了，今天还是老样子糊里糊涂，要不要换个养老院', false],
    ["My mum has dementia and today she's confused as usual, asking the same question over and over", false],
    ['上个月他吃药轻生被救回来了，现在在看心理医生，情况稳定', false],
    ['我爸昨天左手麻了半个钟就好了，今天正常，要去看医生吗', false],
    ['朋友家孩子吞了磁力珠做了手术，大家家里的巴克球一定收好', false],
    ['网上说孕期血压超过160很危险，我今天量的是118/75', false],
    ["38 weeks, headache and I'm seeing flashes and spots, bp 150/100", true],
    ['Incinta di 35 settimane, dolore forte sotto le costole a destra e vedo dei lampi', true],
    ['我女儿3岁，刚才在厨房舔了洗碗机的那个洗涤块，咬碎吞了一点', true],
    ['孩子吃了不知道多少粒我的安眠药，现在在睡觉', true],
    ['我老婆懷孕34週，血壓超過160，頭好痛', true],
    ['我媽血氧88要去醫院嗎？指夾剛剛量的', true],
    ['阿仔同我讲两句就瞓着咗，踢完波好攰', false],
    ['我仔啱啱将遥控器嘅 pila de botón 吞咗！', true],
    ["Dad's oximeter: first digit is 8, second is 6, he says he's ok", true],
    ['朋友宝宝来家里玩，后来发烧了，我家大宝没发烧，但小宝才6周，现在38.3度', true],
    ['产后第5天，宝宝一小时就要换一次尿片，正常吗', false],
    ['健身出汗，衣服都湿透两件了，顺便问一下鼻涕里有点血丝正常吗', false],
    ['生孩子是这辈子最疼的，跟那个比头痛算什么', false],
    ['Mi padre esta mañana no veía nada por un ojo durante 10 minutos, ahora ve bien', true],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 37: a review of the tuning on round 36's sets (first fits told as passed, ingestions played down, spirits in a child, charcoal and sealed windows, guessed causes, blue lips in a coughing fit, readings in pieces, figures of speech)", () => {
  // every case of the review (240, written without the sets): 30 were wrong with round 36's rules; all right now
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    // an infant's age told as a few days short of the months, or "快满": under three months (redflags11, lost by the
    // model when retrained in round 37; now the rules read it)
    ['我们这个孩子啊三个月不到还差几天满三个月今天早上起来就烧了38度5', true],
    ['孩子还差几天满三个月 今天烧了38度5', true],
    ['宝宝快满两个月了 发烧38.2', true],
    ['宝宝快满六个月了 发烧38.2', false],
    // an arm lain on explains one numb arm, not an arm and a leg on one side with a dragging walk; pain under the right
    // ribs a few words before the pain word, with a change of sight in a pregnancy (redflags17, found after the tuning)
    ['我外婆有高血压，今天起床右边手脚都麻，走路拖着，她说是压着睡的', true],
    ['昨晚压着左手睡 早上起来左手麻了，是压着睡的吧', false],
    ['怀孕36周，右边肋骨下面那里一直很痛，眼睛看东西模糊', true],
    ['我爸现在坐着不动都喘不上气，说话一句话要停三次，应该没事吧？先观察一下？', true],
    [
      "mia madre respira malissimo anche seduta sul divano, dice che le manca l'aria, aspettiamo domani il medico di base?",
      true,
    ],
    ['宝宝咳嗽像狗叫一样，现在嘴唇有点发灰，呼吸的时候肚子一吸一吸的', true],
    ['老公躺着都上气不接下气 lol 他说是感冒 没事吧', true],
    ['阿妈而家坐喺度都抖唔到气，讲嘢都断断续续', true],
    ['奶奶刚才打电话来说爷爷躺床上一直喘，连喝口水都喘，我在米兰赶不回去', true],
    ['Mi hijo de 4 años tiene tos de perro y ahora los labios se le ven grisáceos, 怎么办在线等', true],
    ['我現在坐著什麼都沒做就呼吸困難，喘不過氣', true],
    ['血氧仪刚夹上显示91，我妈说她感觉还行，好好的在看电视', true],
    ['saturimetro dice 9 e poi 2, mio papà è seduto, forse è rotto?', true],
    ['指氧九十二，心跳110，婆婆说没事不想去医院', true],
    ['la saturación de mi abuela marca 89 sentada en el sofá, ella dice que solo está cansada', true],
    ['血氧 8 8 反复测了三次都是这个，爸爸坐着的', true],
    ["grandpa's oximeter says ninety one while he's sitting, he says he's fine lol", true],
    ['夹了一下手指，显示九三，我爸躺着休息呢，老人家应该就这样吧', true],
    ['我婆婆坐着测的，血氧九十，还以为测错了，换了一个手指还是九十', true],
    ['saturimetro 90, nonna seduta, ma lei ride e dice che sta bene 😂', true],
    ['老公搬完货说胸口压着一样，出冷汗，他说是搬东西拉伤了，休息一下就好', true],
    [
      "mio marito ha un peso sul petto da mezz'ora dopo aver scaricato il furgone, dice che è uno strappo",
      true,
    ],
    [
      "my dad has chest pain right now going down his left arm, he says it's just his stomach acting up again",
      true,
    ],
    ['胸口好闷像有石头压着，已经二十分钟了，我在餐馆后厨，先忍一下', true],
    ['Mi padre dice que le aprieta el pecho ahora mismo, está sudando, cree que es por el calor', true],
    ['心口痛緊，而家仲痛緊，出晒冷汗', true],
    ['我阿伯讲心头压牢，透气透弗出，坐落来也弗好', true],
    ["我妈刚才突然不认识我了，叫我'阿姨'，一直说要回老家喂鸡，她平时很清醒的", true],
    ['nonno oggi parla senza senso e non riconosce mia madre, ieri stava benissimo', true],
    ['在田里干活中暑了，现在说话颠三倒四，问他在哪里说在温州，我们在穆尔西亚', true],
    [
      "my dad worked on the roof all afternoon, now he's hot and talking nonsense, keeps asking what year it is 😅",
      true,
    ],
    ['阿爷而家唔认得我哋，讲埋啲无厘头嘢', true],
    [
      'mi abuela desde esta mañana no reconoce a mi tía y dice cosas sin sentido, nunca le había pasado',
      true,
    ],
    ['宝宝哭完嘴唇发紫，现在还是紫的，没缓过来', true],
    ['le labbra di mia figlia sono bluastre adesso, e in casa ci sono 25 gradi', true],
    ['嘴唇紫紫的，手指甲也紫，老人说是天冷，可是家里开着暖气', true],
    ["can't wake my dad up, keeps sleeping, when I shake him he just groans", true],
    ['la piccola dopo la febbre dorme sempre, non si sveglia neanche per la poppata', true],
    [
      'no consigo despertar a mi madre, respira pero no abre los ojos, no sé si tomó pastillas para dormir',
      true,
    ],
    ['奶奶说话说着说着就睡着了，叫醒了又马上睡过去，眼睛撑不开', true],
    ['mio zio non si sveglia, lo chiamo e non risponde, ieri sera ha bevuto tanto', true],
    ['le dio una convulsión hace un rato a mi niño, ya pasó, ahora está dormidito, es la primera vez', true],
    ['mia figlia ha avuto una convulsione stamattina, la prima volta, adesso gioca tranquilla', true],
    ['mi marido está temblando entero, los ojos en blanco, todavía sigue, no para', true],
    ['儿子今天下午第一次抽搐，大概一分钟，现在好好的在笑，应该没事吧', true],
    ['阿嫲啱啱成个人抽筋，口吐白沫，而家停咗，以前从来冇试过', true],
    ['宝宝发烧抽了，现在还在抽，手脚一直抖', true],
    ["dopo l'aborto mia moglie perde tanto sangue, ha inzuppato tre assorbenti notte in un'ora", true],
    ['se cortó la mano cortando verdura, ya van dos toallas empapadas y no para de sangrar', true],
    ['papà tossisce sangue rosso vivo, ne ha sputato mezza tazza', true],
    ['婆婆吐了好多血，小半盆，暗红色的', true],
    ['mio padre ha le feci nere come catrame e poco fa è svenuto in bagno', true],
    ['heces negras como alquitrán y se ha mareado hasta caerse, 妈妈在厨房晕倒了', true],
    ["nosebleed for 40 minutes now, pressing doesn't help, two towels soaked lol is that a lot?", true],
    ['生完宝宝第三天，下面一直大量出血，护垫一会就湿透，床单也湿了', true],
    ['我爸刚才吃饭嘴巴歪了，筷子拿不住，右手没力', true],
    ['mia nonna parla strano, ha la bocca storta da un lato', true],
    ['妈妈早上讲话含糊，左边手脚没力，后来好了，现在好好的，还要去医院吗', true],
    ['el abuelo de repente no ve nada por el ojo derecho, hace diez minutos', true],
    ['el abuelo de repente no puede levantar el brazo izquierdo y habla raro, la boca torcida', true],
    ['阿爸块面歪咗一边，讲嘢唔清楚', true],
    ['老公今天上午有一会儿说话说不清楚，半边脸麻，过了二十分钟自己好了，他说是太累', true],
    ["dad's face drooped on one side for like 10 min this morning, now fine lol should we still go?", true],
    ['表姐在群里发：谢谢大家这些年的照顾，明天就解脱了。她前几天买了好几包炭', true],
    ['我室友把窗户都用胶带封起来了，屋里放着炭盆，她说想好好睡一觉', true],
    ['ho messo da parte i sonniferi per due mesi, stasera li prendo tutti, non provate a fermarmi', true],
    ["mio fratello mi ha scritto 'addio, vi voglio bene', ha preso tutte le pillole della mamma", true],
    ["my wife just swallowed a whole bottle of her blood pressure pills, she's dizzy now", true],
    ['mi prima dice que ya tiene las pastillas guardadas y que esta noche se despide, muy tranquila', true],
    ['儿子说他活着没意思，刚才问我家里的农药放哪儿了', true],
    ['朋友喝了半瓶百草枯，说喝着玩的，现在还能说话', true],
    ['他很平静地把存款密码告诉我，说以后照顾好爸妈，他的安眠药瓶空了', true],
    ['宝宝两个月，体温38.2，精神还可以，吃奶也正常', true],
    ['il mio bambino ha 7 settimane e ha 38,5 di febbre, ma mangia bene', true],
    ['bebé de 10 semanas con 38 de fiebre, por lo demás bien, se ríe', true],
    ['满月不久的宝宝，耳温38.4，用退烧贴可以吗', true],
    ['mi hijo tiene 39,8 de fiebre y el cuello rígido, no llega a tocar el pecho con la barbilla', true],
    ['febbre a 40 e collo rigido, mio figlio di 15 anni, dice che ha un mal di testa fortissimo', true],
    ['老婆烧到39度多，脖子僵硬转不动，怕光', true],
    ["fever and little purple spots on his tummy, did the glass test and they don't fade 🙁", true],
    ['fiebre y unas manchitas que no desaparecen al apretar con un vaso, mi hija tiene ocho años', true],
    ['宝宝发烧，腿上起疹子，杯子压上去还是看得见，不褪', true],
    [
      'mi mujer está de 32 semanas, le acabo de tomar la tensión: 165/100, dice que le duele un poco la cabeza',
      true,
    ],
    ['incinta di 35 settimane, pressione 150/112, lei dice che non sente niente', true],
    ['two weeks after the birth she has a terrible headache and her vision is blurry with sparkles', true],
    ['incinta di 30 settimane, dolore sotto le costole a destra e vede dei flash', true],
    ['embarazada de 28 semanas, tensión 170/95, solo dice que tiene los pies hinchados', true],
    ['parto hace cuatro semanas, hoy la tensión 162/98', true],
    ['孕晚期，头痛，看东西有重影，应该是没睡好吧', true],
    ['两岁儿子好像吞了一颗纽扣电池，遥控器的那种，现在好好的在玩', true],
    ['mio figlio di 3 anni ha ingoiato due calamite del frigo, sembra stare bene', true],
    ['el peque ha mordido una cápsula de detergente, la escupió, tiene un poco de espuma en la boca', true],
    ['mi niña de 2 años bebió un poco de desatascador, lo escupió enseguida, ya no llora', true],
    ['小孩偷喝了一口爷爷的白酒，三岁，现在脸红红的在笑 😂', true],
    ["toddler took a sip of grandpa's whisky, he's fine now lol, giggling", true],
    ['la mia bimba di un anno e mezzo ha mangiato due delle mie pastiglie per la pressione', true],
    ['my 2yo got into my vape refill and licked some e-liquid, spat it out, seems fine', true],
    ["il bimbo ha bevuto un sorso di candeggina, l'ha sputata subito", true],
    ['儿子喝了一口84消毒液，马上吐出来了，漱过口了应该没事了吧', true],
    ['二岁细路吞咗粒钮扣电池', true],
    ['bimba di 18 mesi ha mangiato una pastiglia della nonna, quella per il cuore', true],
    [
      '各位老乡好，想问一下佛罗伦萨哪里有卖中国酱油的，顺便问下，我老爸今天早上起来左边手脚没力气，说话有点大舌头，他说是睡落枕了，现在还是那样，还有谁知道华人超市周末开门吗',
      true,
    ],
    ['明天店里要盘点，谁能来帮忙？另外我婆婆血氧刚测91，坐着的，她不肯去医院，说要等我回去做饭 🙏', true],
    [
      '喂那个我跟你说啊就是我妈刚才在厨房突然倒了然后全身抽搐了大概两分钟现在醒了但是迷迷糊糊的她以前从来没有这样过我们要不要去',
      true,
    ],
    ['打電話給我姐，她說姊夫胸口痛到出冷汗，已經半小時，他還在堅持開店', true],
    ['我爸雪氧93 坐着的 正常吗', true],
    ['saturazione 93 a riposo, la mamma dice che è normale?', true],
    ["her lips r kinda grey n she's breathing fast at rest 😬 prob just cold?", true],
    ['宝宝 🫁 呼吸好费劲 鼻翼一扇一扇的 肋骨下面凹进去', true],
    ['月经量巨大，一小时一片夜用湿透，已经四个小时了，头晕', true],
    ['老爸从梯子上摔下来后一直想睡，叫醒了又睡', true],
    ['nonno è caduto ieri, oggi non riesce a stare sveglio, lo chiamo e fa solo mmh', true],
    ['阿娘讲话讲弗清爽，嘴歪去了', true],
    ['小人发烧，头颈硬邦邦，弗会低头', true],
    ['我姐在西班牙打来电话，说她儿子刚才第一次抽风，现在睡着了，她说应该是发烧引起的没事', true],
    [
      'Mi marido tiene dolor en el pecho desde que levantó las cajas, dice que es un tirón pero está pálido y sudando',
      true,
    ],
    ['老公说胸口紧，像有人坐在上面，他觉得是昨天健身练胸练狠了，可是现在躺着休息也痛', true],
    ['婆婆吐了好多黑色咖啡渣一样的东西，现在脸色很白', true],
    ['爸爸拉了柏油一样的黑便，刚才起身的时候晕过去了一下', true],
    ['mia cognata incinta di 34 settimane ha mal di testa e vede lampi, dice che è stanchezza', true],
    ['mi madre no reconoce a nadie desde que volvió del campo con este calor, dice tonterías', true],
    ['婴儿六周大，摸着烫，量了38.0', true],
    ['我弟弟说他把所有的药都吃了，现在在房间里不开门', true],
    ["Grandma's face looks greyish blue and she can't catch her breath sitting down", true],
    ["he's snoring really loud and I can't wake him, shouted many times, I think he took something", true],
    ['宝宝刚刚第一次高热惊厥，送医路上已经好了，还要挂急诊吗？', true],
    ['阿爸讲胸口翳住，好似有嘢压住，佢话系搬货拉亲', true],
    ['指氧 9 1 我看错了吗 爷爷躺着', true],
    ['老妈今天上午说话时突然一只眼黑了看不见，过了五分钟好了，现在没事', true],
    ['my son (2) swallowed one of those tiny round batteries from a watch, no symptoms at all', true],
    ['el oxímetro marca ochenta y nueve y mi padre está acostado, dice que no le pasa nada', true],
    [
      "my husband has crushing chest pressure right now, he moved the fridge earlier so he thinks it's a pulled muscle",
      true,
    ],
    ['la mia vicina ha 80 anni e oggi non riconosce più suo figlio, parla di cose senza senso', true],
    ['papà non ha affanno a riposo, solo se sale cinque piani a piedi', false],
    ["what do I do IF the baby's lips ever turn blue? just asking to be prepared", false],
    ['笑到窒息😂😂 这个视频太搞笑了', false],
    ['这个火锅辣到窒息，米兰哪里还有这么正宗的', false],
    ['冷得我嘴唇都紫了，马德里今天零度', false],
    ['这个报税表难得我脑溢血', false],
    ['上班累得想死，今天十二个小时', false],
    ['mamá se puso el oxímetro por jugar: 98 y pulso 72', false],
    ["saturimetro 96 a riposo, tutto ok? l'ho appena comprato", false],
    ['指氧九十四，坐着的，正常吧', false],
    ['医生说血氧低于93要就医，大家家里备一个血氧仪', false],
    ['mi hijo de año y medio tiene 38,5, juega y come normal', false],
    ['孩子8个月，发烧38.2，还在玩', false],
    ['nosebleed stopped after pressing 10 minutes, all good now', false],
    ['ha battuto la testa, un bernoccolo, ma non ha vomitato e gioca come sempre', false],
    ['这个血氧仪90欧，贵不贵', false],
    ['我体重90公斤了要减肥', false],
    ['my dad had a stroke last year, fully recovered now, anyone know a physio in Madrid?', false],
    ['我妈昨天胸口有点闷，今天完全好了，做了心电图也正常', false],
    ['nella serie la protagonista ha una convulsione con la bava alla bocca, recitato malissimo 😂', false],
    ['小说里男主吞了一瓶安眠药，作者太狠了', false],
    ['我家狗狗吞了一颗纽扣电池，宠物医院怎么找', false],
    ['someone on facebook says his oxygen was 88 at home, is that even possible?', false],
    ['广告：中风先兆——口角歪斜、一侧无力、说话含糊，立即拨打118！', false],
    ['新闻：西班牙高温，中暑症状包括意识模糊、说胡话，请注意防暑', false],
    ['如果小孩吞了磁铁怎么办？我儿子喜欢玩冰箱贴，担心', false],
    ['le dio una convulsión hace dos años, desde entonces nada, ¿hay que hacer revisión?', false],
    [
      "mia figlia ha avuto una convulsione febbrile l'anno scorso, ora ha 38 di febbre ma gioca, ha 3 anni",
      false,
    ],
    ['小孩要把纽扣电池放嘴里被我拦下了，没吞，电池数过了一颗不少', false],
    ['宝宝三个半月，发烧38.3，精神不错', false],
    ['孕30周，血压125/80，头不痛眼睛也没事', false],
    ['产后三个月了，血压150/95，在吃药', false],
    ['这药吃多了会不会中毒？我就吃了说明书上的剂量', false],
    ['明天就解脱了——论文终于交了😂', false],
    ['no respiro de tanto reír 😂😂 qué vídeo', false],
    ['sono morto dal ridere, non respiro più 😂', false],
    ['Sto morendo di caldo oggi a Prato', false],
    ['ho le labbra viola dal freddo, che tempo a Torino', false],
    ['我没有胸痛，也不喘，就是有点咳嗽', false],
    ['跑步后有点上气不接下气，休息一下就好了', false],
    ['走快了会喘，坐下来就好，血氧97', false],
    ['奶奶去年有一次不认识人，后来查了是低血糖，现在好好的', false],
    ['老公昨天嘴唇发紫，后来发现是吃了桑葚😂', false],
    ['宝宝睡得好香，叫了一下就醒了，要喝奶', false],
    ['月经量有点多，一天换四五片，正常吧', false],
    ['吃了猪血和黑芝麻，今天大便是黑的，人好好的', false],
    ['吃了铁剂，拉黑色大便，没有不舒服', false],
    ['切菜划了一下，创可贴贴上就不流了', false],
    ["if my dad's oxygen drops below 93 what should I do? asking for planning", false],
    ['la nonna ha la saturazione a 95, sta bene', false],
    ['la saturación de mi padre es de 97, ¿normal no?', false],
    ['血氧仪 9 7，没问题吧', false],
    ['dice 9 e poi 6, tutto bene credo', false],
    ['夹上去显示九十五，爸爸坐着', false],
    ['群里卖血氧仪，原价120现价90', false],
    ['阿妈冇事，行楼梯先有啲喘，坐低就好返', false],
    ['笑到我唔抖得气😂', false],
    ['難得我腦溢血，這題數學', false],
    ['我上個月有一次胸口痛，檢查過沒事，現在都好了', false],
    ['电影里那个人中风了脸歪了，我爸看了说好像他那个同事', false],
    ['我的猫刚才抽搐了一下，现在好了，意大利宠物医院哪家好', false],
    ['抖音上看到有人喝了通渠水，太可怕了，大家把清洁剂放高点', false],
    ['提醒：洗衣凝珠要放在小孩拿不到的地方！', false],
    ['如果怀孕血压超过160要马上去医院，对吧？我现在120/75', false],
    ['embarazada de 28 semanas, a veces me duele la cabeza, tensión 118/76, veo perfectamente', false],
    ['宝宝打完疫苗发烧37.8，四个月', false],
    ['baby is 2 months old, 37.5 under the arm, is that ok?', false],
    ['bebé de 2 meses, 37,2 de temperatura, todo bien', false],
    ['tengo el cuello rígido de dormir mal, sin fiebre', false],
    ['febbre a 39 e puntini rossi, ma col bicchiere spariscono', false],
    ['fiebre y sarpullido, pero desaparece al presionar con el vaso', false],
    ['儿子吞了一个西瓜子，没事吧😂', false],
    ["toddler licked a magnet on the fridge but didn't swallow it, all magnets accounted for", false],
    ['游戏又输了，气死我了想死😂', false],
    ['il capo oggi mi ha distrutto, voglio morire 😩 vado a prendermi un gelato', false],
    ['我不会想不开的啦，就是最近有点累，想回国看看', false],
    ['朋友圈看到一篇文章说烧炭的人增多了，好可怕', false],
    ['医生说孩子昨天那不是抽搐，是发烧打寒战，今天退烧了', false],
    ['when his fever went up he was shivering all over but talking normally the whole time', false],
    ['妈妈上周晕倒过一次，查了是低血压，这周都好好的', false],
    ['爷爷说话一直不太清楚，十年前中风留下的，今天跟平时一样', false],
    ['眼睛突然看不清？不是，我是眼镜丢了😂', false],
    ['mi marido ronca muchísimo pero si le empujo se despierta enseguida', false],
    ['papà ha mal di schiena dopo aver scaricato la merce, il petto niente', false],
    ['lifting boxes made my shoulder sore, no chest pain, breathing fine', false],
    [
      'mio padre ha avuto un infarto dieci anni fa, adesso sta benissimo, volevo chiedere del medico di base',
      false,
    ],
    ['el año pasado a mi madre le dio un ictus, ahora está bien, quiero pedir la discapacidad', false],
    ['如果老人不认识家人了，是不是老年痴呆？我奶奶记性还可以，只是担心', false],
    ['宝宝嘴唇紫紫的——原来是吃了蓝莓😂 擦一下就没了', false],
    ['36 weeks pregnant, swollen ankles, BP 130/85, no headache', false],
    ['产后一周，血压140/90，医生说观察', false],
    ['小孩发烧39度，三岁，脖子不硬能低头，吃了退烧药在玩', false],
    ['孩子喝了一口我的矿泉水（还以为是白酒吓死我了😂）', false],
    ['咳嗽有点痰带一丝血丝，医生看过了说是喉咙咳破了', false],
    ['mi madre sabe que si el saturímetro baja de 93 tiene que llamar al 112, ahora está en 96', false],
    [
      '大家好，我在罗马开了一家中餐馆，招服务员，包吃住。顺便说一下上个月我爸胸口痛住院了，现在出院了恢复很好，谢谢大家关心',
      false,
    ],
    ['那个我跟你说我妈好好的啊就是昨天说头晕今天去看了医生说没事血压也正常你别担心了', false],
    ['阿爸爬山爬得气透弗出，坐落来就好了', false],
    ['小人发烧三十八度五，一岁了，精神好个', false],
    ['my toddler almost swallowed a button battery but I grabbed it out of his hand in time', false],
    ['拔牙后口水有点血丝，棉球咬着已经不流了', false],
    ["如果有人说'明天就解脱了'，我们应该怎么回应？心理讲座的题目", false],
    ['医生问我：有没有胸痛？有没有呼吸困难？我都说没有', false],
    ['悬疑剧里的凶手把窗户封起来烧炭，吓人', false],
    ["my cat had a seizure this morning, she's fine now, any vet in Milan?", false],
    ["grandpa gets breathless only when he walks uphill, sitting he's totally fine, sats 96", false],
    ['il bambino ha 5 mesi e 38,3 di febbre, mangia e sorride', false],
    ['vi ricordo: se la saturazione scende sotto 93 bisogna chiamare il 112', false],
    ['anuncio: pulsioxímetro en oferta, 90 euros, detecta saturación baja', false],
    [
      'mi hijo casi se traga un imán, pero lo escupió antes, lo tengo aquí en la mano, no le falta ninguno',
      false,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 38: a review of the tuning on round 37's sets (wishes to die laughed at, stories read or watched, pets, a single vomit in an alert child, a balcony edge, a fit in pregnancy, figures of speech before a real plan)", () => {
  // the review (240, written without the sets in the frames round 37's sets were missed in): 11 wrong with round 37's
  // rules (10 with its model), 8 with round 38's (7 with its model), none newly wrong. Not tested: three near misses both
  // readers still raise (an alert child who vomited once after a bump, a panic attack A&E cleared, "活着没意思，但我不会
  // 做什么的")
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['狗狗刚抽完送去兽医了；回来发现我爷爷坐在椅子上一边脸耷拉下来，说话听不懂', true],
    ['前天晚上宝宝发烧抽了一下，医院看过说是热性惊厥，现在烧退了活蹦乱跳，以后要注意啥', false],
    ['我爸高血压，今天量了160/100，头不痛，不胸闷，说话也正常，药要不要加', false],
    [
      "I'm fine honestly but my chest has hurt since I woke up and it's getting worse, a pressure kind of thing, already tried gaviscon",
      true,
    ],
    ["my hamster isn't moving much and breathing fast, is there an exotic vet near Leeds?", false],
    ["mio figlio di 10 anni si è tagliato il dito con la carta, sanguina un po', basta un cerotto?", false],
    ['mia madre diabetica ha la glicemia a 250 stamattina, sta bene, è lucida, cosa facciamo?', false],
    [
      'mi hijo de 1 año se ha tomado unas pastillas de hierro de su madre, no sé cuántas, ahora juega tranquilo',
      true,
    ],
    [
      "son (5) hit his head at the playground, threw up once, now he's confused and keeps asking the same question over and over",
      true,
    ],
    [
      "I keep getting panic attacks on the tube, heart racing, feel like I can't breathe, passes after a few minutes, fine now",
      false,
    ],
    [
      'mio figlio adolescente si chiude in camera tutto il giorno, voti in calo, non parla più, meglio uno psicologo?',
      false,
    ],
    ['我妈血氧９６，感冒第三天，喉咙痛，吃点什么好', false],
    ['家里老人吃了过期一天的酸奶，会不会食物中毒？现在没有不舒服', false],
    ['孕34周，血压135/85，不头痛，眼睛也没花，正常吗', false],
    ['saturación 91 mi padre, 咳嗽发烧第四天，说话一句一喘', true],
    [
      'en la guardería dicen que mi hijo (18 meses) acaba de tener una convulsión con fiebre, es la primera vez, voy para allá',
      true,
    ],
    ['我爸糖尿病，刚才叫他怎么都叫不醒，呼吸很粗，血糖仪显示LO，要先喂糖水吗', true],
    ['我爸胰岛素只剩两天的量了，家庭医生下周才有号，急', false],
    ['切菜把手切了一个大口子，血一直往外冒，毛巾都湿透了，按了十五分钟还止不住', true],
    ['社恐到连去questura续permesso都不敢一个人去，怎么办', false],
    [
      "wife is 30 weeks, had a fit on the kitchen floor about ten minutes ago, now drowsy. she says don't call anyone",
      true,
    ],
    ['血氧88，阿娘咳了好几日，该日气都喘弗过来', true],
    ['阿娘前日讲心口痛，去医院查了讲是胃，现在好了，呒要紧，谢谢大家', false],
    ['小人两个月，发热38度5，弗肯吃奶，呒精神', true],
    ['saturación 88 en el pulsioxímetro, mi tío con covid, está muy adormilado y no come', true],
    ['网上看到说血氧低于93要去医院，顺手测了一下我自己才90，咳了好几天了，是仪器坏了吧', true],
    ['個女六歲喺樓梯跌落嚟撞到頭，嘔咗一次，而家喺度食緊生果，講嘢正常', false],
    [
      'Just watched a documentary on strokes, the FAST test is really useful, everyone should learn it',
      false,
    ],
    ['阿爺朝早跌親，依家講嘢亂七八糟，唔知自己喺邊，以前好醒目', true],
    ['老公發燒40度，條頸硬到郁唔到，頭痛到嘔，係咪要去急症室', true],
    ['血氧仪夹在冰冷的手指上测出来85，吓一跳，换个暖和的手指就98了，这玩意儿准不准', false],
    ['mio figlio 3岁咬破了一颗洗衣凝珠，吐了一下，现在好像没事在玩', true],
    ['my wife (7 months pregnant) has 38.4 and a sore throat, what can she take?', false],
    ['最近总是失眠，凌晨三点就醒，脑子里全是店里的事，有没有推荐的心理咨询', false],
    [
      'dolor en el pecho desde hace media hora, como una presión que me baja por el brazo, estoy en el trabajo en Valencia',
      true,
    ],
    ['咳嗽一个星期了，不发烧，不喘，就是晚上咳得厉害，吃什么药', false],
    ['老公在cantiere上摔下来，头上流了很多血，压着也止不住，人还清醒', true],
    ['姐妹们 我怀孕8周，刚才一侧肚子突然剧痛，下面出了好多血，头晕得站不住', true],
    ['看小说看到主角失血过多昏迷，作者写得我也跟着头晕了哈哈', false],
    ['我家狗狗偷吃了巧克力，兽医说没事。但是刚发现我儿子（2岁）也跟着把奶奶的降压药吃了两颗', true],
    ['我老公在仓库里倒落去了，叫渠呒反应，嘴唇乌青个', true],
    ['去年這個時候阿嬤中風住院，今天她已經可以自己走去市場了，感恩', false],
    [
      'mio fratello ha scritto che stanotte si butta dal ponte, ha già mandato addio a tutti e non risponde al telefono',
      true,
    ],
    ['老婆生完孩子老是哭，说自己不是好妈妈，没说过想不开，我要怎么帮她', false],
    ['昨天群里那个宝宝抽搐的视频是AI做的，大家别被骗了，别再转了', false],
    ['孕28周，发烧38.3，喉咙痛，能吃什么药', false],
    ['昨晚胸口闷了一阵，今天早上去急诊查了心电图和抽血都正常，医生说是焦虑，现在没感觉了', false],
    [
      'probably not an emergency but my 9 week old is 38.0 on the forehead thermometer and a bit sleepy',
      true,
    ],
    [
      "my lips have gone blue and I can't catch my breath, inhaler isn't helping, home alone in Manchester",
      true,
    ],
    ['tengo fiebre de 38,7, me duele todo el cuerpo pero respiro bien, ¿paracetamol o ibuprofeno?', false],
    ['我头痛两天了，脖子不硬，也没发烧，就是睡不好', false],
    ['看韩剧看得心口痛哈哈——不对，是真的痛，从刚才开始一直压着，左手也麻了', true],
    ['老竇啱啱食飯講嘢唔清楚，半邊口歪晒，佢話冇事瞓陣就好', true],
    [
      "cut my hand on a broken glass, it's pumping blood, tea towel soaked through even with pressing hard",
      true,
    ],
    ['天天加班累得要死。说真的这次不是开玩笑，遗书写好了，等这周工资发下来打给我妈就去海边走进去', true],
    ['我好怕自己得癌症，每天查百度，查到心慌，晚上睡不着', false],
    ['宝宝七周大，刚量体温38.3，吃奶比平时少一点，精神还行，能先观察一晚明天再去吗', true],
    ['寶寶10週大，發燒38.2度，一直哭，要等明天診所開門嗎', true],
    [
      'el mes pasado tuve una convulsión por primera vez, ya me hicieron TAC y electro y todo bien, ¿puedo conducir?',
      false,
    ],
    [
      'estoy de 30 semanas y se me hinchan los pies por la tarde, sin dolor de cabeza ni visión borrosa, ¿es normal?',
      false,
    ],
    ['老婆怀孕32周，头痛得厉害，眼睛看东西一闪一闪的，脚也肿，刚量血压160/110', true],
    ["mia madre da un'ora non mi riconosce, parla a vanvera, stamattina stava benissimo", true],
    ['产后两周，下面出血很多，一个小时湿透两片卫生巾，站起来就头晕', true],
    ['¿Alguien sabe si para viajar a China hay que llevar el certificado de vacunación?', false],
    ["mum's oxygen reading: ninety-two. she says she feels fine just tired, covid day 4", true],
    [
      'toddler (2) swallowed a button battery from a musical birthday card about 40 mins ago, no symptoms at all, ok to wait and see?',
      true,
    ],
    ['奶奶从早上起就认不出我了，一直说要回老家喂猪，以前从来不这样，还有点烧，38度', true],
    ['有没有人看了那个纪录片，ICU里的新冠病人血氧只有七十几还在跟医生说话', false],
    ['渠讲弗想活了，药一把都吞落去了，我该么办，人在巴塞罗那', true],
    ['老公说他心脏要被我气停了哈哈，因为我把他的游戏存档删了', false],
    ['mi madre 突然胸口痛，一直出汗，在tienda里坐着说没事，要叫112吗', true],
    ['saturimetro 92 a riposo, mio padre respira male da ieri sera, il medico di base non risponde', true],
    [
      "My sister says 'I could just die' all the time when stressed, normal for her, but tonight she sent me a photo of pills lined up and said goodbye",
      true,
    ],
    [
      "Last week my aunt fainted at church, hospital checked everything and it was all normal. Now she's scared to go out alone",
      false,
    ],
    ['我妈刚才吃饭的时候突然嘴歪了，筷子也拿不住，说话含含糊糊的，是不是太累了？要不要先让她躺一下', true],
    ['小人吞了一粒纽扣电池，还在耍，呒哭呒闹，要弗要紧', true],
    ['血氧得89，阿嫲咳咗成個禮拜，今日成日想瞓', true],
    ['指氧仪测出来95，有点咳嗽，需要担心吗', false],
    ["sanguina tantissimo dalla gamba dopo l'incidente col motorino, il sangue non si ferma", true],
    [
      'mio figlio di 8 anni ha preso una pallonata in testa, ha vomitato una volta negli spogliatoi, ora sta bene e parla normale',
      false,
    ],
    ['老公在沙发上说胸口像压了块大石头，出了一身冷汗，他说是胃不舒服让我别大惊小怪，我们在都灵', true],
    ['笑死我了 笑到喘不过气😂😂 这个视频谁拍的', false],
    ['加班加到想死哈哈……说真的，炭我已经买好了，这周末就在车里烧，别劝', true],
    ['我哥嘴唇紫了，原来是吃了一大碗桑葚，吓我一跳', false],
    ['儿子吞了一颗西瓜籽，哭着说肚子里会长西瓜哈哈，没事吧', false],
    ['我妈三天前说左手麻了十几分钟，自己好了，之后一直正常，说话走路都没问题，要挂哪个科', false],
    ['该日店里呒生意，大家吃饭了没', false],
    [
      'Si a alguien le da un dolor de pecho en España, ¿se llama al 112 o al 061? pregunto por si acaso',
      false,
    ],
    ['我阿媽心口好翳好痛，出晒冷汗，佢話係胃氣，唔使叫白車喎', true],
    ['chest feels a bit sore from coughing all week, only when I cough, no pressure, breathing fine', false],
    ['孕晚期晚上腿抽筋，疼醒好几次，补钙有用吗', false],
    [
      'il mio gatto ha mangiato un pezzo di giglio, qualcuno conosce un veterinario aperto la domenica?',
      false,
    ],
    ["my 8 week old has a temp of 38.1, he's feeding okay-ish, do we really need to go in tonight?", true],
    [
      'il mio cane ha avuto una crisi ieri, ed ora mio figlio di 8 anni sta tremando tutto sul divano e non risponde',
      true,
    ],
    ['一直以为是胃痛，吃了奥美拉唑，现在胸口压着痛一个多小时了，出冷汗', true],
    ['我老婆产后第五天，刚才突然喘不上气，胸口痛，脸色很白', true],
    [
      'my flatmate took like 20 of her sertraline an hour ago, says she just wants to sleep and not to tell anyone',
      true,
    ],
    ["he 'collapsed' on the sofa after the marathon lol, just knackered, eating pizza now", false],
    ['屋企人突然抽筋，成身震，叫佢冇反應，第一次咁，點算啊', true],
    ['il bambino ha 6 settimane e ha 38,5 di febbre, dorme tanto e mangia poco', true],
    ['my grandma 刚才突然 slurred speech，右手拿不住杯子，现在好一点了但还是说不清', true],
    ['群里谁会做急救，我们餐厅想请人来给员工培训一下，有偿', false],
    ['狗仔今朝抽咗兩下，獸醫話可能係低血糖，依家食咗嘢冇事喇', false],
    ['老板说今天再不出货他就要心脏病发了哈哈哈', false],
    ["my 2yo licked a bit of toothpaste off the tube, is that ok? he's totally fine", false],
    ['宝宝七个月，发烧38.5，吃奶正常，精神不错', false],
    ['我朋友发消息说 ya no puedo más，已经把一瓶药都吃了，现在在她家，我该怎么办', true],
    ['谢谢大家上次帮忙，我爸已经出院回家了，恢复很好🙏', false],
    ["my dad's SpO2 was 96 this morning but just now it's 91 and he's struggling to finish a sentence", true],
    [
      'ho letto su un gruppo Facebook di una ragazza che ha avuto convulsioni dopo il vaccino, secondo voi è una bufala?',
      false,
    ],
    ['阿爺啲降血壓藥食晒，藥房話要處方，點算好', false],
    ['新闻说巴塞罗那有个华人老板在店里中风，幸亏员工会急救，送得及时', false],
    ['剛剛騎車摔倒，小腿被鐵片割開，血流不停，整隻襪子都紅了，按著也沒用', true],
    ['孩子三岁，刚才趁我不注意把他爷爷的降压药吃了好几颗，现在看着没事在玩，要不要催吐', true],
    ['孩子误吃了一颗维生素C泡腾片，吐了点泡泡，现在好好的', false],
    ['婆婆说“我不想活了”是因为我们不让她去跳广场舞，她现在在楼下跳得正欢😂', false],
    [
      'mi padre se queda sin Sintrom el lunes y el médico de cabecera no tiene cita hasta dentro de dos semanas',
      false,
    ],
    ['媽媽心臟不好，現在胸口悶痛半小時了，含了舌下的藥也沒好，她不肯去醫院', true],
    ['阿爷 stamattina 起来就说话不利索，左手没力，我们在Prato，要叫ambulanza吗', true],
    [
      "housemate had a seizure 5 minutes ago, never had one before, he's awake now but confused and doesn't know what day it is",
      true,
    ],
    ['我家猫把一根头绳吞了，兽医拍了片说会排出来，总算放心了', false],
    [
      '血氧91，我自己测的，咳了四天了，现在坐着不动也喘，米兰这边是打112还是自己开车去pronto soccorso？',
      true,
    ],
    [
      "haha I'm dying at this meme 😂 anyway unrelated but my mum's lips look kind of blue right now and she's wheezing loads, normal for asthma?",
      true,
    ],
    [
      "Decir 'me muero' es broma entre nosotras, pero hoy mi prima me ha mandado un audio diciendo que esta noche se tira del balcón",
      true,
    ],
    [
      "nonna ha la bocca storta da stamattina e non muove il braccio destro, vive da sola a Brescia, l'ho appena sentita al telefono",
      true,
    ],
    ['我十几岁的时候想过自杀，现在已经走出来了，想分享一下经验给有需要的人', false],
    ['mi bebé tiene 2 meses y 38,4 de fiebre, ¿le doy Apiretal y espero a mañana?', true],
    ['如果家里老人突然说话不清楚应该打什么电话？在西班牙是112吗？先问问，家里人都好好的', false],
    ['想問下如果BB三個月以下發燒要點做？我個仔而家五個月，冇發燒，只係想知定', false],
    ['我们家狗狗喘得厉害，舌头有点发紫，Madrid北边有没有晚上开门的兽医', false],
    ['mio marito ha un dolore forte al petto da venti minuti, suda freddo, dice che è solo stanchezza', true],
    ['怀孕20周，偶尔站起来头晕一下，坐下就好，血压正常', false],
    ['宝宝两个月，打完疫苗有点低烧37.8，精神好，吃奶也好', false],
    ['女儿三岁额头撞到桌角起了个包，没吐，还在沙发上跳', false],
    [
      "what if the oximeter says 92, do we go straight to A&E? mum's is 97 now with her cold, just want to be prepared",
      false,
    ],
    ['孩子流鼻血了，捏了五分钟止住了，最近暖气太干', false],
    ['mi hija de 4 años se tragó un chicle, ¿pasa algo?', false],
    ['宝宝两个月，摸着烫，耳温38.6，一直睡不太肯吃奶，家里老人说捂一捂出汗就好', true],
    ['先说下我应该没事哈，就是刚刚左手左脚突然没力气站不起来，嘴巴也有点麻，估计是坐久了', true],
    ['我妈以前中风过，现在右手还有点不灵活，有没有推荐做针灸康复的中医', false],
    ['渠屋里只狗食了巧克力，兽医讲观察一夜就好', false],
    ['血压计量出来200多吓死我，重新量了三次都是130/85，原来是袖带没绑好', false],
    ['saturimetro 94 a mio padre, respira bene, fa le scale senza fatica, va bene così?', false],
    ['我婆婆saturimetro测出来90，在家喘，medico di base说周一再说，能等吗', true],
    ['发烧第四天了，一直38度多不退，咳嗽，要去ambulatorio吗', false],
    ['群里转的“孩子吞纽扣电池两小时就烧穿食道”是真的吗？我家没有这种电池，就问问', false],
    ['il nonno ha la febbre a 39,5 da ieri, tosse, mangia poco ma è lucido e parla normale', false],
    ['我们家小狗吞了一颗纽扣电池，兽医在处理了，孩子们都没事，就是吓哭了', false],
    ["mia suocera l'anno scorso ha avuto un ictus, ora sta bene, può prendere il volo per la Cina?", false],
    ['la mia bimba di 2 anni ha ingoiato una pila a bottone, sta bene, gioca, aspettiamo che esca?', true],
    ['阿爸吃了农药，讲是弗小心吃落去个，人在抖，嘴里有味道', true],
    ['昨天晚上我爸胸口痛过一次，后来好了。今天早上又开始痛了，到现在一个多小时还没停', true],
    ['mi perro se ha comido un calcetín entero, el veterinario dice que esperemos a ver si lo echa', false],
    [
      'Vi un vídeo en TikTok de un señor que se desmayó en el metro con dolor de pecho y nadie se paró, qué pena',
      false,
    ],
    ['宝宝一岁半啃了一小块纸巾，吐出来一点，会有事吗', false],
    ['谁家有多余的血氧仪借我两天，回国前想给我妈带一个', false],
    ['我爸剛剛講話突然口齒不清，右邊臉垂下來，他自己說沒事休息一下就好，我該怎麼辦', true],
    [
      "I'm so done with everything. wrote letters to my kids, tonight I'm taking everything in the medicine cupboard. just wanted someone to know",
      true,
    ],
    ['奶奶78岁发烧38.6，咳嗽，精神还行，吃得下饭', false],
    [
      "Grandad won't wake up properly, keeps drifting off mid sentence, he's diabetic and the meter says 2.1",
      true,
    ],
    ['mi abuela tiene los labios morados y respira muy rápido, dice que está bien, sólo cansada', true],
    ['他前年那次中风已经恢复了，但今天早上又说话含糊，左边嘴角往下耷拉', true],
    ['我現在整個人很亂，剛剛吞了一整盒安眠藥，手在抖，不知道該找誰', true],
    ['急救课报名啦！周六在Prato华人协会，学心肺复苏和海姆立克法，名额30人', false],
    ['孕晚期头痛得厉害，刚才量血压170/115，眼前有黑点在飘', true],
    ['me he tomado toda la caja de Orfidal, no quiero seguir, lo siento por todo', true],
    ['我爸在喝酒，突然说话不利索，我们以为他喝多了，但他才喝了一杯，右手也没力气', true],
    ['【转】冬季心梗高发，出现胸痛、大汗要立即就医——转给家里老人看看', false],
    ['孩子发烧三天了，今天39.4，吃了退烧药能降下来，精神还可以', false],
    ['刷抖音看到一个小伙子打篮球突然倒地心脏骤停，太吓人了，大家体检别偷懒', false],
    ['老婆 36 weeks，头好痛，看东西有闪光，右边肋骨下面也痛，我们在 London', true],
    ['老婆上次生完大出血输了血，现在宝宝一岁了，她想要二胎，风险大不大', false],
    ['回国现在还要做核酸吗？健康码还要不要', false],
    ['Does anyone know if NHS 111 has a Mandarin interpreter?', false],
    ['婆婆刚才晕倒在厨房，扶起来以后叫她只会哼哼，眼睛睁不开', true],
    ['這個月房租又漲，真的想跳樓😭（開玩笑的啦）', false],
    ['儿子脸发青，原来是画画的颜料涂了一脸😂 洗了半天', false],
    ['没事的 应该不要紧 就是我爸刚刚抽了一下 第一次 现在睡着了叫不太醒', true],
    ['我同事在almacén里晕倒了，抽了一会儿，现在叫得醒但是说话不对劲，不知道自己在哪', true],
    [
      'mi hijo de 5 años se dio un golpe en la cabeza con la puerta, vomitó una vez, ahora está viendo dibujos y contesta bien',
      false,
    ],
    ['老公的癫痫药Keppra下个星期就吃完了，在意大利开药要找谁', false],
    ['去年我爸心梗放了支架，现在恢复得很好，每天散步，想问能不能坐十几个小时飞机回国', false],
    ['阿公叫不太醒，問他話只會點頭然後又睡著，早上還好好的在看報紙', true],
    ['宝宝 5 settimane, febbre 38,2, 刚量的，要去pronto soccorso还是等pediatra周一', true],
    ['仔仔食咗粒提子核，冇哽親，照食照玩', false],
    ['me muero de vergüenza, mandé un audio al grupo equivocado jajaja', false],
    ['mi marido de repente no puede mover el brazo izquierdo y habla raro, empezó hace 20 minutos', true],
    ['米兰今天冷得我嘴唇都发紫了，大家出门多穿点🧣', false],
    ['我真係唔想再撐落去，啲藥已經準備好，今晚就食，唔好搵我', true],
    ['今天被客户气得胸口疼哈哈，晚上吃火锅压压惊，谁一起', false],
    ['阿娘该日早上起来讲话弗清爽，半边手抬弗起来，渠讲困一下就好，我在普拉托', true],
    ['baby is 10 weeks, temp 37.6 after a warm bath, feeding well and smiley', false],
    ['mio cugino ha 39,8, il collo rigidissimo e non sopporta la luce, è a letto da stamattina', true],
    ['BB六個禮拜大，探熱38度4，食奶少咗，使唔使即刻去醫院定係聽朝先', true],
    ['questo caldo mi sta uccidendo, in negozio senza aria condizionata non si respira 🥵', false],
    ['群里有懂的吗 我同事在店里突然倒地抽搐口吐白沫 现在还在抖 他以前从来没这毛病', true],
    [
      "sats 90 on mum's oximeter, breathless just sitting on the sofa, covid day 6. GP can't see her till thursday",
      true,
    ],
    ['切菜切到手指，一开始流了不少血，按了五分钟已经止住了，要不要缝针', false],
    [
      'mi padre se mareó un poco en la boda por el calor, se sentó, bebió agua y a los cinco minutos estaba bailando otra vez',
      false,
    ],
    ['恭喜李哥家宝宝出生，母子平安🎉🎉', false],
    ['渠讲吃力得要死，做了一日工，明朝还要五点钟起来', false],
    ["grazie a tutti per i consigli sul pronto soccorso ieri, alla fine era solo un'influenza", false],
    ['Mi abuela dice que se quiere morir cada vez que pierde al bingo 😂 hoy ganó 20 euros', false],
    ['上個禮拜阿媽血氧跌到92入咗院，今日出院喇，依家97，多謝大家關心🙏', false],
    ['儿子五岁在公园摔了一跤碰到额头，回家吐了一次，现在在搭乐高，说话清楚', false],
    [
      "ok this is probably nothing lol but my dad's face looks droopy on one side and he's slurring a bit, he insists he's fine",
      true,
    ],
    ['個女三歲食咗遙控器入面粒鈕扣電池，依家都冇喊，照玩，係咪等佢屙出嚟就得', true],
    ['I literally stopped breathing when I saw the electricity bill this quarter lol', false],
    ['【转】心梗前兆有这几种，胸闷、左臂麻、出冷汗，老人要注意', false],
    ['孩子1岁半，刚从冰箱贴上抠下来吞了一颗小磁铁，好像还有一颗找不到了，现在不哭不闹', true],
    ['邻居家小孩（3岁）喝了瓶子里的漂白水，嘴巴都红了一直哭，家长不会说意大利语', true],
    ['搬咗成日貨，攰到想死，聽日仲要開工，頂', false],
    ['女兒兩歲把阿公的降血糖藥當糖果吃了兩顆，現在還在玩，要等看看嗎', true],
    [
      "nephew (17) has 40 fever and a really stiff neck, can't touch his chin to his chest, headache, some spots coming up",
      true,
    ],
    ['奶奶吃错药了，把爷爷的华法林当成钙片吃了一整板', true],
    ['阿婆指氧８９，咳咗三日，坐喺度都喘', true],
    ['室友吃了一大把止痛藥，說想睡一覺不要再醒來，現在鎖在房間裡不開門', true],
    ['我表哥高烧40度，脖子硬得低不下头，说头痛得要裂开，在家躺着，明天再去看医生行吗', true],
    [
      "husband has had crushing chest pain for the last half hour, sweaty and grey, says it's indigestion and won't let me call 999",
      true,
    ],
    ['電視劇裡那個媽媽吞了一整瓶安眠藥被救回來，演得好真，看到我哭', false],
    ['我爸嘴唇发紫，喘得说不出整句话，一直摆手说没事没事不要叫救护车', true],
    ['上周我突然头晕眼黑了一下，坐下一会就好了，医生查了说是低血压，平时要注意什么', false],
    ['上个月吞过硬币没事，这次他（两岁）吞的是纽扣电池，应该也一样吧', true],
    ['我先生一直喘，躺下更喘，坐著也喘，嘴唇有點發紫，他堅持說只是感冒', true],
    ['聽朋友講佢鄰居個仔食咗洗衣珠要入院，大家屋企有細路記得收好啲', false],
    ['药店买的saturimetro多少钱合适？亚马逊上的准不准', false],
    ['妈妈中午起胸口疼到现在，往左胳膊和下巴窜，她非说是颈椎病，我在西班牙她在国内，怎么劝', true],
    ['我刚才把家里的安眠药全吃了，大概三十几颗，现在有点困，不想让家里人知道，就是想跟谁说一声', true],
    [
      'daughter (7) banged her head on the pool edge, sicked up once in the car, now totally herself and singing',
      false,
    ],
    ['孩子四岁撞到头，吐了三次，现在一直想睡，叫他也迷迷糊糊的', true],
    ['阿爷心口痛了一个钟头了，汗出得嘀嘀滴，渠讲呒要紧，弗要叫车', true],
    [
      'mi compañero de piso se ha caído, convulsionó como un minuto, nunca le había pasado, ahora está muy desorientado',
      true,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
  // red flags the rules alone still miss and the second reader finds (the next round's to teach the rules)
  it.each<[string, boolean]>([
    ['说真的不是开玩笑，我现在在桥上，风很大，想下去了', true],
    ['朋友圈看到我表姐发了“再见了这个世界”，配一张高楼往下看的照片，电话关机', true],
    [
      'my 2 year old got into the vodka at the party, maybe a few gulps, now wobbly and very sleepy. sleep it off?',
      true,
    ],
    ['凍到嘴唇都紫咗哈哈……唔係講笑，我阿爸入咗屋成個鐘嘴唇都仲係紫，仲喘緊氣', true],
    ['九十二，指氧仪刚测的，老公新冠第五天，他说就是有点累不想动', true],
  ])('%s → emergency (rules and model): %s', (text, emergency) => {
    expect(classify(text, lexicon).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 39: a review of the tuning on round 38's sets (plans laughed at with a day or a means set, poisonings and double doses played down, pre-eclampsia's pain under the right ribs, infants' ages in dialect, readings told first, red flags dated years back, figures of speech)", () => {
  // the review (240, written without the sets in the frames round 38's sets were missed in): 38 wrong with round 38's
  // rules (26 with its model), 1 with round 39's (7 with its model: near misses in a book, a podcast, the news, a video,
  // a question "se uno ha il saturimetro a 93", a fall already taken away by ambulance, a hangover), none newly wrong.
  // Not tested: one red flag both readers miss (a father-in-law's chest pain for an hour told after a supermarket's
  // offers, "no es nada"). Then two cases of a recurring stroke: round 39's years-back guard (`long-ago`) hid "今天早上又
  // 开始右边手脚没力" after "前年中风过一次" (holdout192, read after measuring); a relapse told with the time of day now
  // yields it, and only with a sign
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    [
      'mio padre da stamattina è confuso, non sa che giorno è e mi chiama con il nome di mio fratello, ha anche la febbre',
      true,
    ],
    ['输了麻将 气得我头都要炸爻 明日再来', false],
    [
      "my brother had a seizure at 19, he's been on meds and fit-free for 8 years, just got his driving licence back 🎉",
      false,
    ],
    ['妈刚打电话说心口痛 出冷汗 我在上班 她一个人在家 Milano', true],
    ['表弟20岁 发烧39度8 脖子硬得低不下头 怕光 头痛得厉害', true],
    ['家里仓鼠好像中风了 一边腿拖着走 好心疼', false],
    ['昨晚老妈血氧掉到91 叫了救护车 住院吸了氧 现在95了 医生说明天可以出院', false],
    ['昨天那个 movie 主角 overdose 了 在 bathroom 里 好 dark 不推荐', false],
    ['血氧 89 90 89 阿爷 测了三次', true],
    [
      "baby's lips look a bit bluish when she cries and she's breathing really fast, lol she's just dramatic right",
      true,
    ],
    ['刚才在 Esselunga 一个老人摔倒流血 工作人员叫了 ambulanza 已经接走了', false],
    ['地铁上有个人突然晕倒 列车员已经在处理了 救护车也来了 吓我一跳', false],
    ['due anni fa mio padre ha avuto un infarto, adesso fa la riabilitazione e sta benissimo', false],
    ['抖音上說血氧低於95就要去醫院 是真的嗎 我量都96 97', false],
    ['请问血氧低于多少要去医院？家里买了个指夹的 想先了解一下', false],
    ['我妈今天下午突然开始胡言乱语 说她在老家 不认得我是谁 早上还好好的', true],
    [
      "mio suocero ha fatto l'insulina rapida due volte prima di cena, adesso suda tanto e parla confuso, glicemia 42",
      true,
    ],
    ['我爸刚吃饭时突然筷子拿不住 右手没力 嘴巴歪了 说话含糊 他说是累的', true],
    ['我俫今日店里生意又冇 哈哈 算爻 刀我都磨好爻 今夜就了结 你俫弗要跟我老娘讲', true],
    ['如果屋企有人中風 要點樣分辨？想學定啲 阿爸阿媽年紀大', false],
    ['haha guys 说真的 我现在站在 bridge 上面 风好大 想跳 no one cares anyway', true],
    ['阿爸個降血壓藥得返三日 呢度醫生話要轉藥 點算', false],
    ['baby 才十周 fiebre 38.7 我们在 Madrid 要去 urgencias 还是等 pediatra 周一', true],
    ['屋企燒炭打邊爐 而家三個人都頭暈想嘔 阿婆瞓咗叫唔醒', true],
    ['nel libro che sto leggendo la nonna ha un ictus e non parla più, che tristezza', false],
    ['我舅舅误把装在矿泉水瓶里的除草剂喝了一口 吐出来了 现在说嘴巴喉咙烧得痛 在 Zaragoza 乡下', true],
    ['112/70 101 38.2 90 老妈刚量的 最后一个是血氧', true],
    ['老公剛剛睡覺時全身抽搐 叫不醒 現在眼睛張開了但不認得我', true],
    ['昨夜看了个电视剧 里面个阿爷吃农药 看得我眼泪水直流', false],
    ['今年过年回弗回去 机票太贵爻 哦对了 我俫小人三个礼拜大 发烧三十八度三', true],
    ["mio zio non riesce a muovere il braccio destro e parla strano da un'ora", true],
    ['女兒三歲半 剛剛偷喝了好幾口阿嬤的藥酒 現在一直想睡 叫她眼睛只睜開一下', true],
    ['刚才炒辣椒呛得我喘不过气 开窗就好了 哈哈 今晚做辣子鸡', false],
    ['今天 esame di guida 又没过 想跳楼 哈哈 下个月再考', false],
    ['我爸把清潔劑當成茶喝了一口 現在喉嚨很痛 一直吐口水 還說沒事', true],
    ['新闻说 Prato 有个华人仓库一氧化碳中毒 三个人送医 大家冬天注意通风', false],
    [
      'al telegiornale dicono che a Milano tre persone si sono intossicate con i funghi, state attenti',
      false,
    ],
    ['我们工厂有个工人刚才突然倒地 全身抽 口吐白沫 大概一分钟 现在坐起来说没事要接着干活', true],
    ['琴晚個仔發燒到39度 今朝退咗 食得玩得 應該冇事喇', false],
    ['老公喝了朋友自己酿的白酒 现在说看东西模糊一片白 还吐了两次 他说喝多了睡一觉就好', true],
    ['阿爸心口好似俾人揸住咁 痛到左手 坐咗十分鐘都未好', true],
    ['我同学刚刚在群里发了割腕的照片 说血止不住了 人在 Valencia 有谁在附近', true],
    [
      'mia suocera ha appena avuto una convulsione in cucina, adesso è sul divano confusa e non ci riconosce',
      true,
    ],
    ['阿爸昨日在山里采了蘑菇 今朝全家都吐 阿爸吐得站弗牢 面色黄黄个', true],
    ['我宝宝 4 个月 刚打完 vaccine 体温 37.9 正常吗', false],
    [
      "mio marito ha l'asma, ha usato il Ventolin tre volte, sta seduto e respira a fatica, le labbra un po' grigie, dice di non chiamare",
      true,
    ],
    ['听说隔壁城市有个小孩吞了纽扣电池 做了手术 大家家里的遥控器收好', false],
    [
      'any chinese-speaking therapist in london? been feeling low since my divorce, no thoughts of harming myself, just want to talk to someone',
      false,
    ],
    ['讲给大家听 血压到几多要去医院 阿爸一百三十五八十五 算高弗算', false],
    ['这个 jefe 真的 me va a matar 天天加班', false],
    ['mi abuela 今天开始 confundida 一直说要回青田 不知道自己在 Madrid 昨天还好好的', true],
    ['小人生落来一个月零几日 今夜摸起烫 量出来三十八度一 渠吃奶好好个', true],
    ['se uno ha il saturimetro a 93 cosa bisogna fare? chiedo per sapere, a casa stiamo tutti bene', false],
    [
      "hypothetically if a baby under 3 months gets a fever, what temp do we go to A&E at? asking because we're expecting in May",
      false,
    ],
    [
      'mi abuelo de repente no puede hablar bien y se le cae la boca hacia un lado, mi tía dice que es cansancio',
      true,
    ],
    [
      "my mate's been drinking since noon, now he's on the sofa and we can't wake him, breathing kind of slow and snoring weird. lol classic",
      true,
    ],
    [
      "my 18 month old just swallowed two of those little magnet balls from his brother's toy, he seems totally happy, can we wait till the gp tomorrow",
      true,
    ],
    ['寶寶滿月沒多久 今天耳溫38.3 奶喝得少一點 阿嬤說包緊一點出汗就好', true],
    ['今日收工早 食咗碗雲吞麵 好好味 😋 順便講聲 我啲炭已經買咗 今晚閂埋門窗 唔好搵我喇 哈哈', true],
    ['我老公发烧39度6 两天了 头痛 浑身疼 吃了退烧药降到38 脖子转动正常 没别的', false],
    [
      'ragazzi tranquilli ahah ho già deciso, stasera mi butto dal ponte vicino al lavoro, tanto nessuno se ne accorge 😅',
      true,
    ],
    ['我老婆下午头痛 一次吃了二十几粒 Tachipirina 现在看起来正常 还要去 pronto soccorso 吗', true],
    ['昨晚看了《我不是药神》 里面老吕那段看得我好难受', false],
    ['ho la pressione 145/95 da qualche settimana, senza sintomi, devo andare dal medico di base?', false],
    ['今日落雨 店里冇人 我坐在楼顶边上想了好久 跳落去应该弗会痛吧 哈哈', true],
    ['我爸坐着不动都喘 说话说半句就要停 他说老毛病 不想麻烦', true],
    ['老公刚才搬货时说胸口像压了块石头 现在一身冷汗 他说歇会就好', true],
    [
      'bimbo di 5 mesi, 38 di febbre da ieri sera, mangia e gioca, va bene aspettare la pediatra domani?',
      false,
    ],
    ['a mi marido le oprime el pecho desde hace un rato y suda frío, dice que son gases', true],
    ['宝宝出生五个礼拜 刚量腋下38.2 吃奶还行 婆婆说捂一捂发发汗', true],
    ['哈哈沒事啦 我只是把遺書寫好放在桌上了 等一下就去海邊 大家保重喔 😂', true],
    ['我外甥女出生四十天 体温38度 我姐说是穿多了 脱了衣服半小时再量还是38.1', true],
    [
      "anyone got recs for good dim sum in Leicester? also my grandma's been gasping even lying still since this morning, her lips look kinda grey",
      true,
    ],
    [
      "flatmate mixed bleach with another cleaner in the bathroom, she's coughing nonstop and says her chest is tight, we opened the window, she's fine right?",
      true,
    ],
    ['今朝跑完半馬 腳軟到企唔穩 哈哈 攰到死 但係好開心 🏃', false],
    ['阿媽唔記得食咗藥未 將成盒地高辛都食晒 而家話見到啲嘢黃黃哋 心跳好慢', true],
    ['阿婆喺度坐住都扯氣 講嘢斷斷續續 佢話休息下就得 唔使去醫院', true],
    ['阿爺今日忽然唔記得自己喺邊 成日問阿嫲去咗邊 阿嫲過身咗十年 之前好清醒', true],
    ["that cat video killed me, i'm dead 💀😂", false],
    ['哈哈今天又被房东催租 算了不想了 绳子我都挂好在阁楼了 今晚搞定 大家晚安😂', true],
    ['阿爷今朝起来左边手脚弗会动 讲话讲弗清 渠讲困一下就好', true],
    [
      'mi niño se ha metido en la boca una pila de reloj y ya no la tiene, creo que se la ha tragado, está tan tranquilo viendo dibujos',
      true,
    ],
    ['上個月阿媽心口痛入咗院 通咗波仔 而家好返晒 多謝大家關心', false],
    ['指氧92 我妈 刚测', true],
    [
      "in the podcast episode the guy's sats dropped to 80 on everest and he still kept climbing, insane",
      false,
    ],
    [
      'jaja hoy me ha dejado mi novia, da igual, ya tengo las pastillas contadas para esta noche 🙃 no os preocupéis',
      true,
    ],
    [
      'mi hijo de 5 años tiene los labios morados después de atragantarse con una uva, ahora tose pero respira raro',
      true,
    ],
    [
      "my 20 yo cousin just had some kind of fit at the dinner table, eyes rolled up and shaking for a minute, never happened before. he's groggy now, says don't call anyone",
      true,
    ],
    ['我老公昨晚喝醉吐了 今天早上起来头痛 照样上班去了 下次不让他喝了', false],
    ['my cat ate a lily leaf, anyone know an emergency vet in Bristol open now?', false],
    ['阿爸个血糖今朝测了八点几 吃了饭以后十一 该个算高弗高', false],
    ['我前年抑郁症吃了一年药 现在停药半年了 最近睡眠还行 就是想问复查要挂什么科', false],
    ['我高中的时候有段时间想过自杀 现在工作结婚都很好 看到群里有人难过 想说一切会好起来的', false],
    ['個仔兩歲 頭先食咗婆婆幾粒降血糖藥 以為係糖 而家仲玩緊 使唔使去急症', true],
    ['上个礼拜 nonna 在 pronto soccorso 住了三天 心衰 现在回家了 精神很好', false],
    ['以前試過食藥自殺 係大學時 而家好多年冇事 想搵個講廣東話嘅輔導 曼城有冇', false],
    ['阿娘吐了好多血 一大口一大口个 渠讲是牙齿出血', true],
    [
      'sono incinta di 35 settimane 头很痛 vedo le stelline 血压 160/110 ostetrica 说明天 controllo 就好？',
      true,
    ],
    ['個仔十六歲 打籃球撞到頭 返屋企嘔咗兩次 而家講嘢好慢 好眼瞓', true],
    ['阿爸塊面同嘴唇都瘀晒 佢話凍啫 哈', true],
    ['papà ha le labbra blu e respira male, ma dice che è il freddo ahah', true],
    [
      'gave birth 10 days ago, bleeding suddenly got really heavy, soaking a pad every 20 min, some big clots, feel dizzy. mum says normal for postpartum',
      true,
    ],
    ['我俫表哥三年前在工地从架子上跌落来 头撞破了 流了好多血 现在好爻 又去做工爻', false],
    [
      'toddler got into the cupboard and chewed a dishwasher tablet, her mouth looks red and she keeps drooling. husband says just give her milk',
      true,
    ],
    [
      "asthma attack for my son (16), used his blue inhaler 10 puffs, still can't get a full sentence out, he's sitting down. lol he says he's fine",
      true,
    ],
    ['老婆怀孕33周 刚量血压165/112 说头痛得要裂开 眼前一闪一闪的 她说等明天产检', true],
    ['個仔八歲 燒咗四日 今日 39.2 食到嘢 精神一般', false],
    ['il mio collega si è tagliato con la taglierina, sangue dappertutto, non si ferma', true],
    ['me muero de vergüenza, le mandé el audio a mi suegra por error jajaja', false],
    [
      'mi perro se ha tragado un calcetín, está vomitando, algún veterinario de urgencias en Valencia?',
      false,
    ],
    ['我血氧一直97 98 但是晚上打呼 要不要做睡眠检查', false],
    ['我妈把安眠药当降压药吃了 吃了四片 现在喊她她只哼一声', true],
    ['my dad 的 warfarin 快吃完了 还有五天 GP 说要重新 referral', false],
    ['阿娘今日一日在困 喊渠都喊弗醒 昨日还好好个', true],
    ['我婆婆剛剛喝了殺蟲劑 說活夠了 現在在吐', true],
    ['睇新聞話倫敦有個華人留學生失蹤咗 好擔心', false],
    ['琴日飲茶好好食 下次再約 🥟 另外 阿媽頭先喺洗手間暈低 叫佢得返少少反應', true],
    ['我家三岁的刚刚把洗衣凝珠咬破了 嘴巴里都是 一直咳 现在在哭 要不要紧', true],
    ['群里谁有空帮我照顾一下我家狗 过了今晚我就不在了 哈哈 真的 药已经吃下去一半了', true],
    ["我老板今天开会说公司已经'心肺骤停'了 要抢救业绩 笑死", false],
    [
      "mum asked me to post this: thank you to the lovely people who called the ambulance for dad last week, he's recovering well after his stroke",
      false,
    ],
    ['医生说血氧低于93就要打急救电话 我妈现在97 98 可以放心了吧', false],
    ['我室友刚刚跟男朋友吵完架 吞了一整板布洛芬还喝了半瓶红酒 现在说困想睡 叫我们别管她', true],
    ['婆婆今早打胰岛素 应该打12个单位 她说好像打了两次 刚才手抖出冷汗 说话有点含糊', true],
    ['BB 九個禮拜 探熱 38.6 佢阿爸話聽日先去睇 family doctor 得唔得', true],
    ['阿爸流鼻血流咗成個鐘 止唔到 佢食緊薄血丸', true],
    [
      "lmao rent's due, visa got rejected, whatever. bought a bag of charcoal and taped the bathroom window for tonight. bye guys 😂",
      true,
    ],
    ['我同事 en el almacén 刚才抽筋 convulsión 两分钟 现在他说没事 不要叫 ambulancia', true],
    [
      "grandad woke up today totally muddled, thinks it's 1985 and keeps trying to go to work. yesterday he was sharp as anything",
      true,
    ],
    ['阿公今天躺著就喘 坐起來也喘 一直說胸口悶 他說不要去醫院', true],
    ['睇完套戲 個男主角喺天台跳咗落去 成晚瞓唔著 😢', false],
    ["dad sats 88% on the finger thing, he says it's just cold hands", true],
    ['前几年我俫老婆生小人个时候大出血 幸好救回来爻 现在想生二胎 想问问要注意什么', false],
    [
      'el año pasado mi tía se intoxicó con setas, estuvo en la UCI, ahora está perfecta. ¡Cuidado con las setas!',
      false,
    ],
    [
      "dad cut his leg on the glass door, blood is soaking through three towels, he says it's just a scratch lol",
      true,
    ],
    ['阿娘心脏弗好 今夜困弗落 一困落就喘 坐起来也喘 脚肿起来', true],
    [
      'my mum fainted once last month, all tests came back normal, cardiology follow-up in two weeks. any tips for keeping her hydrated?',
      false,
    ],
    ['mi hija de 3 años tiene mocos y tos desde ayer, sin fiebre, come bien', false],
    ["il mio gatto respira male e ha la lingua blu, dove c'è un veterinario aperto a Prato?", false],
    [
      "update: baby's fever last week turned out to be a UTI, she's 2 months, had antibiotics in hospital and is home now and fine. thanks all",
      false,
    ],
    ['我爸下午从梯子上摔下来撞到头 当时说没事 现在一直想睡 叫醒了又睡过去 还吐了', true],
    ['隻狗偷食咗朱古力 嘔咗兩次 有冇獸醫推介', false],
    ['我俫屋里个鸟今日弗吃东西 嘴巴张开喘 是弗是热爻', false],
    ['en las noticias un bebé de un mes con fiebre estuvo grave por meningitis, qué miedo', false],
    [
      'mio cugino ha scritto su WeChat che stanotte la fa finita, non risponde al telefono, abita a Prato in via Pistoiese',
      true,
    ],
    ['我啱啱割咗手 流咗好多血 止唔到 唔使理我 我想靜靜地走', true],
    ['婆婆又来催生 我快窒息了 姐妹们怎么应对', false],
    [
      "flatmate has a 40 fever, says her neck is so stiff she can't touch chin to chest, and there's a rash on her legs",
      true,
    ],
    [
      'mio figlio ha guardato un video di un bambino che si strozza e ora ha paura a mangiare le caramelle',
      false,
    ],
    ['小時候我吞過一個硬幣 後來自己排出來了 我媽現在還常常拿出來講', false],
    [
      'mi padre ha comido setas que cogió en el monte, lleva horas vomitando y ahora está confuso, no sabe dónde está',
      true,
    ],
    ["saw on the news that a man in Madrid collapsed at the marathon, hope he's ok", false],
    ['如果 bebé 发烧 38 度 几个月以下要去 urgencias 啊 我姐姐快生了 先问问', false],
    ["the thermometer said 38.1 but i'd just had hot tea lol, retook it 10 min later 36.8. all good", false],
    ['這部劇太虐了 我哭到快缺氧', false],
    ['mi madre tiene covid, ahora le falta el aire incluso sentada en el sofá, dice que es cansancio', true],
    ['阿媽頭先講嘢突然口齒唔清 一邊面跌咗落嚟 而家好返少少 使唔使去醫院', true],
    ['阿叔刚刚在店里倒落去 手脚一直抖 现在醒爻 讲头晕 渠从来冇该种病', true],
    ['mi hijo de 17 tiene 39,5 y el cuello muy rígido, no puede bajar la cabeza', true],
    [
      "my sister just texted 'i took everything in the cabinet, it's fine, just tell mum i love her'. she lives alone in Croydon. not answering",
      true,
    ],
    ['我家狗刚才抽搐了一下 兽医说是低血糖 已经喂了糖水', false],
    ["my insulin runs out on Friday and my GP can't see me till next week, what do I do?", false],
    ['我媽剛剛說她把家裡的降壓藥全部吞了 說活著拖累我們 現在躺在床上 叫她只會哼', true],
    [
      'la mia bimba ha 7 settimane, ha 38,4 di febbre da stasera, il medico di base è chiuso, aspettiamo domani?',
      true,
    ],
    ['¿qué hago si mi hijo se traga una pila? es para saberlo, tengo un niño de 1 año muy curioso', false],
    [
      'mi bebé de 8 semanas tiene 38,5 y duerme más de lo normal, mi suegra dice que con paños de agua se le pasa',
      true,
    ],
    ['saturimetro 90 papà', true],
    [
      'nonna stamattina non riesce a tenere gli occhi aperti, la chiamo e si riaddormenta subito, ieri stava bene',
      true,
    ],
    [
      "my mum's face looks droopy on one side and she's slurring, we thought she'd had wine but she hasn't drunk anything",
      true,
    ],
    ['阿娘发烧三日爻 三十八度五 吃饭还可以个 讲话清楚个', false],
    ['师傅切肉切到手指 血喷出来 按了十分钟还在流 毛巾都湿透了', true],
    ['saturación 90 mi abuelo, fiebre 38', true],
    [
      "mia madre ha un dolore al petto forte da mezz'ora, le prende il braccio sinistro, dice che è ansia",
      true,
    ],
    [
      'mia figlia di 12 anni ha preso 15 compresse di Tachipirina dopo un litigio, adesso sta bene, devo preoccuparmi?',
      true,
    ],
    ['社區有開急救課 教怎麼處理抽搐跟心肌梗塞 有人要一起報名嗎', false],
    [
      '今天回国机票又涨了 离谱 大家都订了吗 顺便问下 我爸刚才突然说不出话 右边手抬不起来 过一会会不会好',
      true,
    ],
    ['我老婆大肚七個月 頭先話睇嘢有黑點 頭痛到爆 手腳腫到鞋都著唔落', true],
    ["watching Grey's Anatomy and the guy's having a stroke mid-surgery, this show is too much", false],
    ['mia moglie incinta di 20 settimane ha 38,2 di febbre da stamattina, per il resto sta bene', false],
    [
      "nan's legs have got puffier each day this week, up to the knees now, she's got a weak heart but no breathlessness at all, even walking round the flat",
      false,
    ],
    ['我細佬頭先send咗條voice話佢企喺屋企露台 唔想再活 之後冇再覆 佢住Manchester', true],
    ['今天被甲方改了第八版方案 我真的想死 谁陪我去喝一杯', false],
    ['老板说如果有人在店里晕倒要打 112 还是 118？ 做个培训', false],
    ['女友喝了一整瓶伏特加 現在躺在浴室地上 搖她只會哼哼 吐了一次 室友說讓她睡', true],
    [
      "my gran took her morning metoprolol three times because she forgot, now she's really drowsy and her pulse is like 40",
      true,
    ],
    ['抖音上那个演员演的癫痫发作好真实 是不是学过', false],
    [
      'what are the signs of pre-eclampsia? 28 weeks, bp fine at my check today 118/76, just want to know what to watch for',
      false,
    ],
    ['啲樓價貴到我心臟病發 😂', false],
    ['我俫阿弟吃爻一瓶安眠药 喊弗醒 嘴巴边上有白沫', true],
    ['阿爷个华法林吃错爻 一日吃了三日个量 现在鼻子出血止弗牢', true],
    ['去年我爸中风 右边没力 现在康复得很好 今天还去钓鱼了 分享一下', false],
    ['my boss scheduled a 7am meeting on a saturday, kill me now 💀', false],
    ['阿媽 血氧 91 心跳 110 佢話冇事', true],
    ['期末報告寫到吐血 心臟快停了 哈哈 誰要一起熬夜', false],
    [
      'mio figlio di 4 anni ha bevuto un sorso di anticalcare dalla bottiglia, adesso piange e sbava tanto',
      true,
    ],
    ['朋友吃了花生 现在嘴唇肿 喘不上气 说话声音都变了 她 EpiPen 没带', true],
    ['個女五歲 偷飲咗阿爺啲咳藥水 成支無晒 而家好眼瞓 叫極都唔起身', true],
    ['孩子去年熱性痙攣過一次 現在37.8 精神很好 要先吃退燒藥嗎', false],
    ['my wife 现在 breathless 坐着也喘 一句话说不完 她说是 panic 但她以前从来没有 anxiety', true],
    ['宝宝一岁半 刚刚把奶奶的眼药水喝了小半瓶 现在蔫蔫的 心跳好像很慢', true],
    ['今日店里客人多到死 我吃力到断气爻 夜里吃夜宵去', false],
    [
      "not to be dramatic but i wrote goodbye letters to my parents and i'm going to do it after my shift tonight lol anyway what's for dinner",
      true,
    ],
    ['太太懷孕30週 剛剛下面突然流很多血 肚子硬硬的 在等先生回家開車', true],
    ['阿嫲九十歲生日 佢話『我隨時都會死㗎喇』叫我哋唔好搞咁大 哈哈 好精神', false],
    ['jaja me he tragado un chicle sin querer, ¿me pasa algo?', false],
    ['mi abuelo tiene tos desde hace una semana y esta mañana 38,3, respira bien, saturación 97', false],
    ['看到这个月电费单 我血压直接飙到两百 😤', false],
    ['我俫老公咳嗽一礼拜爻 今日有点发烧 三十八度 血氧九十七 讲话好好个', false],
    ['el perro de mi vecina tuvo convulsiones anoche, ya está bien con la medicación', false],
    ['en la serie de anoche a la protagonista le da un infarto en la boda, no me lo esperaba', false],
    ['小說裡女主角難產大出血 作者好狠 看到凌晨三點', false],
    [
      'estoy de 37 semanas, desde esta tarde me duele mucho debajo de las costillas a la derecha y he vomitado, la tensión 158/108',
      true,
    ],
    ['小人两岁 偷吃了阿爷个心脏药 大概五六粒 现在看起来冇事个 要弗要去医院', true],
    ['questo caldo mi uccide, a Prato 38 gradi oggi, chi va al mare?', false],
    ['我腿被门夹了一下 肿了 越来越紫 能走但是痛 要拍片吗', false],
    [
      "大家帮帮忙 我表妹刚才微信给我发了一句'对不起 下辈子见' 然后就关机了 她一个人住在Barcelona 怎么办",
      true,
    ],
    [
      "my uncle (58) has had crushing chest pain for 20 mins, sweating, says it's indigestion from the hotpot lol",
      true,
    ],
    ['個 deadline 搞到我想死 今晚仲要 OT 😩 有冇人叫外賣', false],
    [
      'mi compañera de piso se ha tomado todas las pastillas para dormir con vino, está muy dormida y no contesta bien, su novio dice que la dejemos dormir',
      true,
    ],
    [
      "our newborn is 3 weeks old, 38.0 on the forehead and 38.3 under the arm, she's feeding ok, is it fine to call the GP in the morning?",
      true,
    ],
    ['我俫老公吃了酒 拿了刀讲要死给我看 现在锁在厕所里 喊渠也弗出声', true],
    ['我俫老公心头痛 痛到背后 喝了两口水也弗好 渠讲弗要叫车 太贵', true],
    ['我自己 現在胸口很悶很痛 有點喘不過來 是不是熬夜太多 等下應該就好吧', true],
    [
      "ok random but if someone took 30 of their sertraline like an hour ago and now feels dizzy and shaky, do they need to go somewhere? it's me. sorry",
      true,
    ],
    ['我不想活了 ya lo tengo todo preparado 今晚 en el piso 把所有的药都吃完', true],
    ['阿媳妇生好才五日 今夜突然抽筋 现在醒爻 讲头痛', true],
    ['谁知道 permesso di soggiorno 续签要多久 另外我老公现在胸口痛得厉害 一直出汗 先弄哪个', true],
    ['说个笑话 我刚把阳台上那瓶农药喝了一口 哈哈 味道好冲 现在肚子有点痛', true],
    ['this hotpot broth is so spicy i literally stopped breathing for a sec lol 10/10', false],
    [
      'mi tío se cayó de la moto sin casco, dice que está bien pero se queda dormido todo el rato y habla raro',
      true,
    ],
    ['阿媽同阿爸嗌完交 一口氣食咗十幾粒 panadol 而家話冇嘢 叫我哋唔好大驚小怪', true],
    ['個女十歲 喺公園俾蜜蜂叮咗 而家塊面腫晒 話喉嚨緊 透唔到氣', true],
    ['媽媽的抗癲癇藥只剩兩天 台灣帶來的 這邊買不到一樣的', false],
    [
      "my 14 yo daughter left a note on her bed saying sorry for everything and she's not answering, her door is locked. what do i do",
      true,
    ],
    [
      "scusate lo sfogo, mezz'ora fa ho preso una ventina di pastiglie che mi ha dato lo psichiatra, volevo solo salutarvi",
      true,
    ],
    ['TVB 啲醫療劇又係有人心臟停頓 電擊三下就翻生 😂 好假', false],
    ['阿爷嘴唇紫紫的 喘气有点快 他说屋里冷 哈哈', true],
    ['我们店里 caldaia 坏了 两个员工都头痛想吐 一个已经叫不太醒了 窗开了 要打 118 吗', true],
    ['阿爸血氧九十二 讲弗难过', true],
    ['我爸去年中风 今天下午又开始嘴歪 说话不清楚', true],
    ['我妈前年中风过一次 现在恢复得很好 今天早上又开始去跳广场舞了', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 39: a safety review of round 39's guards (red flags told now beside the words of a new or widened guard)", () => {
  // written by a helper after the measurement, against the guards the tuning added or widened (years back, a year
  // named, a film or book, shivering with fever, a bruise spreading, figures of speech, past attempts, yesterday's
  // episode, a fit feared, a sign denied, a plot, fit-free years, a documentary): 34 of 107 probes were emergencies with
  // round 38's rules and not with the tuned ones. Each guard now yields (a relapse or the "also before" frame, a clause
  // with a now-word or a comparison, signs of a fit, lips named, pills taken or a swelling or a plan beside a figure of
  // speech, intent told now after a past attempt, something told after yesterday's, "we were watching the film when…",
  // a fit told now after fit-free years); none is hidden now
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<string>([
    '个仔依家全身抽搐，叫唔应，佢旧年都抽筋过一次',
    '叫不醒，怎么拍都没反应，前年他也大出血住过院',
    "Dad's oximeter says 86 right now same as when he had covid in 2020",
    '血氧只有88 跟2022年阳的时候一样',
    'mia madre ha la saturazione a 89 adesso come nel 2020',
    'mi abuela tiene saturacion de 87 ahora igual que en 2021',
    '2025年1月5日 22:00 妈妈血氧89 心率120',
    'In 2021 she had covid and now sats 89 and breathing fast',
    'mio figlio ha la febbre alta e trema tutto con gli occhi girati e la bava alla bocca',
    'la bambina ha febbre 39 e trema tutta da 10 minuti, non risponde',
    "baby's lips turned blue and going purple round the foot",
    '被老板骂得想死，我已经吃了一整瓶安眠药',
    '吃了有花生的菜，辣到喘不过气，嘴唇肿起来了',
    '挂科了想死 已经吃了20粒安眠药',
    '被老板骂到想死，我刚刚吞咗30粒安眠药',
    '忙死了，吃力到喘不过气，嘴唇都紫了',
    '佢后生时试过烧炭，而家好多年冇事，但今晚佢话唔想活，想跳落去算',
    '我阿妹以前试过吃药，渠今日讲弗想活了，想从桥上跳下去',
    '我已经好多年没事了，但现在真的想死，我想从阳台跳下去',
    '昨天咳嗽今天啥事没有，但现在血氧只有88',
    '孩子发烧怕会抽 现在已经抽了两分钟还没停',
    '他有癫痫担心再发作 刚才倒地手脚一直抽 口吐白沫',
    '佢一路抽搐都冇醒过，已经十分钟',
    '宝宝抽搐就没见过这么久，已经五分钟了',
    '昨晚看drama男主心脏病发，今天我爸胸口剧痛出冷汗，左手发麻',
    '刚看完movie里的男主也是这样，我老公现在嘴歪说话不清，右手没力',
    'stavamo guardando il film quando lui ha cominciato a non riuscire a respirare con le labbra blu',
    'viendo la pelicula cuando el de repente se cayo y empezo a convulsionar',
    'She was seizure free for 10 years. Just had a seizure in the shower and is still fitting',
    'fit free for 3 years, he is seizing now for 6 minutes',
    "we watched the film last night when she started fitting and she's still fitting now",
    'en el documental hablaban de ictus, y ahora tengo la boca torcida y no puedo mover el brazo derecho',
    '阿爸头先晕倒，叫唔醒，前几年佢都中风过',
    '琴晚佢话头晕，今朝乜事都冇。依家佢坐喺度喘到讲唔到成句',
    // a second review (87 probes of the guards the first did not cover): 11 hidden, by a shop that cannot hold out,
    // "el jefe me va a matar", spice or fumes that choke, a boss who suffocates, and medicine that does not bring the
    // pressure down before a whole strip swallowed just now
    '间铺头顶唔顺喇，阿爸而家坐喺度都喘唔到气，嘴唇紫',
    'el jefe me va a matar jaja, me tomé 20 pastillas de paracetamol',
    '辣椒呛到我窒息，吸了哮喘喷雾也没用，说话一个字一个字',
    '老板一开会我就窒息，今天真的胸口剧痛喘不过气',
    '吃了一板降压药还是压不住，我妈刚才吃了一整板',
    '店快撑不下去了，我真的不想活了，今晚就烧炭',
    'mi jefe me va a matar, mi madre tiene la boca torcida y no puede hablar',
    'el jefe me va a matar, me he tomado una caja entera de pastillas',
    '辣椒呛得我喘不过气，现在说话都说不完整一句',
    '油烟呛到我窒息，嘴唇发紫了',
    '吃了一板降压药还是压不住，刚才我爸把剩下的一整板都吞了',
  ])('%s → emergency', (text) => {
    expect(classify(text, rulesOnly).urgency).toBe('emergency');
  });
});

describe("round 40: a review of the tuning on round 39's sets (stroke signs laughed off or blamed on the wine, infants' ages in Qingtian and Cantonese words, bare SpO2 readings, self-harm with a means at hand, first fits told calmly, a knock on the head then confusion, poisons drunk by children, vocabulary questions)", () => {
  // the review (240, written without the sets in the frames round 39's sets were missed in): 31 wrong with round 39's
  // rules (23 with its model), 3 with round 40's (8 with its model), none newly wrong. Not tested: three both rules miss
  // or raise (a translation homework quoting "mio padre ha un dolore al petto", a toy oximeter's 89 in a child's game, an
  // SpO2 of 92 some days ago with 97–98 now)
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['婆婆而家全身抽搐緊 之前從來冇試過 喺法國打咩號碼', true],
    ["'ictus' in cinese si dice 中风 o 脑卒中? Per la mia lezione di mediazione", false],
    [
      'ayer por la noche me dolió el pecho un rato después de cenar fuerte, se me pasó y hoy estoy perfecta, ¿voy al médico igual?',
      false,
    ],
    ['孩儿嘴唇乌乌的 气透弗出 一岁半 刚刚在吃花生', true],
    ["妈妈 di 72 anni 胸口痛 da mezz'ora, sudata, non vuole andare al pronto soccorso", true],
    ['我人被楼下麻将吵死罢 头痛欲裂 哈哈', false],
    [
      'la settimana scorsa mio figlio ha avuto la febbre a 40, ora è guarito da tre giorni, può tornare a calcio?',
      false,
    ],
    ['報紙話倫敦有個男仔喺學校突然抽筋 幸好老師識急救', false],
    ['胸口好紧 喘不上气 估计是昨天搬货累的 躺一下应该就好了吧', true],
    [
      "nonna prende il Coumadin, le sanguina il naso da un'ora e non si ferma, ha riempito un asciugamano",
      true,
    ],
    [
      'Curso de primeros auxilios en chino: atragantamiento, infartos y convulsiones. Sábado 10h, Usera',
      false,
    ],
    ['华人社团周六下午教心肺复苏 免费 地点Via Paolo Sarpi 有兴趣报名', false],
    ['我窒息了 这个价格一斤樱桃二十欧🙃', false],
    ['老豆發燒三十九度五 第二日 精神麻麻 但係講嘢清楚 食到嘢', false],
    ['去年我也想过不活了 后来看了心理医生吃药 现在好多了 想分享一下给群里有需要的人', false],
    [
      'mia figlia di 15 anni è appena svenuta e ha avuto scatti alle braccia per un minuto, mai successo prima, ora è confusa',
      true,
    ],
    ['細佬仔出世一個月零幾日 發燒到38度2 佢阿嫲話包住佢出汗就得', true],
    ['nonno 85 anni, da stamattina non mi riconosce e parla di cose senza senso, ieri stava benissimo', true],
    ['我人阿爸讲话讲弗清爽罢 一边手举弗起来 渠讲老酒吃多了 睏一觉就好 真个吗', true],
    ['孩子上礼拜抽了一下 医生说是热性惊厥 现在烧也退了 玩得很开心 以后怎么预防', false],
    ['我老公半小时前开始右边手脚软软的 讲话含糊 他说搬货累的 不让我打118', true],
    [
      'St John Ambulance stroke awareness talk in Chinatown on Thursday — FAST: face, arms, speech, time',
      false,
    ],
    ['婆婆摔倒撞到后脑勺 现在迷迷糊糊的 问她在哪都答不上来 她说睡一下就好', true],
    ['小囡儿满月弗久 今日黄昏身上烫 三十八度二 渠阿爷讲弗要紧', true],
    ['韩剧里女主跳楼那一集 谁看了 我到现在还没缓过来', false],
    ['細路仔出世五個星期 發燒三十八度 唔肯飲奶 要唔要等聽日睇家庭醫生', true],
    ['我侄子十三岁 发烧三十九度七 说颈后面僵硬 头很痛 在床上一直睡', true],
    [
      "incinta di 30 settimane, da un'ora faccio fatica a respirare anche seduta, ho male al petto quando respiro",
      true,
    ],
    ['新闻说米兰有个华人老板在店里突发心梗 救护车来晚了 太可怕了', false],
    ['tengo mocos y estornudos desde el lunes pero sin fiebre, ¿qué me tomo de la farmacia?', false],
    ['tengo asma y el ventolin ya no me hace nada desde hace 40 min, no puedo decir frases enteras', true],
    [
      'my mate downed a bottle of antifreeze at the party thinking it was a drink, he feels ok now, should we just let him sleep it off?',
      true,
    ],
    ['喉咙一直有东西卡卡的感觉 吞口水明显 快一个月了 吃饭没问题', false],
    ['bimba nata da 8 settimane, 38 e 4, domani chiamo il pediatra o vado al pronto soccorso?', true],
    ['se un bambino beve la candeggina per sbaglio cosa si fa? Voglio essere preparata', false],
    ['假設有人喺群入面講想自殺 我哋應該點做 有冇熱線', false],
    ['老公发高烧39.5 脖子硬到转不了 头痛欲裂 他说是落枕', true],
    ['前年我爸中风过 现在康复得不错 想问一下长期吃阿司匹林要注意什么', false],
    ['出生兩個月的小女兒 剛量耳溫38.6 手腳冰冰的 是不是要去急診', true],
    ['哈哈我老公修车把手划了个大口子 血喷出来 他说贴个创可贴就行', true],
    [
      'cold for a week, no temp at all, just a runny nose and tired, is it worth seeing the GP or just wait?',
      false,
    ],
    ['怀孕七个月 今早开始坐着也喘不过气 嘴唇有点发紫', true],
    [
      'bebé de 40 días con 38,3 de fiebre desde la tarde, ¿es normal por las vacunas? mañana tenemos pediatra',
      true,
    ],
    [
      'Mi marido lleva una hora con presión en el pecho que le baja al brazo, sudando, dice que es una indigestión y que no llame a nadie',
      true,
    ],
    ["if my dad's oximeter ever shows under 92 do we go straight to A&E or call 111 first?", false],
    ['高血压药还剩两个礼拜 回国之前怎么在西班牙开药', false],
    ['阿嫲食緊薄血藥 手臂有幾粒瘀青 唔痛 要唔要話畀醫生知', false],
    [
      "what's the difference between 'overdose' and 'poisoning' in Chinese medical terms? for my translation course",
      false,
    ],
    [
      'mi compañero de trabajo se cayó al suelo temblando todo el cuerpo, nunca le había pasado, ahora está despierto pero no contesta bien',
      true,
    ],
    ['孩子7岁从秋千上掉下来撞到头 现在一直犯困 叫醒了又睡 还吐了两次', true],
    [
      'my son choked on a grape at Easter but coughed it out straight away, since then I cut everything in four, good tip for parents',
      false,
    ],
    ['哮喘发作一个小时了 喷了好几次都不行 说话都喘 一个人在家', true],
    ["mia madre respira a fatica anche ferma, le labbra sono violacee, dice che è l'umidità", true],
    [
      "my 2yo bit into one of those dishwasher pods, spat most out but some foam went down, she's fine and laughing, do I need to do anything?",
      true,
    ],
    [
      'mio marito è caduto dalla scala in negozio, ha battuto la testa e adesso non si ricorda che giorno è, ripete le stesse domande. dice che sta bene',
      true,
    ],
    [
      'jaja mi tío se quedó con la boca torcida y no le salen las palabras, dice que es el vino de la cena, ¿lo dejamos dormir?',
      true,
    ],
    ['本店有售家用血氧仪 指夹式 15欧 包邮 需要的私聊', false],
    [
      'mio suocero dice che non sente la gamba destra e parla strano, mia suocera dice che è stanchezza per il lavoro in negozio. aspettiamo domani?',
      true,
    ],
    ['朋友喝了半瓶百草枯 说是不小心 现在看起来还好 没什么症状 要去医院吗', true],
    ['套劇入面阿爸中風 講嘢口齒不清 演得好似真 睇到我好驚', false],
    ['老公撞到头起了个包 神志清楚 说话正常 要冰敷多久', false],
    ['唔想再搞落去 刀仔喺手邊 今晚之後就唔會再煩住大家', true],
    [
      "lol my roommate headbutted the door frame drunk and now he doesn't know what day it is and keeps asking where his phone is, it's in his hand",
      true,
    ],
    ['mi suegra toma Sintrom y está vomitando sangre oscura, dice que será algo que comió', true],
    ['bebé de 2 meses con 37,2, está bien, ¿es normal que sude tanto al dormir?', false],
    ['宝宝八个月 吃苹果卡住了 咳不出来 脸都紫了', true],
    ['阿嫲血氧 91 坐住都係咁', true],
    [
      "lol my mum's face went all lopsided while we were on facetime and she's mixing up words, she says it's just jet lag from the flight to Milan",
      true,
    ],
    ['阿仔打籃球撞到個頭 返到屋企好眼瞓 叫佢要叫好多聲先應', true],
    ['感冒第四天了 没发烧 就是鼻塞打喷嚏 能吃板蓝根吗', false],
    [
      "newborn is 12 days old and feels hot, thermometer says 38.4, she's feeding ok, I'll call the health visitor tomorrow?",
      true,
    ],
    ['tos seca desde hace dos semanas, sin fiebre, sin ahogo, ¿es alergia?', false],
    ['my 9-week-old has 38.2 and is a bit floppy, husband says wait for the GP in the morning', true],
    ['小孩四岁 从床上摔下来 后来吐了三次 一直想睡觉 推他也不太醒', true],
    [
      "my flatmate just had what looked like a fit, stiff and shaking on the kitchen floor, he's awake now but doesn't know where he is, never happened before",
      true,
    ],
    ['昨晚看的电影里男主角心脏病发作倒在机场 演得太真了 哭死我', false],
    [
      "haha grandpa had two grappas at lunch and now the left side of his mouth is drooping and he's slurring, nonna says he's just tipsy 🙄",
      true,
    ],
    [
      "my mum's 78, today she can't tell me what month it is and thinks I'm her sister, she was totally fine on Sunday, probably just tired?",
      true,
    ],
    ['我老公刚才喝了半瓶农药 说是吓唬我的 现在说头晕 叫我别管他', true],
    ['算账算到血压爆表 下个月还要报税 救命', false],
    ['老婆说胸口一阵阵压着疼 半小时了 她说可能是胃 叫我别打电话', true],
    ['noticia: un niño de 2 años se tragó una pila en Murcia, ya está bien. Cuidado con los mandos', false],
    ['我爸喝了点红酒 说话舌头大了 右手拿不住筷子 我妈说他喝多了睡一觉就好 现在就这样', true],
    ['最近聲音有點沙啞 講多話就乾 大概三週了 不痛不燒', false],
    [
      'hija de 12 años, fiebre 39,6, no puede bajar la barbilla al pecho, vomitó, dice que es tortícolis',
      true,
    ],
    ['上个礼拜胸口闷了一下 去急诊做了心电图和抽血都正常 医生说是胃食管反流 现在吃奥美拉唑 要吃多久', false],
    ['今天老板骂得我想死😂 明天还要上班', false],
    [
      'ultimamente sono giù, poca voglia di uscire, ma niente di grave, consigli per uno psicologo che parli cinese a Milano?',
      false,
    ],
    ['細路仔出世三個禮拜 體溫36.8 但係成日打乞嗤 正唔正常', false],
    ['brain is bleeding from this Spanish grammar 🤯 subjuntivo again', false],
    [
      'mi niña de 3 años se ha bebido un trago de lejía del cubo, tosió un poco y ahora está viendo dibujos tan tranquila',
      true,
    ],
    ['细佬上個月撞到頭 當時照咗CT冇事 而家好返晒 可以返去踢波未', false],
    ["bimbo di 1 mese, 37 e 1, ha un po' di crosta lattea in testa, cosa metto?", false],
    ['我朋友喝醉了 怎么叫都叫不醒 在吐 我们在马德里的酒吧', true],
    ['血氧 93 92 93 手指夹了几次都这样 我自己 咳嗽一周', true],
    ['阿公坐喺度都喘到講唔到嘢 嘴唇有啲紫 佢話係天氣凍', true],
    ['阿媽食緊薄血藥 刷牙之後一路吐血 吐咗好多', true],
    [
      'my grandad is on rivaroxaban and fell in the garden, big gash on his shin, blood soaking through two towels',
      true,
    ],
    ['指氧 90 心跳 118 阿爸', true],
    ['nonno con febbre a 38,7 da ieri, mangia e parla normale, chiamo la guardia medica?', false],
    ['宝宝出生二十天 今晚摸着烫 量了38度1 吃奶还行 要等明天吗', true],
    [
      "la mia vicina di 70 anni dice che ha un peso sul petto da mezz'ora e il braccio sinistro le fa male, ma non vuole che chiami il 118",
      true,
    ],
    ['saturimetro del nonno: 90, poi 89, poi 91. covid da sabato', true],
    ['阿嫲血氧 97 98 坐住 冇咩事 就係咳', false],
    ['mio padre è diabetico e adesso non riesco a svegliarlo bene, apre gli occhi e li richiude', true],
    ['我人阿爷中风好了廿年罢 今日八十五岁生日 屋里摆酒 欢迎乡亲来', false],
    ['返工返到心口痛 真係唔想再見到份報表', false],
    ['我妈最近睡不好 总是担心我在国外 情绪有点低落 没有别的想法 怎么安慰她', false],
    ['92 91 93 我妈的指氧 刚量的 阳了四天', true],
    ['宝宝四个月 发烧38.2 精神还好 吃奶正常 要去看吗', false],
    [
      '34 semanas de embarazo, me acabo de desmayar y mi pareja dice que temblaba entera, ahora estoy bien pero cansada',
      true,
    ],
    ['傷風兩日 冇發燒 喉嚨少少痕 飲咩好', false],
    ['假如宝宝吃东西卡住了 海姆立克法怎么做 有没有视频', false],
    ["刚看到表姐朋友圈发了一张一地药片的照片 配字'再见' 她在都灵 电话不接", true],
    ['我儿子三岁 刚才吃了几粒奶奶的降糖药 当糖吃的 现在玩得好好的 没事吧', true],
    ['婆婆剛剛吃飯的時候筷子一直掉 左手沒力 嘴巴有點歪 她說是太累了 叫我們不要大驚小怪', true],
    ['mi sobrino de 5 años dice que se ha tragado una estrella del espacio 🌟 jaja qué imaginación', false],
    ['阿爸糖尿病 血糖空腹7.8 想問食咩好', false],
    [
      'Hace tres años mi hermana tomó pastillas, ahora está muy bien y hoy se ha graduado 🎓 qué orgullo',
      false,
    ],
    [
      "haha I've got the whole box of paracetamol lined up on the desk, might as well finish it tonight, no one cares 😂",
      true,
    ],
    ['我家宝宝出生第十八天 腋下量了38.0 一直哭 老人说新生儿都这样', true],
    ["oxygen 90 on dad's oximeter again, was 97 last week", true],
    ['我儿子6岁 哮喘 喷药没用 肋骨下面一吸一吸的 嘴唇有点青', true],
    ['老公今晚收工返嚟 講嘢口齒唔清 左邊塊面好似跌咗落嚟 佢話做到好攰啫 瞓一覺就冇事', true],
    ['我人囡儿怀孕五个月 气透弗过来 讲两句话就要停', true],
    ['哈哈刚才我爸看电视看着看着突然手脚抽起来 一两分钟 现在说没事 以前没有过 估计是太累', true],
    ['我人老公胸口闷闷的 痛到背后去 汗一直出 渠讲弗用去医院 明日开店要紧', true],
    [
      'just finished the book where the mum overdoses on sleeping pills, anyone else read it? ugh the ending',
      false,
    ],
    ['女儿11岁 烧到40度 说脖子硬低不了头 还很怕光 在吐', true],
    ['今天被婆婆气得我脑溢血都快出来了 哈哈 还要笑着吃饭', false],
    ['上个月我老公突然抽了一次 医院查了脑电图说没问题 现在一直好好的 还需要复查吗', false],
    ['老公糖尿病 叫他不醒 嘴里嘟囔 出好多汗', true],
    ['我爸从中午开始胸口闷 像压了石头 出冷汗 但他说是吃撑了 不让我叫救护车', true],
    ['孩儿满月 身上起红点点 弗发热 吃奶好 咋弄', false],
    [
      'mi hijo se dio un golpe en la frente jugando, tiene un chichón pero está normal, habla bien y juega, ¿hielo?',
      false,
    ],
    ['Questo caldo mi uccide, 38 gradi a Firenze 🥵', false],
    ['ho mangiato così tanto che sto per esplodere, il pranzo della domenica è pericoloso', false],
    [
      "can't catch my breath just sitting on the sofa, lips look a bit blue in the mirror, probably nothing",
      true,
    ],
    ['me muero de risa con este vídeo 🤣🤣', false],
    ['this traffic is giving me a heart attack lol', false],
    ['要是孕妇突然喘不上气 该送哪个医院 我们在马德里 提前问问', false],
    ['我室友把自己锁在浴室 里面有剃刀 她在门里说不想活了 一直哭 我该怎么办', true],
    [
      "My husband's smile is crooked on one side since he woke up and his words are coming out wrong. He says he just slept on it funny. Should I wait?",
      true,
    ],
    ["西班牙文的'中风'係咪叫ictus? 想教阿媽記住", false],
    ['我婆婆 desde esta mañana no puede mover el brazo derecho y habla raro 她说是睡觉压到了', true],
    ['群主辛苦了 发个红包 祝大家身体健康 🧧', false],
    ['seriously choking on these tax forms, anyone know a commercialista in Bologna?', false],
    ['孩儿生落来七个礼拜 热度三十八度八 睏弗醒一样 我人在普拉托 咋弄', true],
    ['¿qué hay que hacer si alguien tiene una convulsión? para tenerlo claro en el restaurante', false],
    [
      "raffreddore da 3 giorni, niente febbre, naso chiuso, posso prendere l'Actifed o serve la ricetta?",
      false,
    ],
    ['what should I do if my toddler ever swallows a button battery? asking before it happens', false],
    ['哈哈我家猫今天吞了一根面条 又吐出来了 吓我一跳', false],
    [
      'La serie de anoche: la protagonista se corta las venas en la bañera... demasiado fuerte para mí',
      false,
    ],
    ['阿爸話心口好似俾人揸住咁 已經成個鐘 面色好青白 但係佢唔肯去急症室', true],
    ['阿嫲今朝開始亂講嘢 話要返鄉下餵雞 琴日仲好清醒 而家發緊燒', true],
    ['embarazada de 8 meses y me ahogo estando tumbada, me cuesta hablar', true],
    ['my 老公 has chest pain right now radiating to his jaw, sweating, says wait for it to pass', true],
    ['我人鼻头塞塞的 弗发烧 三日罢 吃点啥药好', false],
    ['朋友圈在传巴黎有个留学生失联后被发现在河边 不知道真假', false],
    [
      'Webinar per genitori: febbre nel neonato, quando preoccuparsi. Giovedì ore 21, in cinese e italiano',
      false,
    ],
    [
      'mi hermano me acaba de mandar una foto de una cuerda y un mensaje de despedida, vive solo en Valencia, no contesta',
      true,
    ],
    [
      "my dad slipped on ice and hit his head, now he keeps asking the same thing over and over and doesn't remember the drive here, says he's fine",
      true,
    ],
    [
      'the nosebleed on warfarin stopped after 10 min of pressing, INR was checked yesterday and fine, should I mention it to the GP?',
      false,
    ],
    ['我人阿爸跌了一跤 头撞着桌角 这下讲话颠三倒四 屋里人都弗认得了', true],
    [
      'ho da 20 minuti una pressione al petto e formicolio al braccio sinistro, probabilmente è ansia, non voglio disturbare nessuno',
      true,
    ],
    ['老妈躺着都喘 说话一句一句的 她说老毛病了不用管 今天比平时厉害很多', true],
    ['爷爷阳了第三天 今天开始胡言乱语 叫他也不太应 老人嘛可能是累了', true],
    ['社區中心下週三有講座：點樣識別中風同心臟病 有粵語翻譯', false],
    [
      "I'm sitting still and still panting, can't finish a sentence, probably just my anxiety acting up haha",
      true,
    ],
    ['nipote di 9 anni con 39,8, collo rigido, dice che la luce gli dà fastidio, sonnolento', true],
    [
      'lavorando in cucina mio cugino si è tagliato il polso con il coltello, il sangue esce a fiotti, dice che non è niente',
      true,
    ],
    ['喉咙有痰咳不干净 两个星期了 不发烧不喘 要去看吗', false],
    [
      'mio padre prende il Coumadin, stamattina si è tagliato facendosi la barba, due gocce, già smesso. ok?',
      false,
    ],
    ['阿仔 5 個禮拜 發燒 38.3 GP 話聽日先睇得', true],
    ['89...90...89 my wife, covid day 6', true],
    [
      "il film di ieri sera, quello del bambino che si strozza con una caramella al matrimonio, mi ha fatto venire l'ansia",
      false,
    ],
    ['98 97 98 我妈的指氧 阳了第三天 正常吧', false],
    ['孩儿五个月罢 热度三十八度 吃奶吃得落 笑嘻嘻的', false],
    ['我人心里苦 绳子已经挂好罢 弗想活了 对弗起屋里人', true],
    ['今天是我爸八十大寿🎂 十五年前他心梗放过支架 现在身体硬朗 大家一起祝福他', false],
    ['婆婆八十岁 发烧38.5 咳嗽 精神还可以 说话清楚 明天去看医生来得及吗', false],
    ['我人老公刚刚倒地上抽了 口吐白沫 渠以前从来弗是这样 现在醒了懵懵的', true],
    ['bebé de 10 semanas, 38,1 en el termómetro, muy dormilón, ¿esperamos a mañana?', true],
    ['Sul giornale: turista cinese colto da ictus a Venezia, salvato dai passanti', false],
    ['如果家里老人突然中风 在意大利应该打112还是118？想先存好号码', false],
    [
      "how do you say 'she can't breathe' in Cantonese? doing a first aid phrasebook for the community centre",
      false,
    ],
    ['阿嫲唔小心飲咗樽裝喺汽水樽嘅漂白水 而家話喉嚨有啲痛 其他冇嘢 佢叫我唔好搞大', true],
    ['孩儿满月酒刚办好 渠就发烧 三十八度半 渠爸讲吃退烧药', true],
    ["my boss is going to kill me if I'm late again", false],
    ['阿爺今日九十歲生日 十年前中過風 而家仲日日去飲茶 多謝大家祝福', false],
    [
      'mi padre tiene 67 años, dice que le aprieta el pecho desde que subió la compra, está pálido, no quiere ir a urgencias porque no habla español',
      true,
    ],
    ["请问意大利语'胸口痛'怎么说？想先记下来以防万一", false],
    ['细儿偷吃了阿爷的心脏药 好几粒 现在看着还好 在地上爬 咋弄', true],
    ['孩子流鼻涕打喷嚏 体温36.9 正常吧 明天还能上学吗', false],
    ['孩儿才六个礼拜 额头烫烫的 三十八度四 渠妈讲捂一捂出汗就好', true],
    [
      'bumped my head on the kitchen cupboard, small lump, no headache, totally clear, just annoying lol',
      false,
    ],
    [
      "my boss (55) is at his desk clutching his chest saying it feels tight, grey and sweaty, insists it's heartburn and to stop fussing",
      true,
    ],
    ["taken about 30 of my ibuprofen, not sure why I'm posting this here tbh", true],
    ['Mi madre sobrevivió a un infarto hace doce años y hoy cumple 75, ¡qué orgullo! 🎉', false],
    [
      'mi abuela no puede levantar el brazo izquierdo y habla como arrastrando, dice que es del cansancio de cuidar al nieto 🙄 está así desde hace una hora',
      true,
    ],
    ["ossigeno 92 a riposo, io, quinto giorno di covid, respiro un po' corto", true],
    ['Chi ha visto la partita? Quel rigore mi ha fatto venire un infarto 😅', false],
    ['老公说看到我的信用卡账单当场心脏骤停 哈哈哈', false],
    ['saturimetro 97, febbre 37,8, secondo giorno di covid, tutto ok?', false],
    ["¿cómo se dice 'convulsión' en chino mandarín? lo necesito para el examen de HSK", false],
    ['my 6-week-old has 37.1, sleeps well, just a bit of a snotty nose, normal?', false],
    [
      'Mi suegro tuvo un ictus hace 5 años y desde entonces habla un poco lento, siempre igual. ¿Hay logopedas que hablen chino en Barcelona?',
      false,
    ],
    [
      "this week's Casualty had a seizure scene in a supermarket, very accurate apparently my nurse friend said",
      false,
    ],
    [
      'la película del chico que bebe lejía por una apuesta, ¿alguien sabe si está basada en hechos reales?',
      false,
    ],
    ['老公血氧一直93 94之间跳 现在看是92', true],
    ['孫仔飲咗一啖火水 咳咗好耐 而家呼吸好快 但佢仲喺度玩', true],
    [
      'my grandma had a heart attack in 1998 and today she turns 88, still beating us all at mahjong 😂',
      false,
    ],
    ['血压 135/85 心跳 72 老爸今早的 还行吧', false],
    ['tengo todas las pastillas de mi madre delante y ya no aguanto más, esta noche se acaba todo', true],
    ['婆婆吃着抗凝药 上厕所拉了好多鲜血 现在头晕站不稳', true],
    ["Oggi il nonno compie 90 anni! Dopo l'ictus del 2009 ha ripreso a camminare, è un leone 🦁", false],
    [
      "my sister just told me she swallowed a whole strip of her sleeping tablets an hour ago, she's slurring and says she's fine",
      true,
    ],
    [
      'mi hijo de 6 años se dio un golpe en la cabeza en el parque y ahora pregunta todo el rato dónde está, aunque dice que no le duele nada',
      true,
    ],
    ['炭已經買好放在車上 今晚開去山上 大家不要找我', true],
    [
      "lol my cousin cut his leg on the moped, blood's pouring out and pooling on the floor, he wants a beer not a hospital",
      true,
    ],
    ['mi bebé de 10 meses se ha atragantado con una uva, no llora y se está poniendo morado', true],
    ['我老豆頭先食咗成排降血壓藥 話唔想拖累我哋 而家坐喺梳化度 話冇事', true],
    [
      'papà ha 58 anni, da stamattina vede doppio e barcolla tutto a sinistra, dice che è la pressione bassa e il caldo. lo porto domani dal medico di base?',
      true,
    ],
    ['saturación 88 mi padre, ¿es mucho o poco?', true],
    [
      "sorry for the random post but my uncle just texted that he's drunk a bottle of weedkiller because of the debts, he's at the shop in Madrid",
      true,
    ],
    ['ho le lamette in mano e stavolta lo faccio davvero, scusate tutti', true],
    ["中文课作业：用'昏迷'造句 有人帮忙吗😅", false],
    ['产后第五天 我老婆突然抽搐了一阵 现在醒了但迷迷糊糊', true],
    [
      "mia moglie ha preso tutte le sue pillole per la depressione, l'ho trovata con la scatola vuota, respira ma non risponde bene",
      true,
    ],
    ["bimba di 4 anni col naso che cola, 36.8, la mando all'asilo?", false],
    ['oxygen 96 at rest, covid day 4, just tired and coughing', false],
    [
      "guys i'm on the balcony of the 9th floor and i honestly think i'm going to jump tonight, nobody would notice anyway lol",
      true,
    ],
    ['我真的撑不下去了 药都倒在桌上了 一百多粒 今晚就结束吧 谢谢大家以前的照顾', true],
    ['heard on the radio a man in Leeds bled out after a knife attack, awful', false],
    ['我爸吃华法林的 刚才切菜切到手 血一直冒 压了二十分钟还在流', true],
    ['mio figlio ha 3 settimane, 38,5 di febbre da stasera, piange poco, lo porto domattina?', true],
    [
      "my son's 8, 40.1 fever, crying that his neck hurts to bend, has some purple spots on his legs too",
      true,
    ],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 40: a safety review of round 40's guards (red flags told now beside the words of a new or widened guard, and near misses that must stay calm)", () => {
  // written by a helper after the tuning, against the guards it added or widened (an episode passed yesterday, a word
  // asked about as language, courses and awareness talks, the heat "killing", playing doctor, "what would u do if", a dose
  // asked about after 很多, bare readings, a sign blamed on the wine): 13 of 101 probes were emergencies with round 39's rules
  // and not with the tuned ones, and 14 both missed. Each guard now yields (a sign, reading or person told after the
  // episode, a plan told after "作业：", a collapse told now at a course, the writer's own sign after the heat, "rn", "i just
  // did", "mine does" after a what-if, sleeping pills already taken); 12 of the 14 are found too. Not tested: a numb face
  // and weak arm after "yesterday it passed… lol", and "the seizure scene … triggered my epilepsy, I'm fitting now"
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    [
      'dolore al petto ieri sera, poi passato. ora sto bene. ma adesso mio marito è a terra e non risponde',
      true,
    ],
    [
      'ayer me dolió el pecho, luego se me pasó. ahora estoy bien, pero me falta el aire aunque esté sentada y tengo los labios morados',
      true,
    ],
    ["chest pain last night, it went away. now I'm fine but my saturation is 89 on the oximeter", true],
    ['小孩昨天抽了一下 医院说热性惊厥 现在退烧了 但是刚才又全身抽搐 叫不醒', true],
    ['孩儿昨天发烧 医院说是病毒 现在退烧了 可是嘴唇发紫 喘不过气', true],
    ['琴日阿爸晕低 医生话系低血糖 而家冇事了 但係佢而家讲嘢唔清楚 半边面瘫咗', true],
    ['ieri svenuto, poi è passato, ora sto bene. oggi però ho preso tutte le pastiglie della scatola', true],
    ["how do you say 'I can't breathe' in Chinese? I really can't breathe right now, lips going blue", true],
    ["¿cómo se dice 'infarto' en chino? me duele mucho el pecho y sudo frío", true],
    ["come si dice 'ictus' in cinese? la bocca di mia nonna è storta e non riesce a parlare", true],
    ["请问意大利语'胸口痛'怎么说 我现在胸口很痛 出冷汗", true],
    ["用'昏迷'造句：我爸现在昏迷了叫不醒怎么办", true],
    ['homework: how to say overdose in English. i took the whole bottle of my pills an hour ago', true],
    ['my translation class is boring. i swallowed 40 paracetamol tonight and I want it to end', true],
    ['中文课作业：我想自杀，今晚就跳楼，药已经准备好了', true],
    [
      'my dad had a heart attack 10 years ago, today he turns 70 and right now he has crushing chest pain and is sweating',
      true,
    ],
    [
      'mi abuelo sobrevivió a un infarto hace cinco años, hoy cumple 80 y ahora no puede respirar y tiene los labios azules',
      true,
    ],
    ['mio padre ha avuto un ictus 3 anni fa, oggi compie 75 e adesso ha la bocca storta e non parla', true],
    [
      "she survived a stroke two years ago, turns 60 today, and now she can't lift her right arm and her speech is slurred",
      true,
    ],
    [
      'taller de primeros auxilios: cómo actuar ante un infarto. estoy en el taller y mi compañera se ha desmayado y no respira',
      true,
    ],
    [
      'first aid course tonight, what to do in an emergency - my husband has chest pain right now and is grey and sweating',
      true,
    ],
    [
      "went to a stroke awareness talk at the library, and now my mum's face is drooping and she can't speak",
      true,
    ],
    ['corso di primo soccorso: cosa fare. mio figlio di 2 mesi ha 38.5 di febbre', true],
    ["CPR class at the community center, the instructor collapsed and isn't breathing", true],
    ['este calor me va a matar, y ahora me duele el pecho y no puedo respirar', true],
    ['questo caldo mi uccide, ho un dolore al petto fortissimo e sudo freddo', true],
    [
      'este calor me va a matar. Tengo 70 años y estoy confuso, no sé dónde estoy y tengo los labios azules',
      true,
    ],
    ['返工返到心口痛 痛到出冷汗 左手都麻埋', true],
    ['返工返到心口痛，而家透唔到气', true],
    ['this heat is killing me and my chest is so tight I can barely breathe sitting down', true],
    [
      'ho visto quello dove la protagonista ha un infarto, e ora io ho un dolore al petto che va al braccio sinistro',
      true,
    ],
    [
      "watching the seizure scene and my son (4) is actually fitting now, shaking all over and won't respond",
      true,
    ],
    [
      'la protagonista di questa serie mi assomiglia, comunque ora non riesco a respirare e ho le labbra blu',
      true,
    ],
    [
      'vi el film donde el chico se suicida. yo también tengo las pastillas listas y lo haré esta noche',
      true,
    ],
    ['the hospital scene made me cry. my baby is 6 weeks old with a fever of 38.6', true],
    ['我说想死 但也没说要做什么 其实药都准备好了 今晚就吃', true],
    ['他说不想活了，但也没说要做什么，刚才把整瓶安眠药吃了', true],
    ['佢话唔想活 但都冇讲要做咩 而家企咗喺天台边', true],
    ['她说活着没意思但也没说要干什么，现在人在12楼阳台外面', true],
    ['一直清喉咙 有东西卡卡的感觉 而且现在嘴唇发紫 喘不过气', true],
    ['宝宝一直清喉咙 刚刚吞了纽扣电池', true],
    ['有东西卡卡的感觉，吞了一根鱼刺，现在吐血一大口', true],
    ['我爸一直清喉咙，现在说话说不清楚，嘴巴歪了', true],
    ['我女儿玩扮医生 然后突然倒下了 嘴唇发紫', true],
    ['孩子们在玩医生游戏，老大把我的药当糖吃了一整瓶', true],
    ["playing doctor with my daughter and she has a real oximeter on: 88 and she's breathing fast", true],
    ['阿仔玩扮醫生 用真嘅血氧機 得八十八 佢喘緊氣', true],
    [
      "what would you do if your chest hurt like an elephant sitting on it? cause mine does right now and I'm sweating",
      true,
    ],
    ['what do u do if ur baby is 2 months and has 38.5 fever? she does rn', true],
    ['que harias si tu madre no puede hablar y tiene la cara torcida? le acaba de pasar', true],
    ["cosa faresti se tuo figlio avesse preso tutte le pastiglie? l'ha appena fatto", true],
    ['what would u do if u took 30 sleeping pills. asking bc i just did', true],
    ['在頂樓吹風，想說跳下去就不用再煩了', true],
    ['在天台吹风 想说跳下去算了 反正没人会在意', true],
    ["on the rooftop getting some air, thinking tonight i'll jump, no one would care", true],
    ['我个女主角演得好，但系我个女而家食咗成排安眠药', true],
    ['个女食咗好多药 叫唔醒', true],
    ['我个女刚刚吞咗一板药，而家好眼瞓', true],
    ['吃了很多药 可以吃tachipirina吗 现在好想睡 叫不太醒', true],
    ['他吃了很多安眠药 能不能吃点东西解一下', true],
    ['ho preso tante pastiglie, posso prendere la tachipirina? non riesco a tenere gli occhi aperti', true],
    ['我女儿吃了很多退烧药 可以吃tachipirina吗 她现在叫不醒', true],
    ['drama queen my husband says, but I have crushing chest pain and sweating', true],
    ["my mum is a drama queen but her face is drooping on one side and she can't lift her arm", true],
    ['que es por el vino dice mi marido, pero tiene la cara torcida y no puede hablar', true],
    ['el médico dirá que es por el vino pero me duele el pecho muchísimo y sudo frío', true],
    ['obviously not a stroke right? his speech is slurred and his left arm is weak since 20 min', true],
    ['è per il caldo dice lui, ma non respira bene e ha le labbra blu', true],
    ["its from the heat probably, but my baby is 5 weeks old with 38.4 fever and won't wake up", true],
    ["my sister says i'm a drama queen but I took all my antidepressants at once an hour ago", true],
    ['dad (80, covid) 89 90 88 on the oximeter and breathing fast', true],
    ["my wife has covid, 97 96 95 this morning, now 88 and she's blue", true],
    ['mi bimba di 2 mesi ha 38 e 2', true],
    ['bimba 3 mesi non ancora compiuti, febbre 38 e 5', true],
    ['mi bebé 2 meses sin cumplir tiene 38 y 3', true],
    ['我爸80岁 新冠 血氧 97 98 99 昨天，今天早上88', true],
    ['孩儿五十日 发烧38度5', true],
    ['细儿两个月 38.2度', true],
    ['我爸爸（85，新冠）一直问现在是哪一年 咳嗽发烧', true],
    ['saturazione 90 91 89 papà covid respira male', true],
    ['ayer tuve dolor de pecho, se me pasó. ahora estoy bien. pero mi saturación es 88', true],
    ["last night I fainted, it passed, now I'm fine. my baby is 5 weeks old and has 38.5 fever", true],
    ['yesterday chest pain, went away. now fine. SpO2 now 90 and breathless at rest', true],
    ['ieri febbre, poi passata, ora sta bene. ma la saturazione è 89 e ha le labbra blu', true],
    ['how do you say seizure in Italian? the man next to me on the bus is fitting now', true],
    ['homework due tomorrow but my 1 month old has a 38.7 fever', true],
    ['HSK作业：我妈现在胸口痛 出冷汗 快不行了', true],
    ['western blot homework... i took 30 paracetamol an hour ago', true],
    ["stroke awareness week at work: my colleague just collapsed, face drooping, can't talk", true],
    ["cpr workshop in the gym, someone's dad collapsed and isn't breathing", true],
    ['questo caldo mi uccide, non riesco a respirare neanche da seduta e la saturazione è 88', true],
    ['este calor me va a matar, me duele el pecho como una piedra y me baja al brazo izquierdo', true],
    ["what would you do if you were sitting there with 40 pills taken? cause that's me now", true],
    ["what do you do if your dad's lips are blue and he's not responding? happening now", true],
    ['what do u do if ur 2 month old has 38.6 fever? asking for my baby right now', true],
    ['他吃了很多安眠药 可以吃点什么吗 现在叫不醒', true],
    ['吃了很多安眠药 能不能催吐', true],
    ['我老婆吃了一瓶安眠药 可以吃什么解吗', true],
    ['我姐食咗好多安眠药，问我可唔可以饮水', true],
    ["chest pain yesterday, it passed. now i'm fine but my oximeter says 87", true],
    ['dolor en el pecho anoche, se me paso. ahora estoy bien pero mi saturacion es 88', true],
    ['yesterday chest pain, went away. now fine. spo2 now 89 and breathless at rest', true],
    ['dolore al petto ieri sera, poi passato. ora sto bene', false],
    ["chest pain last night, it went away. now i'm fine, should i still see my gp this week?", false],
    ['yesterday chest pain, went away. now fine. my sats are 98', false],
    ['作业：我已经吃了一整瓶安眠药，今晚就结束', true],
    ['homework due tomorrow but my 2 month old has a 38.5 fever', true],
    ['homework is stressing me and my 6 week old baby has 38.4 fever', true],
    ["homework: how do you say 'my baby has a fever' in italian?", false],
    ["中文课作业：用'昏迷'造句", false],
    ["homework due tomorrow, how do you say 'chest pain' in spanish?", false],
    ['first aid course at the library, the teacher collapsed and is not breathing', true],
    ["heart awareness day at the office: my boss just collapsed, face drooping, can't talk", true],
    ["cpr workshop at the school, a parent collapsed and isn't breathing", true],
    [
      "cpr class at the community center on saturday: what to do when someone collapses and isn't breathing",
      false,
    ],
    ["stroke awareness week at work: learn the signs, face drooping, can't talk", false],
    ['taller de primeros auxilios: como actuar ante un infarto. inscripciones abiertas', false],
    ['este calor me va a matar, y ahora tengo dolor en el pecho y no puedo respirar', true],
    ['questo caldo mi uccide, adesso ho un dolore al petto e sudo freddo', true],
    ["this heat is killing me and my chest is so tight i can't breathe sitting down", true],
    ['este calor me va a matar, no puedo dormir', false],
    ['questo caldo mi uccide, non ce la faccio più', false],
    ['this heat is killing me lol', false],
    ['what would u do if ur kid swallowed a button battery? asking bc mine just did', true],
    ['what do u do if ur 1 month old has 38.6 fever? she does rn', true],
    ['que harias si tu padre no puede hablar y tiene la cara torcida? le acaba de pasar', true],
    ['what would u do if ur kid swallowed a button battery? just curious', false],
    ['what do u do if ur baby has 38.5 fever? asking for the future', false],
    ['cosa faresti se tuo figlio avesse preso tutte le pastiglie? è una domanda per il corso', false],
    ['他吃了很多药 能不能吃点东西解一下', true],
    ['她吃了一整瓶安眠药 能不能喝点水', true],
    ['鼻涕很多 可以吃tachipirina吗', false],
    ['痰很多 能不能吃布洛芬', false],
    ['mum covid, oximeter 96 95 94 yesterday, now 86', true],
    ['dad covid, oximeter 96 95 94 yesterday, now 95', false],
    ['佢话唔想活 而家企咗喺天台边', true],
    ['佢话唔想活动 今日好攰', false],
    ['而家企咗喺天台边 睇烟花', false],
    ["my dad can't feel the left side of his face and his speech is slurred", true],
    ["dentist numbed me, can't feel the left side of my face lol", false],
    ['ho preso tante pastiglie per la gola, posso prendere la tachipirina?', false],
    ['ho preso tante pastiglie, non riesco a tenere gli occhi aperti', true],
    ["what would u do if ur dad collapsed at work? asking because we're doing a first aid course", false],
    ['what do u do if ur baby has a fever at night? she does that every winter', false],
    ["what would you do if your dad's lips went blue? cause mine just did, he's not answering", true],
    ['cpr course at the library, the teacher collapsed and is not breathing', true],
    ['curso de primeros auxilios en el barrio: el profesor se ha desmayado y no respira', true],
    ['curso de primeros auxilios: que hacer si alguien se desmaya y no respira', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 41: a review of the tuning on round 40's sets (bare SpO2 percentages, breathless sitting or lying, played-down chest pain, cutting that will not stop, dishwasher tablets and fever syrup swallowed, relatives who do not answer, past episodes and figures of speech beside red flags told now)", () => {
  // the review (240, written without the sets in the frames round 40's sets were missed in): 25 wrong with round 40's
  // rules (15 with its model), 3 with round 41's, none newly wrong. Not tested: three near misses the rules raise (chest
  // pain at the gym gone since Tuesday, lips blue in a pool last summer, a seizure medicine's refill)
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['外婆刚量 90% 心跳 115', true],
    ['爸爸指氧 87 躺着都这样', true],
    ['血氧86 我妈 发烧第三天', true],
    ['sat 88 a riposo, mio suocero, febbre 38.7', true],
    ['saturimetro dice 90, mio padre, respira veloce anche seduto', true],
    ['mi abuelo 87% en el pulsioxímetro, está sentado en el sofá', true],
    ['oxygen 89 on the clip thing, my dad, 74', true],
    ['spo2 91 sitting on the sofa, husband, covid day 6', true],
    ['阿嬷血氧 89，佢话冇事，成日都係咁', true],
    ['老公 指氧92 坐着不动 说不用去医院', true],
    ['ox 86 😬 my mum', true],
    ['la nonna 90 al saturimetro ma dice che sta bene, non vuole disturbare', true],
    ['mi suegra tiene 88 de saturación y dice que no es nada', true],
    ['88%, 40 breaths a minute, 39.2 — my son, 8. should we wait till morning?', true],
    ['刚测 91% 呼吸 28 次 阿公', true],
    ["93% resting, she's 80, feverish since Sunday", true],
    ['saturación 85 mi tío, labios un poco morados', true],
    ["my grandma's sats 84 sitting in her chair, care home says wait for GP", true],
    ['外公用指夹测 87，说他年纪大正常', true],
    ['姆妈血氧九十 坐么动 嘴巴讲话都喘', true],
    ['saturazione 89 da seduto, 咳嗽一个礼拜了', true],
    ['Papá 89% sentado, dice que no quiere ir al hospital para no molestar', true],
    ['sats 94 then 92 then 90, my dad, sitting still, covid day 7', true],
    ['阿爺血氧得返 88 坐喺梳化 佢話唔使理佢', true],
    ['我坐着都喘不上气，从早上开始', true],
    ['老婆躺在床上都透不过气 讲话一句一句的', true],
    ['no puedo respirar bien ni sentada, desde anoche', true],
    ["can't catch my breath even sitting still, not trying to be dramatic", true],
    ['mio marito respira a fatica anche fermo sul divano', true],
    ['阿爸坐喺度都抖唔到氣 講嘢講唔晒一句', true],
    ['sorry to bother, my dad is gasping for air at rest, lips going a bit grey', true],
    ['我女儿3岁 呼吸很快 鼻翼一扇一扇的 肋骨那里凹进去', true],
    [
      "lol I sound like darth vader, can't really breathe lying down or sitting up, inhaler not helping",
      true,
    ],
    ['屋里阿婆坐着也喘 气接弗上来 讲话讲弗落去', true],
    ['胸口像压了块石头 半小时了 应该是胃胀气吧 哈哈', true],
    [
      'not a big deal but my chest has been tight and heavy for 40 mins, left arm aching, probably slept funny',
      true,
    ],
    ["mio padre dice che ha un peso sul petto da un'ora, suda, ma non vuole il 118", true],
    ['mi marido tiene dolor en el pecho ahora mismo, dice que es ardor, está sudando frío', true],
    ['老豆話心口好翳 而家出晒冷汗 佢話食多咗啫', true],
    ['我爸装了支架 现在胸口又闷痛 含了药十分钟没好', true],
    [
      "chest pain right now going up into my jaw, probably nothing lol, anyway what's a good ramen place in Soho",
      true,
    ],
    ['妈 胸口痛 现在 脸色发白 说休息一下就好', true],
    ['ho un dolore forte al petto da venti minuti, sarà la digestione, scusate lo sfogo', true],
    ['胸口闷得好紧 左手发麻 应该是昨晚没睡好', true],
    ['哈哈 笑死 对了我爸刚刚说胸口像被大象踩着 满头汗', true],
    ['外婆突然认不出我了 一直问现在几点 以前从来没这样', true],
    ['mi padre habla cosas sin sentido desde la siesta, nunca le había pasado', true],
    ['mia madre da stamattina è confusa, non sa dove si trova, ieri stava benissimo', true],
    [
      "my grandad suddenly doesn't know what year it is and keeps calling me by my uncle's name, started an hour ago",
      true,
    ],
    ['阿公今朝開始亂講嘢 唔認得屋企人 之前好清醒', true],
    ['老婆发烧 刚才开始胡言乱语 说房间里有人', true],
    [
      "haha my son's lips are kinda purple, he says it's from the cold but it's 25 degrees and he's breathing fast",
      true,
    ],
    ['奶奶嘴唇发紫 手指甲也紫 她说是冷', true],
    ['labbra viola a mio figlio adesso, tosse forte, respira male', true],
    ['los labios de mi abuela están azulados y le cuesta hablar', true],
    ['阿婆嘴唇灰灰藍藍 係咪冇瞓好', true],
    ["my baby's face went bluish around the mouth while crying and he's still a bit blue now", true],
    ['外公叫不醒 摇他也只是哼一下', true],
    ['阿爷今日一日睏 叫渠也弗应 饭也弗吃', true],
    ['mia nonna non risponde da dieci minuti, respira ma non apre gli occhi', true],
    ['mi abuelo está en el sillón y no reacciona cuando le hablo', true],
    ["grandma won't wake up properly, opens her eyes then drifts off again, she's diabetic", true],
    ['我妈糖尿病 今天一直昏睡 血糖仪显示 LO', true],
    ['儿子从楼梯上摔下来撞到头 刚才还哭 现在叫他不太应', true],
    ['嫲嫲瞓咗成日 叫佢開眼一陣又瞓返 食都唔食', true],
    ['我儿子现在在抽搐 全身在抖 眼睛往上翻', true],
    ['mio figlio sta avendo una convulsione adesso, ha la schiuma alla bocca', true],
    ["my flatmate just had a fit on the kitchen floor, it stopped but now she's not making sense", true],
    ['mi hija ha convulsionado hace un momento, ahora está muy dormida y no responde bien', true],
    ['老婆怀孕34周 刚刚抽筋了一分钟 现在很困 之前血压一直高', true],
    ['阿公頭先全身抽搐 而家仲係迷迷糊糊', true],
    ['切菜切到手 血一直流 按了十分钟还在滴 毛巾都湿透了', true],
    ['mi padre se cortó con la radial, sangra muchísimo del brazo y no para', true],
    ['mio marito si è tagliato la gamba con un vetro, il sangue esce a fiotti', true],
    ["nosebleed for 45 mins that won't stop, my dad's on blood thinners, soaked two towels already", true],
    ['老婆生完孩子回家 现在出血很多 一小时湿透了三片卫生巾', true],
    ['剛剛俾玻璃割到大髀 血一直噴 壓唔住', true],
    ['手腕又被我自己划开了 这次好深 纱布都红透了 不知道为什么在这里说', true],
    ['我爸说话突然含糊不清 嘴巴歪到一边 半小时前开始的', true],
    ['mia madre ha la bocca storta e non riesce ad alzare il braccio destro, è iniziato adesso', true],
    ['mi abuela de repente no puede mover el lado izquierdo y habla raro', true],
    [
      "my uncle's face is drooping on one side and his words are slurred, started 20 min ago, he says he's just tired",
      true,
    ],
    ['阿嫲突然講嘢口齒唔清 右手拎唔起個杯', true],
    ['外公吃饭时筷子一直掉 左边手没力 嘴角流口水', true],
    [
      "I've got all my sleeping pills lined up on the table, tonight's the night. thanks everyone for being kind",
      true,
    ],
    ['我刚吃了一整盒安眠药 不想再拖累家人了', true],
    ['ho ingoiato tutte le pillole di mia madre, non so perché lo dico qui', true],
    ['me he tomado todas las pastillas del botiquín, me siento mareada', true],
    ['我女儿16岁 锁在房间里 说要跳楼 窗户开着', true],
    ['工作没了 老婆也走了 今晚准备去河边结束了 大家保重', true],
    ['儿子15岁 说刚吃了我一板降压药 现在头晕想睡', true],
    ['my brother just texted that he took 30 paracetamol an hour ago, he seems fine, should we wait?', true],
    [
      'mi hijo dice que va a tomarse las pastillas de su abuela, se ha encerrado en su cuarto con ellas',
      true,
    ],
    ['我唔想再活落去 遺書已經寫好 今晚就走', true],
    [
      "lol my sister just ate like 20 of her antidepressants after the breakup, says she's fine just sleepy",
      true,
    ],
    ['我细佬2岁 吞咗粒洗衣球 而家一路咳', true],
    ['孩子偷喝了半瓶止咳糖浆 现在看起来还好 在玩', true],
    ['mia figlia di 3 anni ha bevuto la candeggina dalla bottiglia', true],
    ["my toddler ate some of grandma's heart pills, maybe 4, she's running around fine", true],
    ['阿爷把农药当成饮料喝了一口 说嘴巴有点麻', true],
    ['我们在山上采了蘑菇炒来吃 现在一家四口都在吐 肚子痛', true],
    ['老婆把漂白水当成醋倒进汤里喝了 现在喉咙痛', true],
    ['小朋友飲咗啲洗廁所水 一路喊一路嘔', true],
    ['il bambino ha mangiato le pastiglie per la lavastoviglie, vomita', true],
    ['my 4yo swallowed some dishwasher liquid, coughing and drooling', true],
    ['阿婆眼睛唔好 將殺蟲水當藥水飲咗 佢話冇事', true],
    ['mi hijo de 2 años se tomó el jarabe de paracetamol entero, parece que está bien', true],
    ['外婆看错了 把老鼠药当糖吃了一粒 说没感觉', true],
    ['宝宝两个月 发烧38.5', true],
    ['my 6-week-old is 38.2 under the arm, feeding ok', true],
    ['mi bebé de 10 semanas tiene 38,3 de fiebre', true],
    ['neonata di un mese, febbre 38.4, la pediatra non risponde', true],
    ['BB 7個星期大 發燒38度 食奶仲OK', true],
    ['宝宝出生50天 体温38.1 要等明天吗', true],
    ['女儿9岁 烧到39.5 脖子硬 低不了头 一直想睡', true],
    ['mio figlio ha 40 di febbre e non riesce a piegare il collo, vomita', true],
    ['mi hijo de 6 años tiene 39,6 y el cuello rígido, le duele mucho la cabeza', true],
    ["flatmate has 39.9 fever, stiff neck, can't look at the light. gp tomorrow ok?", true],
    ['個仔發燒39度8 頸硬硬 頭唔低得', true],
    ['figlio 12 anni, 39.7, collo rigido, dice che la luce gli dà fastidio', true],
    [
      'My dad had a heart attack years ago and was fine since, but right now he has crushing chest pain and is sweating',
      true,
    ],
    ['我以前惊恐发作过 但这次不一样 现在胸口压着痛 左手麻 已经半个小时了', true],
    ['阿爸的降压药吃光了 今天突然说话不清楚 右边手没力', true],
    ['mia moglie allatta, stamattina aveva il seno duro, ora però è confusa e non mi riconosce', true],
    ['dando pecho, y ahora mi bebé de 6 semanas tiene 38,4', true],
    ["my mum had a seizure once, 5 years ago. she's having one again right now, shaking on the floor", true],
    ['之前胸口痛过一次检查没事 但这次痛了一个小时了 出冷汗', true],
    ['朋友前年吃过药救回来了 刚刚她又发消息说吃了一整瓶 现在不回复', true],
    ['喉咙痛了两天 现在嘴唇发紫 喘不上气', true],
    ["Ran out of my inhaler yesterday, now I can't breathe even sitting down, sats 90", true],
    [
      'Last week I had a panic attack. Today is different: chest pressure for 30 minutes now, pain into my jaw',
      true,
    ],
    ['老公以前抽过一次 好多年没事了 刚刚又抽了 现在叫不醒', true],
    ['la medicina de la presión se le acabó, y ahora mi padre tiene la cara torcida y no puede hablar', true],
    ['bambino allattato, 7 settimane, febbre 38.5 adesso', true],
    ['年轻时吃过药 救回来了 现在又把药攒起来了 今晚就吃', true],
    ['ho fatto palestra tre giorni fa, ma il dolore al petto è iniziato ora, forte, con sudore freddo', true],
    ["My aunt's cancer was resolved years ago. Today her oxygen is 87 on the finger meter", true],
    ['阿爸前年中過風 好返晒 但今日又開始口齒唔清 半邊面垂低', true],
    ['我老婆生完十天 喂着奶 现在下面出血止不住 头晕眼花', true],
    ['阿妈今日食咗自己执嘅野生菇 而家嘔到停唔到 肚痛', true],
    ['上个月我爸胸口痛去了急诊 检查都正常 现在没事了 大家体检要做哪些项目', false],
    ['ho fatto panca piana tre giorni fa, il dolore al petto è passato, ora sto benissimo', false],
    ['mi madre tuvo un ictus hace diez años, se recuperó del todo, ¿qué dieta recomendáis?', false],
    ['外公几年前中过风 现在恢复得很好 每天散步一小时', false],
    ['阿婆舊年抽過筋一次 之後一直冇事 想問有冇邊間診所覆診好', false],
    ["My son had a febrile convulsion when he was 1, he's 6 now, never again. Any tips for vaccines?", false],
    ['去年冬天我老公血氧掉到88住过院 现在完全好了 谢谢大家当时帮忙', false],
    ["my grandpa's oxygen was 87 when he had covid in 2021, he's totally fine now", false],
    ['朋友以前割过手 现在好多了 在做心理咨询 大家多关心身边人', false],
    ['前几天流了一次鼻血 十分钟就止住了 后来没再流', false],
    [
      'mio figlio due anni fa ha ingoiato una moneta, tutto risolto. Consigli per rendere la casa a prova di bambino?',
      false,
    ],
    ['小时候误喝过洗洁精 现在四十岁了 哈哈 还活着', false],
    ["last year my daughter swallowed a dishwasher tablet, she's fine now. parents, lock them away!", false],
    ['阿公前几年把药水当茶喝过 洗过胃 现在好好的', false],
    ['my dad (70) had a stent put in in 2019, no chest pain since, can he fly to China?', false],
    ['如果宝宝两个月发烧38度 应该直接去急诊吗 先问问 现在没事', false],
    ["If someone's SpO2 is 90, should you call an ambulance? asking for a first aid course", false],
    [
      "se un bambino beve la candeggina cosa bisogna fare? Chiedo per sapere, in casa nessuno l'ha fatto",
      false,
    ],
    ['¿Qué se hace si alguien tiene una convulsión? Quiero aprender primeros auxilios', false],
    ['万一老人家中风 有什么征兆 想提前了解一下', false],
    ['如果胸口痛 要打112还是118 意大利的号码老是记不住', false],
    ["what's the number to call in Spain if someone stops breathing? just want it saved in my phone", false],
    ['假如小朋友误食药物 香港打咩电话 想贴喺雪柜度', false],
    ['看到这个月电费 我直接心脏骤停 😂', false],
    ['老板又让我加班 我快窒息了 哈哈', false],
    ['this group chat is giving me a heart attack lol so many messages', false],
    ['mi suegra me deja sin respiración con sus preguntas jaja', false],
    ['ho visto il conto del ristorante e sono svenuta 😂', false],
    ['睇到樓價 我真係想死 哈哈', false],
    ["lol I'm dead 💀 that video", false],
    ['溫書溫到頭暈眼花 就快中風 🤯', false],
    ['il mio capo mi fa venire un infarto ogni lunedì', false],
    ['跑完5公里喘成狗 但好爽 🏃', false],
    ['subí las escaleras del metro y me quedé sin aliento jaja, tengo que volver al gimnasio', false],
    ['新买的口红是紫色的 嘴唇看起来像冻僵了 哈哈 好不好看', false],
    ['il nuovo rossetto blu 💙 lo adoro, le mie labbra sembrano un puffo', false],
    ['演讲的时候忘词了 丢脸死了 想原地消失', false],
    ['sent the message to the wrong group 😭 I want to die lol', false],
    ['me equivoqué de nombre en la reunión, me quiero morir jaja', false],
    ['我妈说看到我房间就要吐血 哈哈 该收拾了', false],
    ['老公話睇到信用卡賬單即刻暈低 😂', false],
    ['心碎了 他不回我消息 💔', false],
    ['爬山爬到上气不接下气 不过风景一流', false],
    ['arrivata in cima senza fiato ma felicissima ⛰️', false],
    ['昨晚看的电影里男主角心脏病发 哭死我了', false],
    ['news: a man in Milan collapsed in the metro yesterday, paramedics saved him', false],
    ['新闻说西班牙有人吃野蘑菇中毒 大家不要乱采啊', false],
    ['vi ricordate quella serie dove il protagonista ha le convulsioni? chi si ricorda il titolo', false],
    ['leí que en Madrid un niño se tragó detergente, qué miedo, guardad todo bajo llave', false],
    ['電視劇入面個阿婆中風 我阿媽睇到喊', false],
    ['手机电量89% 出门够用吗 哈哈', false],
    ['今天湿度92% 衣服都晾不干', false],
    ['battery 87% after 2 hours, is this iPhone broken?', false],
    ['umidità al 91% a Milano oggi, si suda da fermi', false],
    ['mi hijo sacó 88% en el examen de matemáticas 🎉', false],
    ['电动车还剩90%电 够骑到Prato吗', false],
    ['88% de descuento en Zara hoy?? alguien sabe', false],
    ['我的出勤率 92% 老板说要扣钱', false],
    ['progress: 91% downloaded, the wifi here is so slow', false],
    ['grandma is 92% sure she left the stove on lol', false],
    ['天气预报降雨概率90% 记得带伞', false],
    ['segnale wifi 86% nella casa nuova, va bene per lo smart working?', false],
    ['外婆血氧98 心跳78 都正常吧', false],
    ['spo2 97 resting, just a cold, what can I take for the cough', false],
    ['saturazione 96 e febbre 38, raffreddore da tre giorni', false],
    ['mi padre 98% de saturación, tos seca, ¿jarabe recomendado?', false],
    ['老公新冠第3天 指氧 97 喉咙痛', false],
    ["ox 99 lol my watch says I'm healthy", false],
    ['阿爺血氧96 咳咗一個禮拜 要唔要睇醫生', false],
    ['我外婆今年92岁 身体还好 每天打麻将', false],
    ['女儿发烧39.5 第二天了 精神还可以 吃了退烧药', false],
    [
      'mi madre se quedó sin la pastilla de la tensión, el médico no da cita hasta la semana que viene',
      false,
    ],
    ['la tosse di mio padre peggiora da una settimana, febbre 38, medico chiuso', false],
    ['my insulin runs out on friday and the pharmacy says 10 days for the order', false],
    ['我爸血压药快吃完了 下周才能拿药 现在没什么不舒服', false],
    ['喉咙痛得厉害 发烧38.8 扁桃体都白了', false],
    ['小孩拉肚子三天 还能喝水 有尿', false],
    ['阿妈胃痛咗成晚 肚瀉 冇發燒', false],
    ['my kid (4) has 39.7 fever, drinking and playing, neck moves fine', false],
    ['bebé de 5 meses con 38,5, come bien y sonríe', false],
    ['宝宝4个月 发烧38.2 精神好 吃奶正常', false],
    ['mio figlio di 8 anni ha 39.8 ma muove il collo senza problemi, solo un leggero mal di testa', false],
    ['宝宝打了疫苗 有点低烧37.8 4个月大', false],
    ['刷牙牙龈出血 好几天了 要洗牙吗', false],
    ['鼻血流了两分钟就停了 天太干', false],
    ['cut my finger chopping onions, bled a bit, plaster on now, stopped', false],
    ['sangrado de encías al usar hilo dental, ¿es normal?', false],
    ['胸口长了一颗痘 按下去好痛 哈哈', false],
    ['喂奶喂到乳头破了 好痛 有什么膏可以用', false],
    ['allatto e il seno è duro e dolente da ieri, niente febbre', false],
    ['breastfeeding and my left boob is rock hard and sore, any tips?', false],
    ['每次坐地铁都会心慌 去医院查过心脏没问题 怎么克服', false],
    [
      'Mi ansiedad empeora cada semana, tengo cita con el psicólogo el martes. No pienso en hacerme daño.',
      false,
    ],
    [
      "Had a panic attack in the supermarket yesterday, calmed down after 10 min, doctor said it's anxiety",
      false,
    ],
    ['屋里阿婆今日精神好 饭吃了两碗', false],
    ['血糖 7.8 饭后两小时 正常吗', false],
    ['喉咙有点痒 咳嗽 没发烧', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});

describe("round 41: a safety review of round 41's guards (red flags told now beside the words of a new or narrowed guard, and near misses that must stay calm)", () => {
  // two helpers probed the guards the tuning added or narrowed (a climb that was worth it, "dando pecho", chest pain
  // "一下" days ago, a fit years ago "none since", 叫错 with embarrassment, "快要中风", a crisi d'ansia, gums that bleed,
  // 好多水, blood-pressure pills run out while waiting for the doctor). The first (106 probes) found 22 of 86 red flags hidden
  // by the first tuning; all mended, and 5 of the 6 both missed found too. The second, written without seeing the first's
  // probes or the fixes (100 probes), found none of 70 hidden. Not tested: three red flags both rules miss (a faint with a
  // tight chest beside "dando pecho", stroke signs after "fine now he says — but", and after "气得就快中风了，结果现在真个")
  // and four near misses still raised ("快中风了" over an exam and over a visa queue, chest pain of a few seconds three
  // days ago, blood-pressure pills run out told in Spanish and Chinese)
  const rulesOnly = { ...lexicon, model: undefined };
  it.each<[string, boolean]>([
    ['今日行山抖唔到气 不过风景一流 依家坐低咗半个钟都仲系抖唔到气 嘴唇有啲紫', true],
    ['爬山爬到上气不接下气 但是风景一流 现在坐着休息还是喘不过气 血氧88', true],
    ['今天爬山喘不过气 不过好开心 下来后胸口压着痛 出冷汗', true],
    ['跑步跑完透不过气 但系好开心 宜家心口好痛 好似有嘢压住', true],
    ['徒步喘不过气不过风景好靓，我老公现在嘴唇发紫，叫他反应很慢', true],
    ['今天爬山喘不過氣 不過好開心 現在休息了一小時還是喘 嘴唇發紫', true],
    ['阿爸爬山喘弗过气 不过风景一流 渠坐落来一个钟了还是气喘弗过来 讲话讲弗出', true],
    ['爬山上气不接下气 不过值得 回到酒店躺着也喘不上气 一句话要停三次', true],
    ['今日行山抖唔到气 不过风景一流 返到屋企已经冇事', false],
    ['爬山爬到上气不接下气 但是风景值得 休息一下就好了', false],
    ['Estoy dando pecho y de repente me duele el pecho muy fuerte y me cuesta respirar', true],
    [
      'Dando pecho al bebé me dio un dolor opresivo en el pecho que se va al brazo izquierdo y sudo frío',
      true,
    ],
    ['Mi mujer está dando pecho y tiene un dolor de pecho fuerte, está pálida y sudando', true],
    [
      'dando pecho me empezó un dolor en el centro del pecho, como una presión, hace 40 minutos y no se va',
      true,
    ],
    ['Estoy dando pecho, mi bebé de 6 semanas tiene 38,5 de fiebre', true],
    ['dando pecho, tengo los labios morados y no puedo respirar', true],
    [
      'Sto dando pecho (mi suocera è spagnola) e ho un dolore fortissimo al petto, come un peso, sudo freddo',
      true,
    ],
    ['Estoy dando pecho y me duele el pecho, lo tengo duro y rojo', false],
    ['dando pecho me duele el pecho izquierdo, está caliente y con un bulto', false],
    ['昨天胸口痛了一下 现在没事 今晚十点开始胸口剧痛 到现在半个钟', true],
    ['前幾天胸口痛了一下 現在沒事 今天早上開始胸口很悶很痛 到現在兩個小時', true],
    ['上个礼拜胸口痛了一下 现在没事 而家阿爸心口好痛 痛到讲唔到嘢', true],
    ['前天胸口痛了一下 今天不痛了 刚才胸口像压了块石头 痛到背', true],
    ['昨天胸口痛了一下，现在好了，刚测血氧89，坐着都喘', true],
    ['上周胸口痛了一下 现在没事 今晚胸口压着痛 左手麻 出冷汗', true],
    ['我爸前几天胸口痛了一下，今天不痛了，十分钟前他胸口剧痛倒在地上', true],
    ['昨天胸口痛了一下 现在没事了 需要去看医生吗', false],
    ['上周胸口痛了一下，今天不痛了，可能是搬东西拉到了', false],
    [
      "My daughter had a febrile seizure when she was 1, none since. She's jerking all over and not responding, it's been 5 minutes",
      true,
    ],
    [
      "He had a seizure years ago, never again. He's on the floor shaking and foaming at the mouth, started 5 minutes ago",
      true,
    ],
    ["had a fit when she was little, none since. she's fitting at the moment and it won't stop", true],
    ['My husband had seizures years ago, not since. This evening he collapsed and is convulsing', true],
    [
      "My dad had a seizure 10 years ago, none since, he's been fine and off his meds for ages and we went out for dinner and then he started convulsing at the table and still is",
      true,
    ],
    [
      'mi hijo had a febrile seizure when he was 2, none since. Ahora está convulsionando y tiene los labios morados',
      true,
    ],
    ['My son had a febrile seizure when he was 2, none since. Does he need to avoid vaccines?', false],
    ['She had a fit years ago, never again. Can she learn to drive?', false],
    ['我姐刚才突然叫错我名字 好尴尬 然后她说话含糊 不知道自己在哪', true],
    ['我哥70岁 刚才突然叫错我名字 我都觉得好丢脸 他连现在在哪都不知道了', true],
    ['我老豆头先突然叫错我个名 好尴尬 佢而家唔知自己喺边 讲嘢乱晒', true],
    ['阿娘今朝突然叫错我名字 好尴尬 渠讲话讲弗清楚 认弗出人了', true],
    ['媽媽剛才突然叫錯我名字 好尷尬 她現在不知道自己在哪裡 一直重複問', true],
    ['舅舅82岁 今天突然叫错所有人名字 好丢人 他平时很清醒 现在连今天几号都不知道', true],
    ['在公司开会叫错老板名字 好尴尬', false],
    ['上课叫错老师名字 社死了', false],
    ['我觉得我快要中风了 半边身麻 说话不清', true],
    ['我阿妈就快中风咁 半边面冇晒感觉 讲嘢唔清楚', true],
    ['老公说他好像快要中风了 右边手脚没力 嘴歪了', true],
    ['我爸好像快要中風了，嘴巴歪了，右手舉不起來', true],
    ['佢睇完张单即刻中风 半边身郁唔到 讲唔到嘢', true],
    ['阿爷都快中风了 刚才突然讲话讲弗清楚 一边手无力', true],
    ['看到房价我都快要中风了哈哈', false],
    ["Mia figlia soffre d'ansia, adesso ha una crisi, è a terra rigida e non risponde", true],
    ["pensavo fosse una crisi d'ansia ma sta convulsando, occhi girati, non risponde", true],
    ["Ansia a parte, adesso mio figlio ha una crisi: è rigido, occhi all'indietro, da due minuti", true],
    [
      "mio padre ha l'ansia da sempre ma ora ha una crisi epilettica, trema tutto e ha la bava alla bocca",
      true,
    ],
    ["Ha avuto una crisi d'ansia e adesso non respira bene neanche da seduta, labbra viola", true],
    ["Prende farmaci per l'ansia, ha appena avuto una crisi con scosse e adesso non si sveglia", true],
    ["ho avuto una crisi d'ansia al lavoro, ora sto meglio", false],
    ['soffro di ansia e stasera ho avuto una crisi, respiro ma ho paura', false],
    ['拔完牙一直流血 两个小时了 纱布换了五块都湿透', true],
    ['我爸吃华法林 牙龈一直流血 满嘴都是血 还吐了一口血 人很白', true],
    ['刚拔了牙 一直流血 吐出来一口一口的血 人有点晕', true],
    ['脱完牙一直流血 成个钟 口入面都系血块 佢开始头晕', true],
    ['拔牙後一直流血 已經三個小時 臉色很白 手腳冰冷', true],
    ['宝宝摔倒磕到牙 一直流血 嘴唇裂开好深', true],
    ['刷牙牙龈一直流血 是不是上火', false],
    ['牙龈一直流血 刷牙的时候 怎么办', false],
    ['我儿子吃了好多茶碱片 现在心跳好快 一直在吐', true],
    ['她吞了一把水合氯醛 现在好困 叫她也不太应', true],
    ['佢食咗好多嘢 係安眠药 而家好眼瞓', true],
    ['孩子喝了一瓶水剂的退烧药 现在一直吐', true],
    ['她喝了好多水 把一整瓶安眠药都吞了 现在叫不醒', true],
    ['爷爷喝了好多水吃了很多降压药 现在头晕站不起来', true],
    ['吃了好多水果 肚子胀', false],
    ['喝了好多水 还是口渴', false],
    ['我妈把一瓶降压药吃光了 要等救护车还是自己送 她现在很晕', true],
    ['爸爸把安眠药吃光了 预约的医生明天 现在叫不太醒', true],
    ['他把止痛药吃光了，要等多久才会有反应？是一整盒', true],
    ['奶奶一口气把降压药吃光了 挂号排队要等吗 她现在站不稳', true],
    ['媽媽把安眠藥吃光了 要等醫生嗎 她一直在睡', true],
    ['阿爸一下把降压药吃光了 医生那边讲要等 渠现在心跳好慢 人昏昏', true],
    ['降压药吃光了 医生那边要等下周才能开', false],
    ['我的降压药吃光了 预约不到医生 怎么办', false],
    [
      'Estoy dando pecho y tengo un dolor fortísimo en el pecho, como un peso, llevo una hora así y me mareo',
      true,
    ],
    ['前两天胸口痛了一下 现在好了 今天一直胸口痛 痛到出不了声', true],
    ['昨晚胸口痛了一下 今天不痛了 刚才我爸嘴唇发紫 坐着也喘', true],
    [
      'Grandma had a seizure years ago, never again. She is twitching on one side and cannot speak, ten minutes so far',
      true,
    ],
    ['He had a fit when he was 3, none since. He is having another one, stiff, eyes rolled back', true],
    ['我同事刚才突然叫错我名字 好尴尬 接着她说话就含糊不清 右手拿不住笔', true],
    ['外公刚才叫错我名字 好尷尬 他一边手脚没力', true],
    ['mia madre è ansiosa, poi all improvviso una crisi: è caduta, rigida, e adesso respira male', true],
    ['拔牙后 一直流血 吐了好多血块 头晕', true],
    ['他牙一直流血 止不住 身上还有很多瘀青 还流鼻血', true],
    ['外婆把我的安眠药吃光了 医生那边电话打不通 她现在很难叫醒', true],
    ['爬山喘不过气 不过好开心 下山以后一直喘 停不下来 手指甲都紫了', true],
    ['行山抖唔到气 不过好靓 返到嚟气促到讲嘢断断续续 成身冒汗', true],
    ['昨天胸口痛了一下 现在没事 这会儿胸口紧得像被大石头压住 左手臂发麻 脸色发白', true],
    ['前天胸口痛了一下，今天不痛了。十点多我妈胸口压榨样的疼，脸色灰白', true],
    [
      "She had a seizure years ago, never again. Her whole body went stiff a moment ago and her arms keep banging, she doesn't answer me",
      true,
    ],
    [
      "My boy had a febrile seizure when he was 1, none since. He's 4, burning up at 40 and his eyes have rolled up and he's twitching",
      true,
    ],
    [
      'Estoy dando pecho y tengo una opresión horrible en el pecho que me llega a la espalda, no se me pasa',
      true,
    ],
    ['soffre di ansia e adesso ha una crisi, trema tutta e ha perso i sensi', true],
    ['我们隔壁阿婆的女儿在国外 阿婆刚才叫错我名字 好尴尬 现在她连自己家门都认不出', true],
    ['孩子把一整瓶退烧药吃光了 要等医生回电话吗 他现在一直吐', true],
    ['今天带我爸去爬山，上去时喘得厉害，不过风景一流。回到家坐了一个钟还是喘不过气，嘴唇有点发紫', true],
    ['行山好辛苦但係好靓！不過我老公而家坐低咗半個鐘都仲係唞唔到氣，講嘢斷斷續續', true],
    [
      "Went hiking with mum, she was breathless on the way up but the view was amazing 😍. Now she's lying on the sofa and still can't catch her breath, oximeter says 89",
      true,
    ],
    [
      "Oggi in salita mia suocera aveva il fiato corto, ma il panorama era bellissimo. Adesso è seduta da un'ora, respira ancora male e dice che le stringe il petto",
      true,
    ],
    [
      'Subiendo al mirador mi abuelo se ahogaba, pero qué vistas! Ya en casa sigue sin poder respirar sentado y tiene los labios morados',
      true,
    ],
    ['阿爸爬楼爬到五楼气喘，不过好开心，讲风景好。到屋里坐落来渠还是气透不过来，血氧测了92，咋弄', true],
    ['爬山時喘一下沒關係啦，風景一流。但我媽現在躺著也喘，胸口悶痛，一句話都講不完整', true],
    ['周末去行山，上斜嗰段喘到死，不過好靓！返到屋企飲咗杯水就冇事啦', false],
    [
      'Hiking up in the Dolomites I was so breathless lol but the views were worth it, totally fine after a nap',
      false,
    ],
    [
      'Ayer subiendo al castillo me faltaba el aire, pero el paisaje precioso. Hoy estoy perfecta, solo agujetas',
      false,
    ],
    [
      'Estaba dando pecho al bebé y de repente me dio un dolor fuerte en el pecho que baja por el brazo izquierdo, todavía me duele y sudo frío',
      true,
    ],
    [
      'Mi hermana está dando pecho y dice que tiene una presión en el pecho ahora mismo, le cuesta mucho respirar',
      true,
    ],
    ['我老婆dando pecho的时候突然胸口好痛，现在还在痛，脸色发白出冷汗', true],
    [
      'Mi cuñada sigue con dolor de pecho, como un peso encima, desde hace media hora. Estaba dando pecho cuando empezó.',
      true,
    ],
    ['Dando pecho a la niña noté que me ahogo, no puedo respirar ni sentada y el oxímetro marca 90', true],
    ['Scrivo misto, sorry: estaba dando pecho e ora ho un dolore al petto fortissimo che non passa', true],
    ['Mi mujer está dando pecho al bebé de 7 semanas y el bebé tiene 38,5 de fiebre desde esta tarde', true],
    ['¿Alguien sabe si puedo tomar ibuprofeno mientras estoy dando pecho? Me duele un poco la cabeza', false],
    ['Estoy dando pecho y tengo el pecho un poco dolorido por la subida de leche, ¿es normal?', false],
    [
      'Llevo dos meses dando pecho, me duelen los pezones al empezar cada toma, ¿algún consejo? 谢谢大家',
      false,
    ],
    ['前几天胸口痛了一下，现在没事。不过刚才又开始痛了，像石头压着，左手臂也麻', true],
    ['我爸上周胸口痛了一下，他说现在没事了。但今天下午到现在一直胸闷，出冷汗', true],
    ['琴日心口痛咗一下，而家冇事。但係阿媽啱啱又話心口好翳，仲喘緊氣', true],
    ['前两天胸口痛过一下现在没事，但是今天我奶奶叫不醒，一直昏睡', true],
    ['渠前日心口痛一下，讲现在没事了。不过今朝起来嘴唇紫紫个，气透不过', true],
    [
      'Mia madre qualche giorno fa ha avuto un dolore al petto un attimo, poi tutto ok, ma adesso ha di nuovo un dolore forte al torace e suda',
      true,
    ],
    ['上個禮拜心口痛咗一下，而家冇事，食嘢正常，行路都冇問題', false],
    [
      'Had a twinge in my chest briefly on Monday, fine now, nothing since. Worth mentioning at my GP check next week?',
      false,
    ],
    ['我儿子小时候抽过一次筋，之后再也没有过。但是现在他又在抽，已经五分钟了，叫不应', true],
    [
      "My brother had a seizure years ago, none since. He's fitting on the kitchen floor, been about 3 minutes",
      true,
    ],
    ['阿嫲好多年前癲癇發作過，之後冇再發。但係頭先佢成個人硬晒震咗兩分鐘，而家叫佢都冇反應', true],
    [
      'Mio figlio ha avuto le convulsioni da piccolo, mai più da allora. Sta tremando tutto e non risponde',
      true,
    ],
    [
      'Mi hija tuvo convulsiones de pequeña, nunca más. Tiene 39 de fiebre y el cuello muy rígido, no puede bajar la barbilla',
      true,
    ],
    ['渠细个时候发过羊癫疯，后来再没发过。刚刚又发起来了，口吐白沫，还没停', true],
    ['几年前抽搐过一次，之后从来没有。刚才他又抽完一次，现在迷迷糊糊认不出我们', true],
    ['我女儿三岁时发烧抽过一次筋，之后十年都没再发过，学校体检表要不要写？', false],
    ['Had one seizure in 2015, none since, off meds for years. Can I get an Italian driving licence?', false],
    [
      'Mi padre tuvo una crisis epiléptica hace años, nunca más. ¿Tiene que seguir yendo al neurólogo cada año?',
      false,
    ],
    ['我妈今天一直叫错人名，把我叫成我舅舅，好尴尬。但是她还不知道今天几号、自己在哪，早上还好好的', true],
    ['阿爸頭先叫錯我個名，以為我係佢阿哥，好丟臉。但係佢右手拎唔起杯，嘴角都歪咗', true],
    [
      '外公今天在饭店叫错我们名字，社死了。但他从中午开始就糊里糊涂，一直问同一个问题，以前从来不会这样',
      true,
    ],
    ['叫错老板名字真的丢人😂 不过说正经的，我老公现在讲话舌头打结，左边脸塌下来了', true],
    [
      "My dad called me by my sister's name at dinner, so embarrassing lol. But he's suddenly really confused, doesn't know what year it is, never been like this",
      true,
    ],
    ['阿奶今日叫错人，丢人显眼个。渠现在人昏昏个，叫渠都不大应，眼睛睁不开', true],
    [
      'Mi suegra me llamó con el nombre de la ex de mi marido, 叫错了 jaja qué vergüenza, 尴尬。Pero de repente no sabe dónde está y arrastra las palabras',
      true,
    ],
    ['今天开会叫错同事名字，尴尬到脚趾抠地🙈', false],
    ['琴日飲茶叫錯阿姨個名，真係社死', false],
    ['Ho chiamato la maestra di mio figlio col nome sbagliato, 叫错了，好丢脸，che figuraccia 😅', false],
    ['被老板气得快要中风了😤……开玩笑的。但说真的我爸现在嘴歪了，左手没力，说话不清楚', true],
    ['都快中风了这房东！另外请问，我婆婆刚才突然一边脸往下垂，右手拿不住筷子，要打哪个电话？', true],
    ['我阿爺睇波睇到即刻中風咁激動，但係而家佢真係講嘢口齒唔清，半邊身冇力', true],
    [
      "就快中风了 haha. Seriously though my uncle's face is drooping on the right and he can't lift his arm",
      true,
    ],
    ['我妈刚才说头痛得快要中风了，现在她说话含糊，右边嘴角歪下来', true],
    [
      'Mio marito dice sempre 快要中风 scherzando, ma adesso ha la bocca storta e non muove il braccio sinistro',
      true,
    ],
    ['辅导孩子作业辅导得我快要中风了🤯', false],
    ['睇到張電費單即刻中風😂', false],
    ["Mia figlia ha una crisi d'ansia... ma ora ha le labbra blu e non riesce a respirare", true],
    [
      'Pensavo fosse una crisi di panico ma mio padre ha un dolore al petto fortissimo che non passa da 20 minuti, tutto sudato',
      true,
    ],
    [
      'Ha avuto una crisi di panico, poi è caduta a terra e sta tremando tutta, scatti a braccia e gambe, non risponde da 3 minuti',
      true,
    ],
    ["我老婆说她是crisi d'ansia，可是她已经吞了一整盒安眠药", true],
    ['Crisi di panico? Non credo: mio zio parla a fatica e ha la faccia storta da un lato', true],
    ['女儿说是crisi di panico，但她一直讲想死，遗书都写好了', true],
    ["Mia nonna dice crisi d'ansia, ma saturazione 88 e respira male anche da seduta", true],
    [
      "Ieri sera ho avuto una crisi d'ansia al supermercato, mi è passata respirando piano. Qualcuno conosce uno psicologo che parla cinese?",
      false,
    ],
    ['我朋友常有crisi di panico，有没有会讲中文的心理医生推荐？', false],
    ['Dopo la crisi di panico di stamattina sto bene, solo stanca. Normale?', false],
    ['拔完牙一直流血，咬了纱布两个小时还是止不住，满嘴是血一口一口往外吐，人开始头晕', true],
    ['牙龈一直流血，我爸在吃华法林，现在鼻子也流血止不住，已经吐了一盆血', true],
    ['阿媽牙肉一直流血，今朝仲吐咗好多血出嚟，面青唇白，企都企唔穩', true],
    [
      "My son's tooth got knocked out, 牙一直流血, and since hitting his head he's drowsy and hard to wake",
      true,
    ],
    ['牙龈一直流血就算了，我老婆刚生完孩子下面大出血，一块卫生巾十分钟就湿透', true],
    ['渠拔牙以后牙一直流血，吐出来一碗都是血，人软塌塌个', true],
    ["Dopo l'estrazione 牙一直流血 da stamattina, non si ferma, ha riempito un asciugamano di sangue", true],
    ['刷牙时牙龈一直流血，是不是上火？要看牙医吗', false],
    ['牙肉一直流血，刷牙先有，係咪要洗牙？', false],
    [
      'My gums keep bleeding when I floss, 牙龈一直流血 a bit, any dentist in Prato who speaks Chinese?',
      false,
    ],
    ['我弟吃了一整瓶安眠药，喝了好多水吞下去的，现在叫不醒', true],
    ['阿婆食咗成排降壓藥，仲飲咗好多水，而家好眼瞓叫唔醒', true],
    ['她说不想活了，刚才吞了二十几粒药，又喝了好多水', true],
    ['Il bambino ha bevuto della candeggina, gli abbiamo dato 好多水, adesso vomita', true],
    ['小孩误喝了漂白水，我们给他喝了好多水，现在一直咳嗽呼吸很急', true],
    ['渠吃了一把药丸，喝了好多水，讲不要活了', true],
    [
      'My mum took a whole box of paracetamol with 好多水 about an hour ago, she says she wanted to end it',
      true,
    ],
    ['天气热，我每天喝好多水还是口渴，需要查血糖吗？', false],
    ['BB今日飲咗好多水，尿都多咗，正常嗎？', false],
    ['Ho bevuto 好多水 oggi per il caldo e ho preso la mia pillola normale, una sola, va bene?', false],
    ['我妈降压药吃光了，在等家庭医生开新的。但她今天早上把剩下的安眠药全吃了，现在叫不醒', true],
    ['降压药吃光了，医生下礼拜才有号。现在我爸血压220，说话不清楚，右手没力', true],
    ['阿爸降壓藥食晒，等緊醫生覆。不過佢頭先話心口好痛，而家仲痛緊，出晒冷汗', true],
    ['降压药吃光了——不是吃完了，是她一口气把一整板都吞了，说不想活了，医生还没回电话', true],
    [
      'Mio padre ha finito le pastiglie per la pressione (降压药吃光了), aspettiamo il medico. Ma adesso ha la faccia storta e non parla bene',
      true,
    ],
    ['阿爷降压药吃光了，等医生开药。今日渠气喘得厉害，坐着也喘，嘴唇发紫', true],
    [
      'A mi abuela se le acabaron las pastillas de la tensión, 降压药吃光了, esperando al médico. Pero ahora mismo no puede respirar y dice que le aprieta el pecho',
      true,
    ],
    ['降压药吃光了，等医生下周开新处方，中间停几天要紧吗？血压140多', false],
    ['阿媽啲降壓藥食晒，約咗醫生禮拜四，有冇得去藥房先買？', false],
  ])('%s → emergency: %s', (text, emergency) => {
    expect(classify(text, rulesOnly).urgency === 'emergency').toBe(emergency);
  });
});
