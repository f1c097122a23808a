/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `npm run dev` proxies the API to a local run (bin/local-api, YIXIN_PORT 8080); the built files are served by the
// local run itself at / (docs/portal.md), so production code always calls the API on its own origin or on the
// apiBase of /portal-config.json (the cloud deployment).
export default defineConfig({
  plugins: [vue()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', sourcemap: false },
  server: {
    proxy: Object.fromEntries(
      ['/me', '/subjects', '/objections', '/reviews', '/repairs', '/cycles', '/calendar', '/config', '/public', '/local']
        .map((p) => [p, 'http://127.0.0.1:8080'])),
  },
  test: { environment: 'happy-dom', include: ['tests/**/*.test.ts'] },
});
