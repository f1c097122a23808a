import { reactive } from 'vue';
import type { TenantIdp } from './oidc';

/**
 * What this deployment offers, learnt at start: the local run answers GET /local/portal (its development sign-in,
 * functions/local only); a cloud deployment serves /portal-config.json next to index.html (the API's address and
 * each tenant's identity provider, written by infra/). Neither is compiled in.
 */
export const runtime = reactive({
  ready: false,
  devSignIn: false,
  tenants: [] as Array<{ id: string; name: string }>,
  roles: [] as string[],
  idps: [] as TenantIdp[],
  apiBase: '',
});
