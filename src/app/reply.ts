import { PRIORITY, queuePriority, type OutboxMeta, type OutboxRow } from '../store/outbox-repo';
import type { HandlerContext } from './context';
import type { Effect } from './ports';

/** Writes one message to the outbox (inside the current transaction) and returns the effect that queues it. */
export function queueMessage(
  ctx: HandlerContext,
  message: { botId: string; toId: string; isGroup: boolean; text: string; mentions?: string[] },
  meta: Partial<OutboxMeta> & { kind: string },
): Effect[] {
  const row = ctx.store.outbox.add(
    { ...message, mentions: message.mentions ?? [] },
    { priority: PRIORITY.interactive, ...meta },
    ctx.now,
  );
  return row ? [sendEffect(row)] : [];
}

/** The effect that queues an outbox row: by its priority class, then the older ticket first. */
export function sendEffect(row: OutboxRow): Effect {
  return {
    kind: 'send',
    outboxId: row.id,
    botId: row.botId,
    priority: queuePriority(row.priority, row.consultationId),
  };
}

/** A DM from `botId` to `personId`. */
export function dm(
  ctx: HandlerContext,
  botId: string,
  personId: string,
  text: string,
  kind: string,
  consultationId?: number,
): Effect[] {
  return queueMessage(
    ctx,
    { botId, toId: personId, isGroup: false, text },
    { kind, consultationId: consultationId ?? null },
  );
}
