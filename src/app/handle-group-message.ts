import { readGroupMessage, smallTalk } from '../domain/intake';
import { texts } from '../domain/texts';
import type { Inbound } from '../domain/types';
import { nothing, type HandlerContext, type HandlerResult } from './context';
import { openConsultation } from './open-consultation';
import { queueMessage } from './reply';

type GroupInbound = Inbound & { group: { id: string; name: string } };

/**
 * A group message. Chatter is recorded and left alone: the bot speaks in a group only when addressed. A photo or
 * voice message gets a notice only from someone with an open ticket in that group (then it is probably meant for
 * the doctor), so the group is never flooded with "cannot read images".
 */
export function handleGroupMessage(ctx: HandlerContext, m: GroupInbound): HandlerResult {
  const botName = ctx.settings.botNames[m.botId] ?? '';
  const group = ctx.store.groups.get(m.group.id);
  if (m.kind !== 'text') {
    const open = ctx.store.consultations.openTicketOf(m.sender.id, m.group.id);
    if (open === null) return nothing(`ignored ${m.kind}`);
    const effects = queueMessage(
      ctx,
      {
        botId: m.botId,
        toId: m.group.id,
        isGroup: true,
        text: texts.unreadable(m.kind),
        mentions: [m.sender.id],
      },
      { kind: 'notice', consultationId: open },
    );
    return { outcome: `unreadable ${m.kind}`, effects };
  }
  // a mention of any of our accounts counts: the serving account answers for the others in its groups
  const intake = readGroupMessage(m.text, m.mentionsBot, Object.values(ctx.settings.botNames));
  if (intake.kind === 'chatter') return nothing('chatter');
  if (group?.paused) return nothing('group paused');
  const talk = intake.kind === 'request' ? smallTalk(intake.question) : null;
  if (talk === 'thanks') return nothing('thanks');
  if (intake.kind === 'empty-request' || talk === 'greeting') {
    const effects = queueMessage(
      ctx,
      {
        botId: m.botId,
        toId: m.group.id,
        isGroup: true,
        text: texts.emptyRequest(botName),
        mentions: [m.sender.id],
      },
      { kind: 'notice' },
    );
    return { outcome: 'empty request', effects };
  }
  return openConsultation(ctx, m, intake.question);
}
