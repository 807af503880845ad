import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { classify, modelReadings, triageText } from '../domain/triage';
import { compileLexicon, TriageLexiconSchema, type CompiledLexicon } from '../domain/triage-lexicon';
import {
  compileModel,
  scoreModel,
  selfHarmProbability,
  trainModel,
  TriageModelSchema,
  type TrainingExample,
  type TriageModelFile,
} from '../domain/triage-model';
import { ratio, score, toClassification, type Classification } from '../domain/triage-report';
import { readHeldOutJson, readSet, setNames, type LabelledSetRow } from './labelled-sets';

const USAGE = `usage: npm run -s train:triage                       retrain on the sets config/triage-model.json names; rewrite it
       npm run -s train:triage -- --add a,b         … and on these sets of test/fixtures/triage too
       npm run -s train:triage -- --cross           each of those sets scored by a model trained without it
       npm run -s train:triage -- --cross --unseen a,b   … and these sets, which it is not trained on
       (--cross writes nothing)`;

export const MODEL_FILE = join(PROJECT_ROOT, 'config', 'triage-model.json');

export interface HeldOutFile {
  /** Held out now: measured once, never tuned or trained on. */
  current: string[];
  /** Held out in their turn and measured once; may be tuned and trained on now. */
  measured: string[];
  /** Written to tune on, never held out. */
  neverHeldOut: string[];
  /**
   * Written to train the second reader on, never held out, and not tuned on: the rules are measured on them but not
   * made exact (red-flag phrasings and everyday chatter, more than a tuning round could turn into rules).
   */
  trainOnly: string[];
}

/** test/fixtures/triage/held-out.json: which sets may be trained on (README "Triage quality"). */
export function heldOutFile(): HeldOutFile {
  const raw = readHeldOutJson() as Partial<HeldOutFile>;
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  return {
    current: list(raw.current),
    measured: list(raw.measured),
    neverHeldOut: list(raw.neverHeldOut),
    trainOnly: list(raw.trainOnly),
  };
}

/** Why a set may not be trained on, or null: held out now, or not measured yet (a new set is measured first). */
export function trainingRefusal(set: string, file: HeldOutFile): string | null {
  if (file.current.includes(set)) return `${set} is held out now (held-out.json "current")`;
  if (![...file.measured, ...file.neverHeldOut, ...file.trainOnly].includes(set))
    return `${set} has not been measured: hold it out and measure it first (held-out.json "current", then "measured"), or list it under "trainOnly" if it was written only to train on`;
  return null;
}

/** The model file `trainModel` makes from these sets, keeping the thresholds and `about` of `base`. */
export function buildModel(
  sets: readonly string[],
  base: TriageModelFile,
  lexicon: CompiledLexicon,
): TriageModelFile {
  const examples: TrainingExample[] = sets.flatMap((s) =>
    readSet(s).map((r) => {
      const text = triageText(r.text);
      const selfHarm = selfHarmLabel(r);
      return {
        text,
        emergency: r.emergency,
        readings: modelReadings(text, lexicon),
        ...(selfHarm === null ? {} : { selfHarm }),
      };
    }),
  );
  const trained = trainModel(examples, base.training);
  // the self-harm head: among the emergencies, the self-harm ones
  const emergencies = examples.flatMap((x) =>
    x.emergency && x.selfHarm !== undefined ? [{ ...x, emergency: x.selfHarm }] : [],
  );
  // without both kinds among the emergencies there is nothing to tell apart: no head, the rules' queue stands
  const kinds = new Set(emergencies.map((x) => x.emergency));
  const selfHarm = kinds.size === 2 ? trainModel(emergencies, base.training) : undefined;
  const settings: TriageModelFile = { ...base };
  delete settings.selfHarm; // learned, not a setting
  return {
    ...settings,
    trainedOn: [...sets],
    bias: trained.bias,
    weights: trained.weights,
    ...(selfHarm ? { selfHarm } : {}),
  };
}

/**
 * Whether an emergency is self-harm, for the self-harm head: a labelled emergency in psychology (the issue's first
 * precedence), a redflags2 phrasing of the self-harm flag; null when not an emergency or not known (an overdose in
 * redflags2 may be an accident).
 */
export function selfHarmLabel(r: LabelledSetRow): boolean | null {
  if (!r.emergency) return null;
  if (r.labelled) return r.labelled.specialty === 'psychology';
  if (r.flag === 'overdose' || r.flag === undefined) return null;
  return r.flag === 'self-harm';
}

/** Written with one weight per line, sorted, so a retrained model reads as a diff. */
export function formatModel(m: TriageModelFile): string {
  const sorted = (w: Record<string, number>) =>
    Object.fromEntries(Object.entries(w).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { selfHarm, ...rest } = m;
  return `${JSON.stringify(
    {
      ...rest,
      weights: sorted(m.weights),
      ...(selfHarm ? { selfHarm: { bias: selfHarm.bias, weights: sorted(selfHarm.weights) } } : {}),
    },
    null,
    2,
  )}\n`;
}

interface FoldRow {
  set: string;
  n: number;
  emergencies: number;
  model: { recall: number; precision: number };
  rules: { recall: number; precision: number };
  both: { recall: number; precision: number; f1: number | null; raisedWrongly: number };
  /** The self-harm head on the set's emergencies (null: no head, or no emergency whose kind is known). */
  selfHarm: { recall: number; precision: number } | null;
}

function emergencyScores(
  want: readonly boolean[],
  got: readonly boolean[],
): { recall: number; precision: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  want.forEach((w, i) => {
    if (w && got[i]) tp++;
    else if (got[i]) fp++;
    else if (w) fn++;
  });
  return { recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) };
}

/** Rules, model and both on one set, the model trained on `trainSets` (which should not hold `set`). */
export function foldScores(
  set: string,
  trainSets: readonly string[],
  base: TriageModelFile,
  lexicon: CompiledLexicon,
): FoldRow {
  const model = compileModel(buildModel(trainSets, base, lexicon));
  const rows = readSet(set);
  const want = rows.map((r) => r.emergency);
  const rulesOnly = { ...lexicon, model: undefined };
  const withModel = { ...lexicon, model };
  const byRules = rows.map((r) => classify(r.text, rulesOnly));
  const byBoth = rows.map((r) => classify(r.text, withModel));
  // each message as the model reads it, once
  const prepared = rows.map((r) => {
    const t = triageText(r.text);
    return { t, readings: modelReadings(t, lexicon) };
  });
  const byModel = prepared.map(({ t, readings }) => scoreModel(model, t, 2, readings).p >= base.threshold);
  const both = emergencyScores(
    want,
    byBoth.map((t) => t.urgency === 'emergency'),
  );
  let f1: number | null = null;
  const labelled = rows.flatMap((r) => (r.labelled ? [r.labelled] : []));
  if (labelled.length === rows.length) {
    const got = new Map<string, Classification>();
    byBoth.forEach((t, i) => {
      const id = rows[i]?.id ?? '';
      got.set(id, toClassification(id, t, false));
    });
    f1 = score(labelled, got).consult.f1;
  }
  const known = rows.flatMap((r, i) => {
    const label = selfHarmLabel(r);
    return label === null ? [] : [{ label, at: i }];
  });
  const selfHarm =
    model.selfHarm && known.length > 0
      ? emergencyScores(
          known.map((k) => k.label),
          known.map(({ at }) => {
            const { t, readings } = prepared[at] ?? { t: '', readings: undefined };
            return (selfHarmProbability(model, t, readings) ?? 0) >= model.selfHarmAt;
          }),
        )
      : null;
  return {
    set,
    n: rows.length,
    emergencies: want.filter(Boolean).length,
    selfHarm,
    model: emergencyScores(want, byModel),
    rules: emergencyScores(
      want,
      byRules.map((t) => t.urgency === 'emergency'),
    ),
    both: {
      ...both,
      f1,
      raisedWrongly: byBoth.filter(
        (t, i) => !want[i] && t.urgency === 'emergency' && byRules[i]?.urgency !== 'emergency',
      ).length,
    },
  };
}

function formatFolds(rows: readonly FoldRow[], trainedOn: ReadonlySet<string>): string {
  const head =
    'set          n    emerg  model R / P     rules R / P     rules+model R / P   consult F1  model false alarms  self-harm head R / P';
  const fmt = (x: { recall: number; precision: number }): string =>
    `${x.recall.toFixed(3)} / ${x.precision.toFixed(3)}`;
  const lines = rows.map((r) =>
    [
      `${r.set}${trainedOn.has(r.set) ? '' : '*'}`.padEnd(12),
      String(r.n).padStart(4),
      String(r.emergencies).padStart(6),
      `  ${fmt(r.model)}`,
      `  ${fmt(r.rules)}`,
      `  ${fmt(r.both)}    `,
      `  ${r.both.f1 === null ? '  -  ' : r.both.f1.toFixed(3)}    `,
      `  ${String(r.both.raisedWrongly).padEnd(18)}`,
      r.selfHarm ? `  ${fmt(r.selfHarm)}` : '  -',
    ].join(''),
  );
  return [
    head,
    ...lines,
    '',
    'Each set is scored by a model trained on the other sets (* = a set the shipped model was not trained on, scored',
    'by a model trained on all its sets). The rules were tuned on every set but the current held-out one, so only the',
    "model's columns and its false alarms are fair estimates on those. The self-harm head column: among the set's",
    'emergencies, how many self-harm ones it names (R) and how many of those it names are (P).',
  ].join('\n');
}

/** `--name a,b` → ['a', 'b'] (null when absent); the flag and its value are marked as read. */
function listOption(argv: readonly string[], name: string, read: Set<number>): string[] | null {
  const at = argv.indexOf(name);
  if (at < 0) return null;
  read.add(at);
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('-')) return [];
  read.add(at + 1);
  return value.split(',').filter(Boolean);
}

/** The lexicon (config/triage.json) and the model file's settings, read without its weights: retraining repairs them. */
function readInputs(): { lexicon: CompiledLexicon; base: TriageModelFile } | string {
  try {
    const lexicon = compileLexicon(
      TriageLexiconSchema.parse(
        JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'triage.json'), 'utf8')),
      ),
    );
    const raw = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as Record<string, unknown>;
    const learned = new Set(['bias', 'weights', 'selfHarm']);
    const settings = Object.fromEntries(Object.entries(raw).filter(([k]) => !learned.has(k)));
    const header = TriageModelSchema.omit({ bias: true, weights: true, selfHarm: true }).parse(settings);
    return { lexicon, base: { ...header, bias: 0, weights: {} } };
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const read = new Set<number>();
  const cross = argv.includes('--cross');
  if (cross) read.add(argv.indexOf('--cross'));
  const add = listOption(argv, '--add', read);
  const unseen = listOption(argv, '--unseen', read);
  const problems = [
    ...argv.filter((_, i) => !read.has(i)).map((a) => `unexpected ${a}`),
    ...(add?.length === 0 ? ['--add needs a list of sets'] : []),
    ...(unseen?.length === 0 ? ['--unseen needs a list of sets'] : []),
    ...(unseen && !cross ? ['--unseen goes with --cross'] : []),
  ];
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
    return 2;
  }
  const inputs = readInputs();
  if (typeof inputs === 'string') {
    process.stderr.write(`cannot read config/triage.json or config/triage-model.json: ${inputs}\n`);
    return 2;
  }
  const { lexicon, base } = inputs;
  const sets = [...new Set([...base.trainedOn, ...(add ?? [])])];
  const all = setNames();
  const missing = [...sets, ...(unseen ?? [])].filter((s) => !all.includes(s));
  if (missing.length > 0) {
    process.stderr.write(`no such set in test/fixtures/triage: ${missing.join(', ')}\n`);
    return 2;
  }
  const file = heldOutFile();
  const refused = sets.map((s) => trainingRefusal(s, file)).filter((r): r is string => r !== null);
  if (refused.length > 0) {
    process.stderr.write(`not trained on:\n${refused.map((r) => `  - ${r}`).join('\n')}\n`);
    return 2;
  }
  if (cross) {
    const trainedOn = new Set(sets);
    const rows = [...sets, ...(unseen ?? []).filter((s) => !trainedOn.has(s))].map((s) =>
      foldScores(
        s,
        sets.filter((x) => x !== s),
        base,
        lexicon,
      ),
    );
    process.stdout.write(`${formatFolds(rows, trainedOn)}\n`);
    return 0;
  }
  const model = buildModel(sets, base, lexicon);
  writeFileSync(MODEL_FILE, formatModel(model));
  process.stdout.write(
    `trained on ${sets.join(', ')}: ${Object.keys(model.weights).length} weights → ${MODEL_FILE}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
