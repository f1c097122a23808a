import { reactive } from 'vue';

/**
 * Who is signed in. Held in memory only: never localStorage, sessionStorage or a cookie (docs/portal.md, "Sign-in").
 * A reload signs the person out, which is the point: a token left in storage is readable by any script on the origin.
 */
export interface Session {
  token: string | null;
  tenant: string | null;
  roles: string[];
  subjectId: string | null;
  user: string | null;
}

export const session = reactive<Session>({ token: null, tenant: null, roles: [], subjectId: null, user: null });

const STAFF = ['bureau_admin', 'bureau_officer', 'bureau_reviewer', 'auditor'];

export function signIn(token: string): void {
  const claims = decodeClaims(token);
  session.token = token;
  session.tenant = typeof claims.tenant === 'string' ? claims.tenant : null;
  session.roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
  session.subjectId = typeof claims.subject_id === 'string' ? claims.subject_id : null;
  session.user = typeof claims.sub === 'string' ? claims.sub : null;
}

export function signOut(): void {
  Object.assign(session, { token: null, tenant: null, roles: [], subjectId: null, user: null });
}

export const has = (...roles: string[]): boolean => session.roles.some((r) => roles.includes(r));
export const isStaff = (): boolean => has(...STAFF);

/** The claims of a JWT, unverified: only to decide what to show. The API verifies every call. */
export function decodeClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return {};
  }
}
