import type { Triage } from './triage';

/**
 * The public `classify` formats (README "Triage"): one output line per input line. Users' scripts read these, so
 * fields are only ever added, never renamed or removed.
 */
export interface Classification {
  id: string | null;
  is_consult: boolean;
  specialty: string;
  urgency: string;
  confidence: number;
  rules?: ExplainedRule[];
}

export interface ExplainedRule {
  rule: string;
  kind: string;
  weight: number;
  match: string;
  specialty?: string;
  urgency?: string;
  hypothetical?: true;
  negated?: true;
}

export function toClassification(id: string | null, t: Triage, explain: boolean): Classification {
  const out: Classification = {
    id,
    is_consult: t.kind === 'consult',
    specialty: t.specialty ?? 'none',
    urgency: t.kind === 'consult' ? (t.urgency ?? 'routine') : 'none',
    confidence: t.confidence,
  };
  if (explain) {
    out.rules = [
      ...t.rules.map((r) => ({
        rule: r.id,
        kind: r.kind,
        weight: r.weight,
        match: r.match,
        ...(r.specialty ? { specialty: r.specialty } : {}),
        ...(r.urgency ? { urgency: r.urgency } : {}),
        ...(r.hypothetical ? { hypothetical: true as const } : {}),
      })),
      ...t.ignored.map((r) => ({
        rule: r.id,
        kind: 'ignored',
        weight: 0,
        match: r.match,
        negated: true as const,
      })),
    ];
  }
  return out;
}

/** A labelled example (test/fixtures/triage/*.jsonl): the expected classification of a text. */
export interface Labelled {
  id: string;
  text: string;
  is_consult: boolean;
  specialty: string;
  urgency: string;
}

export interface Scores {
  n: number;
  consult: { precision: number; recall: number; f1: number };
  /** On examples that are consultations and were detected as such. */
  specialtyAccuracy: number;
  /** Policy questions recognised as policy. */
  policy: { precision: number; recall: number };
  emergency: { precision: number; recall: number; tp: number; fp: number; fn: number };
  urgencyAccuracy: number;
  mistakes: Array<{ id: string; want: string; got: string; text: string }>;
}

/** a/b to 3 decimals; 1 when there is nothing to count. */
export const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Precision/recall/F1 of consultation detection, specialty accuracy, emergency precision/recall. */
export function score(examples: readonly Labelled[], got: ReadonlyMap<string, Classification>): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let specialtyRight = 0;
  let specialtyAll = 0;
  let urgencyRight = 0;
  let pTp = 0;
  let pFp = 0;
  let pFn = 0;
  const e = { tp: 0, fp: 0, fn: 0 };
  const mistakes: Scores['mistakes'] = [];
  for (const x of examples) {
    const y = got.get(x.id);
    if (!y) throw new Error(`no classification for ${x.id}`);
    if (x.is_consult && y.is_consult) tp++;
    else if (!x.is_consult && y.is_consult) fp++;
    else if (x.is_consult && !y.is_consult) fn++;
    if (x.is_consult && y.is_consult) {
      specialtyAll++;
      if (x.specialty === y.specialty) specialtyRight++;
      if (x.urgency === y.urgency) urgencyRight++;
    }
    const wantPolicy = x.specialty === 'policy';
    const gotPolicy = y.specialty === 'policy';
    if (wantPolicy && gotPolicy) pTp++;
    else if (gotPolicy) pFp++;
    else if (wantPolicy) pFn++;
    const wantE = x.urgency === 'emergency';
    const gotE = y.urgency === 'emergency';
    if (wantE && gotE) e.tp++;
    else if (gotE) e.fp++;
    else if (wantE) e.fn++;
    const want = `${x.specialty}/${x.urgency}`;
    const have = `${y.specialty}/${y.urgency}`;
    if (want !== have) mistakes.push({ id: x.id, want, got: have, text: x.text });
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    n: examples.length,
    consult: {
      precision,
      recall,
      f1:
        precision + recall === 0
          ? 0
          : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000,
    },
    specialtyAccuracy: ratio(specialtyRight, specialtyAll),
    policy: { precision: ratio(pTp, pTp + pFp), recall: ratio(pTp, pTp + pFn) },
    emergency: { precision: ratio(e.tp, e.tp + e.fp), recall: ratio(e.tp, e.tp + e.fn), ...e },
    urgencyAccuracy: ratio(urgencyRight, specialtyAll),
    mistakes,
  };
}
