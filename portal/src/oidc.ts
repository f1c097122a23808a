/**
 * OpenID Connect, authorization code with PKCE (RFC 7636, S256), for the cloud: the tenant's identity provider signs
 * the person in and the portal exchanges the code for a token it keeps in memory (session.ts). Only the PKCE
 * verifier and the state survive the redirect, in sessionStorage, and are removed as soon as the code comes back;
 * they are worthless without the code, which the IdP sends only to the registered redirect URI.
 */
export interface TenantIdp {
  id: string;
  name: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  clientId: string;
  scope?: string;
}

const PENDING = 'yixin.oidc.pending';

function base64url(bytes: Uint8Array): string {
  let s = '';
  bytes.forEach((b) => { s += String.fromCharCode(b); });
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh code verifier: 32 random bytes, 43 base64url characters (RFC 7636 §4.1). */
export function newVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** code_challenge = BASE64URL(SHA-256(verifier)) (RFC 7636 §4.2). */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export async function authorizationUrl(idp: TenantIdp, redirectUri: string, verifier: string, state: string): Promise<string> {
  const q = new URLSearchParams({
    response_type: 'code', client_id: idp.clientId, redirect_uri: redirectUri, scope: idp.scope ?? 'openid',
    state, code_challenge: await challengeOf(verifier), code_challenge_method: 'S256',
  });
  return `${idp.authorizationEndpoint}?${q}`;
}

/** Sends the browser to the IdP. */
export async function beginSignIn(idp: TenantIdp, redirectUri: string): Promise<void> {
  const verifier = newVerifier();
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, tenant: idp.id }));
  location.assign(await authorizationUrl(idp, redirectUri, verifier, state));
}

/**
 * Back from the IdP with ?code&state: checks the state, exchanges the code with the verifier, returns the token
 * (the access token, or the ID token when the IdP issues no separate access token for this audience).
 */
export async function completeSignIn(search: string, idps: TenantIdp[], redirectUri: string,
  fetcher: typeof fetch = fetch): Promise<string | null> {
  const q = new URLSearchParams(search);
  const code = q.get('code');
  const raw = sessionStorage.getItem(PENDING);
  if (!code || !raw) return null;
  sessionStorage.removeItem(PENDING);
  const pending = JSON.parse(raw) as { verifier: string; state: string; tenant: string };
  if (q.get('state') !== pending.state) throw new Error('OIDC state mismatch');
  const idp = idps.find((i) => i.id === pending.tenant);
  if (!idp) throw new Error('OIDC tenant unknown');
  const res = await fetcher(idp.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: idp.clientId, code_verifier: pending.verifier,
    }),
  });
  if (!res.ok) throw new Error(`OIDC token endpoint answered ${res.status}`);
  const body = await res.json();
  return body.access_token ?? body.id_token ?? null;
}
