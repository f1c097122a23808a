import { createApp } from 'vue';
import App from './App.vue';
import { setApiBase } from './api';
import { completeSignIn, type TenantIdp } from './oidc';
import { startRouter } from './router';
import { runtime } from './runtime';
import { signIn } from './session';
import './style.css';

async function discover(): Promise<void> {
  // The local run's development sign-in (functions/local only; a cloud API has no /local routes).
  try {
    const r = await fetch('/local/portal', { headers: { Accept: 'application/json' } });
    // CloudFront answers a missing key with index.html (deep links): only JSON is the local run speaking.
    if (r.ok && (r.headers.get('content-type') ?? '').includes('json')) {
      const body = await r.json();
      Object.assign(runtime, { devSignIn: true, tenants: body.tenants ?? [], roles: body.roles ?? [] });
      return;
    }
  } catch { /* not the local run */ }
  // A cloud deployment: written next to index.html by infra/ (PortalHosting).
  try {
    const r = await fetch('/portal-config.json', { cache: 'no-cache' });
    if (r.ok && (r.headers.get('content-type') ?? '').includes('json')) {
      const body = await r.json() as { apiBase?: string; tenants?: TenantIdp[] };
      runtime.apiBase = body.apiBase ?? '';
      runtime.idps = body.tenants ?? [];
      setApiBase(runtime.apiBase);
    }
  } catch { /* no configuration: sign-in says so */ }
}

async function start(): Promise<void> {
  await discover();
  if (location.search.includes('code=')) {
    try {
      const token = await completeSignIn(location.search, runtime.idps, `${location.origin}${location.pathname}`);
      if (token) signIn(token);
    } finally {
      history.replaceState(null, '', `${location.pathname}#/`);
    }
  }
  runtime.ready = true;
  startRouter();
  createApp(App).mount('#app');
}

start();
