import { z } from 'zod';
import { lookup } from './lookup';
import { wallClock } from './roster';

/**
 * Daily prevention tips: the library's format, which tip a group gets next, and when a group's tip is due. Pure.
 */

export const TIP_TOPICS = [
  'masks',
  'hand-hygiene',
  'ventilation',
  'home-isolation',
  'seek-care',
  'mental-health',
  'chronic-medication',
  'children',
  'pregnancy',
  'elderly',
  'vaccination',
  'cleaning',
  'travel',
  'other',
] as const;

export const TipSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and -'),
    /** Simplified Chinese: every tip has it. */
    zh: z.string().min(10).max(500),
    /** The same tip in the groups' local languages (it, es, en, …). */
    translations: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(10).max(800)).default({}),
    tags: z
      .object({
        topic: z.enum(TIP_TOPICS),
        season: z.enum(['any', 'winter', 'summer']).default('any'),
        audience: z.enum(['all', 'elderly', 'children', 'pregnant', 'chronic', 'caregivers']).default('all'),
      })
      .strict(),
    source: z.object({ name: z.string().min(2), url: z.url().optional() }).strict(),
    /** The doctor who reviewed it, or "pending" until one has. */
    reviewedBy: z.string().min(1),
    /** Only for groups in these countries (e.g. how to reach a family doctor in Italy); absent: everywhere. */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code')).optional(),
  })
  .strict();
export type Tip = z.infer<typeof TipSchema>;

export const TipFileSchema = z.object({ tips: z.array(TipSchema).min(1) }).strict();

/** True when a doctor has reviewed the tip (its `reviewedBy` is a name, not "pending"). */
export const isReviewed = (t: Tip): boolean => t.reviewedBy.trim().toLowerCase() !== 'pending';

/**
 * The next tip for a group: the first in library order it has never had; once it has had them all, the one it had
 * longest ago. `history`: tip id → when the group last got it. Null for an empty library.
 */
export function pickTip(library: readonly Tip[], history: ReadonlyMap<string, number>): Tip | null {
  const unseen = library.find((t) => !history.has(t.id));
  if (unseen) return unseen;
  let best: Tip | null = null;
  let bestAt = Infinity;
  for (const t of library) {
    const at = history.get(t.id) ?? 0;
    if (at < bestAt) {
      best = t;
      bestAt = at;
    }
  }
  return best;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The group's local date (YYYY-MM-DD) at `now`, and whether its tip time has come that day. */
export function tipDue(now: number, timezone: string, tipTime: string): { localDate: string; due: boolean } {
  const w = wallClock(now, timezone);
  const [h, m] = tipTime.split(':').map(Number) as [number, number];
  return { localDate: `${w.y}-${pad(w.m)}-${pad(w.d)}`, due: w.minute >= h * 60 + m };
}

/** Whether the tip is meant for a group in `country` (a tip for Italy is not for a group in Spain). */
export function tipFits(tip: Tip, country: string | null): boolean {
  return !tip.countries || (country !== null && tip.countries.includes(country.toUpperCase()));
}

/**
 * The tip as posted: in the group's language when the tip has it, else in Chinese; with its source. `{emergency}`
 * becomes the group country's emergency number and `{bot}` the name of the account serving the group.
 */
export function tipMessage(tip: Tip, language: string, fill: { emergency: string; bot: string }): string {
  const local = language === 'zh' ? null : lookup(tip.translations, language);
  const head = lookup(
    { it: '🌿 Consiglio del giorno', es: '🌿 Consejo del día', en: '🌿 Tip of the day' },
    language,
  );
  const body = local ? `${head ?? '🌿 Tip'}\n${local}` : `🌿 每日防护提示\n${tip.zh}`;
  const reviewed = isReviewed(tip) ? ` · 审核：${tip.reviewedBy}` : '';
  const filled = body.replace(/\{emergency\}/gu, fill.emergency).replace(/\{bot\}/gu, fill.bot);
  return `${filled}\n—— 来源：${tip.source.name}${reviewed}`;
}
