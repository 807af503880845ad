import type { Store } from '../store/store';

/**
 * The first admins come from config (`roles.admins`), granted only while the store has no admin at all: after that,
 * roles change by command only, so a revoked admin stays revoked across restarts. Returns who was granted.
 */
export function bootstrapAdmins(store: Store, ids: readonly string[], now: number): string[] {
  return store.transaction(() => {
    if (ids.length === 0 || store.people.admins().length > 0) return [];
    for (const id of ids) {
      if (store.people.name(id) === null) store.people.upsert({ id, name: '' }, now);
      store.people.grant(id, 'admin', '*', 'config', now);
    }
    return [...ids];
  });
}
