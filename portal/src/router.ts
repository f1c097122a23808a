import { reactive } from 'vue';

/** A hash router (#/me, #/public/repair-publicity/P…): static hosting serves one index.html for every path. */
export const route = reactive({ path: '/', params: {} as Record<string, string> });

const patterns: Array<[string, RegExp, string[]]> = [
  ['publicity', /^\/public\/repair-publicity\/([^/]+)$/, ['publicityId']],
  ['me', /^\/me$/, []],
  ['queue', /^\/workbench\/objections$/, []],
  ['repairs', /^\/workbench\/repairs$/, []],
  ['cycle', /^\/workbench\/cycle$/, []],
];

export function resolve(path: string): { name: string; params: Record<string, string> } {
  for (const [name, re, keys] of patterns) {
    const m = re.exec(path);
    if (m) return { name, params: Object.fromEntries(keys.map((k, i) => [k, decodeURIComponent(m[i + 1])])) };
  }
  return { name: 'home', params: {} };
}

function sync(): void {
  route.path = location.hash.replace(/^#/, '') || '/';
}

export function startRouter(): void {
  sync();
  window.addEventListener('hashchange', sync);
}

export function go(path: string): void {
  location.hash = path;
}
