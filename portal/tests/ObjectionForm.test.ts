import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ObjectionForm from '../src/components/ObjectionForm.vue';
import { setLocale } from '../src/i18n';

const props = { subjectId: 'S1', target: 'RECORD' as const, targetId: 'R1', targetLabel: '违规使用医保基金（R1）' };

function pickFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

afterEach(() => { vi.unstubAllGlobals(); setLocale('zh'); });

describe('ObjectionForm (R-6.1)', () => {
  it('refuses a file that is not PDF, JPEG or PNG before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const w = mount(ObjectionForm, { props });
    pickFiles(w.find('#obj-files').element as HTMLInputElement, [new File(['x'], '说明.docx', { type: 'application/msword' })]);
    await flushPromises();
    expect(w.find('#obj-files-err').text()).toBe('只接受 PDF、JPEG 或 PNG 文件：说明.docx');
    expect(w.find('#obj-files').attributes('aria-invalid')).toBe('true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a file over 4 MB, and accepts one of exactly 4 MB', async () => {
    const w = mount(ObjectionForm, { props });
    const input = w.find('#obj-files').element as HTMLInputElement;
    pickFiles(input, [new File([new Uint8Array(4 * 1024 * 1024 + 1)], '大.pdf', { type: 'application/pdf' })]);
    await flushPromises();
    expect(w.find('#obj-files-err').text()).toBe('文件超过 4 MB：大.pdf');
    pickFiles(input, [new File([new Uint8Array(4 * 1024 * 1024)], '刚好.pdf', { type: 'application/pdf' })]);
    await flushPromises();
    expect(w.find('#obj-files-err').exists()).toBe(false);
  });

  it('asks for the statement without calling the API', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const w = mount(ObjectionForm, { props });
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('#obj-statement-err').text()).toBe('请填写事实和理由。');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the API problem in Chinese next to the field it names, and in English after the switch', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problem(400, {
      status: 400, code: 'GROUND_NOT_FOR_TARGET', field: 'ground',
      messages: { zh: '异议理由“对信用评价结果有异议”只适用于信用评价结果。', en: 'Ground DISAGREES_WITH_RESULT applies to an evaluation result, not to a record.' },
    })));
    const w = mount(ObjectionForm, { props });
    await w.find('#obj-statement').setValue('事实不符');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.find('#obj-ground-err').text()).toBe('异议理由“对信用评价结果有异议”只适用于信用评价结果。');
    expect(w.find('#obj-statement-err').exists()).toBe(false);
    setLocale('en');
    await flushPromises();
    expect(w.find('#obj-ground-err').text()).toBe('Ground DISAGREES_WITH_RESULT applies to an evaluation result, not to a record.');
  });

  it('files the objection with the statement, ground and an Idempotency-Key, and emits the case id', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ caseId: 'OBJ1', status: 'FILED' }), { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const w = mount(ObjectionForm, { props });
    await w.find('#obj-ground').setValue('DISHONESTY_CORRECTED');
    await w.find('#obj-statement').setValue('已整改');
    await w.find('form').trigger('submit');
    await flushPromises();
    expect(w.emitted('filed')).toEqual([['OBJ1']]);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/subjects/S1/objections');
    expect(JSON.parse(String(init.body))).toEqual({ target: 'RECORD', targetId: 'R1', ground: 'DISHONESTY_CORRECTED', statement: '已整改', attachments: [] });
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^portal-[\w-]{8,}/);
  });
});
