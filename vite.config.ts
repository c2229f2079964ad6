// The web app (src/web) builds to dist/web, which the API server serves; in development Vite proxies /api to it.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

export default defineConfig({
  root: '.',
  publicDir: false,
  // precompress: .br and .gz beside each file, served as they are (src/http/plugins/web.ts).
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Report gzipped sizes: the initial JavaScript budget is 200 kB gzipped.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 300,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
