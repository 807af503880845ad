import { Simulation } from '../../src/sim/simulation';
import { demoWorld, REDIS_URL, repoCore, silentLog } from '../support/env';

describe('an answer for a group whose accounts are no longer run', () => {
  it('is not lost silently: the doctor is told and the ticket is theirs again', async () => {
    const core = repoCore();
    const sim = await Simulation.start({
      world: demoWorld(),
      config: core.config,
      lexicon: core.lexicon,
      emergency: core.emergency,
      tips: core.tips,
      redisUrl: REDIS_URL,
      log: silentLog,
    });
    try {
      await sim.step(
        {
          kind: 'group-say',
          from: 'wang-wei',
          group: 'milano-qt@chatroom',
          say: '@青小医 我咳嗽三天了',
          mention: true,
        },
        1,
      );
      await sim.step({ kind: 'dm-say', from: 'dr-ye', say: '接 1' }, 2);
      // the account that took the question and the one serving the group were both retired since
      sim.store.db.prepare("UPDATE consultations SET bot_id = 'retired-1' WHERE id = 1").run();
      sim.store.groups.serveBy('milano-qt@chatroom', 'retired-2', 0);
      const out = await sim.step({ kind: 'dm-say', from: 'dr-ye', say: '多喝温水' }, 3);
      expect(out.filter((l) => l.group)).toEqual([]);
      expect(out).toEqual([
        expect.objectContaining({
          to: 'dr-ye',
          text: expect.stringContaining('#1 的回答多次尝试后仍未能发送'),
        }),
      ]);
      expect(sim.store.consultations.get(1)).toMatchObject({ status: 'claimed', claimedBy: 'dr-ye' });
    } finally {
      await sim.close();
    }
  });
});
