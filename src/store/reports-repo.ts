import type { ReportRow } from '../domain/stats';
import type { Specialty, Urgency } from '../domain/types';
import type { Db } from './database';

export interface ExportRow extends ReportRow {
  country: string | null;
  district: string | null;
  city: string | null;
  association: string | null;
  private: boolean;
}

interface Row {
  id: number;
  group_id: string | null;
  specialty: Specialty;
  urgency: Urgency;
  status: string;
  created_at: number;
  first_claim_at: number | null;
  answered_at: number | null;
  asker_id: string;
  escalation_level: number;
  private: number;
  country: string | null;
  district: string | null;
  city: string | null;
  association: string | null;
}

/** What the federation's reports read: consultations without names or text, escalations, bulk sends. */
export class ReportsRepo {
  private readonly rowsStmt;
  private readonly escalationsStmt;
  private readonly sentStmt;
  private readonly waitingStmt;
  private readonly purgedStmt;

  constructor(db: Db) {
    // each ticket's first claim and first answer come from its events (a later answer rewrites answered_at)
    this.rowsStmt = db.prepare<{ from: number; to: number }, Row>(
      `SELECT c.id, c.group_id, c.specialty, c.urgency, c.status, c.created_at, c.asker_id,
              c.escalation_level, c.private, g.country, g.district, g.city, g.association,
              (SELECT min(e.at) FROM consultation_events e INDEXED BY consultation_events_by_ticket_kind
                WHERE e.consultation_id = c.id AND e.kind IN ('claimed', 'reassigned')) AS first_claim_at,
              (SELECT min(e.at) FROM consultation_events e INDEXED BY consultation_events_by_ticket_kind
                WHERE e.consultation_id = c.id AND e.kind = 'answered') AS answered_at
       FROM consultations c LEFT JOIN groups g ON g.id = c.group_id
       WHERE c.id IN (SELECT id FROM consultations WHERE created_at >= @from AND created_at < @to
                      UNION SELECT consultation_id FROM consultation_events
                        WHERE kind = 'answered' AND at >= @from AND at < @to)
       ORDER BY c.id`,
    );
    this.escalationsStmt = db.prepare<{ from: number; to: number }, { group_id: string | null }>(
      `SELECT c.group_id FROM consultation_events e JOIN consultations c ON c.id = e.consultation_id
       WHERE e.kind = 'escalated' AND e.at >= @from AND e.at < @to`,
    );
    this.sentStmt = db.prepare<{ from: number; to: number; kind: string }, { to_id: string }>(
      `SELECT to_id FROM outbound_messages
       WHERE kind = @kind AND status = 'sent' AND is_group = 1 AND created_at >= @from AND created_at < @to`,
    );
    this.purgedStmt = db.prepare<{ from: number; to: number }, { group_id: string | null }>(
      'SELECT group_id FROM consultations WHERE purged_at >= @from AND purged_at < @to',
    );
    this.waitingStmt = db.prepare<[], { specialty: Specialty; urgency: Urgency; n: number; oldest: number }>(
      `SELECT specialty, urgency, count(*) AS n, min(coalesce(queued_at, created_at)) AS oldest
       FROM consultations WHERE status = 'queued' GROUP BY specialty, urgency`,
    );
  }

  /** Consultations created or answered in [from, to), with their group's place. */
  rows(from: number, to: number): ExportRow[] {
    return this.rowsStmt.all({ from, to }).map((r) => ({
      id: r.id,
      groupId: r.group_id,
      specialty: r.specialty,
      urgency: r.urgency,
      status: r.status,
      createdAt: r.created_at,
      firstClaimAt: r.first_claim_at,
      answeredAt: r.answered_at,
      askerId: r.asker_id,
      escalationLevel: r.escalation_level,
      private: r.private === 1,
      country: r.country,
      district: r.district,
      city: r.city,
      association: r.association,
    }));
  }

  /** The group (null: a DM) of every escalation step taken in [from, to). */
  escalations(from: number, to: number): Array<string | null> {
    return this.escalationsStmt.all({ from, to }).map((r) => r.group_id);
  }

  /** The groups each message of `kind` (tip, broadcast) decided in [from, to) and delivered since went to. */
  sentToGroups(kind: string, from: number, to: number): string[] {
    return this.sentStmt.all({ from, to, kind }).map((r) => r.to_id);
  }

  /** The group (null: a DM) of every consultation whose texts were deleted in [from, to) (retention). */
  purged(from: number, to: number): Array<string | null> {
    return this.purgedStmt.all({ from, to }).map((r) => r.group_id);
  }

  /** Waiting tickets per specialty and urgency, with when the longest-waiting one started waiting. */
  waiting(): Array<{ specialty: Specialty; urgency: Urgency; n: number; oldest: number }> {
    return this.waitingStmt.all();
  }
}
