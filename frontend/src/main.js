import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { configureHttp } from './api/http'
import { useSession } from './stores/session'
import { labelUnnamedInputs } from './a11y'
// Element Plus's base styles (CSS variables, fonts, transitions); each component brings its own CSS
// along when a page uses it (vite.config.js).
import 'element-plus/theme-chalk/base.css'
import './styles.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(router)

const session = useSession()
configureHttp({
  accessToken: () => session.accessToken,
  refresh: () => session.refresh(),
  language: () => i18n.global.locale.value,
  /** Answers true when it takes the user to the sign-in page (which then is the one place that says why). */
  onSessionLost: () => {
    session.clear()
    const here = router.currentRoute.value
    if (!here.meta.public) {
      router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } })
      return true
    }
    return false
  }
})
document.documentElement.lang = i18n.global.locale.value

app.mount('#app')
labelUnnamedInputs(document.body, () => i18n.global.t('common.pageSize'))
