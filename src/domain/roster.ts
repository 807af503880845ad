import { z } from 'zod';
import { lookup } from './lookup';

/**
 * A doctor's weekly roster: time windows in the doctor's own time zone ("Asia/Shanghai" for Zhejiang doctors).
 * Local times are computed from the instant each time (Intl, full ICU in Node), so a shift that crosses midnight or a
 * daylight-saving change starts and ends at the local hours written, whatever the UTC offset that day. Pure.
 */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:MM, e.g. 08:30');

export const RosterWindowSchema = z
  .object({
    days: z.array(z.enum(DAYS)).min(1),
    start: HHMM,
    /** May be earlier than `start`: the window then ends the next day (a night shift). */
    end: HHMM,
  })
  .strict();

export const RosterSchema = z
  .object({
    timezone: z.string().refine(isTimeZone, 'an IANA time zone, e.g. Asia/Shanghai'),
    windows: z.array(RosterWindowSchema).min(1),
  })
  .strict();
export type Roster = z.infer<typeof RosterSchema>;

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local date, weekday and minute of the day at `instant` in `timezone` (one formatter per zone). */
export function wallClock(
  instant: number,
  timezone: string,
): { y: number; m: number; d: number; day: Day; minute: number } {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return {
    y: Number(p.year),
    m: Number(p.month),
    d: Number(p.day),
    day: (p.weekday ?? 'Mon').toLowerCase().slice(0, 3) as Day,
    minute: Number(p.hour) * 60 + Number(p.minute),
  };
}

/** The local weekday and minute of the day at `instant` in `timezone`. */
export function localTime(instant: number, timezone: string): { day: Day; minute: number } {
  const { day, minute } = wallClock(instant, timezone);
  return { day, minute };
}

const toMinute = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The UTC offset (ms) of `timezone` at `instant`. */
function offsetAt(instant: number, timezone: string): number {
  const { y, m, d, minute } = wallClock(instant, timezone);
  const wall = Date.UTC(y, m - 1, d, Math.floor(minute / 60), minute % 60);
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/** The instant of local wall time y-m-d + `minute` in `timezone` (the earlier one when the hour repeats). */
function instantOf(y: number, m: number, d: number, minute: number, timezone: string): number {
  const wall = Date.UTC(y, m - 1, d, 0, minute);
  let guess = wall - offsetAt(wall, timezone);
  guess = wall - offsetAt(guess, timezone);
  const earlier = wall - offsetAt(guess - 3_600_000, timezone);
  return localTime(earlier, timezone).minute === minute % 1440 && earlier < guess ? earlier : guess;
}

/**
 * Whether the roster has the doctor on duty at `instant`. Each window is turned into real instants for the local
 * date it starts on (today or yesterday), so a repeated or skipped hour at a clock change never opens or closes it
 * twice.
 */
export function onDutyAt(roster: Roster, instant: number): boolean {
  const today = wallClock(instant, roster.timezone);
  for (const back of [0, 1]) {
    const date = back === 0 ? today : wallClock(instant - 24 * 3_600_000, roster.timezone);
    for (const w of roster.windows) {
      if (!w.days.includes(date.day)) continue;
      const start = toMinute(w.start);
      const endMinute = toMinute(w.end);
      const from = instantOf(date.y, date.m, date.d, start, roster.timezone);
      const next = new Date(Date.UTC(date.y, date.m - 1, date.d + (endMinute <= start ? 1 : 0)));
      const to = instantOf(
        next.getUTCFullYear(),
        next.getUTCMonth() + 1,
        next.getUTCDate(),
        endMinute,
        roster.timezone,
      );
      if (instant >= from && instant < to) return true;
    }
  }
  return false;
}

/**
 * The next instant after `from` (within eight days) at which the roster puts the doctor on duty (`onDuty` true) or
 * off duty (false); null when it never does. Candidates are the windows' own start and end instants.
 */
export function nextChange(roster: Roster, from: number, onDuty: boolean): number | null {
  const candidates: number[] = [];
  for (let back = -1; back <= 8; back++) {
    const date = wallClock(from + back * 24 * 3_600_000, roster.timezone);
    for (const w of roster.windows) {
      if (!w.days.includes(date.day)) continue;
      const start = toMinute(w.start);
      const endMinute = toMinute(w.end);
      if (onDuty) candidates.push(instantOf(date.y, date.m, date.d, start, roster.timezone));
      else {
        const next = new Date(Date.UTC(date.y, date.m - 1, date.d + (endMinute <= start ? 1 : 0)));
        candidates.push(
          instantOf(
            next.getUTCFullYear(),
            next.getUTCMonth() + 1,
            next.getUTCDate(),
            endMinute,
            roster.timezone,
          ),
        );
      }
    }
  }
  const sorted = [...new Set(candidates)].filter((t) => t > from).sort((a, b) => a - b);
  return (
    sorted.find((t) => onDutyAt(roster, t) === onDuty && onDutyAt(roster, t - 60_000) !== onDuty) ?? null
  );
}

const DAY_WORDS: Record<string, Day[]> = {
  daily: [...DAYS],
  everyday: [...DAYS],
  每天: [...DAYS],
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  工作日: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekend: ['sat', 'sun'],
  周末: ['sat', 'sun'],
};
const CHINESE_DAYS: Record<string, Day> = {
  周一: 'mon',
  周二: 'tue',
  周三: 'wed',
  周四: 'thu',
  周五: 'fri',
  周六: 'sat',
  周日: 'sun',
  周天: 'sun',
};

function dayOf(word: string): Day | null {
  const w = word.toLowerCase().slice(0, 3);
  return (DAYS as readonly string[]).includes(w) ? (w as Day) : (lookup(CHINESE_DAYS, word) ?? null);
}

/** `mon-fri`, `sat/sun`, `周一-周五`, `daily`, `工作日` … → the days, or null. */
function daysOf(spec: string): Day[] | null {
  const named = lookup(DAY_WORDS, spec.toLowerCase());
  if (named) return named;
  const days = new Set<Day>();
  for (const part of spec.split('/')) {
    const range = part.split(/[-~–至到]/u);
    if (range.length === 1) {
      const d = dayOf(part);
      if (!d) return null;
      days.add(d);
    } else if (range.length === 2) {
      const a = dayOf(range[0] ?? '');
      const b = dayOf(range[1] ?? '');
      if (!a || !b) return null;
      for (let i = DAYS.indexOf(a); ; i = (i + 1) % 7) {
        days.add(DAYS[i] as Day);
        if (DAYS[i] === b) break;
      }
    } else return null;
  }
  return days.size > 0 ? DAYS.filter((d) => days.has(d)) : null;
}

export type RosterTextResult = { ok: true; roster: Roster | null } | { ok: false; reason: string };

/**
 * A roster as typed in a command: windows `<days> <HH:MM-HH:MM>` separated by `;` or `,`, an optional
 * `tz=<IANA zone>` (default `defaultTimezone`), e.g. `mon-fri 09:00-12:00; sat 20:00-02:00 tz=Europe/Rome`.
 * `off` (或 `清除`) removes the roster.
 */
export function parseRosterText(text: string, defaultTimezone = 'Asia/Shanghai'): RosterTextResult {
  let t = text.normalize('NFKC').trim();
  if (/^(?:off|none|清除|无)$/iu.test(t)) return { ok: true, roster: null };
  let timezone = defaultTimezone;
  t = t.replace(/(?:^|\s)tz\s*=\s*(\S+)/iu, (_all, tz: string) => {
    timezone = tz;
    return ' ';
  });
  const windows: Array<{ days: Day[]; start: string; end: string }> = [];
  for (const part of t
    .split(/[;；,，]/u)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\S+)\s+(\d{1,2}:\d{2})\s*[-~–]\s*(\d{1,2}:\d{2})$/u.exec(part);
    if (!m) return { ok: false, reason: `"${part}" is not "<days> HH:MM-HH:MM"` };
    const days = daysOf(m[1] ?? '');
    if (!days) return { ok: false, reason: `"${m[1] ?? ''}" names no weekdays (mon-fri, sat/sun, daily)` };
    const pad = (s: string): string => s.padStart(5, '0');
    windows.push({ days, start: pad(m[2] ?? ''), end: pad(m[3] ?? '') });
  }
  const r = RosterSchema.safeParse({ timezone, windows });
  if (!r.success) return { ok: false, reason: r.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, roster: r.data };
}

/** A roster as one line, in the form `parseRosterText` reads. */
export function formatRoster(r: Roster): string {
  const days = (ds: Day[]): string => (ds.length === 7 ? 'daily' : ds.join('/'));
  return `${r.windows.map((w) => `${days(w.days)} ${w.start}-${w.end}`).join('; ')} tz=${r.timezone}`;
}

/** The instant local midnight starts `instant`'s day (`back` days earlier) in `timezone`. */
export function startOfLocalDay(instant: number, timezone: string, back = 0): number {
  const { y, m, d } = wallClock(instant, timezone);
  const day = new Date(Date.UTC(y, m - 1, d - back));
  return localMidnight(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), timezone);
}

/**
 * The first instant of local date y-m-d in `timezone`: its midnight, or where a clock change skips midnight
 * (Santiago, Havana), the first minute that exists that day. Local dates only move forward in time, so a search
 * by halves over the day's possible offsets (±15 h) finds it.
 */
export function localMidnight(y: number, m: number, d: number, timezone: string): number {
  const key = (t: number): number => {
    const w = wallClock(t, timezone);
    return w.y * 10_000 + w.m * 100 + w.d;
  };
  const target = y * 10_000 + m * 100 + d;
  let lo = Math.floor(Date.UTC(y, m - 1, d) / 60_000) - 15 * 60; // minutes, surely the day before
  let hi = lo + 30 * 60; // surely that day
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (key(mid * 60_000) >= target) hi = mid;
    else lo = mid;
  }
  return hi * 60_000;
}
