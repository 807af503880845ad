import { normalizeText } from './normalize';
import { SPECIALTIES, type Specialty, type Urgency } from './types';

/**
 * The foundation's triage: a keyword table per specialty (config/triage.json), `general` as fallback. The triage
 * issue replaces the scoring; the shape of the result is the seam.
 */
export interface TriageLexicon {
  specialties: Partial<Record<Specialty, string[]>>;
  urgency: { emergency: string[]; urgent: string[] };
}

export interface TriageResult {
  specialty: Specialty;
  urgency: Urgency;
  /** The keywords that decided, for logs and audits (never shown to the group). */
  matched: string[];
}

/** When two specialties score the same, the earlier one here wins. */
const PRECEDENCE: readonly Specialty[] = [
  'psychology',
  'maternal',
  'pediatrics',
  'tcm',
  'policy',
  'respiratory',
  'chronic',
  'general',
];

/**
 * Who the person is decides before what they have (the triage issue's rule): a pregnancy goes to maternal, a child to
 * pediatrics, an explicit traditional-medicine request to tcm, whatever the complaint; otherwise the specialty with
 * the most keywords wins. Self-harm words (in both the psychology and the emergency lists) go to psychology first.
 */
const WHO_FIRST: readonly Specialty[] = ['maternal', 'pediatrics', 'tcm'];

export function classify(text: string, lexicon: TriageLexicon): TriageResult {
  const t = normalizeText(text).toLowerCase();
  const hitsOf = (specialty: Specialty): string[] =>
    (lexicon.specialties[specialty] ?? []).filter((k) => t.includes(k.toLowerCase()));
  let best: { specialty: Specialty; hits: string[] } = { specialty: 'general', hits: [] };
  for (const specialty of PRECEDENCE) {
    const hits = hitsOf(specialty);
    if (hits.length > best.hits.length) best = { specialty, hits };
  }
  const emergencyWords = new Set(lexicon.urgency.emergency.map((k) => k.toLowerCase()));
  const selfHarm = hitsOf('psychology').filter((k) => emergencyWords.has(k.toLowerCase()));
  if (selfHarm.length > 0) best = { specialty: 'psychology', hits: hitsOf('psychology') };
  else {
    const who = WHO_FIRST.find((s) => hitsOf(s).length > 0);
    if (who) best = { specialty: who, hits: hitsOf(who) };
  }
  const emergency = lexicon.urgency.emergency.filter((k) => t.includes(k.toLowerCase()));
  const urgent = lexicon.urgency.urgent.filter((k) => t.includes(k.toLowerCase()));
  const urgency: Urgency = emergency.length > 0 ? 'emergency' : urgent.length > 0 ? 'urgent' : 'routine';
  return { specialty: best.specialty, urgency, matched: [...best.hits, ...emergency, ...urgent] };
}

export function isSpecialty(value: string): value is Specialty {
  return (SPECIALTIES as readonly string[]).includes(value);
}
