import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

// During `npm run dev` the API runs on the backend (default port 8080).
const backend = process.env.PORTAL_BACKEND || 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) }
  },
  server: {
    proxy: {
      '/api': backend,
      '/login': backend,
      '/oauth': backend,
      '/health': backend,
      '/swagger': backend,
      '/swagger-ui': backend
    }
  },
  build: {
    chunkSizeWarningLimit: 1500
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.js']
  }
})
