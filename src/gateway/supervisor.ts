import type { AccountStatus } from './wechaty-gateway';

export interface SupervisorLimits {
  loginTimeoutMs: number;
  silenceMs: number;
  /** How long after a lost connection with no event since before the account counts as down. */
  connectionLostMs?: number;
}

/**
 * Why a bot account needs a restart, or null when it is healthy: not logged in for too long (never scanned, or
 * logged out and not back), or logged in but silent (no heartbeat, message or event) for too long. The puppet's own
 * watchdog resets slowly and leaks listeners; a clean process restart is the reliable cure. A connection reported lost
 * (the puppet-service client never reconnects by itself) with no heartbeat, message or event since counts as down after
 * `connectionLostMs`, long before the silence limit.
 */
export function accountProblem(s: AccountStatus, now: number, limits: SupervisorLimits): string | null {
  if (s.startedAt === null) return null;
  const since = s.stateSince ?? s.startedAt;
  const lost = s.connectionLostAt ?? null;
  if (lost !== null && limits.connectionLostMs !== undefined && (s.lastEventAt ?? since) < lost) {
    const down = now - lost;
    if (down > limits.connectionLostMs)
      return `connection to the puppet service lost ${Math.round(down / 1000)} s ago, no event since`;
  }
  if (!s.loggedIn) {
    const waited = now - since;
    return waited > limits.loginTimeoutMs ? `not logged in for ${Math.round(waited / 1000)} s` : null;
  }
  const silent = now - (s.lastEventAt ?? since);
  return silent > limits.silenceMs
    ? `silent for ${Math.round(silent / 1000)} s (no heartbeat, message or event)`
    : null;
}
