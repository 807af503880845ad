import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { accountProblem } from '../../../src/gateway/supervisor';
import { freePort } from '../../support/wait';

/**
 * A token without WECHATY_PUPPET_SERVICE_ENDPOINT goes through token discovery. With the grpc-js that wechaty-grpc
 * pulls in by default, a failed discovery kills the process with an uncaught TypeError; package.json pins
 * @grpc/grpc-js 1.9.15 so it becomes `error` events. The discovery service is pointed at a closed loopback port.
 */
describe('puppet-service token discovery without an endpoint', () => {
  it('does not take the process down: errors are events, the account is simply not logged in', async () => {
    const port = await freePort();
    const probe = spawnSync(
      process.execPath,
      [join(__dirname, '..', '..', 'support', 'discovery-probe.js')],
      {
        env: {
          ...process.env,
          PROBE_TOKEN: `puppet_test_${randomUUID()}`,
          WECHATY_PUPPET_SERVICE_AUTHORITY: `127.0.0.1:${port}`,
          WECHATY_PUPPET_SERVICE_ENDPOINT: '',
          WECHATY_LOG: 'silent',
          HOME: join(__dirname, '..', '..', '..', 'data', 'test-home'),
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(probe.signal).toBeNull();
    expect({ status: probe.status, stderr: probe.status === 0 ? '' : probe.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    const last = probe.stdout.trim().split('\n').pop() ?? '{}';
    const report = JSON.parse(last) as { status?: { loggedIn: boolean; startedAt: number }; errors?: number };
    expect(report.status?.loggedIn).toBe(false);
    expect(report.errors).toBeGreaterThan(0);
    // …and the supervisor turns "never logged in" into a loud restart once the login timeout passes
    const status = {
      ...(report.status as { loggedIn: boolean; startedAt: number }),
      botId: 'probe',
      loginAt: null,
      lastEventAt: null,
      stateSince: report.status?.startedAt ?? 0,
    };
    expect(
      accountProblem(status, (report.status?.startedAt ?? 0) + 301_000, {
        loginTimeoutMs: 300_000,
        silenceMs: 900_000,
      }),
    ).toMatch(/not logged in/);
  }, 90_000);
});
