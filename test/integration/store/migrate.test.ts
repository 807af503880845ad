import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/store/database';
import { migrate, MigrationError, readMigrations } from '../../../src/store/migrate';
import { MIGRATIONS_DIR } from '../../../src/store/store';

describe('migrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qht-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const copyMigrations = (): string => {
    const to = join(dir, 'migrations');
    mkdirSync(to);
    for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, f), join(to, f));
    return to;
  };

  it('applies every migration once, in order, and records it in the ledger', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    const first = migrate(db, MIGRATIONS_DIR, 1);
    expect(first.applied).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.name));
    expect(migrate(db, MIGRATIONS_DIR, 2).applied).toEqual([]);
    const ledger = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(ledger).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => ({ version: m.version, name: m.name })));
    db.close();
  });

  it('applies a new migration on the next start, and refuses a landed migration that was edited', () => {
    const migrations = copyMigrations();
    const db = openDatabase(join(dir, 'b.sqlite'));
    migrate(db, migrations, 1);
    const next = readMigrations(migrations).length + 1;
    const name = `${String(next).padStart(4, '0')}_add_note.sql`;
    writeFileSync(join(migrations, name), 'ALTER TABLE groups ADD COLUMN note TEXT;');
    expect(migrate(db, migrations, 2).applied).toEqual([name]);
    writeFileSync(join(migrations, name), 'ALTER TABLE groups ADD COLUMN note2 TEXT;');
    expect(() => migrate(db, migrations, 3)).toThrow(MigrationError);
    expect(() => migrate(db, migrations, 3)).toThrow(/was edited after it was applied/);
    db.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const migrations = copyMigrations();
    const next = readMigrations(migrations).length + 1;
    writeFileSync(join(migrations, `${String(next).padStart(4, '0')}_broken.sql`), 'CREATE TABLE x (;');
    const db = openDatabase(join(dir, 'c.sqlite'));
    expect(() => migrate(db, migrations, 1)).toThrow();
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'consultations'")
      .all();
    expect(tables).toEqual([]);
    db.close();
  });

  it('refuses gaps and badly named files', () => {
    const migrations = copyMigrations();
    writeFileSync(join(migrations, '0099_late.sql'), 'SELECT 1;');
    expect(() => readMigrations(migrations)).toThrow(/without gaps/);
    rmSync(join(migrations, '0099_late.sql'));
    writeFileSync(join(migrations, 'add-thing.sql'), 'SELECT 1;');
    expect(() => readMigrations(migrations)).toThrow(/NNNN_snake_case/);
  });
});
