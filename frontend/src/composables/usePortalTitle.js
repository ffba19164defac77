// The portal's title as an ADMIN set it (GET /api/settings/portal; e.g. "××县财政局预算绩效第三方机构管理系统"),
// or the built-in one (app.title) in the reader's language. Read once per page load, shared by the header,
// the sign-in page, the public pages and the document title.
import { computed, reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import { http } from '@/api/http'

const titles = reactive({ zh: null, en: null })
let loading = null

export function loadPortalTitle({ force = false } = {}) {
  if (!loading || force) {
    loading = http.get('/api/settings/portal')
      .then((r) => { titles.zh = r.data.titleZh || null; titles.en = r.data.titleEn || null; return r.data })
      .catch(() => { loading = null; return null })
  }
  return loading
}

export function setPortalTitles(view) {
  titles.zh = view.titleZh || null
  titles.en = view.titleEn || null
}

export function usePortalTitle() {
  const { t, locale } = useI18n()
  loadPortalTitle()
  const title = computed(() => (locale.value === 'en' ? titles.en : titles.zh) || t('app.title'))
  return { title, titles }
}
