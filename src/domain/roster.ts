import { z } from 'zod';

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

/** The local weekday and minute of the day at `instant` in `timezone`. */
export function localTime(instant: number, timezone: string): { day: Day; minute: number } {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const day = (parts.weekday ?? 'Mon').toLowerCase().slice(0, 3) as Day;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinute = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const previousDay = (d: Day): Day => DAYS[(DAYS.indexOf(d) + 6) % 7] ?? 'sun';

/** Whether the roster has the doctor on duty at `instant`. */
export function onDutyAt(roster: Roster, instant: number): boolean {
  const { day, minute } = localTime(instant, roster.timezone);
  return roster.windows.some((w) => {
    const start = toMinute(w.start);
    const end = toMinute(w.end);
    if (start < end) return w.days.includes(day) && minute >= start && minute < end;
    // overnight: the evening part on the listed day, the morning part on the day after
    return (w.days.includes(day) && minute >= start) || (w.days.includes(previousDay(day)) && minute < end);
  });
}

/**
 * The next instant after `from` (within a week, to the minute) at which the roster's duty state changes to
 * `onDuty`; null when it never does. Steps minute by minute only across boundaries it can find cheaply: each window
 * edge is checked by walking quarter hours then refining, which is exact for rosters written in whole minutes.
 */
export function nextChange(roster: Roster, from: number, onDuty: boolean): number | null {
  const step = 15 * 60_000;
  let prev = onDutyAt(roster, from);
  for (let t = from + step; t <= from + 8 * 24 * 3_600_000; t += step) {
    const now = onDutyAt(roster, t);
    if (now !== prev && now === onDuty) {
      // refine to the minute within the last quarter hour
      for (let m = t - step + 60_000; m <= t; m += 60_000) if (onDutyAt(roster, m) === onDuty) return m;
      return t;
    }
    prev = now;
  }
  return null;
}
