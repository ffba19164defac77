// The unread count shared by the header bell and the inbox page, refreshed on demand and every minute.
import { ref } from 'vue'
import { inboxApi } from './api'

export const unread = ref(0)

export async function refreshUnread() {
  try {
    unread.value = await inboxApi.unreadCount()
  } catch {
    // signed out or offline: keep the last count
  }
  return unread.value
}
