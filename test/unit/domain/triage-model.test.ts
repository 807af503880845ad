import { readFileSync } from 'node:fs';
import {
  buildModel,
  foldScores,
  formatModel,
  heldOutFile,
  selfHarmLabel,
  MODEL_FILE,
  trainingRefusal,
} from '../../../src/cli/train-triage';
import { setNames } from '../../../src/cli/labelled-sets';
import { classify, isSelfHarm, modelReadings, triageText } from '../../../src/domain/triage';
import {
  compileModel,
  modelFeatures,
  scoreModel,
  SELF_HARM_AT,
  selfHarmProbability,
  trainModel,
  TriageModelSchema,
  type TrainingOptions,
  type TriageModelFile,
} from '../../../src/domain/triage-model';
import { prepareText } from '../../../src/domain/triage-text';
import { repoCore } from '../../support/env';

/**
 * The second reader (src/domain/triage-model.ts): features, scoring, training, how classify uses it, and that the
 * shipped config/triage-model.json is exactly what `npm run train:triage` makes from the sets it names.
 */
const shipped = TriageModelSchema.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));

/**
 * A model with these weights, the shipped settings, thresholds of its own (to test what lies between them), and no
 * self-harm head (the queue stays the rules').
 */
const HAND = { threshold: 0.65, takeThreshold: 0.75 };
function handModel(weights: Record<string, number>, bias = -4): TriageModelFile {
  const model: TriageModelFile = { ...shipped, ...HAND, trainedOn: ['hand'], bias, weights };
  delete model.selfHarm;
  return model;
}

describe('modelFeatures', () => {
  it('gives character 1-3-grams, Latin words and word pairs, distinct, and what the numbers say', () => {
    const f = modelFeatures(prepareText('喘 39.5度 can not breathe'));
    expect(f).toEqual(
      expect.arrayContaining([
        'c喘',
        'c喘 ',
        'c喘 0',
        'c0度',
        'c度',
        'wcan',
        'wbreathe',
        'bcan not',
        'ntemp-high',
      ]),
    );
    expect(f).not.toContain('c ');
    expect(new Set(f).size).toBe(f.length);
    // n-grams of Latin letters, digits and punctuation alone say which language, not whether it is an emergency
    expect(f.filter((x) => /^c[a-z0 .,'!?]+$/u.test(x))).toEqual([]);
  });

  it('reads numbers by what they mean, not their digits', () => {
    const names = (t: string) => modelFeatures(prepareText(t)).filter((x) => x.startsWith('n'));
    expect(names('血氧 88')).toEqual(['nspo2-low']);
    expect(names('血氧 96')).toEqual(['nspo2-normal']);
    expect(modelFeatures(prepareText('血氧 88')).filter((x) => !x.startsWith('n'))).toEqual(
      modelFeatures(prepareText('血氧 91')).filter((x) => !x.startsWith('n')),
    );
    expect(names('宝宝2个月，发烧38度')).toEqual(['ntemp-fever', 'nage-infant', 'nage-child']);
    expect(names('奶奶80岁，烧了三天')).toEqual(['nage-elderly', 'ndays-3']);
    expect(names('体温36.8')).toEqual(['ntemp-normal']);
  });

  it('keeps an emoji whole (no half surrogate pairs) and gives nothing for an empty text', () => {
    const f = modelFeatures('😭救命');
    expect(f).toContain('c😭');
    expect(f).toContain('c😭救');
    expect(f.every((x) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(x))).toBe(true);
    expect(modelFeatures('   ')).toEqual([]);
  });
});

describe('scoreModel', () => {
  it('adds the weights of the features it knows, each scaled by 1/√max(feature count, normFloor), and names the strongest', () => {
    const weights = { c喘: 4, c气: 1, c咳: -2 };
    const t = prepareText('喘气');
    const n = modelFeatures(t).length; // 喘, 气, 喘气
    expect(n).toBe(3);
    const unfloored = compileModel({
      ...handModel(weights, -1),
      training: { ...shipped.training, normFloor: 1 },
    });
    const { p, top } = scoreModel(unfloored, t);
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 5 / Math.sqrt(3)))), 10);
    expect(top.map(([g]) => g)).toEqual(['喘', '气']);
    expect(scoreModel(unfloored, prepareText('你好')).p).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
    // a message of 3 features counts as one of normFloor: a short message is not louder than the rest
    const floored = compileModel({
      ...handModel(weights, -1),
      training: { ...shipped.training, normFloor: 60 },
    });
    expect(scoreModel(floored, t).p).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 5 / Math.sqrt(60)))), 10);
  });

  it('works out the strongest n-grams only at p ≥ explainFrom', () => {
    const model = compileModel(handModel({ c喘: 4 }, -1));
    const t = prepareText('喘气');
    const { p } = scoreModel(model, t);
    expect(scoreModel(model, t, p + 0.01)).toEqual({ p, features: 3, top: [] });
    expect(scoreModel(model, t, p).top.length).toBe(1);
  });
});

describe('trainModel', () => {
  const examples = [
    ...['喘不上气', '突然喘不过气', '嘴唇发紫喘', '孩子喘得厉害'].map((text) => ({ text, emergency: true })),
    ...['咳嗽三天', '有点咳嗽', '喉咙痛咳嗽', '流鼻涕咳嗽'].map((text) => ({ text, emergency: false })),
  ];
  const options = { minCount: 2, normFloor: 1, l2: 1e-4, epochs: 400, learningRate: 10 };

  it('learns which words mark the emergencies, and keeps only features seen in minCount messages', () => {
    const { bias, weights } = trainModel(examples, options);
    const model = compileModel(handModel(weights, bias));
    expect(scoreModel(model, '爸爸喘').p).toBeGreaterThan(0.8);
    expect(scoreModel(model, '爸爸咳嗽').p).toBeLessThan(0.5);
    expect(weights['c喘']).toBeGreaterThan(0);
    expect(weights['c咳嗽']).toBeLessThan(0);
    expect(weights['c紫']).toBeUndefined(); // one message only
  });

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainModel(examples, options)).toEqual(trainModel(examples, options));
  });

  it('with momentum, fits in a few epochs what plain descent fits in many', () => {
    const fit = (o: TrainingOptions) => {
      const { bias, weights } = trainModel(examples, o);
      const model = compileModel(handModel(weights, bias));
      // the mean log-loss over the training examples
      return (
        examples.reduce((sum, x) => {
          const p = scoreModel(model, x.text).p;
          return sum - Math.log(x.emergency ? p : 1 - p);
        }, 0) / examples.length
      );
    };
    const plainShort = fit({ ...options, epochs: 40 });
    const momentumShort = fit({ ...options, epochs: 40, momentum: 0.9 });
    const plainLong = fit({ ...options, epochs: 400 });
    expect(momentumShort).toBeLessThan(plainShort);
    expect(momentumShort).toBeLessThan(plainLong * 1.5);
    // momentum 0 is the plain descent this trainer always did: the same weights as before momentum existed
    // (2.3795 and 7.8272: what the trainer gave for these examples before it had momentum)
    const plain = trainModel(examples, { ...options, momentum: 0 });
    expect([plain.bias, plain.weights['c喘']]).toEqual([2.3795, 7.8272]);
  });

  it('refuses examples of one class only', () => {
    expect(() => trainModel(examples.slice(0, 4), options)).toThrow('training needs emergencies and others');
  });
});

describe('classify with a second reader', () => {
  const core = repoCore();
  const rules = { ...core.lexicon, model: undefined };
  const withModel = (weights: Record<string, number>) => ({
    ...core.lexicon,
    model: compileModel(handModel(weights)),
  });
  const routine = '我爸咳嗽三天了，有点喘';
  const chatter = '今天天气真好，大家周末愉快';

  it('raises a consultation to an emergency at p ≥ threshold, and says why', () => {
    expect(classify(routine, rules).urgency).not.toBe('emergency');
    const t = classify(routine, withModel({ c喘: 40 }));
    expect(t).toMatchObject({ kind: 'consult', urgency: 'emergency' });
    expect(t.rules.at(-1)).toMatchObject({ id: 'model', kind: 'model', urgency: 'emergency', weight: 0 });
    expect(t.rules.at(-1)?.match).toMatch(/^p=0\.\d+: 喘/u);
  });

  it('below the threshold changes nothing', () => {
    expect(classify(routine, withModel({ c喘: 1 }))).toEqual(classify(routine, rules));
  });

  it('sends an emergency it raises to psychology when its self-harm head says so, and says why', () => {
    // chatter here stands for a farewell no rule reads (the head learns such farewells from the labelled sets)
    const withHead = (head: Record<string, number>) => ({
      ...core.lexicon,
      model: compileModel({ ...handModel({ c天气: 80 }), selfHarm: { bias: -4, weights: head } }),
    });
    // no head: the queue of the rules that fired (none here: general)
    const noHead = classify(chatter, withModel({ c天气: 80 }));
    expect(noHead).toMatchObject({ kind: 'consult', specialty: 'general', urgency: 'emergency' });
    expect(isSelfHarm(noHead)).toBe(false);
    expect(classify(chatter, withHead({})).specialty).toBe('general'); // a head that says no
    const t = classify(chatter, withHead({ c天气: 80 }));
    expect(t).toMatchObject({ kind: 'consult', specialty: 'psychology', urgency: 'emergency' });
    expect(t.rules.at(-1)).toMatchObject({ id: 'model', specialty: 'psychology', urgency: 'emergency' });
    expect(isSelfHarm(t)).toBe(true); // the crisis line goes with it
    // a consultation the model raises goes to psychology too: the rules chose its queue without seeing the danger
    const routine = '我爸咳嗽三天了，有点喘';
    const raised = {
      ...core.lexicon,
      model: compileModel({ ...handModel({ c喘: 40 }), selfHarm: { bias: -4, weights: { c喘: 80 } } }),
    };
    expect(classify(routine, raised)).toMatchObject({ specialty: 'psychology', urgency: 'emergency' });
    expect(classify(routine, withModel({ c喘: 40 })).specialty).toBe('respiratory');
  });

  it('takes a message the rules did not take only at p ≥ takeThreshold', () => {
    expect(classify(chatter, rules).kind).toBe('none');
    const strong = classify(chatter, withModel({ c天气: 80 }));
    expect(strong).toMatchObject({ kind: 'consult', specialty: 'general', urgency: 'emergency' });
    expect(strong.confidence).toBeGreaterThanOrEqual(HAND.takeThreshold);
    // between the two thresholds: enough to raise a consultation, not to take chatter
    const p = (w: number): number =>
      scoreModel(compileModel(handModel({ c天气: w })), prepareText(chatter)).p;
    let w = 80;
    while (p(w) >= HAND.takeThreshold) w -= 0.5;
    expect(p(w)).toBeGreaterThanOrEqual(HAND.threshold);
    expect(classify(chatter, withModel({ c天气: w })).kind).toBe('none');
  });

  it('reads nothing into a message with no features, and is off at a threshold of 1', () => {
    const eager = (source: Partial<TriageModelFile>) => ({
      ...core.lexicon,
      model: compileModel({ ...handModel({}, 40), ...source }),
    });
    expect(classify('!!! ...', eager({})).kind).toBe('none');
    expect(classify(chatter, eager({})).urgency).toBe('emergency');
    expect(classify(chatter, eager({ takeThreshold: 1 })).kind).toBe('none');
    expect(classify(routine, eager({ threshold: 1 })).urgency).not.toBe('emergency');
  });

  it('is told the numbers outside what-if clauses, as the rules read them', () => {
    const whatIf = '外婆阳了，血氧96，万一血氧掉到88怎么办';
    expect(modelReadings(triageText(whatIf), core.lexicon).spo2).toBe(96);
    expect(modelReadings(triageText('外婆阳了，血氧88'), core.lexicon).spo2).toBe(88);
    const lowOnly = withModel({ 'nspo2-low': 400 });
    expect(classify(whatIf, lowOnly).urgency).not.toBe('emergency');
    expect(classify('外婆阳了，血氧96，还在咳', lowOnly).urgency).not.toBe('emergency');
    expect(classify('外婆阳了，咳得厉害，血氧88', rules).urgency).toBe('emergency');
  });

  it('says nothing after a guard it is told to respect (breathless only on exertion)', () => {
    const exertion = '走两步就上气不接下气，坐着还好';
    const eager = { ...core.lexicon, model: compileModel(handModel({}, 40)) };
    expect(classify(exertion, rules).rules.map((r) => r.signal)).toContain('fine-at-rest');
    expect(shipped.quietAfter).toContain('fine-at-rest');
    expect(classify(exertion, eager).urgency).not.toBe('emergency');
    const deaf = { ...core.lexicon, model: compileModel({ ...handModel({}, 40), quietAfter: [] }) };
    expect(classify(exertion, deaf).urgency).toBe('emergency');
  });

  it('never lowers what the rules decided', () => {
    const emergency = '我爸胸口痛，喘不上气，嘴唇发紫';
    const byRules = classify(emergency, rules);
    expect(byRules.urgency).toBe('emergency');
    expect(classify(emergency, withModel({ c喘: -80, c胸: -80 }))).toEqual(byRules);
  });
});

describe('the self-harm head', () => {
  it('learns from the emergencies: psychology ones are self-harm; redflags2 by flag, an overdose unknown', () => {
    const row = (emergency: boolean, specialty: string) => ({
      id: 'x',
      text: 't',
      emergency,
      labelled: {
        id: 'x',
        text: 't',
        is_consult: true,
        specialty,
        urgency: emergency ? 'emergency' : 'routine',
      },
    });
    expect(selfHarmLabel(row(true, 'psychology'))).toBe(true);
    expect(selfHarmLabel(row(true, 'maternal'))).toBe(false);
    expect(selfHarmLabel(row(false, 'psychology'))).toBeNull();
    expect(selfHarmLabel({ id: 'r', text: 't', emergency: true, flag: 'self-harm' })).toBe(true);
    expect(selfHarmLabel({ id: 'r', text: 't', emergency: true, flag: 'stroke' })).toBe(false);
    expect(selfHarmLabel({ id: 'r', text: 't', emergency: true, flag: 'overdose' })).toBeNull();
  });

  it('is shipped, and tells a farewell from a stroke', () => {
    const model = compileModel(shipped);
    const p = (text: string) => {
      const t = triageText(text);
      return selfHarmProbability(model, t, modelReadings(t, repoCore().lexicon)) ?? 0;
    };
    expect(p('对不起大家，这辈子就这样了，明天不用找我')).toBeGreaterThanOrEqual(SELF_HARM_AT);
    expect(p('我爸刚才嘴巴歪了，右手拿不住筷子，讲话含糊')).toBeLessThan(SELF_HARM_AT);
  });

  it('reads its threshold from the model file (selfHarmThreshold; SELF_HARM_AT when absent)', () => {
    expect(shipped.selfHarmThreshold).toBe(SELF_HARM_AT);
    expect(compileModel(shipped).selfHarmAt).toBe(SELF_HARM_AT);
    expect(compileModel({ ...shipped, selfHarmThreshold: 0.9 }).selfHarmAt).toBe(0.9);
    expect(compileModel({ ...shipped, selfHarmThreshold: undefined }).selfHarmAt).toBe(SELF_HARM_AT);
    expect(() => TriageModelSchema.parse({ ...shipped, selfHarmThreshold: 2 })).toThrow();
  });
});

describe('train:triage --cross (foldScores)', () => {
  it('scores a set by a model trained on others: rules, model, both, and the self-harm head', () => {
    const row = foldScores('short1', ['dev', 'dev2'], shipped, repoCore().lexicon);
    expect(row).toMatchObject({ set: 'short1', n: 200, emergencies: 40 });
    for (const x of [row.model, row.rules, row.both, row.selfHarm]) {
      expect(x?.recall).toBeGreaterThanOrEqual(0);
      expect(x?.recall).toBeLessThanOrEqual(1);
    }
    // short1's self-harm emergencies are among its psychology ones
    expect(row.selfHarm).not.toBeNull();
  }, 60_000);
});

describe('the shipped model (config/triage-model.json)', () => {
  it('is loaded with the lexicon', () => {
    expect(repoCore().lexicon.model?.source).toEqual(shipped);
  });

  it('is exactly what npm run train:triage makes from the sets it names', () => {
    const rebuilt = buildModel(shipped.trainedOn, shipped, repoCore().lexicon);
    expect(rebuilt.bias).toBe(shipped.bias);
    expect(rebuilt.weights).toEqual(shipped.weights);
    expect(formatModel(rebuilt)).toBe(readFileSync(MODEL_FILE, 'utf8'));
  }, 120_000);

  it('names only sets that exist, and never a held-out one', () => {
    const names = setNames();
    for (const s of shipped.trainedOn) expect(names).toContain(s);
    const file = heldOutFile();
    expect(shipped.trainedOn.map((s) => trainingRefusal(s, file)).filter(Boolean)).toEqual([]);
    for (const s of file.current) expect(shipped.trainedOn).not.toContain(s);
    // a set no one has written or measured yet, and a current one
    expect(trainingRefusal('holdout9999', file)).toMatch(/has not been measured/u);
    for (const s of file.current) expect(trainingRefusal(s, file)).toMatch(/is held out now/u);
  });
});
