import { z } from 'zod';
import { RosterSchema, type Roster } from '../domain/roster';
import type { Db } from './database';
import { isSpecialty } from '../domain/triage';
import type { DoctorInfo, Specialty } from '../domain/types';

import type { Role } from '../domain/admin-command';
import { matchesSelector, scopeSelector, type SelectableGroup } from '../domain/selector';

export type { Role };

export interface RoleGrant {
  role: Role;
  scope: string;
  grantedBy: string | null;
  grantedAt: number;
}

interface DoctorRow {
  id: string;
  name: string;
  hospital: string;
  on_duty: number;
  active: number;
  dm_bot_id: string | null;
  specialties: string | null;
  roster: string | null;
  duty_override: number | null;
  override_until: number | null;
  languages: string;
  emergency_alerts: number;
}

const DOCTOR_SELECT = `SELECT p.id, p.name, p.dm_bot_id, d.hospital, d.on_duty, d.active, d.roster, d.duty_override,
    d.override_until, d.languages, d.emergency_alerts,
    (SELECT group_concat(specialty, ',') FROM (SELECT specialty FROM doctor_specialties s
       WHERE s.doctor_id = d.person_id ORDER BY specialty)) AS specialties
  FROM doctors d JOIN people p ON p.id = d.person_id`;

const toDoctor = (r: DoctorRow): DoctorInfo => ({
  id: r.id,
  name: r.name,
  hospital: r.hospital,
  onDuty: r.on_duty === 1,
  active: r.active === 1,
  dmBotId: r.dm_bot_id,
  specialties: (r.specialties ?? '').split(',').filter(isSpecialty),
  roster: parseRoster(r.roster),
  dutyOverride: r.duty_override === null ? null : r.duty_override === 1,
  overrideUntil: r.override_until,
  languages: parseLanguages(r.languages),
  emergencyAlerts: r.emergency_alerts === 1,
});

function parseLanguages(json: string): string[] {
  const r = z.array(z.string()).safeParse(JSON.parse(json));
  return r.success ? r.data : ['zh'];
}

function parseRoster(json: string | null): Roster | null {
  if (json === null) return null;
  const r = RosterSchema.safeParse(JSON.parse(json));
  return r.success ? r.data : null;
}

export interface DoctorProfile {
  id: string;
  hospital: string;
  specialties: Specialty[];
  roster?: Roster | null;
  /** Off duty, still hear about emergencies of their specialties. */
  emergencyAlerts?: boolean;
  languages: string[];
  onDuty: boolean;
}

export class PeopleRepo {
  private readonly seenStmt;
  private readonly upsertStmt;
  private readonly nameStmt;
  private readonly languageStmt;
  private readonly doctorStmt;
  private readonly onDutyStmt;
  private readonly setDutyStmt;
  private readonly upsertDoctorStmt;
  private readonly clearSpecialtiesStmt;
  private readonly addSpecialtyStmt;
  private readonly grantStmt;
  private readonly memberStmt;
  private readonly countryStmt;
  private readonly overseersStmt;
  private readonly dmBotStmt;
  private readonly rosteredStmt;
  private readonly alertsStmt;
  private readonly setAlertsStmt;
  private readonly rolesStmt;
  private readonly revokeStmt;
  private readonly revokeScopeStmt;
  private readonly byNameStmt;
  private readonly adminsStmt;
  private readonly activeStmt;
  private readonly rosterStmt;
  private readonly allOnDutyStmt;

  constructor(private readonly db: Db) {
    // Names follow WeChat; the DM account is the one the person last wrote to (or was assigned).
    this.seenStmt = db.prepare(
      `INSERT INTO people (id, name, dm_bot_id, created_at, updated_at) VALUES (@id, @name, @dmBotId, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name,
         dm_bot_id = coalesce(excluded.dm_bot_id, people.dm_bot_id), updated_at = excluded.updated_at
       WHERE people.name <> excluded.name OR (excluded.dm_bot_id IS NOT NULL AND
         people.dm_bot_id IS NOT excluded.dm_bot_id)`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO people (id, name, dm_bot_id, language, created_at, updated_at)
       VALUES (@id, @name, @dmBotId, @language, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, dm_bot_id = coalesce(excluded.dm_bot_id, people.dm_bot_id),
         language = coalesce(excluded.language, people.language), updated_at = excluded.updated_at`,
    );
    this.nameStmt = db.prepare<[string], { name: string }>('SELECT name FROM people WHERE id = ?');
    this.languageStmt = db.prepare<[string], { language: string | null }>(
      'SELECT language FROM people WHERE id = ?',
    );
    this.doctorStmt = db.prepare<[string], DoctorRow>(`${DOCTOR_SELECT} WHERE d.person_id = ?`);
    this.onDutyStmt = db.prepare<[string], DoctorRow>(
      `${DOCTOR_SELECT} WHERE d.on_duty = 1 AND d.active = 1
         AND d.person_id IN (SELECT doctor_id FROM doctor_specialties WHERE specialty = ?)
       ORDER BY p.id`,
    );
    this.setDutyStmt = db.prepare(
      `UPDATE doctors SET on_duty = @onDuty, duty_override = @override, override_until = @until, updated_at = @now
       WHERE person_id = @id`,
    );
    this.upsertDoctorStmt = db.prepare(
      `INSERT INTO doctors (person_id, hospital, languages, on_duty, roster, emergency_alerts, created_at, updated_at)
       VALUES (@id, @hospital, @languages, @onDuty, @roster, @alerts, @now, @now)
       ON CONFLICT (person_id) DO UPDATE SET hospital = excluded.hospital, languages = excluded.languages,
         on_duty = excluded.on_duty, roster = excluded.roster, emergency_alerts = excluded.emergency_alerts,
         active = 1, updated_at = excluded.updated_at`,
    );
    this.clearSpecialtiesStmt = db.prepare('DELETE FROM doctor_specialties WHERE doctor_id = ?');
    this.addSpecialtyStmt = db.prepare(
      'INSERT OR IGNORE INTO doctor_specialties (doctor_id, specialty) VALUES (?, ?)',
    );
    this.grantStmt = db.prepare(
      `INSERT OR IGNORE INTO roles (person_id, role, scope, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)`,
    );
    this.memberStmt = db.prepare('INSERT OR IGNORE INTO group_members (group_id, person_id) VALUES (?, ?)');
    this.alertsStmt = db.prepare<[string], DoctorRow>(
      `${DOCTOR_SELECT} WHERE d.on_duty = 0 AND d.active = 1 AND d.emergency_alerts = 1
         AND d.person_id IN (SELECT doctor_id FROM doctor_specialties WHERE specialty = ?)
       ORDER BY p.id`,
    );
    this.setAlertsStmt = db.prepare(
      'UPDATE doctors SET emergency_alerts = ?, updated_at = ? WHERE person_id = ?',
    );
    this.rosteredStmt = db.prepare<[], DoctorRow>(
      `${DOCTOR_SELECT} WHERE d.roster IS NOT NULL AND d.active = 1 ORDER BY d.person_id`,
    );
    this.dmBotStmt = db.prepare<[string], { dm_bot_id: string | null }>(
      'SELECT dm_bot_id FROM people WHERE id = ?',
    );
    this.overseersStmt = db.prepare<[], { person_id: string; role: Role; scope: string }>(
      "SELECT person_id, role, scope FROM roles WHERE role IN ('admin', 'cadre') ORDER BY person_id",
    );
    this.rolesStmt = db.prepare<
      [string],
      { role: Role; scope: string; granted_by: string | null; granted_at: number }
    >('SELECT role, scope, granted_by, granted_at FROM roles WHERE person_id = ? ORDER BY role, scope');
    this.revokeStmt = db.prepare('DELETE FROM roles WHERE person_id = ? AND role = ?');
    this.revokeScopeStmt = db.prepare('DELETE FROM roles WHERE person_id = ? AND role = ? AND scope = ?');
    this.byNameStmt = db.prepare<[string], { id: string }>(
      'SELECT id FROM people WHERE name = ? ORDER BY id',
    );
    this.adminsStmt = db.prepare<[], { person_id: string }>(
      "SELECT DISTINCT person_id FROM roles WHERE role = 'admin' ORDER BY person_id",
    );
    this.activeStmt = db.prepare(
      'UPDATE doctors SET active = ?, on_duty = 0, updated_at = ? WHERE person_id = ?',
    );
    this.rosterStmt = db.prepare(
      `UPDATE doctors SET roster = ?, duty_override = NULL, override_until = NULL, updated_at = ?
       WHERE person_id = ?`,
    );
    this.allOnDutyStmt = db.prepare<[], DoctorRow>(
      `${DOCTOR_SELECT} WHERE d.on_duty = 1 AND d.active = 1 ORDER BY p.id`,
    );
    this.countryStmt = db.prepare<[string], { country: string }>(
      `SELECT g.country FROM group_members m JOIN groups g ON g.id = m.group_id
       WHERE m.person_id = ? AND g.country IS NOT NULL ORDER BY g.updated_at DESC, g.id LIMIT 1`,
    );
  }

  seen(id: string, name: string, dmBotId: string | null, now: number): void {
    this.seenStmt.run({ id, name, dmBotId, now });
  }

  upsert(
    p: { id: string; name: string; dmBotId?: string | null; language?: string | null },
    now: number,
  ): void {
    this.upsertStmt.run({
      id: p.id,
      name: p.name,
      dmBotId: p.dmBotId ?? null,
      language: p.language ?? null,
      now,
    });
  }

  name(id: string): string | null {
    return this.nameStmt.get(id)?.name ?? null;
  }

  /** The person's language, when known (world file or profile). */
  language(id: string): string | null {
    return this.languageStmt.get(id)?.language ?? null;
  }

  doctor(id: string): DoctorInfo | null {
    const row = this.doctorStmt.get(id);
    return row ? toDoctor(row) : null;
  }

  onDutyDoctors(specialty: Specialty): DoctorInfo[] {
    return this.onDutyStmt.all(specialty).map(toDoctor);
  }

  /**
   * Sets a doctor's duty. `overrideUntil`: the doctor said so (on/off) and it holds against the roster until then;
   * null: the roster (or nothing) decided, and any override ends.
   */
  setOnDuty(id: string, onDuty: boolean, now: number, overrideUntil: number | null = null): void {
    this.setDutyStmt.run({
      onDuty: onDuty ? 1 : 0,
      override: overrideUntil === null ? null : onDuty ? 1 : 0,
      until: overrideUntil,
      now,
      id,
    });
  }

  /** Off-duty doctors of a specialty who asked to hear about its emergencies. */
  offDutyEmergencyAlerts(specialty: Specialty): DoctorInfo[] {
    return this.alertsStmt.all(specialty).map(toDoctor);
  }

  setEmergencyAlerts(id: string, on: boolean, now: number): void {
    this.setAlertsStmt.run(on ? 1 : 0, now, id);
  }

  /** Active doctors with a roster. */
  rostered(): DoctorInfo[] {
    return this.rosteredStmt.all().map(toDoctor);
  }

  /** Registers (or updates) a doctor: the person must exist. Grants the doctor role. */
  upsertDoctor(d: DoctorProfile, now: number): void {
    this.upsertDoctorStmt.run({
      id: d.id,
      hospital: d.hospital,
      languages: JSON.stringify(d.languages),
      onDuty: d.onDuty ? 1 : 0,
      roster: d.roster ? JSON.stringify(d.roster) : null,
      alerts: d.emergencyAlerts ? 1 : 0,
      now,
    });
    this.clearSpecialtiesStmt.run(d.id);
    for (const s of d.specialties) this.addSpecialtyStmt.run(d.id, s);
    this.grant(d.id, 'doctor', '*', null, now);
  }

  grant(personId: string, role: Role, scope: string, grantedBy: string | null, now: number): void {
    this.grantStmt.run(personId, role, scope, grantedBy, now);
  }

  /** Removes a role: every scope of it, or only `scope`. Returns how many grants went. */
  revoke(personId: string, role: Role, scope: string | null): number {
    return (
      scope === null ? this.revokeStmt.run(personId, role) : this.revokeScopeStmt.run(personId, role, scope)
    ).changes;
  }

  /** The person's role grants (a retired doctor keeps no doctor role: see `setDoctorActive`). */
  roles(personId: string): RoleGrant[] {
    return this.rolesStmt
      .all(personId)
      .map((r) => ({ role: r.role, scope: r.scope, grantedBy: r.granted_by, grantedAt: r.granted_at }));
  }

  /** People whose display name is exactly `name`. */
  byName(name: string): string[] {
    return this.byNameStmt.all(name).map((r) => r.id);
  }

  admins(): string[] {
    return this.adminsStmt.all().map((r) => r.person_id);
  }

  /** Retires (or brings back) a doctor: a retired doctor is off duty and hears nothing. */
  setDoctorActive(id: string, active: boolean, now: number): void {
    this.activeStmt.run(active ? 1 : 0, now, id);
  }

  /** Sets (or with null removes) a doctor's roster; any on/off override ends with it. */
  setRoster(id: string, roster: Roster | null, now: number): void {
    this.rosterStmt.run(roster ? JSON.stringify(roster) : null, now, id);
  }

  /** Every active doctor on duty now. */
  allOnDuty(): DoctorInfo[] {
    return this.allOnDutyStmt.all().map(toDoctor);
  }

  addMember(groupId: string, personId: string): void {
    this.memberStmt.run(groupId, personId);
  }

  /** The bot account this person talks to in DM, if they ever wrote to one. */
  dmBotOf(personId: string): string | null {
    return this.dmBotStmt.get(personId)?.dm_bot_id ?? null;
  }

  /**
   * Admins, and cadres whose scope covers this group (everything, the group, or a selector that picks it): who is
   * told when a ticket waits too long. A DM's ticket (no group) reaches admins and cadres of everything.
   */
  overseers(group: SelectableGroup | null): string[] {
    const ids = new Set<string>();
    for (const r of this.overseersStmt.all()) {
      const scope = scopeSelector(r.scope);
      const covers =
        r.role === 'admin' ||
        scope?.all === true ||
        (group !== null && scope !== null && matchesSelector(scope, group, { groupNames: false }));
      if (covers) ids.add(r.person_id);
    }
    return [...ids];
  }

  /** The country of a group the person is in (for a DM's emergency numbers); null when none is known. */
  countryOf(personId: string): string | null {
    return this.countryStmt.get(personId)?.country ?? null;
  }
}
