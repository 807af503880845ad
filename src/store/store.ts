import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { AccountsRepo } from './accounts-repo';
import { AuditRepo } from './audit-repo';
import { BroadcastsRepo } from './broadcasts-repo';
import { ChannelsRepo } from './channels-repo';
import { TipsRepo } from './tips-repo';
import { ConsultationsRepo } from './consultations-repo';
import { openDatabase, type Db } from './database';
import { GroupsRepo } from './groups-repo';
import { InboundRepo } from './inbound-repo';
import { migrate } from './migrate';
import { OutboxRepo } from './outbox-repo';
import { PeopleRepo } from './people-repo';
import { ReportsRepo } from './reports-repo';

export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');

/** The SQLite store: repositories over one connection, and write transactions that take the lock up front. */
export class Store {
  readonly groups: GroupsRepo;
  readonly people: PeopleRepo;
  readonly consultations: ConsultationsRepo;
  readonly inbound: InboundRepo;
  readonly outbox: OutboxRepo;
  readonly accounts: AccountsRepo;
  readonly audit: AuditRepo;
  readonly reports: ReportsRepo;
  readonly tips: TipsRepo;
  readonly broadcasts: BroadcastsRepo;
  readonly channels: ChannelsRepo;

  constructor(readonly db: Db) {
    this.groups = new GroupsRepo(db);
    this.people = new PeopleRepo(db);
    this.consultations = new ConsultationsRepo(db);
    this.inbound = new InboundRepo(db);
    this.outbox = new OutboxRepo(db);
    this.accounts = new AccountsRepo(db);
    this.audit = new AuditRepo(db);
    this.reports = new ReportsRepo(db);
    this.tips = new TipsRepo(db);
    this.broadcasts = new BroadcastsRepo(db);
    this.channels = new ChannelsRepo(db);
  }

  /** Runs `fn` in an IMMEDIATE transaction (write lock first, so two processes never deadlock on upgrade). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Opens the database file, applies pending migrations and returns the store. */
export function openStore(file: string, now: number, migrationsDir = MIGRATIONS_DIR): Store {
  const db = openDatabase(file);
  migrate(db, migrationsDir, now);
  return new Store(db);
}
