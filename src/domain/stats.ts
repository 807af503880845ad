import { localMidnight, startOfLocalDay, wallClock } from './roster';
import type { Period } from './admin-command';
import { SPECIALTIES, URGENCIES, type Specialty, type Urgency } from './types';

/** The figures the federation reports, computed from plain rows (pure). */

/** One consultation as reports see it: no names, no text. */
export interface ReportRow {
  id: number;
  groupId: string | null;
  specialty: Specialty;
  urgency: Urgency;
  status: string;
  createdAt: number;
  /** The first claim (null: never claimed). */
  firstClaimAt: number | null;
  answeredAt: number | null;
  askerId: string;
  escalationLevel: number;
}

export interface Stats {
  from: number;
  to: number;
  consultations: number;
  bySpecialty: Record<Specialty, number>;
  byUrgency: Record<Urgency, number>;
  /** Consultations answered in the period (each answered question is one person-time). */
  personTimes: number;
  /** Different people answered in the period. */
  people: number;
  /** Of consultations created in the period, in milliseconds (null: none yet). */
  claimMs: { median: number | null; p90: number | null; n: number };
  answerMs: { median: number | null; p90: number | null; n: number };
  escalations: number;
  tipsSent: number;
  broadcastsSent: number;
  /** Consultations whose texts were deleted in the period (retention). */
  purged: number;
}

/** Nearest-rank percentile (p in (0, 100]) of the values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** The period's start in `timezone`: today from local midnight, week from Monday, month from the 1st. */
export function periodStart(period: Period, now: number, timezone: string): number {
  if (period === 'today') return startOfLocalDay(now, timezone);
  const wc = wallClock(now, timezone);
  if (period === 'month') return localMidnight(wc.y, wc.m, 1, timezone);
  const back = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(wc.day);
  return startOfLocalDay(now, timezone, back);
}

/** [from, to) of the local dates `from`..`to` inclusive (YYYY-MM-DD) in `timezone`. */
export function dateRange(from: string, to: string, timezone: string): { from: number; to: number } {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(ty, tm - 1, td + 1));
  return {
    from: localMidnight(fy, fm, fd, timezone),
    to: localMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timezone),
  };
}

const inRange = (t: number | null, from: number, to: number): t is number =>
  t !== null && t >= from && t < to;

export function summarize(
  rows: readonly ReportRow[],
  range: { from: number; to: number },
  counts: { escalations: number; tipsSent: number; broadcastsSent: number; purged: number },
): Stats {
  const { from, to } = range;
  const created = rows.filter((r) => inRange(r.createdAt, from, to));
  const answered = rows.filter((r) => inRange(r.answeredAt, from, to));
  const bySpecialty = Object.fromEntries(SPECIALTIES.map((s) => [s, 0])) as Record<Specialty, number>;
  const byUrgency = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  for (const r of created) {
    bySpecialty[r.specialty] += 1;
    byUrgency[r.urgency] += 1;
  }
  const claimWaits = created.flatMap((r) => (r.firstClaimAt === null ? [] : [r.firstClaimAt - r.createdAt]));
  const answerWaits = created.flatMap((r) => (r.answeredAt === null ? [] : [r.answeredAt - r.createdAt]));
  return {
    from,
    to,
    consultations: created.length,
    bySpecialty,
    byUrgency,
    personTimes: answered.length,
    people: new Set(answered.map((r) => r.askerId)).size,
    claimMs: { median: percentile(claimWaits, 50), p90: percentile(claimWaits, 90), n: claimWaits.length },
    answerMs: {
      median: percentile(answerWaits, 50),
      p90: percentile(answerWaits, 90),
      n: answerWaits.length,
    },
    ...counts,
  };
}

/** A duration for people: 45s, 12m, 3h05m, 2d04h. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${String(h % 24).padStart(2, '0')}h`;
}

/**
 * The CSV of an export: one line per consultation, with no names, ids, message text or ticket numbers (a ticket
 * number is shown next to the asker's name in the group), times to the hour.
 */
export function exportCsv(
  rows: ReadonlyArray<
    ReportRow & {
      country: string | null;
      district: string | null;
      city: string | null;
      association: string | null;
      private: boolean;
    }
  >,
): string {
  const header = [
    'row',
    'created_hour',
    'channel',
    'country',
    'district',
    'city',
    'association',
    'specialty',
    'urgency',
    'status',
    'private',
    'seconds_to_claim',
    'seconds_to_answer',
    'escalation_level',
  ];
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    const s = String(v);
    // quote what CSV needs quoted; a leading = + - @ would be a formula in a spreadsheet
    const safe = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
    return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
  };
  const secs = (a: number | null, b: number): number | null =>
    a === null ? null : Math.round((a - b) / 1000);
  const hour = (t: number): string =>
    `${new Date(Math.floor(t / 3_600_000) * 3_600_000).toISOString().slice(0, 13)}:00Z`;
  const lines = rows.map((r, i) =>
    [
      i + 1,
      hour(r.createdAt),
      r.groupId === null ? 'dm' : 'group',
      r.country,
      r.district,
      r.city,
      r.association,
      r.specialty,
      r.urgency,
      r.status,
      r.private ? 1 : 0,
      secs(r.firstClaimAt, r.createdAt),
      secs(r.answeredAt, r.createdAt),
      r.escalationLevel,
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
