import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Labelled } from '../domain/triage-report';
import { PROJECT_ROOT } from '../paths';

const SETS_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'triage');

export interface LabelledSetRow {
  id: string;
  text: string;
  emergency: boolean;
  /** Full labels (every set but redflags2, which labels red flags only). */
  labelled?: Labelled;
  /** redflags2: which red flag a phrasing or near miss is about. */
  flag?: string;
}

/** The labelled sets of test/fixtures/triage by name (file name without .jsonl), sorted. */
export function setNames(): string[] {
  return readdirSync(SETS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

/** A labelled set of test/fixtures/triage by name. */
export function readSet(name: string): LabelledSetRow[] {
  return readFileSync(join(SETS_DIR, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const r = JSON.parse(l) as Partial<Labelled> & {
        id: string;
        text: string;
        emergency?: boolean;
        flag?: string;
      };
      const full = typeof r.urgency === 'string' && typeof r.is_consult === 'boolean';
      return {
        id: r.id,
        text: r.text,
        emergency: full ? r.urgency === 'emergency' : r.emergency === true,
        ...(full ? { labelled: r as Labelled } : {}),
        ...(typeof r.flag === 'string' ? { flag: r.flag } : {}),
      };
    });
}

/** test/fixtures/triage/held-out.json. */
export function readHeldOutJson(): unknown {
  return JSON.parse(readFileSync(join(SETS_DIR, 'held-out.json'), 'utf8'));
}

/** Every fully labelled message in test/fixtures/triage (redflags2, which labels red flags only, is left out): bench input. */
export function labelledTexts(): Labelled[] {
  return setNames().flatMap((s) => readSet(s).flatMap((r) => (r.labelled ? [r.labelled] : [])));
}
