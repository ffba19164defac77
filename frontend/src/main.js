import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import * as Icons from '@element-plus/icons-vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { configureHttp } from './api/http'
import { useSession } from './stores/session'
import './styles.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(router)
app.use(ElementPlus)
for (const [name, component] of Object.entries(Icons)) app.component(name, component)

const session = useSession()
configureHttp({
  accessToken: () => session.accessToken,
  refresh: () => session.refresh(),
  language: () => i18n.global.locale.value,
  onSessionLost: () => {
    session.clear()
    const here = router.currentRoute.value
    if (!here.meta.public) {
      router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } })
    }
  }
})
document.documentElement.lang = i18n.global.locale.value

app.mount('#app')
