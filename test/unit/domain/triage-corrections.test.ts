import { suggestFromCorrections, type Correction } from '../../../src/domain/triage-corrections';
import { SPECIALTIES } from '../../../src/domain/types';
import { repoCore } from '../../support/env';

const lexicon = repoCore().lexicon;

describe('suggestFromCorrections with config/triage.json', () => {
  const moved = (to: Correction['to']): Correction[] =>
    ['我老公最近总是心慌胸闷，晚上睡不着', '心慌胸闷好几天了，总担心自己有病'].map((text, i) => ({
      ticket: i + 1,
      text,
      from: 'respiratory',
      to,
    }));

  it('names the queue’s own rule for new words, never a rule that also raises urgency', () => {
    const [s] = suggestFromCorrections(moved('psychology'), lexicon);
    expect(s).toMatchObject({ from: 'respiratory', to: 'psychology', tickets: [1, 2], addTo: 'psychology' });
    expect(s?.misleading[0]).toMatchObject({ rule: 'respiratory', term: '胸闷', count: 2 });
    expect(s?.candidates.length).toBeGreaterThan(0);
    for (const c of s?.candidates ?? []) expect(c.count).toBe(2);
  });

  it.each(SPECIALTIES.filter((s) => s !== 'respiratory'))(
    'a move to %s lands in a rule of that queue that only routes',
    (to) => {
      const [s] = suggestFromCorrections(moved(to), lexicon);
      const rule = lexicon.rules.find((r) => r.id === s?.addTo);
      expect(rule).toBeDefined();
      expect(rule?.urgency).toBeUndefined();
      if (to !== 'policy') expect(rule?.specialty).toBe(to);
    },
  );
});
