import { firstEmergencyNumber } from '../domain/emergency';
import { isReviewed, pickTip, tipDue, tipFits, tipMessage, type Tip } from '../domain/tips';
import type { GroupInfo } from '../domain/types';
import { PRIORITY, type OutboxRow } from '../store/outbox-repo';
import type { Store } from '../store/store';
import type { AppSettings, HandlerContext } from './context';
import type { Effect } from './ports';
import { sendEffect } from './reply';
import { DINGTALK_GROUP_SUFFIX } from '../domain/types';

/**
 * The tips a group may get: the config library (reviewed ones only when so configured), then admins' own tips once
 * a doctor has reviewed them (an admin's tip never reaches 521 groups unreviewed).
 */
export function tipLibrary(store: Store, settings: AppSettings): Tip[] {
  const config = settings.tipsOnlyReviewed ? settings.tips.filter(isReviewed) : settings.tips;
  return [...config, ...store.tips.custom().filter(isReviewed)];
}

/**
 * Posts the group's next tip (one it has not had, else the one it had longest ago; only tips meant for its country)
 * at bulk priority, and records it. A daily tip is recorded under the group's local date, which a unique index keeps
 * to one.
 */
export function postTip(
  ctx: HandlerContext,
  group: GroupInfo,
  kind: 'daily' | 'manual',
  localDate: string,
  library: readonly Tip[],
): Effect[] {
  const fitting = library.filter((t) => tipFits(t, group.country));
  const tip = pickTip(fitting, ctx.store.tips.history(group.id));
  if (!tip) return [];
  const fill = {
    emergency: firstEmergencyNumber(ctx.settings.emergency, group.country) ?? '112',
    bot: ctx.settings.botNames[group.botId] ?? '',
  };
  const row = ctx.store.outbox.add(
    {
      botId: group.botId,
      toId: group.id,
      isGroup: true,
      text: tipMessage(tip, group.language, fill) + atTheBotFooter(group.id, fill.bot),
      mentions: [],
    },
    // once a day is kept by tip_deliveries' unique index (same transaction); a freed day may post again
    { priority: PRIORITY.bulk, kind: 'tip' },
    ctx.now,
  );
  if (!row) return [];
  if (
    !ctx.store.tips.record({
      groupId: group.id,
      localDate,
      tipId: tip.id,
      kind,
      outboxId: row.id,
      at: ctx.now,
    })
  ) {
    ctx.store.outbox.markFailed(row.id, 'the group already had its tip that day');
    return [];
  }
  return [sendEffect(row)];
}

/** A DingTalk robot reads only messages that @ it: its groups are reminded under every tip and notice. */
export function atTheBotFooter(groupId: string, botName: string): string {
  return groupId.endsWith(DINGTALK_GROUP_SUFFIX)
    ? `\n（在本群提问健康问题，请 @${botName}，机器人才能看到。）`
    : '';
}

/**
 * The daily tips (run by the tick): each group whose local tip time has come and that has not had today's tip gets
 * it, unless tips are off there, the group is paused, its account is not run here, or an emergency is active in it
 * (then a later tick that day sends it). A late tick catches up the same local day; a day already past is skipped.
 * A tip of an earlier day still waiting to go out (its account was offline) is dropped: one tip a day, never a pile.
 */
export function sendTips(store: Store, settings: AppSettings, now: number): Effect[] {
  return store.transaction(() => {
    const ctx = { store, settings, now };
    const effects: Effect[] = [];
    let library: Tip[] | null = null;
    for (const g of store.groups.all()) {
      if (!g.tipsEnabled || g.paused || !(g.botId in settings.botNames)) continue;
      const { localDate, due } = tipDue(now, g.timezone, g.tipTime);
      if (!due || store.tips.hadDaily(g.id, localDate)) continue;
      if (store.tips.emergencyActive(g.id, now - settings.emergencyQuietMs)) continue;
      store.tips.dropWaiting(g.id, 'a newer day’s tip replaced it');
      library ??= tipLibrary(store, settings);
      effects.push(...postTip(ctx, g, 'daily', localDate, library));
    }
    return effects;
  });
}

/**
 * Whether a tip waiting in the outbound queue should still go out now: not when an emergency has started in its group
 * since it was decided, nor once its local day is over. Null: send it; else the reason to drop it (its day is then
 * free again, so a later tick that day can post one).
 */
export function tipStillWanted(
  store: Store,
  settings: AppSettings,
  row: OutboxRow,
  now: number,
): string | null {
  if (row.kind !== 'tip') return null;
  const g = store.groups.get(row.toId);
  if (!g) return null;
  if (store.tips.emergencyActive(g.id, now - settings.emergencyQuietMs))
    return 'an emergency is active in the group';
  const day = store.tips.dayOf(row.id);
  if (day !== null && day < tipDue(now, g.timezone, g.tipTime).localDate) return 'its day is over';
  return null;
}

/** Drops a waiting tip that should no longer go out (see `tipStillWanted`); true when it did. */
export function dropUnwantedTip(store: Store, settings: AppSettings, row: OutboxRow, now: number): boolean {
  const why = tipStillWanted(store, settings, row, now);
  if (!why) return false;
  store.transaction(() => {
    if (store.outbox.markFailed(row.id, `dropped: ${why}`)) store.tips.release(row.id);
  });
  return true;
}
