import { createI18n } from 'vue-i18n'
import shell from './shell'

export const LANGUAGES = ['zh-CN', 'en']
const KEY = 'portal.language'

/** Deep-merges the shell's texts with every area's (areas/<area>/i18n.js). */
export function mergeMessages(sources) {
  const out = { 'zh-CN': {}, en: {} }
  const merge = (target, source) => {
    for (const [k, v] of Object.entries(source || {})) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        target[k] = merge(target[k] || {}, v)
      } else {
        target[k] = v
      }
    }
    return target
  }
  for (const s of sources) {
    for (const lang of LANGUAGES) merge(out[lang], s[lang])
  }
  return out
}

const areaTexts = Object.values(import.meta.glob('../areas/*/i18n.js', { eager: true })).map((m) => m.default)

export function initialLanguage() {
  const saved = typeof localStorage !== 'undefined' && localStorage.getItem(KEY)
  return LANGUAGES.includes(saved) ? saved : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLanguage(),
  fallbackLocale: 'zh-CN',
  messages: mergeMessages([shell, ...areaTexts])
})

export function setLanguage(lang) {
  i18n.global.locale.value = lang
  localStorage.setItem(KEY, lang)
  document.documentElement.lang = lang
}
