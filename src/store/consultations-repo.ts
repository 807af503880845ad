import { isSpecialty } from '../domain/triage';
import type { Db } from './database';
import { URGENCY_RANK, type Consultation, type Specialty, type Urgency } from '../domain/types';

interface ConsultationRow {
  id: number;
  bot_id: string;
  group_id: string | null;
  asker_id: string;
  asker_name: string;
  text: string;
  specialty: Specialty;
  urgency: Urgency;
  status: Consultation['status'];
  claimed_by: string | null;
  claimed_at: number | null;
  lease_expires_at: number | null;
  answer: string | null;
  answered_by: string | null;
  version: number;
  created_at: number;
  private: number;
  queued_at: number | null;
}

const toConsultation = (r: ConsultationRow): Consultation => ({
  id: r.id,
  botId: r.bot_id,
  groupId: r.group_id,
  askerId: r.asker_id,
  askerName: r.asker_name,
  text: r.text,
  specialty: r.specialty,
  urgency: r.urgency,
  status: r.status,
  claimedBy: r.claimed_by,
  claimedAt: r.claimed_at,
  leaseExpiresAt: r.lease_expires_at,
  answer: r.answer,
  answeredBy: r.answered_by,
  version: r.version,
  private: r.private === 1,
  queuedAt: r.queued_at,
  createdAt: r.created_at,
});

export interface NewConsultation {
  botId: string;
  groupId: string | null;
  askerId: string;
  askerName: string;
  sourceMsgId: string;
  text: string;
  specialty: Specialty;
  urgency: Urgency;
  /** Answer by DM only (the group sees the acknowledgement). */
  private?: boolean;
}

export type ClaimOutcome =
  | { ok: true; consultation: Consultation }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'specialty'; consultation: Consultation }
  | { ok: false; reason: 'taken'; consultation: Consultation }
  | { ok: false; reason: 'capacity'; consultation: Consultation }
  | { ok: false; reason: 'not-open'; consultation: Consultation };

export type AnswerOutcome =
  | { ok: true; consultation: Consultation; first: boolean }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'not-yours' | 'not-open'; consultation: Consultation };

const UNLIMITED = 1_000_000;

/** SQL: the ticket `idExpr` has a doctor's question (`asked`) its asker has not answered since (`follow-up`). */
const awaitingAsker = (idExpr: string): string =>
  `coalesce((SELECT max(e.at) FROM consultation_events e WHERE e.consultation_id = ${idExpr} AND e.kind = 'asked'), -1)
   >= coalesce((SELECT max(f.at) FROM consultation_events f
                WHERE f.consultation_id = ${idExpr} AND f.kind = 'follow-up'), 0)`;

export type TransferOutcome =
  | { ok: true; consultation: Consultation; from: Specialty }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'same' | 'not-allowed'; consultation: Consultation };

export type CloseOutcome =
  | { ok: true; consultation: Consultation }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'not-yours' | 'not-answered' | 'already-closed'; consultation: Consultation };

/**
 * Consultations and their transitions. Every transition is a compare-and-set `UPDATE … WHERE status = …`:
 * `changes === 1` means this caller won, whatever other processes or connections did at the same instant.
 */
export class ConsultationsRepo {
  private readonly insertStmt;
  private readonly getStmt;
  private readonly eventStmt;
  private readonly claimStmt;
  private readonly nextStmt;
  private readonly answerStmt;
  private readonly closeStmt;
  private readonly openClaimsStmt;
  private readonly dispatchedStmt;
  private readonly undispatchedStmt;
  private readonly openForAskerStmt;
  private readonly askerOpenStmt;
  private readonly awaitingStmt;
  private readonly awaitingForDoctorStmt;
  private readonly privateStmt;
  private readonly cancelStmt;
  private readonly appendStmt;
  private readonly resumeStmt;
  private readonly pauseStmt;
  private readonly lapsedStmt;
  private readonly reopenStmt;
  private readonly lapsedDoctorsStmt;
  private readonly requeueStmt;
  private readonly transferStmt;
  private readonly releaseStmt;
  private readonly extendStmt;
  private readonly nudgeDueStmt;
  private readonly nudgedStmt;
  private readonly queuedForStmt;
  private readonly aheadStmt;
  private readonly digestAddStmt;
  private readonly digestDueStmt;
  private readonly digestSentStmt;
  private readonly escalationDueStmt;
  private readonly escalateStmt;
  private readonly expireStmt;
  private readonly expiredDueStmt;
  private readonly correctionStmt;
  private readonly transferredFromStmt;
  private readonly correctionsStmt;
  private readonly reassignStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO consultations (bot_id, group_id, asker_id, asker_name, source_msg_id, text, specialty, urgency,
                                  urgency_rank, status, private, created_at, updated_at)
       VALUES (@botId, @groupId, @askerId, @askerName, @sourceMsgId, @text, @specialty, @urgency, @rank, 'queued',
               @private, @now, @now)`,
    );
    this.getStmt = db.prepare<[number], ConsultationRow>('SELECT * FROM consultations WHERE id = ?');
    this.eventStmt = db.prepare(
      'INSERT INTO consultation_events (consultation_id, at, kind, actor_id, detail) VALUES (?, ?, ?, ?, ?)',
    );
    this.claimStmt = db.prepare(
      `UPDATE consultations SET status = 'claimed', claimed_by = @doctorId, claimed_at = @now,
         lease_expires_at = @leaseUntil, lease_nudged_at = NULL, version = version + 1, updated_at = @now
       WHERE id = @id AND status = 'queued'
         AND (specialty IN (SELECT specialty FROM doctor_specialties WHERE doctor_id = @doctorId)
              OR (escalation_level >= 2
                  AND 'general' IN (SELECT specialty FROM doctor_specialties WHERE doctor_id = @doctorId)))
         AND (SELECT count(*) FROM consultations o WHERE o.claimed_by = @doctorId AND o.status = 'claimed') < @capacity`,
    );
    this.nextStmt = db.prepare<
      { doctorId: string; now: number; leaseUntil: number; capacity: number },
      { id: number }
    >(
      `UPDATE consultations SET status = 'claimed', claimed_by = @doctorId, claimed_at = @now,
         lease_expires_at = @leaseUntil, lease_nudged_at = NULL, version = version + 1, updated_at = @now
       WHERE status = 'queued'
         AND (SELECT count(*) FROM consultations o WHERE o.claimed_by = @doctorId AND o.status = 'claimed') < @capacity AND id = (
         SELECT id FROM consultations
          WHERE status = 'queued'
            AND specialty IN (SELECT specialty FROM doctor_specialties WHERE doctor_id = @doctorId)
          ORDER BY urgency_rank, created_at, id LIMIT 1)
       RETURNING id`,
    );
    this.answerStmt = db.prepare(
      `UPDATE consultations SET status = 'answered', answer = @answer, answered_by = @doctorId, answered_at = @now,
         lease_expires_at = NULL, version = version + 1, updated_at = @now
       WHERE id = @id AND claimed_by = @doctorId AND status IN ('claimed', 'answered')`,
    );
    this.closeStmt = db.prepare(
      `UPDATE consultations SET status = 'closed', closed_by = @actorId, closed_at = @now, version = version + 1,
         updated_at = @now
       WHERE id = @id AND claimed_by = @actorId AND status = 'answered'`,
    );
    this.openClaimsStmt = db.prepare<[string], { id: number }>(
      "SELECT id FROM consultations WHERE claimed_by = ? AND status = 'claimed' ORDER BY claimed_at, id",
    );
    this.dispatchedStmt = db.prepare(
      'UPDATE consultations SET dispatched_at = ? WHERE id = ? AND dispatched_at IS NULL',
    );
    this.undispatchedStmt = db.prepare<[], ConsultationRow>(
      "SELECT * FROM consultations WHERE status = 'queued' AND dispatched_at IS NULL ORDER BY id",
    );
    this.lapsedStmt = db.prepare<[number], { id: number; claimed_by: string; version: number }>(
      "SELECT id, claimed_by, version FROM consultations WHERE status = 'claimed' AND lease_expires_at <= ? ORDER BY id",
    );
    this.reopenStmt = db.prepare(
      `UPDATE consultations SET status = 'claimed', lease_expires_at = @leaseUntil, lease_nudged_at = NULL,
         closed_at = NULL, closed_by = NULL,
         version = version + 1, updated_at = @now
       WHERE id = @id AND answered_by = @doctorId AND status IN ('answered', 'closed')`,
    );
    this.lapsedDoctorsStmt = db.prepare<[number], { actor_id: string }>(
      `SELECT DISTINCT actor_id FROM consultation_events
       WHERE consultation_id = ? AND kind IN ('claim-lapsed', 'released')`,
    );
    this.requeueStmt = db.prepare(
      `UPDATE consultations SET status = 'queued', claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL,
         lease_nudged_at = NULL, dispatched_at = NULL, queued_at = @now, escalation_level = 0,
         version = version + 1, updated_at = @now
       WHERE id = @id AND status = 'claimed' AND version = @version`,
    );
    this.reassignStmt = db.prepare(
      `UPDATE consultations SET status = 'claimed', claimed_by = @doctorId, claimed_at = @now,
         lease_expires_at = @leaseUntil, lease_nudged_at = NULL, version = version + 1, updated_at = @now
       WHERE id = @id AND status IN ('queued', 'claimed') AND claimed_by IS NOT @doctorId`,
    );
    this.releaseStmt = db.prepare(
      `UPDATE consultations SET status = 'queued', claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL,
         lease_nudged_at = NULL, dispatched_at = NULL, queued_at = @now, escalation_level = 0,
         version = version + 1, updated_at = @now
       WHERE id = @id AND status = 'claimed' AND claimed_by = @doctorId`,
    );
    this.extendStmt = db.prepare<
      { doctorId: string; id: number | null; now: number; leaseMs: number },
      { id: number }
    >(
      `UPDATE consultations SET lease_expires_at = max(coalesce(lease_expires_at, @now), @now) + @leaseMs,
         lease_nudged_at = NULL, updated_at = @now
       WHERE claimed_by = @doctorId AND status = 'claimed' AND (@id IS NULL OR id = @id)
       RETURNING id`,
    );
    this.nudgeDueStmt = db.prepare<[number], { id: number; claimed_by: string; lease_expires_at: number }>(
      `SELECT id, claimed_by, lease_expires_at FROM consultations
       WHERE status = 'claimed' AND lease_nudged_at IS NULL AND lease_expires_at <= ? ORDER BY id`,
    );
    this.nudgedStmt = db.prepare(
      "UPDATE consultations SET lease_nudged_at = ? WHERE id = ? AND lease_nudged_at IS NULL AND status = 'claimed'",
    );
    this.digestAddStmt = db.prepare(
      `INSERT INTO notification_digests (consultation_id, doctor_id, queued_at) VALUES (?, ?, ?)
       ON CONFLICT (consultation_id, doctor_id) DO UPDATE SET queued_at = excluded.queued_at, sent_at = NULL`,
    );
    this.digestDueStmt = db.prepare<[], ConsultationRow & { doctor_id: string }>(
      `SELECT c.*, n.doctor_id FROM notification_digests n JOIN consultations c ON c.id = n.consultation_id
       WHERE n.sent_at IS NULL ORDER BY n.doctor_id, c.urgency_rank, c.id`,
    );
    this.digestSentStmt = db.prepare(
      'UPDATE notification_digests SET sent_at = ? WHERE consultation_id = ? AND doctor_id = ? AND sent_at IS NULL',
    );
    this.aheadStmt = db.prepare<[number], { n: number }>(
      `SELECT count(*) AS n FROM consultations o, consultations c
       WHERE c.id = ? AND o.status = 'queued' AND o.specialty = c.specialty AND o.id <> c.id
         AND (o.urgency_rank < c.urgency_rank OR (o.urgency_rank = c.urgency_rank AND o.created_at <= c.created_at))`,
    );
    this.queuedForStmt = db.prepare<[string], ConsultationRow>(
      `SELECT * FROM consultations WHERE status = 'queued'
         AND specialty IN (SELECT value FROM json_each(?))
       ORDER BY urgency_rank, created_at, id LIMIT 20`,
    );
    this.escalationDueStmt = db.prepare<
      [],
      ConsultationRow & { escalation_level: number; queued_at: number | null }
    >(
      "SELECT * FROM consultations WHERE status = 'queued' AND escalation_level < 3 ORDER BY urgency_rank, id",
    );
    this.escalateStmt = db.prepare(
      `UPDATE consultations SET escalation_level = @to, updated_at = @now
       WHERE id = @id AND status = 'queued' AND escalation_level = @from`,
    );
    this.expiredDueStmt = db.prepare<[number], { id: number }>(
      "SELECT id FROM consultations WHERE status = 'queued' AND coalesce(queued_at, created_at) <= ? ORDER BY id",
    );
    this.expireStmt = db.prepare(
      `UPDATE consultations SET status = 'cancelled', closed_by = 'system', closed_at = @now,
         version = version + 1, updated_at = @now
       WHERE id = @id AND status = 'queued'`,
    );
    // the holder of a claim, or (while queued) a doctor of the ticket's queue, may move it to another queue
    this.transferStmt = db.prepare(
      `UPDATE consultations SET specialty = @to, private = max(private, @to IN ('psychology', 'maternal')),
         status = 'queued', claimed_by = NULL, claimed_at = NULL,
         lease_expires_at = NULL, lease_nudged_at = NULL, dispatched_at = NULL, queued_at = @now, escalation_level = 0, version = version + 1, updated_at = @now
       WHERE id = @id AND specialty <> @to AND (
         (status = 'claimed' AND claimed_by = @doctorId) OR
         (status = 'queued' AND specialty IN (SELECT specialty FROM doctor_specialties WHERE doctor_id = @doctorId)))`,
    );
    this.correctionStmt = db.prepare(
      `INSERT INTO triage_corrections (consultation_id, from_specialty, to_specialty, doctor_id, at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.transferredFromStmt = db.prepare<[number], { from_specialty: string }>(
      'SELECT from_specialty FROM triage_corrections WHERE consultation_id = ? ORDER BY id DESC LIMIT 1',
    );
    this.correctionsStmt = db.prepare<[], { ticket: number; text: string; from: string; to: string }>(
      `SELECT t.consultation_id AS ticket, c.text, t.from_specialty AS "from", t.to_specialty AS "to"
       FROM triage_corrections t JOIN consultations c ON c.id = t.consultation_id ORDER BY t.id`,
    );
    this.privateStmt = db.prepare('UPDATE consultations SET private = 1, updated_at = ? WHERE id = ?');
    this.awaitingStmt = db.prepare<[string], ConsultationRow>(
      `SELECT c.* FROM consultations c
       WHERE c.asker_id = ? AND c.status = 'claimed' AND ${awaitingAsker('c.id')}
       ORDER BY c.id DESC LIMIT 1`,
    );
    this.awaitingForDoctorStmt = db.prepare<[string], { id: number }>(
      `SELECT c.id FROM consultations c
       WHERE c.claimed_by = ? AND c.status = 'claimed' AND ${awaitingAsker('c.id')}`,
    );
    this.askerOpenStmt = db.prepare<[string], ConsultationRow>(
      "SELECT * FROM consultations WHERE asker_id = ? AND status IN ('queued', 'claimed', 'answered') ORDER BY id",
    );
    this.cancelStmt = db.prepare(
      `UPDATE consultations SET status = 'cancelled', closed_by = @askerId, closed_at = @now, lease_expires_at = NULL,
         version = version + 1, updated_at = @now
       WHERE id = @id AND asker_id = @askerId AND status IN ('queued', 'claimed')`,
    );
    this.appendStmt = db.prepare(
      `UPDATE consultations SET text = text || char(10) || '（补充）' || @more, updated_at = @now
       WHERE id = @id AND status IN ('queued', 'claimed')`,
    );
    this.resumeStmt = db.prepare(
      `UPDATE consultations SET lease_expires_at = @leaseUntil, lease_nudged_at = NULL, updated_at = @now
       WHERE id = @id AND status = 'claimed' AND ${awaitingAsker('@id')}`,
    );
    this.pauseStmt = db.prepare(
      `UPDATE consultations SET lease_expires_at = @until, lease_nudged_at = NULL, updated_at = @now
       WHERE id = @id AND status = 'claimed' AND claimed_by = @doctorId`,
    );
    this.openForAskerStmt = db.prepare<[string, string | null], { id: number }>(
      `SELECT id FROM consultations WHERE asker_id = ? AND group_id IS ? AND status IN ('queued', 'claimed')
       ORDER BY id DESC LIMIT 1`,
    );
  }

  /** `triage` (how the classifier decided: kind, confidence, rule ids) is kept in the 'created' event. */
  create(c: NewConsultation, now: number, triage?: Record<string, unknown>): Consultation {
    const { lastInsertRowid } = this.insertStmt.run({
      ...c,
      private: c.private ? 1 : 0,
      rank: URGENCY_RANK[c.urgency],
      now,
    });
    const id = Number(lastInsertRowid);
    this.event(id, now, 'created', c.askerId, { specialty: c.specialty, urgency: c.urgency, ...triage });
    return this.mustGet(id);
  }

  /**
   * Moves a ticket to another queue (a triage correction, recorded): back to `queued` there, unclaimed, to be
   * dispatched to that queue's doctors. Allowed to the doctor holding the claim, or to a doctor of the ticket's
   * current queue while it waits.
   */
  transfer(id: number, to: Specialty, doctorId: string, now: number): TransferOutcome {
    const before = this.get(id);
    if (!before) return { ok: false, reason: 'unknown' };
    if (before.specialty === to) return { ok: false, reason: 'same', consultation: before };
    const { changes } = this.transferStmt.run({ id, to, doctorId, now });
    if (changes !== 1) return { ok: false, reason: 'not-allowed', consultation: before };
    this.correctionStmt.run(id, before.specialty, to, doctorId, now);
    this.event(id, now, 'transferred', doctorId, { from: before.specialty, to });
    return { ok: true, consultation: this.mustGet(id), from: before.specialty };
  }

  /** Gives a claim back to its queue (`release`): waiting again, to be dispatched to the other on-duty doctors. */
  release(id: number, doctorId: string, now: number): Consultation | null {
    if (this.releaseStmt.run({ id, doctorId, now }).changes !== 1) return null;
    this.event(id, now, 'released', doctorId);
    return this.mustGet(id);
  }

  /**
   * An admin gives a waiting or claimed ticket to `doctorId` (a fresh lease). Returns the ticket and who held it, or
   * null when it is not open (or already theirs).
   */
  reassign(
    id: number,
    doctorId: string,
    byId: string,
    now: number,
    leaseMs: number,
  ): { consultation: Consultation; from: string | null } | null {
    const before = this.get(id);
    if (!before) return null;
    if (this.reassignStmt.run({ id, doctorId, now, leaseUntil: now + leaseMs }).changes !== 1) return null;
    this.event(id, now, 'reassigned', byId, { from: before.claimedBy, to: doctorId });
    return { consultation: this.mustGet(id), from: before.claimedBy };
  }

  /** Extends the lease of one (or, with `id` null, every) open claim of the doctor; returns the tickets extended. */
  extend(doctorId: string, id: number | null, now: number, leaseMs: number): number[] {
    const ids = this.extendStmt.all({ doctorId, id, now, leaseMs }).map((r) => r.id);
    for (const t of ids) this.event(t, now, 'lease-extended', doctorId);
    return ids;
  }

  /**
   * Claims whose lease ends within `withinMs` and whose doctor was not reminded since the last extension; each is
   * marked reminded here (compare-and-set), so two processes do not both nudge.
   */
  nudgeDue(now: number, withinMs: number): Array<{ id: number; doctorId: string; leaseExpiresAt: number }> {
    const due: Array<{ id: number; doctorId: string; leaseExpiresAt: number }> = [];
    for (const r of this.nudgeDueStmt.all(now + withinMs)) {
      if (this.nudgedStmt.run(now, r.id).changes !== 1) continue;
      this.event(r.id, now, 'lease-nudged', r.claimed_by);
      due.push({ id: r.id, doctorId: r.claimed_by, leaseExpiresAt: r.lease_expires_at });
    }
    return due;
  }

  /** A ticket the doctor will hear about in their next digest instead of by itself. */
  queueForDigest(id: number, doctorId: string, now: number): void {
    this.digestAddStmt.run(id, doctorId, now);
  }

  /**
   * Digests due: per doctor, the tickets queued for them since their last digest that still wait (taken ones are
   * dropped). Everything returned is marked sent here.
   */
  takeDigests(now: number): Map<string, Consultation[]> {
    const out = new Map<string, Consultation[]>();
    for (const r of this.digestDueStmt.all()) {
      this.digestSentStmt.run(now, r.id, r.doctor_id);
      if (r.status !== 'queued') continue;
      out.set(r.doctor_id, [...(out.get(r.doctor_id) ?? []), toConsultation(r)]);
    }
    return out;
  }

  /** How many waiting tickets of the same queue come before this one (more urgent, or as urgent and older). */
  ahead(id: number): number {
    return this.aheadStmt.get(id)?.n ?? 0;
  }

  /** What waits in these queues, most urgent then oldest first (at most 20). */
  queuedFor(specialties: readonly Specialty[]): Consultation[] {
    return this.queuedForStmt.all(JSON.stringify(specialties)).map(toConsultation);
  }

  /**
   * Unclaimed tickets due for the next escalation step: waiting longer than `targetMs(urgency) × (level + 1)`.
   * Each returned step is taken here (compare-and-set on the level), so it happens once per ticket.
   */
  escalate(
    now: number,
    targetMs: (u: Urgency) => number,
  ): Array<{ consultation: Consultation; level: number }> {
    const steps: Array<{ consultation: Consultation; level: number }> = [];
    for (const r of this.escalationDueStmt.all()) {
      const level = r.escalation_level + 1;
      if ((r.queued_at ?? r.created_at) + targetMs(r.urgency) * level > now) continue;
      if (this.escalateStmt.run({ id: r.id, from: r.escalation_level, to: level, now }).changes !== 1)
        continue;
      this.event(r.id, now, 'escalated', null, { level });
      steps.push({ consultation: toConsultation(r), level });
    }
    return steps;
  }

  /** Tickets still unclaimed since `createdBefore`: closed (by the system), returned so the asker can be told. */
  expireUnclaimed(createdBefore: number, now: number): Consultation[] {
    const closed: Consultation[] = [];
    for (const { id } of this.expiredDueStmt.all(createdBefore)) {
      if (this.expireStmt.run({ id, now }).changes !== 1) continue;
      this.event(id, now, 'expired', null);
      closed.push(this.mustGet(id));
    }
    return closed;
  }

  /** Every recorded triage correction with its question (oldest first), for the lexicon report. */
  corrections(): Array<{ ticket: number; text: string; from: Specialty; to: Specialty }> {
    return this.correctionsStmt
      .all()
      .filter((r) => isSpecialty(r.from) && isSpecialty(r.to))
      .map((r) => ({ ticket: r.ticket, text: r.text, from: r.from as Specialty, to: r.to as Specialty }));
  }

  /** The queue a ticket was last transferred from, if it was. */
  transferredFrom(id: number): Specialty | null {
    const row = this.transferredFromStmt.get(id);
    return row && isSpecialty(row.from_specialty) ? row.from_specialty : null;
  }

  get(id: number): Consultation | null {
    const row = this.getStmt.get(id);
    return row ? toConsultation(row) : null;
  }

  private mustGet(id: number): Consultation {
    const c = this.get(id);
    if (!c) throw new Error(`consultation ${id} vanished inside its own transaction`);
    return c;
  }

  event(id: number, at: number, kind: string, actorId: string | null, detail?: unknown): void {
    this.eventStmt.run(id, at, kind, actorId, detail === undefined ? null : JSON.stringify(detail));
  }

  /** `capacity`: the most open claims a doctor may hold; a claim beyond it is refused (reason `capacity`). */
  claim(id: number, doctorId: string, now: number, leaseMs: number, capacity = UNLIMITED): ClaimOutcome {
    const { changes } = this.claimStmt.run({ id, doctorId, now, leaseUntil: now + leaseMs, capacity });
    const c = this.get(id);
    if (!c) return { ok: false, reason: 'unknown' };
    if (changes === 1) {
      this.event(id, now, 'claimed', doctorId);
      return { ok: true, consultation: c };
    }
    if (c.status === 'queued' && this.openClaims(doctorId).length >= capacity)
      return { ok: false, reason: 'capacity', consultation: c };
    if (c.status === 'queued') return { ok: false, reason: 'specialty', consultation: c };
    if (c.status === 'claimed') return { ok: false, reason: 'taken', consultation: c };
    return { ok: false, reason: 'not-open', consultation: c };
  }

  /** Claims the most urgent, then oldest, queued consultation of the doctor's specialties, or returns null. */
  claimNext(doctorId: string, now: number, leaseMs: number, capacity = UNLIMITED): Consultation | null {
    const row = this.nextStmt.get({ doctorId, now, leaseUntil: now + leaseMs, capacity });
    if (!row) return null;
    this.event(row.id, now, 'claimed', doctorId, { via: 'next' });
    return this.mustGet(row.id);
  }

  answer(id: number, doctorId: string, answer: string, now: number): AnswerOutcome {
    const before = this.get(id);
    if (!before) return { ok: false, reason: 'unknown' };
    const { changes } = this.answerStmt.run({ id, doctorId, answer, now });
    if (changes === 1) {
      this.event(id, now, 'answered', doctorId);
      return { ok: true, consultation: this.mustGet(id), first: before.status === 'claimed' };
    }
    if (before.claimedBy !== doctorId) return { ok: false, reason: 'not-yours', consultation: before };
    return { ok: false, reason: 'not-open', consultation: before };
  }

  close(id: number, actorId: string, now: number): CloseOutcome {
    const before = this.get(id);
    if (!before) return { ok: false, reason: 'unknown' };
    const { changes } = this.closeStmt.run({ id, actorId, now });
    if (changes === 1) {
      this.event(id, now, 'closed', actorId);
      return { ok: true, consultation: this.mustGet(id) };
    }
    if (before.status === 'closed' || before.status === 'cancelled') {
      return { ok: false, reason: 'already-closed', consultation: before };
    }
    if (before.claimedBy !== actorId) return { ok: false, reason: 'not-yours', consultation: before };
    return { ok: false, reason: 'not-answered', consultation: before };
  }

  /**
   * Returns claims whose lease ran out unanswered to the queue (to be dispatched again). Compare-and-set on the
   * version, so a claim answered or lapsed by another process at the same moment is left alone.
   */
  lapseClaims(now: number): Array<{ id: number; doctorId: string }> {
    const lapsed: Array<{ id: number; doctorId: string }> = [];
    for (const r of this.lapsedStmt.all(now)) {
      if (this.requeueStmt.run({ id: r.id, version: r.version, now }).changes === 1) {
        this.event(r.id, now, 'claim-lapsed', r.claimed_by);
        lapsed.push({ id: r.id, doctorId: r.claimed_by });
      }
    }
    return lapsed;
  }

  /**
   * The doctor's answer never reached the asker: the ticket is theirs again (claimed, a fresh lease), so they can
   * answer again and cannot close it before an answer went out.
   */
  reopenUndelivered(id: number, doctorId: string, now: number, leaseMs: number): boolean {
    const changed = this.reopenStmt.run({ id, doctorId, now, leaseUntil: now + leaseMs }).changes === 1;
    if (changed) this.event(id, now, 'answer-undelivered', doctorId);
    return changed;
  }

  /** Doctors whose claim on this ticket lapsed (they were told; the re-dispatch need not tell them again). */
  lapsedDoctors(id: number): Set<string> {
    return new Set(this.lapsedDoctorsStmt.all(id).map((r) => r.actor_id));
  }

  /** How many tickets wait in these specialties. */
  countQueued(specialties: readonly Specialty[]): number {
    if (specialties.length === 0) return 0;
    const marks = specialties.map(() => '?').join(', ');
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM consultations WHERE status = 'queued' AND specialty IN (${marks})`)
      .get(...specialties) as { n: number };
    return row.n;
  }

  /** Tickets the doctor holds and has not answered yet, oldest claim first. */
  openClaims(doctorId: string): number[] {
    return this.openClaimsStmt.all(doctorId).map((r) => r.id);
  }

  markDispatched(id: number, now: number): boolean {
    return this.dispatchedStmt.run(now, id).changes === 1;
  }

  /** Queued consultations whose doctors were never notified (e.g. the process died between commit and enqueue). */
  undispatched(): Consultation[] {
    return this.undispatchedStmt.all().map(toConsultation);
  }

  /** The asker's newest open ticket in that chat (group id, or null for DM), if any. */
  /** The asker's claimed ticket whose doctor asked them something not yet answered (the newest), if any. */
  awaitingAsker(askerId: string): Consultation | null {
    const row = this.awaitingStmt.get(askerId);
    return row ? toConsultation(row) : null;
  }

  /** The doctor's claims waiting for the asker's reply to the doctor's question. */
  awaitingForDoctor(doctorId: string): Set<number> {
    return new Set(this.awaitingForDoctorStmt.all(doctorId).map((r) => r.id));
  }

  /** The asker's tickets not yet closed (waiting, with a doctor, or answered), oldest first. */
  openOfAsker(askerId: string): Consultation[] {
    return this.askerOpenStmt.all(askerId).map(toConsultation);
  }

  /** The asker withdraws a waiting or claimed ticket; returns it as it was (to tell its doctor), or null. */
  cancel(id: number, askerId: string, now: number): Consultation | null {
    const before = this.get(id);
    if (!before || this.cancelStmt.run({ id, askerId, now }).changes !== 1) return null;
    this.event(id, now, 'cancelled', askerId);
    return before;
  }

  /**
   * Attaches an asker's follow-up: recorded; a waiting ticket's question grows by it (the doctor who claims it sees
   * it); a claim paused by the doctor's `ask` gets a fresh lease.
   */
  followUp(id: number, askerId: string, text: string, now: number, leaseMs: number): void {
    this.appendStmt.run({ id, more: text, now });
    this.resumeStmt.run({ id, now, leaseUntil: now + leaseMs });
    this.event(id, now, 'follow-up', askerId, { length: text.length });
  }

  /** The asker asked for privacy in a follow-up: the answer goes by DM. */
  makePrivate(id: number, now: number): void {
    this.privateStmt.run(now, id);
  }

  /** The doctor asked the asker something: the lease waits for the answer (up to `untilMs` from now). */
  pauseForAsker(id: number, doctorId: string, now: number, untilMs: number): boolean {
    if (this.pauseStmt.run({ id, doctorId, now, until: now + untilMs }).changes !== 1) return false;
    this.event(id, now, 'asked', doctorId);
    return true;
  }

  openTicketOf(askerId: string, groupId: string | null): number | null {
    return this.openForAskerStmt.get(askerId, groupId)?.id ?? null;
  }
}
