import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';

export interface LabelledText {
  text: string;
  specialty: string;
  urgency?: string;
}

/** Every labelled message in test/fixtures/triage (redflags2, which labels red flags only, is left out): bench input. */
export function labelledTexts(): LabelledText[] {
  const dir = join(PROJECT_ROOT, 'test', 'fixtures', 'triage');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Partial<LabelledText> & { text: string })
        .filter((r): r is LabelledText => typeof r.specialty === 'string'),
    );
}
