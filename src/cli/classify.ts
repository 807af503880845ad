import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { formatProblems, loadCore, PROJECT_ROOT } from '../config';
import { classify } from '../domain/triage';
import { formatSuggestions, suggestFromCorrections } from '../domain/triage-corrections';
import { openStore } from '../store/store';
import { score, toClassification, type Classification, type Labelled } from '../domain/triage-report';

const USAGE = `usage: npm run -s classify [-- --explain]          JSON Lines {"id","text"} on stdin → one result line each
       npm run -s classify -- --evaluate < labelled.jsonl   scores against "is_consult"/"specialty"/"urgency" labels
       npm run -s classify -- --corrections                 what doctors' transfers suggest changing in the lexicon`;

/**
 * `npm run classify`: the triage classifier on JSON Lines. Reads `{"id": "…", "text": "…"}` per line (other fields
 * ignored) and writes `{"id","is_consult","specialty","urgency","confidence"}` per line, in input order; `--explain`
 * adds "rules" (every rule that fired, with kind, weight and the matching term; negated terms are listed as
 * ignored). A line that is not a JSON object with a string "text" gets `{"id", "error"}` and the run goes on.
 * `--evaluate` reads labelled lines (test/fixtures/triage format) and prints the scores instead; `--corrections`
 * reads the doctors' transfers from the store (DATA_DIR) and prints what they suggest changing in the lexicon.
 */
async function main(argv: string[]): Promise<number> {
  const explain = argv.includes('--explain');
  const evaluate = argv.includes('--evaluate');
  const corrections = argv.includes('--corrections');
  const unknown = argv.filter((a) => !['--explain', '--evaluate', '--corrections'].includes(a));
  if (argv.includes('--help') || argv.includes('-h') || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `unexpected ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return unknown.length > 0 ? 2 : 0;
  }
  const core = loadCore(PROJECT_ROOT, process.env);
  if (!core.ok) {
    process.stderr.write(`${formatProblems(core.problems)}\n`);
    return 2;
  }
  const lexicon = core.value.lexicon;
  if (corrections) {
    const file = join(core.value.config.dataDir, 'qiaohaitong.sqlite');
    if (!existsSync(file)) {
      process.stderr.write(`no store at ${file} (set DATA_DIR to the bot's data directory)\n`);
      return 2;
    }
    const store = openStore(file, Date.now());
    try {
      process.stdout.write(
        `${formatSuggestions(suggestFromCorrections(store.consultations.corrections(), lexicon))}\n`,
      );
    } finally {
      store.close();
    }
    return 0;
  }
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const labelled: Labelled[] = [];
  const results = new Map<string, Classification>();
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim().length === 0) continue;
    const input = parseLine(line);
    if ('error' in input) {
      const out = { id: input.id, error: `line ${lineNo}: ${input.error}` };
      if (evaluate) process.stderr.write(`${JSON.stringify(out)}\n`);
      else process.stdout.write(`${JSON.stringify(out)}\n`);
      continue;
    }
    const result = toClassification(input.id, classify(input.text, lexicon), explain);
    if (!evaluate) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      continue;
    }
    const id = input.id ?? `line-${lineNo}`;
    const label = input.raw;
    if (
      typeof label.is_consult !== 'boolean' ||
      typeof label.specialty !== 'string' ||
      typeof label.urgency !== 'string'
    ) {
      process.stderr.write(
        `line ${lineNo}: --evaluate needs "is_consult", "specialty" and "urgency" labels\n`,
      );
      return 2;
    }
    labelled.push({
      id,
      text: input.text,
      is_consult: label.is_consult,
      specialty: label.specialty,
      urgency: label.urgency,
    });
    results.set(id, result);
  }
  if (evaluate) process.stdout.write(`${JSON.stringify(score(labelled, results), null, 2)}\n`);
  return 0;
}

type Parsed =
  { id: string | null; text: string; raw: Record<string, unknown> } | { id: string | null; error: string };

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { id: null, error: 'not a JSON object' };
  const raw = value as Record<string, unknown>;
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : null;
  if (typeof raw.text !== 'string') return { id, error: '"text" must be a string' };
  return { id, text: raw.text, raw };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
