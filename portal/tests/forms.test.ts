import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import RepairForm from '../src/components/RepairForm.vue';
import SignIn from '../src/views/SignIn.vue';
import PublicityPage from '../src/views/PublicityPage.vue';
import { runtime } from '../src/runtime';
import { session, signOut } from '../src/session';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

afterEach(() => { vi.unstubAllGlobals(); signOut(); runtime.devSignIn = false; });

describe('RepairForm (R-9.2)', () => {
  it('shows REPAIR_NOT_YET_ELIGIBLE with the day it becomes possible', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(422, {
      code: 'REPAIR_NOT_YET_ELIGIBLE', field: 'recordId', details: { eligibleFrom: '2027-03-01' },
      messages: { zh: '尚未到可申请修复的时间。', en: 'Not yet eligible for repair.' },
    })));
    const w = mount(RepairForm, { props: { subjectId: 'S1', recordId: 'R1', recordLabel: '违规（R1）' } });
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('#rep-err').text()).toBe('尚未到可申请修复的时间。');
    expect(w.text()).toContain('可申请日期：2027-03-01');
  });

  it('puts the evidence problem next to the evidence field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, {
      code: 'REPAIR_EVIDENCE_REQUIRED', field: 'attachments', messages: { zh: '请上传证明材料。', en: 'Upload evidence.' },
    })));
    const w = mount(RepairForm, { props: { subjectId: 'S1', recordId: 'R1', recordLabel: 'R1' } });
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('#rep-files-err').text()).toBe('请上传证明材料。');
    expect(w.find('#rep-err').exists()).toBe(false);
  });
});

describe('SignIn', () => {
  it('offers no development sign-in unless the local run said so', () => {
    runtime.devSignIn = false;
    const w = mount(SignIn);
    expect(w.find('[data-testid="dev-sign-in"]').exists()).toBe(false);
  });

  it('the development sign-in asks for the subject id of a credit subject, then keeps the token in memory only', async () => {
    Object.assign(runtime, { devSignIn: true, tenants: [{ id: '500119', name: '南川区' }], roles: ['credit_subject', 'bureau_reviewer'] });
    const claims = btoa(JSON.stringify({ tenant: '500119', roles: ['credit_subject'], subject_id: 'S9', sub: 'u' })).replace(/=+$/, '');
    const fetch = vi.fn(async () => json(200, { token: `h.${claims}.s` }));
    vi.stubGlobal('fetch', fetch);
    localStorage.clear();
    sessionStorage.clear();
    const w = mount(SignIn);
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('#si-subject-err').text()).toBe('以信用主体身份登录时请填写信用主体编号。');
    expect(fetch).not.toHaveBeenCalled();
    await w.find('#si-subject').setValue('S9');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(session.subjectId).toBe('S9');
    expect(session.roles).toEqual(['credit_subject']);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('PublicityPage (R-9.3)', () => {
  it('sends no Authorization header and shows a too-short objection refused next to its field', async () => {
    const fetch = vi.fn(async (url: string) => url.endsWith('/objections')
      ? json(400, { code: 'INVALID_FIELD', field: 'text', messages: { zh: 'text 长度应为 10 至 1000。', en: 'text must be 10 to 1000 long.' } })
      : json(200, { publicityId: 'P1', issuer: '南川区医疗保障局', subjectName: '某医院', subjectKind: '定点医疗机构', recordSummary: '串换药品',
        publicisedOn: '2026-12-02', publicityEndsOn: '2026-12-09', howToObject: '如有异议请提交。' }));
    vi.stubGlobal('fetch', fetch);
    const w = mount(PublicityPage, { props: { publicityId: 'P1' } });
    await flushPromises();
    expect(w.text()).toContain('串换药品');
    await w.find('#pub-text').setValue('太短');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('#pub-text-err').text()).toBe('text 长度应为 10 至 1000。');
    for (const call of fetch.mock.calls as unknown as Array<[string, RequestInit]>) {
      expect((call[1]?.headers as Record<string, string>)?.Authorization).toBeUndefined();
    }
  });
});
