// The width class of the screen, for layouts that differ on a phone (issue 11): below 768 px the
// signed-in menu becomes a drawer and forms put their labels above the fields. One media query for
// the whole application, watched once.
import { ref } from 'vue'

export const PHONE_QUERY = '(max-width: 767px)'

const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(PHONE_QUERY) : null
const phone = ref(Boolean(media && media.matches))
if (media) media.addEventListener('change', (e) => { phone.value = e.matches })

export function useViewport() {
  return { phone }
}
