import { accountProblem, type SupervisorLimits } from '../../../src/gateway/supervisor';
import type { AccountStatus } from '../../../src/gateway/wechaty-gateway';

const LIMITS: SupervisorLimits = { loginTimeoutMs: 300_000, silenceMs: 900_000 };
const T0 = Date.UTC(2020, 2, 16, 8, 30);
const S = 1000;

function status(patch: Partial<AccountStatus>): AccountStatus {
  return {
    botId: 'qingxiaoyi-1',
    loggedIn: false,
    startedAt: T0,
    loginAt: null,
    lastEventAt: null,
    stateSince: T0,
    ...patch,
  };
}

describe('accountProblem', () => {
  it.each<{ why: string; s: AccountStatus; now: number; expected: string | null }>([
    // not started
    {
      why: 'never started',
      s: status({ startedAt: null, stateSince: null }),
      now: T0 + 3600 * S,
      expected: null,
    },
    // waiting for the QR scan
    { why: 'just started', s: status({}), now: T0, expected: null },
    { why: 'waiting exactly the limit', s: status({}), now: T0 + 300 * S, expected: null },
    {
      why: 'waiting past the limit',
      s: status({}),
      now: T0 + 300 * S + 1,
      expected: 'not logged in for 300 s',
    },
    { why: 'waiting 10 minutes', s: status({}), now: T0 + 600 * S, expected: 'not logged in for 600 s' },
    {
      why: 'no stateSince: counts from start',
      s: status({ stateSince: null }),
      now: T0 + 301 * S,
      expected: 'not logged in for 301 s',
    },
    // logged out after a while: counts from the logout
    {
      why: 'logged out 4 minutes ago',
      s: status({ loginAt: T0 + 60 * S, stateSince: T0 + 3600 * S, lastEventAt: T0 + 3600 * S }),
      now: T0 + 3840 * S,
      expected: null,
    },
    {
      why: 'logged out 6 minutes ago',
      s: status({ loginAt: T0 + 60 * S, stateSince: T0 + 3600 * S, lastEventAt: T0 + 3600 * S }),
      now: T0 + 3960 * S,
      expected: 'not logged in for 360 s',
    },
    // logged in
    {
      why: 'logged in, event a minute ago',
      s: status({
        loggedIn: true,
        loginAt: T0 + 30 * S,
        stateSince: T0 + 30 * S,
        lastEventAt: T0 + 7200 * S,
      }),
      now: T0 + 7260 * S,
      expected: null,
    },
    {
      why: 'logged in, silent exactly the limit',
      s: status({ loggedIn: true, loginAt: T0, stateSince: T0, lastEventAt: T0 + 100 * S }),
      now: T0 + 1000 * S,
      expected: null,
    },
    {
      why: 'logged in, silent past the limit',
      s: status({ loggedIn: true, loginAt: T0, stateSince: T0, lastEventAt: T0 + 100 * S }),
      now: T0 + 1000 * S + 1,
      expected: 'silent for 900 s (no heartbeat, message or event)',
    },
    {
      why: 'logged in long ago, no event ever: counts from login',
      s: status({ loggedIn: true, loginAt: T0 + 10 * S, stateSince: T0 + 10 * S, lastEventAt: null }),
      now: T0 + 1210 * S,
      expected: 'silent for 1200 s (no heartbeat, message or event)',
    },
    {
      why: 'logged in, no event and no stateSince: counts from start',
      s: status({ loggedIn: true, stateSince: null, lastEventAt: null }),
      now: T0 + 901 * S,
      expected: 'silent for 901 s (no heartbeat, message or event)',
    },
    {
      why: 'a logged-in account is not judged by the login timeout',
      s: status({ loggedIn: true, loginAt: T0, stateSince: T0, lastEventAt: T0 + 500 * S }),
      now: T0 + 800 * S,
      expected: null,
    },
  ])('$why → $expected', ({ s, now, expected }) => {
    expect(accountProblem(s, now, LIMITS)).toBe(expected);
  });

  it.each<{ limits: SupervisorLimits; expected: string | null }>([
    { limits: { loginTimeoutMs: 60_000, silenceMs: 900_000 }, expected: 'not logged in for 120 s' },
    { limits: { loginTimeoutMs: 180_000, silenceMs: 60_000 }, expected: null },
  ])('uses the limits it is given: $limits', ({ limits, expected }) => {
    expect(accountProblem(status({}), T0 + 120 * S, limits)).toBe(expected);
  });
});

describe('accountProblem after a lost puppet-service connection', () => {
  const limits: SupervisorLimits = { ...LIMITS, connectionLostMs: 60_000 };
  const loggedIn = (patch: Partial<AccountStatus>) =>
    status({ loggedIn: true, loginAt: T0, stateSince: T0, lastEventAt: T0 + 100 * S, ...patch });

  it.each<{ why: string; s: AccountStatus; now: number; expected: string | null }>([
    { why: 'never lost', s: loggedIn({ connectionLostAt: null }), now: T0 + 800 * S, expected: null },
    {
      why: 'lost 60 s ago exactly',
      s: loggedIn({ connectionLostAt: T0 + 200 * S }),
      now: T0 + 260 * S,
      expected: null,
    },
    {
      why: 'lost 61 s ago, nothing since',
      s: loggedIn({ connectionLostAt: T0 + 200 * S }),
      now: T0 + 261 * S,
      expected: 'connection to the puppet service lost 61 s ago, no event since',
    },
    {
      why: 'lost, then a heartbeat came (the connection is back)',
      s: loggedIn({ connectionLostAt: T0 + 200 * S, lastEventAt: T0 + 205 * S }),
      now: T0 + 400 * S,
      expected: null,
    },
    {
      why: 'lost while never logged in: down after the shorter limit',
      s: status({ connectionLostAt: T0 + 5 * S }),
      now: T0 + 70 * S,
      expected: 'connection to the puppet service lost 65 s ago, no event since',
    },
  ])('$why → $expected', ({ s, now, expected }) => {
    expect(accountProblem(s, now, limits)).toBe(expected);
  });

  it('is not judged without a connectionLostMs limit', () => {
    expect(accountProblem(loggedIn({ connectionLostAt: T0 + 200 * S }), T0 + 400 * S, LIMITS)).toBeNull();
  });
});
