import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import { buildQuietly } from '../support/build';

/**
 * The CI subset of `npm run test:chaos` (README "Performance and reliability"): the production path (the bot as its
 * own process, puppet-service on loopback, its own redis-server) over 60 questions, with each fault once: two SIGKILLs
 * of the bot, a Redis restart, Redis unreachable for 30 s, a puppet-service server restart, repeated and reordered
 * deliveries. About 75 s.
 */
interface ChaosReport {
  questions: number;
  redelivered: number;
  delivered_out_of_order: number;
  bot_kills: number;
  redis_restarts: number;
  redis_unreachable_seconds: number;
  healthz_during_redis_outage: { status: number; redis: unknown; ms: number } | { error: string } | null;
  puppet_service_restarts: number;
  questions_never_seen_by_the_bot: number;
  of_which_sent_in_the_2_s_before_a_kill_or_cut: number;
  of_which_sent_while_a_bot_that_exited_by_itself_could_not_read: number;
  bot_exits_on_its_own_and_restarted: number;
  still_open_without_a_kill_or_cut_as_its_doctor_answered: number;
  consultations: number;
  messages_still_pending: number;
  acknowledged_once: number;
  acknowledged_twice: number;
  acknowledgement_cut_short_by_a_kill: number;
  acknowledgement_missing: number;
  answered_once: number;
  answered_twice: number;
  answered_twice_because_a_kill_cut_the_send_short: number;
  still_open: number;
  group_messages_sent_twice: number;
  tickets_claimed_by_two_doctors: number;
}

/** Runs the harness; past `ms` it is stopped (its SIGTERM handler kills the bot and redis-server it started). */
function runChaos(ms: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', './test/support/ts-register.js', join('test', 'chaos', 'chaos.ts')],
      { cwd: PROJECT_ROOT, env: { ...process.env, CHAOS_PROFILE: 'ci' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\nchaos: stopped after ${ms / 1000} s\n`;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('chaos (CI subset)', () => {
  it('keeps every invariant while the bot, Redis and the puppet service fail', async () => {
    expect(buildQuietly()).toEqual({ output: '', status: 0 });
    const run = await runChaos(360_000);
    if (run.code !== 0) throw new Error(`chaos failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    const r = JSON.parse(run.stdout) as ChaosReport;
    // every fault happened
    expect(r.bot_kills).toBe(2);
    expect(r.redis_restarts).toBe(1);
    expect(r.redis_unreachable_seconds).toBe(30);
    expect(r.puppet_service_restarts).toBe(1);
    // the health endpoint answered during the Redis outage, and said so
    expect(r.healthz_during_redis_outage).toMatchObject({ status: 503, redis: false });
    expect(r.redelivered).toBeGreaterThan(0);
    expect(r.delivered_out_of_order).toBeGreaterThan(0);
    // and nothing was lost, doubled or held twice: a message is lost only when the bot was killed or cut off while
    // reading it (puppet-service does not replay: sent in the 2 s before a kill or the puppet-service cut, the bot
    // reading), or while a bot that exited by itself could not read (its puppet-service connection gone quiet, until
    // the restarted bot answered): the puppet-service restart makes the bot exit once; a restart loop would show more
    expect(r.questions_never_seen_by_the_bot).toBe(
      r.of_which_sent_in_the_2_s_before_a_kill_or_cut +
        r.of_which_sent_while_a_bot_that_exited_by_itself_could_not_read,
    );
    expect(r.bot_exits_on_its_own_and_restarted).toBeLessThanOrEqual(2);
    expect(r.still_open_without_a_kill_or_cut_as_its_doctor_answered).toBe(0);
    expect(r.consultations).toBeGreaterThan(0);
    expect(r.messages_still_pending).toBe(0);
    // an acknowledgement cut short by a SIGKILL mid-send is not repeated (at most once in a group, by design)
    expect(r.acknowledgement_missing).toBe(0);
    expect(r.acknowledged_once + r.acknowledgement_cut_short_by_a_kill).toBe(r.consultations);
    expect(r.acknowledgement_cut_short_by_a_kill).toBeLessThanOrEqual(r.bot_kills);
    expect(r.acknowledged_twice).toBe(0);
    // an answer cut short by a SIGKILL mid-send is sent again (at least once, by design: twice beats never)
    const resent = r.answered_twice_because_a_kill_cut_the_send_short;
    expect(resent).toBeLessThanOrEqual(r.bot_kills);
    expect(r.answered_once + resent + r.still_open).toBe(r.consultations);
    expect(r.answered_twice).toBe(0);
    expect(r.group_messages_sent_twice).toBe(0);
    expect(r.tickets_claimed_by_two_doctors).toBe(0);
  }, 400_000);
});
