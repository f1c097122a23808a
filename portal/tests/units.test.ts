import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { en, zh } from '../src/i18n';
import { challengeOf, completeSignIn, authorizationUrl } from '../src/oidc';
import { weekdaysBetween, workingDaysLeft } from '../src/workingDays';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe('i18n', () => {
  it('has every text in both Chinese and English', () => {
    expect(keys(en)).toEqual(keys(zh));
  });
  it('keeps English out of the Chinese table (identifiers aside)', () => {
    const allowed = /English|PDF、JPEG 或 PNG|4 MB|S2df48…/;
    const bad = keys(zh).map((k) => k.split('.').reduce((o: any, p) => o[p], zh) as string)
      .filter((v) => /[A-Za-z]{3,}/.test(v) && !allowed.test(v));
    expect(bad).toEqual([]);
  });
});

describe('PKCE (RFC 7636)', () => {
  it('derives code_challenge = BASE64URL(SHA-256(verifier)), as node:crypto computes it', async () => {
    for (const v of ['dBjftJeZ4CVP-mJ92K1QUEGzXjVAZpmgCw3kfYyFvxq', 'a'.repeat(43), '中文-not-a-verifier']) {
      expect(await challengeOf(v)).toBe(createHash('sha256').update(v).digest('base64url'));
    }
  });
  it('builds the authorization request with code_challenge_method S256 and the state', async () => {
    const url = new URL(await authorizationUrl({ id: '500119', name: '南川', authorizationEndpoint: 'https://idp.example/auth', tokenEndpoint: 'https://idp.example/token', clientId: 'portal' },
      'https://portal.example/', 'dBjftJeZ4CVP-mJ92K1QUEGzXjVAZpmgCw3kfYyFvxq', 'st1'));
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBe(createHash('sha256').update('dBjftJeZ4CVP-mJ92K1QUEGzXjVAZpmgCw3kfYyFvxq').digest('base64url'));
    expect(url.searchParams.get('state')).toBe('st1');
  });
  it('refuses a callback whose state is not the one sent, and forgets the verifier either way', async () => {
    sessionStorage.setItem('yixin.oidc.pending', JSON.stringify({ verifier: 'v', state: 'good', tenant: '500119' }));
    const fetcher = vi.fn();
    await expect(completeSignIn('?code=c&state=evil', [], 'https://p/', fetcher)).rejects.toThrow('state');
    expect(fetcher).not.toHaveBeenCalled();
    expect(sessionStorage.getItem('yixin.oidc.pending')).toBeNull();
  });
  it('exchanges the code with the verifier', async () => {
    sessionStorage.setItem('yixin.oidc.pending', JSON.stringify({ verifier: 'ver', state: 's', tenant: '500119' }));
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ access_token: 'AT' }), { status: 200 }));
    const idp = { id: '500119', name: '南川', authorizationEndpoint: 'a', tokenEndpoint: 'https://idp/token', clientId: 'portal' };
    expect(await completeSignIn('?code=c1&state=s', [idp], 'https://p/', fetcher as unknown as typeof fetch)).toBe('AT');
    const body = new URLSearchParams(String((fetcher.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.get('code_verifier')).toBe('ver');
    expect(body.get('grant_type')).toBe('authorization_code');
  });
});

describe('working days left (R-10.1)', () => {
  // A calendar with a holiday on Friday 2026-10-02 and a make-up Saturday 2026-10-10, answered as the API would.
  const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
  const makeUp = new Set(['2026-10-10']);
  const working = (d: Date) => { const s = d.toISOString().slice(0, 10); return makeUp.has(s) || (!holidays.has(s) && d.getUTCDay() % 6 !== 0); };
  const deadline = vi.fn(async (from: string, days: number) => {
    const d = new Date(`${from}T00:00:00Z`);
    for (let n = 0; n < days;) { d.setUTCDate(d.getUTCDate() + 1); if (working(d)) n++; }
    return d.toISOString().slice(0, 10);
  });
  it('counts on the tenant calendar, not weekdays', async () => {
    expect(weekdaysBetween('2026-09-30', '2026-10-12')).toBe(8);
    // 10-08 (1), 10-09 (2), Saturday 10-10 made up (3), 10-12 (4): four working days, eight weekdays.
    expect(await workingDaysLeft('2026-09-30', '2026-10-12', deadline)).toBe(4);
  });
  it('is 0 on the due day and null (overdue) after it', async () => {
    expect(await workingDaysLeft('2026-12-02', '2026-12-02', deadline)).toBe(0);
    expect(await workingDaysLeft('2026-12-03', '2026-12-02', deadline)).toBeNull();
  });
});
