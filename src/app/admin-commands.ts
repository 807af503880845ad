import {
  COMMANDS,
  parseAdminCommand,
  reachOf,
  type AdminCommand,
  type CommandName,
  type ParsedAdmin,
  type Role,
} from '../domain/admin-command';
import { adminTexts } from '../domain/admin-texts';
import { onDutyAt } from '../domain/roster';
import {
  formatSelector,
  matchesSelector,
  parseSelector,
  scopeSelector,
  type Selector,
} from '../domain/selector';
import { dateRange, exportCsv, formatDuration, periodStart, summarize } from '../domain/stats';
import { tipDue } from '../domain/tips';
import { classify } from '../domain/triage';
import { DOCTOR_QUEUES, URGENCIES, type GroupInfo, type Inbound, type Urgency } from '../domain/types';
import type { AuditOutcome } from '../store/audit-repo';
import { PRIORITY } from '../store/outbox-repo';
import type { HandlerContext, HandlerResult } from './context';
import { dmBotFor } from './delivery-outcomes';
import { claimedReply } from './doctor-commands';
import type { Effect } from './ports';
import { queueMessage, sendEffect } from './reply';
import { atTheBotFooter, postTip, tipLibrary } from './send-tips';

/**
 * The slash command in a message, if it is one for this sender. Someone with no role whose `/…` is no valid command
 * but reads as a question ("/医生 我孩子发烧39度") is asking a doctor: null, so it goes to triage like any question.
 */
export function commandIn(ctx: HandlerContext, senderId: string, text: string): ParsedAdmin | null {
  const parsed = parseAdminCommand(text);
  if (!parsed || parsed.ok) return parsed;
  const hasRole = ctx.store.people.roles(senderId).length > 0 || !!ctx.store.people.doctor(senderId)?.active;
  if (hasRole) return parsed;
  return classify(text.trim().replace(/^[/／]/u, ''), ctx.settings.lexicon).kind === 'none' ? parsed : null;
}

/**
 * A `/command` from anyone (DM, or a group message mentioning the bot). Order: rate limit, role, arguments, scope,
 * then the change, each step recorded in the audit trail; a refusal says which role is needed and changes nothing.
 * Replies wait behind everything consultations send (PRIORITY.command).
 */
export function handleAdminCommand(ctx: HandlerContext, m: Inbound, parsed: ParsedAdmin): HandlerResult {
  const caller = m.sender.id;
  const grants = ctx.store.people.roles(caller).filter((g) => g.role !== 'doctor');
  const doctor = ctx.store.people.doctor(caller);
  const roles = new Set<Role>(grants.map((g) => g.role));
  if (doctor?.active) roles.add('doctor');
  const group = m.group ? ctx.store.groups.get(m.group.id) : null;
  const lang = ctx.store.people.language(caller) ?? group?.language ?? 'zh';
  const command = parsed.ok ? parsed.command.name : (parsed.name ?? `/${parsed.word}`);
  const args = argsOf(m.text, parsed.ok && parsed.command.name.includes(' ') ? 2 : 1);

  // in a group, someone with no role hears nothing back but their /help and /id (no refusals spread in groups)
  const quiet = !!m.group && roles.size === 0;
  const record = (outcome: AuditOutcome, detail: string | null): void =>
    ctx.store.audit.record({
      at: ctx.now,
      actorId: caller,
      roles: [...roles].sort().join(','),
      command,
      args,
      chatId: m.group?.id ?? caller,
      isGroup: !!m.group,
      outcome,
      detail,
    });
  const answer = (
    text: string,
    outcome: AuditOutcome,
    detail: string | null,
    more: Effect[] = [],
  ): HandlerResult => {
    record(outcome, detail);
    if (quiet && outcome !== 'done')
      return { outcome: `/${command}: ${outcome} (not answered in the group)`, effects: more };
    const reply = queueMessage(
      ctx,
      m.group
        ? { botId: m.botId, toId: m.group.id, isGroup: true, text, mentions: [caller] }
        : { botId: m.botId, toId: caller, isGroup: false, text },
      { kind: 'command', priority: PRIORITY.command },
    );
    return {
      outcome: `/${command}: ${outcome}${detail ? ` (${detail})` : ''}`,
      effects: [...reply, ...more],
    };
  };

  // a flood of commands: refused (and recorded) until the minute passes; told once, then silence
  const perMinute = ctx.settings.commandsPerMinute;
  const since = ctx.now - 60_000;
  if (ctx.store.audit.countSince(caller, since) >= perMinute) {
    const toldAlready = ctx.store.audit.countSince(caller, since, 'limited') > 0;
    if (!toldAlready) return answer(adminTexts.slowDown(perMinute), 'limited', null);
    record('limited', null);
    return { outcome: `/${command}: limited`, effects: [] };
  }

  if (!parsed.ok && parsed.name === null)
    return answer(adminTexts.unknownCommand(parsed.word, lang), 'usage', null);
  const name: CommandName = parsed.ok ? parsed.command.name : (parsed.name as CommandName);
  const reach = reachOf(name, roles);
  if (reach === null)
    return answer(
      adminTexts.refused(name),
      'refused',
      `needs ${Object.keys(COMMANDS[name].roles).join('|')}`,
    );
  if (!parsed.ok) return answer(adminTexts.usage(name, parsed.reason, lang), 'usage', parsed.reason);
  // reports read many rows inside the write lock: a tighter allowance of their own
  const reportsPerMinute = ctx.settings.reportsPerMinute;
  if (
    (name === 'stats' || name === 'export') &&
    ctx.store.audit.reportsSince(caller, since) >= reportsPerMinute
  )
    return answer(adminTexts.slowDownReports(reportsPerMinute), 'limited', 'reports');

  const scopes = grants
    .filter((g) => COMMANDS[name].roles[g.role] === 'scoped')
    .map((g) => scopeSelector(g.scope))
    .filter((s): s is Selector => s !== null);
  // a stored scope names groups by id only: a group's name is chosen by its members and could be renamed into it
  const inScope = (g: GroupInfo): boolean =>
    reach === 'all' || scopes.some((s) => matchesSelector(s, g, { groupNames: false }));
  const c: Caller = { m, caller, roles, reach, inScope, lang };
  let r: Done;
  try {
    // a savepoint: a command that fails half-way leaves nothing behind, and is still recorded and answered
    r = ctx.store.db.transaction(() => run(ctx, c, parsed.command))();
  } catch (err) {
    r = failed(adminTexts.commandFailed(), `error: ${err instanceof Error ? err.message : String(err)}`);
  }
  return answer(r.text, r.outcome, r.detail, r.effects);
}

interface Caller {
  m: Inbound;
  caller: string;
  roles: ReadonlySet<Role>;
  reach: 'all' | 'scoped';
  inScope: (g: GroupInfo) => boolean;
  lang: string;
}

interface Done {
  text: string;
  outcome: AuditOutcome;
  detail: string | null;
  effects?: Effect[];
}

const done = (text: string, detail: string | null = null, effects: Effect[] = []): Done => ({
  text,
  outcome: 'done',
  detail,
  effects,
});
const refused = (text: string, detail: string): Done => ({ text, outcome: 'refused', detail });
const failed = (text: string, detail: string): Done => ({ text, outcome: 'failed', detail });

/** The arguments as typed, for the audit trail: the text after the command's `words` words. */
function argsOf(text: string, words: number): string {
  return text.trim().split(/\s+/u).slice(words).join(' ').slice(0, 300);
}

type Resolved<T> = { ok: true; value: T } | { ok: false; done: Done };

function resolvePerson(ctx: HandlerContext, c: Caller, ref: string): Resolved<{ id: string; name: string }> {
  const raw = ref.replace(/^[@＠]/u, '').trim();
  if (/^(?:me|我|自己)$/iu.test(raw)) return { ok: true, value: { id: c.caller, name: c.m.sender.name } };
  const byId = ctx.store.people.name(raw);
  if (byId !== null) return { ok: true, value: { id: raw, name: byId || raw } };
  const ids = ctx.store.people.byName(raw);
  if (ids.length === 1 && ids[0]) return { ok: true, value: { id: ids[0], name: raw } };
  return {
    ok: false,
    done: failed(
      ids.length === 0 ? adminTexts.unknownPerson(raw) : adminTexts.ambiguousPerson(raw, ids),
      ids.length === 0 ? 'unknown person' : 'ambiguous person',
    ),
  };
}

/** The group a group command acts on: named by `group=`, or the group it was sent in. */
function resolveGroup(ctx: HandlerContext, c: Caller, ref: string | null): Resolved<GroupInfo> {
  if (ref === null) {
    const here = c.m.group ? ctx.store.groups.get(c.m.group.id) : null;
    return here
      ? { ok: true, value: here }
      : { ok: false, done: failed(adminTexts.whichGroup(), 'no group named') };
  }
  const found = ctx.store.groups.find(ref);
  if (found.length === 1 && found[0]) return { ok: true, value: found[0] };
  return {
    ok: false,
    done: failed(
      found.length === 0
        ? adminTexts.unknownGroup(ref)
        : adminTexts.ambiguousGroup(
            ref,
            found.map((g) => g.id),
          ),
      found.length === 0 ? 'unknown group' : 'ambiguous group',
    ),
  };
}

/** A group the caller may act on with this command, or the refusal. */
function scopedGroup(
  ctx: HandlerContext,
  c: Caller,
  name: CommandName,
  ref: string | null,
): Resolved<GroupInfo> {
  const g = resolveGroup(ctx, c, ref);
  if (!g.ok) return g;
  if (!c.inScope(g.value))
    return {
      ok: false,
      done: refused(adminTexts.outOfScope(name, g.value.name), `out of scope: ${g.value.id}`),
    };
  return g;
}

/** A DM to someone the bot may not have talked to yet (their own DM account, or the default one). */
function dmTo(ctx: HandlerContext, personId: string, text: string, kind: string, ticket?: number): Effect[] {
  return queueMessage(
    ctx,
    {
      botId: dmBotFor(ctx.settings, ctx.store.people.dmBotOf(personId), personId),
      toId: personId,
      isGroup: false,
      text,
    },
    { kind, consultationId: ticket ?? null },
  );
}

function run(ctx: HandlerContext, c: Caller, cmd: AdminCommand): Done {
  const { store, now } = ctx;
  switch (cmd.name) {
    case 'help': {
      const lines = (Object.keys(COMMANDS) as CommandName[])
        .filter((n) => reachOf(n, c.roles) !== null)
        .map((n) => COMMANDS[n]);
      return done(adminTexts.help(lines, c.roles.has('doctor'), c.roles.size > 0));
    }
    case 'id':
      return done(adminTexts.yourId(c.caller));
    case 'group info': {
      const g = scopedGroup(ctx, c, cmd.name, cmd.group);
      if (!g.ok) return g.done;
      const facts = store.groups.facts(g.value.id);
      return done(
        adminTexts.groupInfo({
          ...g.value,
          autoIntake: g.value.autoIntake ?? ctx.settings.autoIntake,
          ...facts,
        }),
        g.value.id,
      );
    }
    case 'group set': {
      const g = scopedGroup(ctx, c, cmd.name, cmd.group);
      if (!g.ok) return g.done;
      const before = cmd.field === 'tiptime' ? g.value.tipTime : g.value[cmd.field];
      store.groups.setField(g.value.id, cmd.field, cmd.value, now);
      return done(
        adminTexts.groupSet(g.value.name, cmd.field, before, cmd.value),
        `${g.value.id} ${cmd.field}: ${before ?? ''} → ${cmd.value}`,
      );
    }
    case 'group pause':
    case 'group resume': {
      const g = scopedGroup(ctx, c, cmd.name, cmd.group);
      if (!g.ok) return g.done;
      const pause = cmd.name === 'group pause';
      const already = g.value.paused === pause;
      if (!already) store.groups.setPaused(g.value.id, pause, now);
      return done(adminTexts.paused(g.value.name, pause, already), `${g.value.id} paused=${pause}`);
    }
    case 'group intake': {
      const g = scopedGroup(ctx, c, cmd.name, cmd.group);
      if (!g.ok) return g.done;
      store.groups.setAutoIntake(g.value.id, cmd.on, now);
      return done(adminTexts.intake(g.value.name, cmd.on), `${g.value.id} autoIntake=${cmd.on}`);
    }
    case 'grant': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      const scope = storedScope(ctx, c, cmd.role === 'admin' ? null : cmd.scope);
      if (!scope.ok) return scope.done;
      const already = store.people
        .roles(p.value.id)
        .some((g) => g.role === cmd.role && g.scope === scope.value);
      if (already) return done(adminTexts.granted(p.value.name, cmd.role, scope.value, true), 'already');
      store.people.grant(p.value.id, cmd.role, scope.value, c.caller, now);
      return done(
        adminTexts.granted(p.value.name, cmd.role, scope.value, false),
        `${p.value.id} +${cmd.role}[${scope.value}]`,
        dmTo(ctx, p.value.id, adminTexts.youWereGranted(cmd.role, scope.value), 'notice'),
      );
    }
    case 'revoke': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      if (cmd.role === 'doctor') return retireDoctor(ctx, p.value);
      const scope = cmd.scope === null ? { ok: true as const, value: null } : storedScope(ctx, c, cmd.scope);
      if (!scope.ok) return scope.done;
      if (cmd.role === 'admin') {
        const admins = store.people.admins();
        if (admins.length === 1 && admins[0] === p.value.id)
          return refused(adminTexts.lastAdmin(), 'last admin');
      }
      const n = store.people.revoke(p.value.id, cmd.role, scope.value);
      return done(
        adminTexts.revoked(p.value.name, cmd.role, n),
        `${p.value.id} -${cmd.role}[${scope.value ?? 'all'}] ×${n}`,
      );
    }
    case 'who': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      const d = store.people.doctor(p.value.id);
      return done(
        adminTexts.who({
          id: p.value.id,
          name: p.value.name,
          grants: store.people.roles(p.value.id),
          doctor: d,
          groups: store.groups.membershipCount(p.value.id),
        }),
        p.value.id,
      );
    }
    case 'link': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      store.channels.link(cmd.platform, cmd.platformId, p.value.id);
      return done(
        adminTexts.linked(p.value.name, cmd.platform, cmd.platformId),
        `${p.value.id} = ${cmd.platform}:${cmd.platformId}`,
      );
    }
    case 'doctor add': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      const before = store.people.doctor(p.value.id);
      store.people.upsertDoctor(
        {
          id: p.value.id,
          hospital: cmd.hospital || before?.hospital || '',
          specialties: cmd.specialties,
          languages: before?.languages ?? ['zh'],
          onDuty: before?.active ? before.onDuty : false,
          roster: before?.roster ?? null,
          emergencyAlerts: before?.emergencyAlerts ?? false,
        },
        now,
      );
      const again = !!before?.active;
      return done(
        adminTexts.doctorAdded(p.value.name, cmd.specialties, again),
        `${p.value.id} doctor ${cmd.specialties.join(',')}`,
        again ? [] : dmTo(ctx, p.value.id, adminTexts.welcomeDoctor(cmd.specialties), 'notice'),
      );
    }
    case 'doctor remove': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      return retireDoctor(ctx, p.value);
    }
    case 'doctor roster': {
      const p = resolvePerson(ctx, c, cmd.person);
      if (!p.ok) return p.done;
      const d = store.people.doctor(p.value.id);
      if (!d?.active) return failed(adminTexts.notADoctor(p.value.name), 'not a doctor');
      store.people.setRoster(d.id, cmd.roster, now);
      const onDuty = cmd.roster ? onDutyAt(cmd.roster, now) : d.onDuty;
      if (cmd.roster) store.people.setOnDuty(d.id, onDuty, now);
      return done(adminTexts.rosterSet(p.value.name, cmd.roster, onDuty), `${d.id} roster`);
    }
    case 'doctors': {
      const list = store.people
        .allOnDuty()
        .filter((d) => cmd.specialty === null || d.specialties.includes(cmd.specialty))
        .map((d) => ({ ...d, open: store.consultations.openClaims(d.id).length }));
      return done(adminTexts.doctorsOnDuty(cmd.specialty, list));
    }
    case 'queue': {
      const waiting = store.reports.waiting();
      const onDuty = store.people.allOnDuty();
      const rows = [...DOCTOR_QUEUES, 'policy' as const].map((specialty) => {
        const mine = waiting.filter((w) => w.specialty === specialty);
        const byUrgency = Object.fromEntries(
          URGENCIES.map((u) => [u, mine.find((w) => w.urgency === u)?.n ?? 0]),
        ) as Record<Urgency, number>;
        const oldest = mine.length > 0 ? Math.min(...mine.map((w) => w.oldest)) : null;
        return {
          specialty,
          waiting: mine.reduce((n, w) => n + w.n, 0),
          byUrgency,
          oldestMs: oldest === null ? null : now - oldest,
          onDuty:
            specialty === 'policy'
              ? store.people.overseers(null).length
              : onDuty.filter((d) => d.specialties.includes(specialty)).length,
        };
      });
      return done(adminTexts.queueOverview(rows));
    }
    case 'reassign': {
      const p = resolvePerson(ctx, c, cmd.doctor);
      if (!p.ok) return p.done;
      const d = store.people.doctor(p.value.id);
      if (!d?.active) return failed(adminTexts.notADoctor(p.value.name), 'not a doctor');
      const r = store.consultations.reassign(cmd.ticket, d.id, c.caller, now, ctx.settings.leaseMs);
      if (!r) {
        const t = store.consultations.get(cmd.ticket);
        return failed(adminTexts.cannotReassign(cmd.ticket, t?.status ?? null), `#${cmd.ticket} not open`);
      }
      const fromName = r.from ? (store.people.name(r.from) ?? r.from) : null;
      const effects = [
        ...claimedReply(ctx, dmBotFor(ctx.settings, d.dmBotId, d.id), d, r.consultation).effects,
        ...(r.from ? dmTo(ctx, r.from, adminTexts.takenFromYou(cmd.ticket), 'notice', cmd.ticket) : []),
      ];
      return done(
        adminTexts.reassigned(cmd.ticket, p.value.name, fromName),
        `#${cmd.ticket} ${r.from ?? 'queue'} → ${d.id}`,
        effects,
      );
    }
    case 'stats': {
      const tz = ctx.settings.reportTimezone;
      const chosen = chosenGroups(ctx, c, cmd.name, cmd.selector);
      if (!chosen.ok) return chosen.done;
      const range = { from: periodStart(cmd.period, now, tz), to: now + 1 };
      const keep = (groupId: string | null): boolean =>
        chosen.value === null ? true : groupId !== null && chosen.value.has(groupId);
      const rows = store.reports.rows(range.from, range.to).filter((r) => keep(r.groupId));
      const stats = summarize(rows, range, {
        escalations: store.reports.escalations(range.from, range.to).filter(keep).length,
        tipsSent: store.reports.sentToGroups('tip', range.from, range.to).filter(keep).length,
        broadcastsSent: store.reports.sentToGroups('broadcast', range.from, range.to).filter(keep).length,
        purged: store.reports.purged(range.from, range.to).filter(keep).length,
      });
      const label = `${cmd.period}${cmd.selector ? ` ${formatSelector(cmd.selector)}` : ''}`;
      return done(adminTexts.stats(stats, label, tz), label);
    }
    case 'export': {
      if (!ctx.files) return failed(adminTexts.exportUnavailable(), 'no export directory');
      const range = dateRange(cmd.from, cmd.to, ctx.settings.reportTimezone);
      const rows = store.reports.rows(range.from, range.to).filter((r) => r.createdAt >= range.from);
      const file = ctx.files.write(`consultations-${cmd.from}-to-${cmd.to}-${now}.csv`, exportCsv(rows));
      return done(adminTexts.exported(file, rows.length), `${rows.length} rows → ${file}`);
    }
    case 'tips': {
      const g = scopedGroup(ctx, c, cmd.name, cmd.group);
      if (!g.ok) return g.done;
      store.groups.setTipsEnabled(g.value.id, cmd.on, now);
      return done(adminTexts.tipsSwitched(g.value.name, cmd.on), `${g.value.id} tips=${cmd.on}`);
    }
    case 'tip now': {
      const picked = selectedGroups(ctx, c, cmd.name, cmd.selector);
      if (!picked.ok) return picked.done;
      const open = picked.value.filter((g) => !g.paused && g.tipsEnabled);
      const library = tipLibrary(store, ctx.settings);
      const effects = open.flatMap((g) =>
        postTip(ctx, g, 'manual', tipDue(now, g.timezone, g.tipTime).localDate, library),
      );
      return done(
        adminTexts.tipsPosted(
          effects.length,
          picked.value.length - open.length,
          formatDuration(sendTime(ctx, open)),
        ),
        `${formatSelector(cmd.selector)}: ${effects.length} tips`,
        effects,
      );
    }
    case 'tip add': {
      const reviewed = c.roles.has('doctor');
      const id = store.tips.addCustom(
        {
          zh: cmd.text,
          source: '侨联',
          reviewedBy: reviewed ? c.m.sender.name || c.caller : 'pending',
          addedBy: c.caller,
        },
        now,
      );
      return done(adminTexts.tipAdded(id, reviewed), id);
    }
    case 'tip review': {
      const reviewer = c.m.sender.name || c.caller;
      return store.tips.review(cmd.id, `${reviewer} 医生`)
        ? done(adminTexts.tipReviewed(cmd.id, reviewer), cmd.id)
        : failed(adminTexts.noSuchTip(cmd.id), 'no such tip');
    }
    case 'broadcast': {
      const picked = selectedGroups(ctx, c, cmd.name, cmd.selector);
      if (!picked.ok) return picked.done;
      const selector = formatSelector(cmd.selector);
      const open = picked.value.filter((g) => !g.paused);
      if (open.length === 0) return failed(adminTexts.broadcastNothing(selector), 'no groups');
      const id = store.broadcasts.createDraft(
        { senderId: c.caller, selector, text: cmd.text, groupCount: open.length },
        now,
      );
      return done(
        adminTexts.broadcastPreview({
          id,
          selector,
          groups: open.length,
          paused: picked.value.length - open.length,
          accounts: new Set(open.map((g) => g.botId)).size,
          duration: formatDuration(sendTime(ctx, open)),
          minutes: Math.round(ctx.settings.broadcastConfirmMs / 60_000),
          text: cmd.text,
        }),
        `draft #${id} ${selector}: ${open.length} groups`,
      );
    }
    case 'confirm': {
      const since = now - ctx.settings.broadcastConfirmMs;
      const draft =
        cmd.id === null ? store.broadcasts.draftOf(c.caller, since) : store.broadcasts.get(cmd.id);
      if (!draft || draft.status !== 'draft' || draft.createdAt <= since)
        return failed(adminTexts.noDraft(), 'no draft');
      if (draft.senderId !== c.caller)
        return refused(adminTexts.notYourBroadcast(draft.id), 'not the sender');
      // the scope is checked again: roles may have changed since the preview
      const selector = parseSelector(draft.selector);
      if (!selector.ok) return failed(adminTexts.noDraft(), 'bad stored selector');
      const picked = selectedGroups(ctx, c, 'broadcast', selector.selector);
      if (!picked.ok) return picked.done;
      const open = picked.value.filter((g) => !g.paused);
      if (open.length === 0) return failed(adminTexts.broadcastNothing(draft.selector), 'no groups left');
      if (!store.broadcasts.confirm(draft.id, now, since, open.length))
        return failed(adminTexts.noDraft(), 'already confirmed');
      const text = adminTexts.broadcastMessage(draft.text);
      const effects: Effect[] = [];
      for (const g of open) {
        const footer = atTheBotFooter(g.id, ctx.settings.botNames[g.botId] ?? '');
        const row = store.outbox.add(
          { botId: g.botId, toId: g.id, isGroup: true, text: text + footer, mentions: [] },
          { priority: PRIORITY.bulk, kind: 'broadcast', dedupeKey: `bc-${draft.id}-${g.id}` },
          now,
        );
        if (!row) continue;
        store.broadcasts.addDelivery(draft.id, g.id, row.id);
        effects.push(sendEffect(row));
      }
      return done(
        adminTexts.broadcastStarted(draft.id, effects.length, formatDuration(sendTime(ctx, open))),
        `#${draft.id}: ${effects.length} groups`,
        effects,
      );
    }
    case 'broadcast cancel': {
      const b = cmd.id === null ? store.broadcasts.latestOf(c.caller) : store.broadcasts.get(cmd.id);
      if (!b) return failed(adminTexts.noDraft(), 'no broadcast');
      if (b.senderId !== c.caller && c.reach !== 'all')
        return refused(adminTexts.notYourBroadcast(b.id), 'not the sender');
      const ok = store.broadcasts.cancel(b.id);
      return ok
        ? done(adminTexts.broadcastCancelled(b.id, true), `#${b.id} cancelled`)
        : failed(adminTexts.broadcastCancelled(b.id, false), `#${b.id} not a draft`);
    }
    case 'broadcast report': {
      const b = cmd.id === null ? store.broadcasts.latestSentOf(c.caller) : store.broadcasts.get(cmd.id);
      if (!b) return failed(adminTexts.noDraft(), 'no broadcast');
      if (b.senderId !== c.caller && c.reach !== 'all')
        return refused(adminTexts.notYourBroadcast(b.id), 'not the sender');
      return done(
        adminTexts.broadcastReport({ ...b, groups: b.groupCount }, store.broadcasts.report(b.id)),
        `#${b.id}`,
      );
    }
    case 'audit': {
      const entries = store.audit.recent(cmd.count).map((e) => ({
        at: e.at,
        actor: store.people.name(e.actorId) || e.actorId,
        command: e.command,
        args: e.args,
        outcome: e.outcome,
        where: e.isGroup ? (store.groups.get(e.chatId)?.name ?? e.chatId) : '私信',
      }));
      return done(adminTexts.audit(entries, ctx.settings.reportTimezone));
    }
  }
}

/**
 * A scope to store for a grant: `*` for everything, a group's id when it names one group (stable when the group is
 * renamed), or the selector's canonical text. A caller may only hand out scopes they hold (admins hold all).
 */
function storedScope(ctx: HandlerContext, c: Caller, s: Selector | null): Resolved<string> {
  if (s === null || s.all) return { ok: true, value: '*' };
  // group names become ids: a scope must not follow a name that the group's members may change
  const resolved: Array<{ key: (typeof s.terms)[number]['key']; value: string }> = [];
  for (const t of s.terms) {
    if (t.key !== 'group') {
      resolved.push(t);
      continue;
    }
    const g = resolveGroup(ctx, c, t.value);
    if (!g.ok) return g;
    resolved.push({ key: 'group', value: g.value.id });
  }
  const only = resolved.length === 1 && resolved[0]?.key === 'group' ? resolved[0].value : null;
  return { ok: true, value: only ?? formatSelector({ all: false, terms: resolved }) };
}

/** Every group the selector picks; for a scoped caller all of them must lie in their scope. */
function selectedGroups(
  ctx: HandlerContext,
  c: Caller,
  name: CommandName,
  selector: Selector,
): Resolved<GroupInfo[]> {
  const picked = ctx.store.groups.all().filter((g) => matchesSelector(selector, g));
  if (picked.some((g) => !c.inScope(g)))
    return {
      ok: false,
      done: refused(adminTexts.outOfScope(name, formatSelector(selector)), 'out of scope'),
    };
  return { ok: true, value: picked };
}

/** How long sending one message to each group takes at the current pacing (accounts send in parallel). */
function sendTime(ctx: HandlerContext, groups: readonly GroupInfo[]): number {
  const perAccount = new Map<string, number>();
  for (const g of groups) perAccount.set(g.botId, (perAccount.get(g.botId) ?? 0) + 1);
  const { minGapMs, jitterMs } = ctx.settings.pacing;
  return Math.max(0, ...perAccount.values()) * (minGapMs + jitterMs / 2);
}

/**
 * The groups a report covers: null means everything (DMs included) for a caller whose reach is all and who named no
 * selector; otherwise the groups the selector picks, which for a scoped caller must all lie in their scope.
 */
function chosenGroups(
  ctx: HandlerContext,
  c: Caller,
  name: CommandName,
  selector: Selector | null,
): Resolved<Set<string> | null> {
  if (c.reach === 'all' && (selector === null || selector.all)) return { ok: true, value: null };
  const groups = ctx.store.groups.all();
  const picked =
    selector === null ? groups.filter(c.inScope) : groups.filter((g) => matchesSelector(selector, g));
  const outside = picked.filter((g) => !c.inScope(g));
  if (outside.length > 0) {
    const what = selector ? formatSelector(selector) : '';
    return {
      ok: false,
      done: refused(adminTexts.outOfScope(name, what), `out of scope: ${outside.length} groups`),
    };
  }
  return { ok: true, value: new Set(picked.map((g) => g.id)) };
}

/** A doctor stops: off duty, no doctor role, open claims back to their queues (re-dispatched), told by DM. */
function retireDoctor(ctx: HandlerContext, p: { id: string; name: string }): Done {
  const { store, now } = ctx;
  const d = store.people.doctor(p.id);
  if (!d?.active) return failed(adminTexts.notADoctor(p.name), 'not a doctor');
  const released: number[] = [];
  const effects: Effect[] = [];
  for (const id of store.consultations.openClaims(d.id)) {
    const t = store.consultations.release(id, d.id, now);
    if (!t) continue;
    released.push(t.id);
    effects.push({
      kind: 'dispatch',
      ticket: t.id,
      version: t.version,
      specialty: t.specialty,
      urgency: t.urgency,
    });
  }
  store.people.setDoctorActive(d.id, false, now);
  store.people.revoke(d.id, 'doctor', null);
  effects.push(...dmTo(ctx, d.id, adminTexts.youWereRetired(), 'notice'));
  return done(
    adminTexts.doctorRemoved(p.name, released),
    `${d.id} retired, released ${released.length}`,
    effects,
  );
}
