import { i18n } from './i18n';
import { session } from './session';

/** An API answer that is application/problem+json: its stable code, the field it names, its message in both languages. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly field: string | null,
    readonly messages: { zh: string; en: string },
    readonly details: Record<string, unknown> = {},
  ) {
    super(messages.zh);
  }

  /** The message in the portal's language (Chinese first). */
  text(): string {
    return i18n.locale === 'en' ? this.messages.en : this.messages.zh;
  }
}

let apiBase = '';
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/$/, '');
}

export function newKey(prefix: string): string {
  const r = typeof globalThis.crypto?.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2) + Date.now();
  return `${prefix}-${r}`;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.locale === 'en' ? 'en' : 'zh-CN', ...extra };
  if (session.token) h.Authorization = `Bearer ${session.token}`;
  return h;
}

export async function toProblem(status: number, text: string): Promise<ApiProblem> {
  try {
    const p = JSON.parse(text);
    const zh = p.messages?.zh ?? p.detail ?? String(status);
    const en = p.messages?.en ?? p.detail ?? String(status);
    return new ApiProblem(status, p.code ?? `HTTP_${status}`, p.field ?? null, { zh, en }, p.details ?? {});
  } catch {
    return new ApiProblem(status, `HTTP_${status}`, null, { zh: `服务器返回 ${status}`, en: `Server answered ${status}` });
  }
}

export interface Answer<T> { status: number; body: T }

/** One call. Every POST carries an Idempotency-Key (README: a retry gets the first answer and writes nothing). */
export async function call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer<T>> {
  const h = headers(extra);
  if (body !== undefined) h['Content-Type'] = 'application/json';
  if (method === 'POST' && !h['Idempotency-Key']) h['Idempotency-Key'] = newKey('portal');
  let res: Response;
  try {
    res = await fetch(apiBase + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiProblem(0, 'NETWORK', null, { zh: '无法连接服务器，请稍后再试。', en: 'Cannot reach the server; please try again.' });
  }
  const text = await res.text();
  if (!res.ok) throw await toProblem(res.status, text);
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export const get = async <T>(path: string): Promise<T> => (await call<T>('GET', path)).body;
export const post = async <T>(path: string, body?: unknown, extra?: Record<string, string>): Promise<T> =>
  (await call<T>('POST', path, body, extra)).body;

/** Uploads one evidence file as the raw body, reporting progress (fetch has no upload progress; XHR has). */
export function upload(subjectId: string, file: File, onProgress: (fraction: number) => void): Promise<{ attachmentId: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase}/subjects/${encodeURIComponent(subjectId)}/attachments`);
    for (const [k, v] of Object.entries(headers({ 'Content-Type': file.type, 'X-File-Name': encodeURIComponent(file.name), 'Idempotency-Key': newKey('upload') }))) {
      xhr.setRequestHeader(k, v);
    }
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = async () => {
      if (xhr.status >= 200 && xhr.status < 300) { onProgress(1); resolve(JSON.parse(xhr.responseText)); }
      else reject(await toProblem(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiProblem(0, 'NETWORK', null, { zh: '无法连接服务器，请稍后再试。', en: 'Cannot reach the server; please try again.' }));
    xhr.send(file);
  });
}

/** The evidence rule the API enforces (README, "Attachments"), checked before sending so nobody waits for a refusal. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const EVIDENCE_MAX_BYTES = 4 * 1024 * 1024;
export function checkEvidence(file: { name: string; type: string; size: number }): 'badType' | 'tooBig' | null {
  if (!EVIDENCE_TYPES.includes(file.type)) return 'badType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooBig';
  return null;
}
