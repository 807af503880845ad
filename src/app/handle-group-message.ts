import { MAX_MESSAGE_CHARS, readGroupMessage, smallTalk, tooLong } from '../domain/intake';
import { parseAskerCommand, referencedTicket } from '../domain/asker-command';
import { classify } from '../domain/triage';
import { followUp, handleAskerCommand } from './asker-requests';
import { texts } from '../domain/texts';
import type { GroupInfo, Inbound } from '../domain/types';
import { nothing, type HandlerContext, type HandlerResult } from './context';
import { openConsultation } from './open-consultation';
import { queueMessage } from './reply';
import { commandIn, handleAdminCommand } from './admin-commands';

type GroupInbound = Inbound & { group: { id: string; name: string } };

/**
 * A group message. A message addressed to the bot (a mention or a #咨询 tag) is a request; any other message is
 * triaged and taken only when it is confidently a question (see `unaddressed`); the rest is chatter, recorded and
 * left alone, so the group is never spammed with acknowledgements. A photo or
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
  if (intake.kind === 'chatter')
    return tooLong(m.text) ? nothing('chatter (too long)') : unaddressed(ctx, m, group);
  // a notice to the asker in the group (none in a paused group)
  const notice = (text: string, outcome: string): HandlerResult =>
    group?.paused
      ? nothing('group paused')
      : {
          outcome,
          effects: queueMessage(
            ctx,
            { botId: m.botId, toId: m.group.id, isGroup: true, text, mentions: [m.sender.id] },
            { kind: 'notice' },
          ),
        };
  if (tooLong(m.text)) return notice(texts.tooLong(Array.from(m.text).length, MAX_MESSAGE_CHARS), 'too long');
  // "@bot /group pause": a command (it works in a paused group too; that is how it is resumed)
  if (intake.kind === 'request') {
    const admin = commandIn(ctx, m.sender.id, intake.question);
    if (admin) return handleAdminCommand(ctx, { ...m, text: intake.question }, admin);
  }
  const talk = intake.kind === 'request' ? smallTalk(intake.question) : null;
  if (talk === 'thanks') return nothing('thanks');
  if (intake.kind === 'empty-request' || talk === 'greeting')
    return notice(texts.emptyRequest(botName), 'empty request');
  const asker = intake.kind === 'request' ? parseAskerCommand(intake.question) : null;
  if (asker) return handleAskerCommand(ctx, m, asker);
  // "@bot #12 …" (or a quoted acknowledgement) from the asker of open ticket 12: a follow-up, not a new question
  const ref = referencedTicket(m.text);
  const referenced = ref === null ? null : ctx.store.consultations.get(ref);
  if (
    intake.kind === 'request' &&
    referenced &&
    referenced.askerId === m.sender.id &&
    (referenced.status === 'queued' || referenced.status === 'claimed')
  )
    return followUp(
      ctx,
      m,
      referenced,
      intake.question.replace(/^[#＃]\s*[0-9０-９]+\s*[:：,，]?\s*/u, '') || intake.question,
    );
  // addressed to the bot: always a request; triage picks the queue (general when it cannot tell)
  const triage = classify(intake.question, ctx.settings.lexicon);
  if (group?.paused && triage.urgency !== 'emergency') return nothing('group paused');
  return openConsultation(ctx, m, intake.question, triage);
}

/**
 * A message that does not address the bot. Taken only when triage is confident (thresholds in config/triage.json)
 * and the group takes unmentioned questions; a paused group is left alone except for emergencies.
 */
function unaddressed(ctx: HandlerContext, m: GroupInbound, group: GroupInfo | null): HandlerResult {
  // a quoted acknowledgement ("编号 #12") or doctor's question ("【医生提问 #12】") from its asker is a follow-up
  const quoted = /(?:编号|医生提问)\s*#\s*\d/u.test(m.text) ? referencedTicket(m.text) : null;
  const open = quoted === null ? null : ctx.store.consultations.get(quoted);
  if (open && open.askerId === m.sender.id && (open.status === 'queued' || open.status === 'claimed'))
    return followUp(ctx, m, open, m.text.trim());
  const auto = group?.autoIntake ?? ctx.settings.autoIntake;
  if (!auto) return nothing('chatter');
  const triage = classify(m.text, ctx.settings.lexicon);
  const { groupIntake, groupEmergency } = ctx.settings.lexicon.source.thresholds;
  const emergency = triage.kind === 'consult' && triage.urgency === 'emergency';
  const confident =
    triage.kind !== 'none' &&
    (triage.confidence >= groupIntake || (emergency && triage.confidence >= groupEmergency));
  if (!confident) return nothing(`chatter (${triage.kind} ${triage.confidence})`);
  if (group?.paused && !emergency) return nothing('group paused');
  return openConsultation(ctx, m, m.text.trim(), triage);
}
