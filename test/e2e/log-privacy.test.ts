import { Writable } from 'node:stream';
import pino from 'pino';
import { runScenario } from '../../src/sim/run-scenario';
import { demoWorld, REDIS_URL, repoCore } from '../support/env';
import { scenario } from '../support/simulate';

/**
 * Logs at info level carry no message text, no names, no phone numbers and no ID numbers: a whole consultation, a
 * follow-up, an answer and admin commands run at info, and the log is scanned.
 */
describe('info logs hold no personal or health details', () => {
  it('never writes text, names, phone numbers or ID numbers at info level', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const core = repoCore();
    await runScenario(
      scenario(
        {
          from: 'wang-wei',
          group: 'milano-qt@chatroom',
          say: '@青小医 我发烧咳嗽两天了，电话 +39 333 1234567',
          mention: true,
        },
        { from: 'wang-wei', say: '补充：身份证 330127199001011234，我住在 Via Roma 12' },
        { from: 'dr-ye', say: '接 1' },
        { from: 'dr-ye', say: '答 1 多喝水，按时测体温' },
        { from: 'admin-li', say: '/who 王伟' },
        { from: 'admin-li', say: '/stats' },
        { advance: '2h' },
      ),
      {
        defaultWorld: demoWorld(),
        ...core,
        redisUrl: REDIS_URL,
        log: pino({ level: 'info' }, sink),
        write: () => undefined,
      },
    );
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    for (const secret of [
      '发烧咳嗽',
      '多喝水',
      '+39 333 1234567',
      '3331234567',
      '330127199001011234',
      'Via Roma',
      '王伟',
      '叶晓红',
      '李侨联',
    ])
      expect(log).not.toContain(secret);
  }, 60_000);
});
