import { classify } from './triage';
import type { CompiledLexicon } from './triage-lexicon';
import { prepareText } from './triage-text';
import type { Specialty } from './types';

/**
 * What doctors' transfers (`transfer <n> <queue>`) say about the lexicon. For each move from one queue to another:
 * the rules and terms that sent those questions to the wrong queue (weaken or narrow them), and the words that recur
 * in those questions but are in no rule of the right queue (candidates to add). Suggestions only: a person edits
 * config/triage.json, and the labelled sets tell whether the change helps. Pure.
 */
export interface Correction {
  ticket: number;
  text: string;
  from: Specialty;
  to: Specialty;
}

export interface Suggestion {
  from: Specialty;
  to: Specialty;
  tickets: number[];
  /** Rules that voted for `from` in these questions, with the term, most frequent first. */
  misleading: Array<{ rule: string; term: string; count: number }>;
  /** Words found in at least two of these questions (or the only one) that no rule of `to` has yet. */
  candidates: Array<{ term: string; count: number }>;
  /** The rule of `to` the candidates would go into. */
  addTo: string | null;
}

const STOP = new Set([...'的了吗呢吧啊呀我你他她它们是在有一不很也都就还和与及或要会能可这那个么什怎']);
const LATIN_STOP = new Set([
  'that',
  'with',
  'have',
  'this',
  'from',
  'what',
  'when',
  'della',
  'dello',
  'sono',
  'como',
  'para',
  'pero',
  'esta',
  'tiene',
]);

function wordsOf(prepared: string): Set<string> {
  const out = new Set<string>();
  for (const run of prepared.match(/[\u3400-\u9fff]+/gu) ?? []) {
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= run.length; i++) {
        const w = run.slice(i, i + n);
        if (![...w].some((ch) => STOP.has(ch))) out.add(w);
      }
  }
  for (const w of prepared.match(/[a-z]{4,}/g) ?? []) if (!LATIN_STOP.has(w)) out.add(w);
  return out;
}

export function suggestFromCorrections(
  corrections: readonly Correction[],
  lex: CompiledLexicon,
): Suggestion[] {
  const groups = new Map<string, Correction[]>();
  for (const c of corrections) {
    const key = `${c.from}>${c.to}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const known = new Set(lex.rules.flatMap((r) => r.compiled.map((t) => t.text)));
  const out: Suggestion[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const { from, to } = first;
    const misleading = new Map<string, { rule: string; term: string; count: number }>();
    const words = new Map<string, number>();
    for (const c of list) {
      const t = classify(c.text, lex);
      for (const r of t.rules) {
        if (r.specialty !== from || r.weight <= 0) continue;
        const key = `${r.id}\u0000${r.match}`;
        const m = misleading.get(key) ?? { rule: r.id, term: r.match, count: 0 };
        misleading.set(key, { ...m, count: m.count + 1 });
      }
      for (const w of wordsOf(prepareText(c.text))) if (!known.has(w)) words.set(w, (words.get(w) ?? 0) + 1);
    }
    const min = list.length === 1 ? 1 : 2;
    const candidates = [...words]
      .filter(([, n]) => n >= min)
      .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([term, count]) => ({ term, count }));
    // The queue's own rule first (the rule named after it, or the first that only routes): rules that
    // also raise urgency, like an emergency rule for sealed charcoal, are the wrong home for new words.
    const target =
      lex.rules.find((r) => r.id === to && r.specialty === to) ??
      lex.rules.find((r) => r.kind === 'symptom' && r.specialty === to && !r.urgency) ??
      lex.rules.find((r) => r.kind === 'who' && r.specialty === to && !r.urgency) ??
      (to === 'policy' ? lex.rules.find((r) => r.kind === 'policy' && !r.urgency) : undefined) ??
      lex.rules.find((r) => r.kind === 'symptom' && r.specialty === to) ??
      lex.rules.find((r) => r.kind === 'who' && r.specialty === to);
    out.push({
      from,
      to,
      tickets: list.map((c) => c.ticket),
      misleading: [...misleading.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
      candidates,
      addTo: target?.id ?? null,
    });
  }
  return out.sort(
    (a, b) => b.tickets.length - a.tickets.length || `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`),
  );
}

/** The report `npm run classify -- --corrections` prints. */
export function formatSuggestions(suggestions: readonly Suggestion[]): string {
  if (suggestions.length === 0)
    return 'No triage corrections recorded yet (doctors record them with "transfer <n> <queue>").';
  const lines: string[] = [];
  for (const s of suggestions) {
    lines.push(
      `${s.from} → ${s.to}: ${s.tickets.length} ticket(s) (${s.tickets.map((t) => `#${t}`).join(', ')})`,
    );
    for (const m of s.misleading)
      lines.push(
        `  weaken or narrow: rule "${m.rule}" term "${m.term}" sent ${m.count} of them to ${s.from}`,
      );
    if (s.candidates.length > 0)
      lines.push(
        `  consider adding to ${s.addTo ? `rule "${s.addTo}"` : `a ${s.to} rule`}: ${s.candidates
          .map((c) => `"${c.term}" (${c.count})`)
          .join(', ')}`,
      );
  }
  return lines.join('\n');
}
