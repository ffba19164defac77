import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { fileURLToPath, URL } from 'node:url'

// During `npm run dev` the API runs on the backend (default port 8080).
const backend = process.env.PORTAL_BACKEND || 'http://localhost:8080'

// Element Plus on demand: each <el-…> in a template, each El… name in a script (ElMessage,
// ElMessageBox, ElButton in a render function) and v-loading is imported where it is used, with its
// CSS, so a page loads only the components it shows. Never import from 'element-plus' by hand (the
// CSS would be missing; src/ui-imports.test.js checks). Icons are imported explicitly from
// '@element-plus/icons-vue'.
// (Vitest runs in node, which cannot import CSS files: no styles there.)
const elementPlus = ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })

/**
 * Chunks beside the automatic ones (one per lazily loaded page): Vue, its libraries and axios, which every
 * page needs and a release of the portal's own code does not change; the Element Plus parts the
 * first page needs (sign-in), in one file instead of a dozen small ones; ECharts, for the dashboard only.
 */
const chunkGroups = [
  { name: 'vendor', test: /[\\/]node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify|axios)[\\/]/, priority: 30 },
  { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 30 },
  { name: 'element-plus', tags: ['$initial'], test: /[\\/]node_modules[\\/]/, priority: 20 }
]

/** Chunks Rolldown names after a component's style module ("css") get the component's name. */
function chunkFileName(chunk) {
  const component = chunk.name === 'css' && chunk.moduleIds
    .map((id) => /element-plus[\\/]es[\\/]components[\\/]([^\\/]+)[\\/]/.exec(id)?.[1]).find(Boolean)
  return `assets/${component ? `el-${component}` : '[name]'}-[hash].js`
}

export default defineConfig({
  plugins: [
    vue(),
    AutoImport({ resolvers: [elementPlus], dts: false }),
    Components({ resolvers: [elementPlus], dirs: [], dts: false })
  ],
  // vue-i18n: the Composition API only, no <i18n-t> components or v-t directive, no devtools hooks
  define: {
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false'
  },
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
    rolldownOptions: {
      output: { codeSplitting: { groups: chunkGroups }, chunkFileNames: chunkFileName }
    },
    // ECharts (about 550 kB before compression) is one chunk, loaded by the dashboard only
    chunkSizeWarningLimit: 600
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.js']
  }
})
