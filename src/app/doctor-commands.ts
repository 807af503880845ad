import type { DoctorCommand } from '../domain/doctor-command';
import { overrideUntil } from './apply-rosters';
import { texts, type PlaceInfo } from '../domain/texts';
import type { Consultation, DoctorInfo } from '../domain/types';
import type { HandlerContext, HandlerResult } from './context';
import { dm, queueMessage } from './reply';

/**
 * A DM from a registered doctor: claim, next, answer, close, transfer, release, more, mine, queue, on/off duty, help.
 * Every path replies.
 */
export function handleDoctorCommand(
  ctx: HandlerContext,
  botId: string,
  doctor: DoctorInfo,
  cmd: DoctorCommand,
): HandlerResult {
  const reply = (text: string, outcome: string, ticket?: number): HandlerResult => ({
    outcome,
    effects: dm(ctx, botId, doctor.id, text, 'reply', ticket),
  });
  const { consultations } = ctx.store;

  switch (cmd.kind) {
    case 'claim': {
      // off duty, a doctor may still take an emergency of their specialty they asked to hear about
      const target = consultations.get(cmd.ticket);
      const alerted =
        target?.urgency === 'emergency' &&
        ctx.store.people.offDutyEmergencyAlerts(target.specialty).some((d) => d.id === doctor.id);
      if (!doctor.onDuty && !alerted)
        return reply(texts.notOnDuty(), `claim #${cmd.ticket} refused: off duty`);
      const r = consultations.claim(
        cmd.ticket,
        doctor.id,
        ctx.now,
        ctx.settings.leaseMs,
        ctx.settings.capacity,
      );
      if (r.ok) return claimedReply(ctx, botId, doctor, r.consultation);
      switch (r.reason) {
        case 'capacity':
          return reply(
            texts.atCapacity(ctx.settings.capacity, consultations.openClaims(doctor.id)),
            `claim #${cmd.ticket} refused: at capacity`,
          );
        case 'unknown':
          return reply(texts.unknownTicket(cmd.ticket), `claim #${cmd.ticket} refused: unknown`);
        case 'specialty':
          return reply(
            texts.notYourSpecialty(cmd.ticket, r.consultation.specialty),
            `claim #${cmd.ticket} refused: specialty`,
          );
        case 'taken': {
          const holder = r.consultation.claimedBy ?? '';
          const name = ctx.store.people.name(holder) ?? holder;
          return reply(
            texts.alreadyClaimed(cmd.ticket, name, holder === doctor.id),
            `claim #${cmd.ticket} lost to ${holder}`,
            cmd.ticket,
          );
        }
        case 'not-open':
          return reply(
            texts.notOpen(cmd.ticket, r.consultation.status),
            `claim #${cmd.ticket} refused: ${r.consultation.status}`,
          );
      }
      break;
    }
    case 'next': {
      if (!doctor.onDuty) return reply(texts.notOnDuty(), 'next refused: off duty');
      const open = consultations.openClaims(doctor.id);
      if (open.length >= ctx.settings.capacity)
        return reply(texts.atCapacity(ctx.settings.capacity, open), 'next refused: at capacity');
      const c = consultations.claimNext(doctor.id, ctx.now, ctx.settings.leaseMs, ctx.settings.capacity);
      return c
        ? claimedReply(ctx, botId, doctor, c)
        : reply(texts.nothingQueued(doctor.specialties), 'next: queue empty');
    }
    case 'answer':
      return answerTicket(ctx, botId, doctor, cmd.ticket, cmd.text);
    case 'text': {
      const open = consultations.openClaims(doctor.id);
      if (open.length === 1 && open[0] !== undefined)
        return answerTicket(ctx, botId, doctor, open[0], cmd.text);
      if (open.length === 0) return reply(texts.noOpenClaim(), 'doctor text: no open claim');
      return reply(texts.whichTicket(open), 'doctor text: several open claims');
    }
    case 'close': {
      const r = consultations.close(cmd.ticket, doctor.id, ctx.now);
      if (r.ok) return reply(texts.closed(cmd.ticket), `closed #${cmd.ticket}`, cmd.ticket);
      switch (r.reason) {
        case 'unknown':
          return reply(texts.unknownTicket(cmd.ticket), `close #${cmd.ticket} refused: unknown`);
        case 'already-closed':
          return reply(texts.alreadyClosed(cmd.ticket), `close #${cmd.ticket}: already closed`);
        case 'not-yours':
          return reply(texts.cannotClose(cmd.ticket), `close #${cmd.ticket} refused: not yours`);
        case 'not-answered':
          return reply(texts.notAnsweredYet(cmd.ticket), `close #${cmd.ticket} refused: not answered`);
      }
      break;
    }
    case 'transfer': {
      const r = consultations.transfer(cmd.ticket, cmd.specialty, doctor.id, ctx.now);
      if (r.ok) {
        const c = r.consultation;
        return {
          outcome: `transferred #${c.id} ${r.from} → ${c.specialty}`,
          effects: [
            ...dm(ctx, botId, doctor.id, texts.transferred(c.id, r.from, c.specialty), 'reply', c.id),
            {
              kind: 'dispatch',
              ticket: c.id,
              version: c.version,
              specialty: c.specialty,
              urgency: c.urgency,
            },
          ],
        };
      }
      switch (r.reason) {
        case 'unknown':
          return reply(texts.unknownTicket(cmd.ticket), `transfer #${cmd.ticket} refused: unknown`);
        case 'same':
          return reply(
            texts.transferSame(cmd.ticket, cmd.specialty),
            `transfer #${cmd.ticket}: already ${cmd.specialty}`,
          );
        case 'not-allowed':
          return reply(texts.cannotTransfer(cmd.ticket), `transfer #${cmd.ticket} refused`);
      }
      break;
    }
    case 'release': {
      const c = consultations.release(cmd.ticket, doctor.id, ctx.now);
      if (!c) return reply(texts.cannotRelease(cmd.ticket), `release #${cmd.ticket} refused`);
      return {
        outcome: `released #${c.id}`,
        effects: [
          ...dm(ctx, botId, doctor.id, texts.released(c.id), 'reply', c.id),
          { kind: 'dispatch', ticket: c.id, version: c.version, specialty: c.specialty, urgency: c.urgency },
        ],
      };
    }
    case 'ask': {
      const c = consultations.get(cmd.ticket);
      if (!c || c.status !== 'claimed' || c.claimedBy !== doctor.id)
        return reply(texts.cannotAsk(cmd.ticket), `ask #${cmd.ticket} refused`);
      consultations.pauseForAsker(c.id, doctor.id, ctx.now, ctx.settings.escalation.closeAfterMs);
      const group = c.groupId ? ctx.store.groups.get(c.groupId) : null;
      const botName = ctx.settings.botNames[group?.botId ?? c.botId] ?? '';
      const question = texts.doctorAsks(c.id, doctor.name, cmd.text, !!group && !c.private, botName);
      const relay =
        group && !c.private
          ? queueMessage(
              ctx,
              { botId: group.botId, toId: group.id, isGroup: true, text: question, mentions: [c.askerId] },
              { kind: 'ask', consultationId: c.id },
            )
          : queueMessage(
              ctx,
              { botId: c.botId, toId: c.askerId, isGroup: false, text: question },
              { kind: 'ask', consultationId: c.id },
            );
      return {
        outcome: `asked #${c.id}`,
        effects: [...relay, ...dm(ctx, botId, doctor.id, texts.asked(c.id), 'reply', c.id)],
      };
    }
    case 'more': {
      const ids = consultations.extend(doctor.id, cmd.ticket, ctx.now, ctx.settings.leaseMs);
      if (ids.length === 0) return reply(texts.nothingToExtend(), 'more: nothing to extend');
      return reply(
        texts.extended(ids, Math.round(ctx.settings.leaseMs / 60_000)),
        `extended ${ids.join(',')}`,
      );
    }
    case 'alerts':
      ctx.store.people.setEmergencyAlerts(doctor.id, cmd.on, ctx.now);
      return reply(texts.alerts(cmd.on), `emergency alerts ${cmd.on ? 'on' : 'off'}`);
    case 'mine': {
      const waiting = consultations.awaitingForDoctor(doctor.id); // asked the asker something, awaiting the reply
      const open = consultations
        .openClaims(doctor.id)
        .map((id) => consultations.get(id))
        .filter((c): c is Consultation => c !== null)
        .map((c) => ({
          ticket: c.id,
          specialty: c.specialty,
          minutesLeft:
            c.leaseExpiresAt === null || waiting.has(c.id)
              ? null
              : Math.max(0, Math.round((c.leaseExpiresAt - ctx.now) / 60_000)),
          question: c.text,
        }));
      return reply(texts.mine(open), `mine: ${open.length}`);
    }
    case 'queue': {
      const waiting = consultations.queuedFor(doctor.specialties).map((c) => ({
        ticket: c.id,
        specialty: c.specialty,
        urgency: c.urgency,
        minutesWaiting: Math.max(0, Math.round((ctx.now - c.createdAt) / 60_000)),
        question: c.text,
      }));
      return reply(texts.queueList(waiting, doctor.specialties), `queue: ${waiting.length}`);
    }
    case 'on':
      ctx.store.people.setOnDuty(
        doctor.id,
        true,
        ctx.now,
        doctor.roster ? overrideUntil(doctor.roster, ctx.now) : null,
      );
      return reply(
        texts.onDuty(doctor.specialties, consultations.countQueued(doctor.specialties)),
        'on duty',
      );
    case 'off':
      ctx.store.people.setOnDuty(
        doctor.id,
        false,
        ctx.now,
        doctor.roster ? overrideUntil(doctor.roster, ctx.now) : null,
      );
      return reply(texts.offDuty(), 'off duty');
    case 'help':
      return reply(texts.doctorHelp(), 'help');
    case 'unclear':
      return reply(texts.unclearCommand(cmd.text), 'unclear command');
    case 'usage':
      return reply(texts.usage(cmd.command), `usage ${cmd.command}`);
  }
  throw new Error(`unhandled doctor command ${JSON.stringify(cmd)}`);
}

function placeOf(ctx: HandlerContext, c: Consultation): PlaceInfo | null {
  if (!c.groupId) return null;
  const g = ctx.store.groups.get(c.groupId);
  return { groupName: g?.name ?? c.groupId, country: g?.country ?? null, city: g?.city ?? null };
}

/** The claiming doctor's DM: the ticket, where it comes from, who asked and what. */
export function claimedReply(
  ctx: HandlerContext,
  botId: string,
  doctor: DoctorInfo,
  c: Consultation,
): HandlerResult {
  const text = texts.claimed({
    ticket: c.id,
    specialty: c.specialty,
    place: placeOf(ctx, c),
    askerName: c.askerName,
    question: c.text,
  });
  return { outcome: `claimed #${c.id}`, effects: dm(ctx, botId, doctor.id, text, 'claim', c.id) };
}

/**
 * Relays a doctor's answer to where the question was asked (the group, mentioning the asker; or the asker's DM),
 * signed with the doctor's name, hospital and specialty.
 */
function answerTicket(
  ctx: HandlerContext,
  botId: string,
  doctor: DoctorInfo,
  ticket: number,
  answer: string,
): HandlerResult {
  const r = ctx.store.consultations.answer(ticket, doctor.id, answer, ctx.now);
  if (!r.ok) {
    const text =
      r.reason === 'unknown'
        ? texts.unknownTicket(ticket)
        : r.reason === 'not-open' && r.consultation.claimedBy === doctor.id
          ? texts.alreadyClosed(ticket)
          : texts.notYourClaim(ticket);
    return {
      outcome: `answer #${ticket} refused: ${r.reason}`,
      effects: dm(ctx, botId, doctor.id, text, 'reply'),
    };
  }
  const c = r.consultation;
  const group = c.groupId ? ctx.store.groups.get(c.groupId) : null;
  const post = texts.answerPost({
    ticket: c.id,
    answer,
    doctorName: doctor.name,
    hospital: doctor.hospital,
    specialty: c.specialty,
  });
  // The account that took the question answers it (it is in the group); if it is not run any more, the group's.
  const relayBot = c.botId in ctx.settings.botNames || !group ? c.botId : group.botId;
  // the doctor is told where it went once it has gone (afterSent), or that it could not go (failDelivery)
  // a private ticket (psychology, maternal, or asked for) is answered by DM: the group saw only the acknowledgement
  const relay =
    group && !c.private
      ? queueMessage(
          ctx,
          { botId: relayBot, toId: group.id, isGroup: true, text: post, mentions: [c.askerId] },
          { kind: 'answer', consultationId: c.id },
        )
      : queueMessage(
          ctx,
          { botId: c.botId, toId: c.askerId, isGroup: false, text: post },
          { kind: 'answer', consultationId: c.id },
        );
  return { outcome: `answered #${c.id}`, effects: relay };
}
