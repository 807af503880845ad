import { z } from 'zod';
import { readNumbers, type Readings } from './triage-numbers';

/**
 * The second reader: a logistic regression over the character and word n-grams of the prepared text and what its
 * numbers say, trained on the labelled sets (test/fixtures/triage) to answer one question, "is this an emergency?". The
 * rules decide everything else but self-harm's queue (below); the model can only add an emergency the rules missed,
 * never take one away:
 * - a consultation the rules call urgent or routine becomes an emergency at p ≥ `threshold`;
 * - a message the rules do not take as a consultation (chatter or a policy question) becomes an emergency
 *   consultation at p ≥ `takeThreshold` (the rules already judged it otherwise).
 * An emergency it raises goes to psychology when its second head, `selfHarm`, reads self-harm (p ≥ `selfHarmThreshold`):
 * self-harm comes first in the issue's precedence, and the rules' queue was chosen without seeing the danger.
 * Every such decision names the n-grams that weighed most, so a doctor can see why.
 *
 * Rules tuned on one set of phrasings missed about one red flag in seven on each new set; n-grams generalise across
 * phrasings the rules have not seen ("喘得", "嘴唇发", "respira male") at the cost of some false alarms, which cost a
 * group an emergency number it did not need. `npm run train:triage` trains it (deterministic; the shipped file is
 * what the trainer writes) and `-- --cross` measures it on each set with the set left out of training.
 */

export const TriageModelSchema = z
  .object({
    about: z.string(),
    version: z.literal(1),
    /** The labelled sets it was trained on (file names without .jsonl): never a set that is being held out. */
    trainedOn: z.array(z.string()).min(1),
    /** A consultation becomes an emergency at this probability. */
    threshold: z.number().min(0).max(1),
    /** A message the rules did not take becomes an emergency consultation at this. */
    takeThreshold: z.number().min(0).max(1),
    /** An emergency the model raises goes to psychology when the `selfHarm` head reads at least this (0.5 when absent). */
    selfHarmThreshold: z.number().min(0).max(1).optional(),
    /**
     * Signals of rules after which the model says nothing: a guard that reads the issue's own criterion off the text
     * ("坐着还好": breathless only on exertion is not "at rest"), which n-grams cannot weigh.
     */
    quietAfter: z.array(z.string()),
    /** How it was trained (recorded so `train:triage` can repeat it). */
    training: z
      .object({
        minCount: z.number().int().min(1),
        /**
         * Each feature counts 1/√max(features, normFloor): a short message ("奶奶发烧了，怎么办") is not made loud by
         * having few features; its red flags are the rules' to find.
         */
        normFloor: z.number().int().min(1),
        l2: z.number().min(0),
        epochs: z.number().int().min(1),
        learningRate: z.number().positive(),
        /** Heavy-ball momentum (0: plain gradient descent): converges in a fraction of the epochs. */
        momentum: z.number().min(0).max(0.99).optional(),
      })
      .strict(),
    bias: z.number(),
    weights: z.record(z.string(), z.number()),
    /**
     * A second head over the same features, trained on the emergencies alone: is this one self-harm? When the model
     * raises an emergency and this says p ≥ `selfHarmThreshold`, the ticket goes to psychology (the first precedence), which
     * the rules that fired cannot tell when they did not see the self-harm ("left the shop keys with auntie, won't be a
     * burden anymore" fires no psychology rule).
     */
    selfHarm: z
      .object({ bias: z.number(), weights: z.record(z.string(), z.number()) })
      .strict()
      .optional(),
  })
  .strict();
export type TriageModelFile = z.infer<typeof TriageModelSchema>;

interface Head {
  bias: number;
  weights: Map<string, number>;
}

export interface TriageModel {
  source: TriageModelFile;
  weights: Map<string, number>;
  selfHarm: Head | null;
  /** `selfHarmThreshold`, or SELF_HARM_AT. */
  selfHarmAt: number;
}

export function compileModel(file: TriageModelFile): TriageModel {
  return {
    source: file,
    weights: new Map(Object.entries(file.weights)),
    selfHarm: file.selfHarm
      ? { bias: file.selfHarm.bias, weights: new Map(Object.entries(file.selfHarm.weights)) }
      : null,
    selfHarmAt: file.selfHarmThreshold ?? SELF_HARM_AT,
  };
}

/** The default `selfHarmThreshold`: at this probability of the self-harm head an emergency the model raises goes to psychology. */
export const SELF_HARM_AT = 0.5;

/** The self-harm head's probability for a prepared text (null when the model has no such head). */
export function selfHarmProbability(
  model: TriageModel,
  t: string,
  readings: Readings = readNumbers(t),
): number | null {
  const head = model.selfHarm;
  if (!head) return null;
  const features = modelFeatures(t, readings);
  return sigmoid(head.bias + weightOf(head.weights, features, model.source.training.normFloor));
}

/** What a head's weights give a message's features, each counted 1/√max(features, normFloor). */
function weightOf(
  weights: ReadonlyMap<string, number>,
  features: readonly string[],
  normFloor: number,
): number {
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return sum * scaleOf(features.length, normFloor);
}

const DIGITS = /\d+/gu;
const SPACES = /\s+/gu;
const WORD = /[a-z]+/gu;
/**
 * Character n-grams of Latin letters, digits and punctuation alone are left out: "mi", " no", "a " say which language
 * a message is in, not whether it is an emergency (Latin text speaks through its words), and numbers are the rules'.
 */
const LATIN_ONLY = /^[a-z0 .,'!?]+$/u;

/** Digit runs become `0` or `00` (a number's size, not its value); white space runs one space. */
function modelText(t: string): string {
  return t
    .replace(DIGITS, (d) => (d.length === 1 ? '0' : '00'))
    .replace(SPACES, ' ')
    .trim();
}

/**
 * The features of a prepared text (triage-text `prepareText`), after `modelText`: every character 1-, 2- and 3-gram
 * (`c…`; no lone space, none of Latin letters, digits and punctuation alone), every Latin word (`w…`) and word pair
 * (`b… …`), and what the numbers read say (`n…`, `numberFeatures`). Distinct, in order of first appearance.
 */
export function modelFeatures(t: string, readings: Readings = readNumbers(t)): string[] {
  const s = modelText(t);
  const out = new Set<string>();
  const chars = Array.from(s);
  const add = (g: string): void => {
    if (!LATIN_ONLY.test(g)) out.add(`c${g}`);
  };
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i] ?? '';
    if (a !== ' ') add(a);
    if (i + 1 < chars.length) {
      const ab = a + (chars[i + 1] ?? '');
      add(ab);
      if (i + 2 < chars.length) add(`${ab}${chars[i + 2] ?? ''}`);
    }
  }
  addWords(s, out);
  for (const n of numberFeatures(readings)) out.add(n);
  return [...out];
}

/**
 * The numbers the rules read (triage-numbers `readNumbers`), as words the model can weigh: an oxygen reading low
 * (≤ 93) or not, a temperature high (≥ 39 °C), feverish (≥ 37.5) or not, an infant (< 3 months), a child (< 14),
 * someone elderly (≥ 65), a duration of 3 days or more. Without them "血氧96" would count as much as "血氧86".
 */
export function numberFeatures(r: Readings): string[] {
  const out: string[] = [];
  if (r.spo2 !== null) out.push(r.spo2 <= 93 ? 'nspo2-low' : 'nspo2-normal');
  if (r.temperatureC !== null)
    out.push(r.temperatureC >= 39 ? 'ntemp-high' : r.temperatureC >= 37.5 ? 'ntemp-fever' : 'ntemp-normal');
  if (r.agesYears.some((a) => a < 0.25)) out.push('nage-infant');
  if (r.agesYears.some((a) => a < 14)) out.push('nage-child');
  if ([...r.agesYears, ...r.elderAges].some((a) => a >= 65)) out.push('nage-elderly');
  if (r.days !== null && r.days >= 3) out.push('ndays-3');
  return out;
}

function addWords(s: string, out: Set<string>): void {
  const words = s.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    out.add(`w${words[i] ?? ''}`);
    if (i + 1 < words.length) out.add(`b${words[i] ?? ''} ${words[i + 1] ?? ''}`);
  }
}

export interface ModelScore {
  /** Probability that the message is an emergency. */
  p: number;
  /** How many features the message has (0: nothing to read, p is the bias alone). */
  features: number;
  /**
   * The features that pushed hardest towards an emergency (n-grams, words, or number features such as `spo2-low`),
   * with their contribution, most first, at most 5.
   */
  top: Array<[string, number]>;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Each feature counts 1/√max(number of features, normFloor), so a long message is not louder than a short one, nor a
 * very short one louder than the rest. `top` is worked out only at p ≥ `explainFrom` (by default always): the chatter
 * path pays for the sum alone.
 */
export function scoreModel(
  model: TriageModel,
  t: string,
  explainFrom = 0,
  readings: Readings = readNumbers(t),
): ModelScore {
  const features = modelFeatures(t, readings);
  const v = scaleOf(features.length, model.source.training.normFloor);
  const p = sigmoid(model.source.bias + weightOf(model.weights, features, model.source.training.normFloor));
  if (p < explainFrom) return { p, features: features.length, top: [] };
  const parts: Array<[string, number]> = [];
  for (const f of features) {
    const w = model.weights.get(f) ?? 0;
    if (w > 0) parts.push([f.slice(1), w * v]);
  }
  parts.sort((a, b) => b[1] - a[1]);
  return {
    p,
    features: features.length,
    top: parts.slice(0, 5).map(([g, c]) => [g, Math.round(c * 1000) / 1000]),
  };
}

export interface TrainingExample {
  /** Prepared text. */
  text: string;
  emergency: boolean;
  /** For an emergency: is it self-harm (psychology)? Unknown (left out of the self-harm head) when absent. */
  selfHarm?: boolean;
  /** The numbers read, as classify gives them (triage `modelReadings`: no what-ifs); every number read when absent. */
  readings?: Readings;
}

export type TrainingOptions = TriageModelFile['training'];

/** What each of a message's `count` features counts. */
function scaleOf(count: number, normFloor: number): number {
  return count > 0 ? 1 / Math.sqrt(Math.max(count, normFloor)) : 0;
}

/**
 * Full-batch gradient descent (with heavy-ball `momentum`) on the class-balanced logistic loss with L2: deterministic (features sorted, the same
 * order of additions every run), so the same sets always give the same weights. Features seen in fewer than
 * `minCount` messages are left out; weights are rounded to 4 decimals and those below 0.0005 dropped.
 */
export function trainModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): { bias: number; weights: Record<string, number> } {
  const featured = examples.map((x) => modelFeatures(x.text, x.readings));
  const counts = new Map<string, number>();
  for (const fs of featured) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = featured.map((fs) => {
    const ids = fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    return {
      ids: Int32Array.from(ids.sort((a, b) => a - b)),
      v: scaleOf(fs.length, options.normFloor),
    };
  });
  const y = examples.map((x) => (x.emergency ? 1 : 0));
  const positives = y.reduce<number>((a, b) => a + b, 0);
  if (positives === 0 || positives === y.length) throw new Error('training needs emergencies and others');
  // each class weighs half of the loss
  const classWeight = [0.5 / (1 - positives / y.length), 0.5 / (positives / y.length)];
  const n = examples.length;
  const w = new Float64Array(vocab.length);
  const grad = new Float64Array(vocab.length);
  let bias = 0;
  const mu = options.momentum ?? 0;
  const step = new Float64Array(vocab.length);
  let biasStep = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    let gBias = 0;
    for (let r = 0; r < n; r++) {
      const row = rows[r];
      if (!row) continue;
      let z = bias;
      for (const i of row.ids) z += (w[i] ?? 0) * row.v;
      const label = y[r] ?? 0;
      const g = (sigmoid(z) - label) * (classWeight[label] ?? 1);
      gBias += g;
      for (const i of row.ids) grad[i] = (grad[i] ?? 0) + g * row.v;
    }
    for (let i = 0; i < w.length; i++) {
      step[i] = mu * (step[i] ?? 0) - options.learningRate * ((grad[i] ?? 0) / n + options.l2 * (w[i] ?? 0));
      w[i] = (w[i] ?? 0) + (step[i] ?? 0);
    }
    biasStep = mu * biasStep - options.learningRate * (gBias / n);
    bias += biasStep;
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const rounded = Math.round((w[i] ?? 0) * 10000) / 10000;
    if (Math.abs(rounded) >= 0.0005) weights[f] = rounded;
  });
  return { bias: Math.round(bias * 10000) / 10000, weights };
}
