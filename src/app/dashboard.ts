import { localMidnight, wallClock } from '../domain/roster';
import { percentile } from '../domain/stats';
import { SPECIALTIES, type Specialty, type Urgency } from '../domain/types';
import type { Store } from '../store/store';

/** What the web console's dashboard shows, read from the store (no message text except in `ticket`). */

export interface Overview {
  at: number;
  waiting: Array<{ specialty: Specialty; urgency: Urgency; n: number; oldestMs: number }>;
  onDuty: Record<string, number>;
  claims: Array<{
    ticket: number;
    specialty: Specialty;
    urgency: Urgency;
    doctor: string;
    leaseLeftMs: number | null;
  }>;
  escalations24h: number;
  accounts: Array<{ botId: string; online: boolean; backlog: number }>;
}

export function overview(
  store: Store,
  now: number,
  online: (botId: string) => boolean,
  botIds: string[],
): Overview {
  const onDuty: Record<string, number> = {};
  for (const d of store.people.allOnDuty()) for (const s of d.specialties) onDuty[s] = (onDuty[s] ?? 0) + 1;
  const db = store.db;
  const claims = db
    .prepare<
      [],
      { id: number; specialty: Specialty; urgency: Urgency; doctor: string; lease: number | null }
    >(
      `SELECT c.id, c.specialty, c.urgency, coalesce(p.name, c.claimed_by) AS doctor, c.lease_expires_at AS lease
       FROM consultations c LEFT JOIN people p ON p.id = c.claimed_by WHERE c.status = 'claimed' ORDER BY c.id`,
    )
    .all()
    .map((r) => ({
      ticket: r.id,
      specialty: r.specialty,
      urgency: r.urgency,
      doctor: r.doctor,
      leaseLeftMs: r.lease === null ? null : r.lease - now,
    }));
  const backlog = new Map(
    db
      .prepare<[], { bot_id: string; n: number }>(
        "SELECT bot_id, count(*) AS n FROM outbound_messages WHERE status = 'pending' GROUP BY bot_id",
      )
      .all()
      .map((r) => [r.bot_id, r.n]),
  );
  return {
    at: now,
    waiting: store.reports.waiting().map((w) => ({ ...w, oldestMs: now - w.oldest })),
    onDuty,
    claims,
    escalations24h: store.reports.escalations(now - 24 * 3_600_000, now + 1).length,
    accounts: botIds.map((botId) => ({ botId, online: online(botId), backlog: backlog.get(botId) ?? 0 })),
  };
}

export interface DayTrend {
  day: string;
  bySpecialty: Record<Specialty, number>;
  claim: { median: number | null; p90: number | null };
  answer: { median: number | null; p90: number | null };
  personTimes: number;
  tips: number;
  broadcasts: number;
}

/** The last `days` local days (in `timezone`), oldest first. */
export function trends(store: Store, now: number, timezone: string, days: number): DayTrend[] {
  const out: DayTrend[] = [];
  const today = wallClock(now, timezone);
  for (let back = days - 1; back >= 0; back--) {
    const d = new Date(Date.UTC(today.y, today.m - 1, today.d - back));
    const next = new Date(Date.UTC(today.y, today.m - 1, today.d - back + 1));
    const from = localMidnight(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), timezone);
    const to = localMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timezone);
    const rows = store.reports.rows(from, to);
    const created = rows.filter((r) => r.createdAt >= from && r.createdAt < to);
    const bySpecialty = Object.fromEntries(SPECIALTIES.map((s) => [s, 0])) as Record<Specialty, number>;
    for (const r of created) bySpecialty[r.specialty] += 1;
    const claimWaits = created.flatMap((r) =>
      r.firstClaimAt === null ? [] : [r.firstClaimAt - r.createdAt],
    );
    const answerWaits = created.flatMap((r) => (r.answeredAt === null ? [] : [r.answeredAt - r.createdAt]));
    out.push({
      day: d.toISOString().slice(0, 10),
      bySpecialty,
      claim: { median: percentile(claimWaits, 50), p90: percentile(claimWaits, 90) },
      answer: { median: percentile(answerWaits, 50), p90: percentile(answerWaits, 90) },
      personTimes: rows.filter((r) => r.answeredAt !== null && r.answeredAt >= from && r.answeredAt < to)
        .length,
      tips: store.reports.sentToGroups('tip', from, to).length,
      broadcasts: store.reports.sentToGroups('broadcast', from, to).length,
    });
  }
  return out;
}

export interface NetworkNode {
  name: string;
  open: number;
  children: NetworkNode[];
}

/** The group network as a tree: country → consular district → city → association → group, with open tickets. */
export function network(store: Store): NetworkNode {
  const open = new Map(
    store.db
      .prepare<[], { group_id: string; n: number }>(
        `SELECT group_id, count(*) AS n FROM consultations
         WHERE group_id IS NOT NULL AND status IN ('queued', 'claimed') GROUP BY group_id`,
      )
      .all()
      .map((r) => [r.group_id, r.n]),
  );
  const root: NetworkNode = { name: '全部', open: 0, children: [] };
  const child = (node: NetworkNode, name: string): NetworkNode => {
    let c = node.children.find((x) => x.name === name);
    if (!c) {
      c = { name, open: 0, children: [] };
      node.children.push(c);
    }
    return c;
  };
  for (const g of store.groups.all()) {
    const n = open.get(g.id) ?? 0;
    const path = [g.country ?? '—', g.district ?? '—', g.city ?? '—', g.association ?? '—'];
    let node = root;
    root.open += n;
    for (const name of path) {
      node = child(node, name);
      node.open += n;
    }
    // groups are leaves by id: two groups with one name stay two
    node.children.push({ name: g.name, open: n, children: [] });
  }
  return root;
}

export interface TicketRow {
  ticket: number;
  group: string | null;
  specialty: Specialty;
  urgency: Urgency;
  status: string;
  doctor: string | null;
  createdAt: number;
  claimedAt: number | null;
  answeredAt: number | null;
}

/** Tickets, newest first, optionally filtered by a search over number, group, specialty, status and doctor. */
const TICKET_SELECT = `SELECT c.id AS ticket, g.name AS "group", c.specialty, c.urgency, c.status, p.name AS doctor,
    c.created_at AS createdAt, c.claimed_at AS claimedAt, c.answered_at AS answeredAt
  FROM consultations c LEFT JOIN groups g ON g.id = c.group_id LEFT JOIN people p ON p.id = c.claimed_by`;

export function tickets(store: Store, query: string, limit = 100): TicketRow[] {
  const word = query.trim();
  // the search words are literal text: % and _ are not wildcards here
  const q = `%${word.replace(/[\\%_]/gu, (ch) => `\\${ch}`)}%`;
  return store.db
    .prepare<{ q: string; n: string; all: number; limit: number }, TicketRow>(
      `${TICKET_SELECT}
       WHERE @all = 1 OR CAST(c.id AS TEXT) = @n OR g.name LIKE @q ESCAPE '\\' OR c.specialty LIKE @q ESCAPE '\\'
          OR c.status LIKE @q ESCAPE '\\' OR p.name LIKE @q ESCAPE '\\'
       ORDER BY c.id DESC LIMIT @limit`,
    )
    .all({ q, n: word.replace(/^#/u, ''), all: word === '' ? 1 : 0, limit });
}

/** One ticket with its question and answer: opening it is recorded in the audit trail by the caller. */
export function ticketDetail(
  store: Store,
  id: number,
): (TicketRow & { question: string; answer: string | null; asker: string }) | null {
  const c = store.consultations.get(id);
  if (!c) return null;
  const row = store.db.prepare<[number], TicketRow>(`${TICKET_SELECT} WHERE c.id = ?`).get(id);
  if (!row) return null;
  return { ...row, question: c.text, answer: c.answer, asker: c.askerName };
}
