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

/** When two specialties score the same, the earlier one here wins (the triage issue's precedence). */
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

export function classify(text: string, lexicon: TriageLexicon): TriageResult {
  const t = normalizeText(text).toLowerCase();
  let best: { specialty: Specialty; hits: string[] } = { specialty: 'general', hits: [] };
  for (const specialty of PRECEDENCE) {
    const hits = (lexicon.specialties[specialty] ?? []).filter((k) => t.includes(k.toLowerCase()));
    if (hits.length > best.hits.length) best = { specialty, hits };
  }
  const emergency = lexicon.urgency.emergency.filter((k) => t.includes(k.toLowerCase()));
  const urgent = lexicon.urgency.urgent.filter((k) => t.includes(k.toLowerCase()));
  const urgency: Urgency = emergency.length > 0 ? 'emergency' : urgent.length > 0 ? 'urgent' : 'routine';
  return { specialty: best.specialty, urgency, matched: [...best.hits, ...emergency, ...urgent] };
}

export function isSpecialty(value: string): value is Specialty {
  return (SPECIALTIES as readonly string[]).includes(value);
}
