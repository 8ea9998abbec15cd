import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataPlugin } from './scripts/vite-plugin-data';

export default defineConfig({
  plugins: [react(), dataPlugin()],
  build: { target: 'es2022', sourcemap: false },
});
