import { isReviewed, pickTip, tipDue, tipMessage, type Tip } from '../domain/tips';
import type { GroupInfo } from '../domain/types';
import { PRIORITY } from '../store/outbox-repo';
import type { Store } from '../store/store';
import type { AppSettings, HandlerContext } from './context';
import type { Effect } from './ports';
import { sendEffect } from './reply';

/** The tips a group may get: the config library then admins' own, reviewed ones only when so configured. */
export function tipLibrary(store: Store, settings: AppSettings): Tip[] {
  const all = [...settings.tips, ...store.tips.custom()];
  return settings.tipsOnlyReviewed ? all.filter(isReviewed) : all;
}

/**
 * Posts the group's next tip (one it has not had, else the one it had longest ago) at bulk priority, and records it.
 * A daily tip is recorded under the group's local date, which a unique index keeps to one.
 */
export function postTip(
  ctx: HandlerContext,
  group: GroupInfo,
  kind: 'daily' | 'manual',
  localDate: string,
  library: readonly Tip[],
): Effect[] {
  const tip = pickTip(library, ctx.store.tips.history(group.id));
  if (!tip) return [];
  const row = ctx.store.outbox.add(
    {
      botId: group.botId,
      toId: group.id,
      isGroup: true,
      text: tipMessage(tip, group.language),
      mentions: [],
    },
    {
      priority: PRIORITY.bulk,
      kind: 'tip',
      dedupeKey: kind === 'daily' ? `tip-${group.id}-${localDate}` : undefined,
    },
    ctx.now,
  );
  if (!row) return [];
  ctx.store.tips.record({ groupId: group.id, localDate, tipId: tip.id, kind, outboxId: row.id, at: ctx.now });
  return [sendEffect(row)];
}

/**
 * The daily tips (run by the tick): each group whose local tip time has come and that has not had today's tip gets
 * it, unless tips are off there, the group is paused, or an emergency is active in it (then a later tick that day
 * sends it). A late tick catches up the same local day; a day already past is skipped.
 */
export function sendTips(store: Store, settings: AppSettings, now: number): Effect[] {
  return store.transaction(() => {
    const ctx = { store, settings, now };
    const effects: Effect[] = [];
    let library: Tip[] | null = null;
    for (const g of store.groups.all()) {
      if (!g.tipsEnabled || g.paused) continue;
      const { localDate, due } = tipDue(now, g.timezone, g.tipTime);
      if (!due || store.tips.hadDaily(g.id, localDate)) continue;
      if (store.tips.emergencyActive(g.id, now - settings.emergencyQuietMs)) continue;
      library ??= tipLibrary(store, settings);
      effects.push(...postTip(ctx, g, 'daily', localDate, library));
    }
    return effects;
  });
}
