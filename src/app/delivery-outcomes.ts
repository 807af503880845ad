import { texts } from '../domain/texts';
import type { Consultation } from '../domain/types';
import type { OutboxRow } from '../store/outbox-repo';
import type { Store } from '../store/store';
import type { AppSettings, HandlerContext } from './context';
import type { Effect } from './ports';
import { queueMessage } from './reply';

/** The account that DMs a person: the one they talk to, if this deployment runs it, else the default one. */
/**
 * The account that DMs a person: the one they last wrote to; else, for someone known only on DingTalk or the
 * Official Account ("dt:…", "oa:…"), an account of that platform; else the default one.
 */
export function dmBotFor(settings: AppSettings, dmBotId: string | null, personId?: string): string {
  if (dmBotId && dmBotId in settings.botNames) return dmBotId;
  const platform = personId?.startsWith('dt:')
    ? 'dingtalk'
    : personId?.startsWith('oa:')
      ? 'wechat-oa'
      : null;
  const same = platform
    ? Object.keys(settings.botNames).find((b) => settings.botPlatforms[b] === platform)
    : undefined;
  return same ?? settings.defaultBotId;
}

function doctorOf(
  store: Store,
  row: OutboxRow,
): { id: string; dmBotId: string | null; ticket: number } | null {
  if (row.kind !== 'answer' || row.consultationId === null) return null;
  const c = store.consultations.get(row.consultationId);
  const doctor = c?.answeredBy ? store.people.doctor(c.answeredBy) : null;
  return c && doctor ? { id: doctor.id, dmBotId: doctor.dmBotId, ticket: c.id } : null;
}

/**
 * After a message went out: an answer that reached the asker is confirmed to its doctor (only now, so the doctor is
 * never told "sent" for something WeChat did not take). Idempotent per answer row.
 */
export function afterSent(
  store: Store,
  settings: AppSettings,
  row: OutboxRow & { parked?: boolean },
  now: number,
): Effect[] {
  const doctor = doctorOf(store, row);
  if (!doctor) return [];
  return store.transaction(() => {
    const c = store.consultations.get(doctor.ticket);
    const group = c?.groupId ? store.groups.get(c.groupId) : null;
    const target = { groupName: group?.name ?? null, askerName: c?.askerName ?? '' };
    // an Official Account follower whose window was closed gets it when they next write
    const text = row.parked
      ? texts.answerWaitsForAsker(doctor.ticket, target.askerName)
      : texts.answerDelivered(doctor.ticket, target);
    const ctx = { store, settings, now };
    const to = {
      botId: dmBotFor(settings, doctor.dmBotId, doctor.id),
      toId: doctor.id,
      isGroup: false,
      text,
    };
    return queueMessage(ctx, to, {
      kind: 'reply',
      consultationId: doctor.ticket,
      dedupeKey: `delivered-${row.id}`,
    });
  });
}

/**
 * A message failed for good (every retry used, or its account is not run here): marks it failed, and if it was an
 * answer, gives the ticket back to its doctor and tells them, all in one transaction. Nothing when the row was not
 * pending any more (e.g. it went out after all), so a doctor is never told both "sent" and "not sent".
 */
export function failDelivery(
  store: Store,
  settings: AppSettings,
  outboxId: number,
  reason: string,
  now: number,
): Effect[] {
  return store.transaction(() => {
    if (!store.outbox.markFailed(outboxId, reason)) return [];
    const row = store.outbox.get(outboxId);
    if (row?.kind === 'tip') store.tips.release(outboxId);
    if (row?.kind === 'ask') return askUndelivered(store, settings, row, now);
    const doctor = row ? doctorOf(store, row) : null;
    if (!row || !doctor) return [];
    store.consultations.reopenUndelivered(doctor.ticket, doctor.id, now, settings.leaseMs);
    const ctx = { store, settings, now };
    const text = texts.answerUndelivered(doctor.ticket);
    const to = {
      botId: dmBotFor(settings, doctor.dmBotId, doctor.id),
      toId: doctor.id,
      isGroup: false,
      text,
    };
    const effects = queueMessage(ctx, to, {
      kind: 'reply',
      consultationId: doctor.ticket,
      dedupeKey: `undelivered-${row.id}`,
    });
    // a private answer that could not go by DM (the asker is not the bot's friend yet)
    const c = store.consultations.get(doctor.ticket);
    if (c) effects.push(...askToAddBot(ctx, c, row));
    return effects;
  });
}

/** A doctor's question to the asker could not be sent: the doctor is told, and a private asker asked to add the bot. */
function askUndelivered(store: Store, settings: AppSettings, row: OutboxRow, now: number): Effect[] {
  const c = row.consultationId === null ? null : store.consultations.get(row.consultationId);
  if (!c?.claimedBy) return [];
  const ctx = { store, settings, now };
  const doctor = store.people.doctor(c.claimedBy);
  const effects = queueMessage(
    ctx,
    {
      botId: dmBotFor(settings, doctor?.dmBotId ?? null),
      toId: c.claimedBy,
      isGroup: false,
      text: texts.askUndelivered(c.id),
    },
    { kind: 'reply', consultationId: c.id, dedupeKey: `ask-undelivered-${row.id}` },
  );
  return [...effects, ...askToAddBot(ctx, c, row)];
}

/**
 * A DM to the asker of a group ticket failed (they are not the bot's friend yet): they are told in their group,
 * without health details, how to add the bot.
 */
function askToAddBot(ctx: HandlerContext, c: Consultation, row: OutboxRow): Effect[] {
  const group = !row.isGroup && c.groupId ? ctx.store.groups.get(c.groupId) : null;
  if (!group) return [];
  return queueMessage(
    ctx,
    {
      botId: group.botId,
      toId: group.id,
      isGroup: true,
      text: texts.addMeToReceive(c.id, ctx.settings.botNames[group.botId] ?? ''),
      mentions: [c.askerId],
    },
    { kind: 'notice', consultationId: c.id, dedupeKey: `add-me-${row.id}` },
  );
}
