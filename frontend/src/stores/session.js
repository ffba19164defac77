// The signed-in user and their tokens. Tokens live in localStorage so that a reload keeps the
// session; the access token is short-lived and renewed with the (rotating) refresh token.
import { defineStore } from 'pinia'
import { sessionApi } from '@/api/session'

const KEY = 'portal.session'

function load() {
  try { return JSON.parse(localStorage.getItem(KEY)) || {} } catch { return {} }
}

export const useSession = defineStore('session', {
  state: () => ({ ...{ accessToken: null, refreshToken: null, me: null }, ...load() }),
  getters: {
    signedIn: (s) => !!s.accessToken,
    roles: (s) => (s.me && s.me.roles) || [],
    hasAnyRole() {
      return (roles) => !roles || roles.length === 0 || roles.some((r) => this.roles.includes(r))
    }
  },
  actions: {
    save() {
      localStorage.setItem(KEY, JSON.stringify({ accessToken: this.accessToken, refreshToken: this.refreshToken, me: this.me }))
    },
    async login(username, password) {
      const tokens = await sessionApi.login(username, password)
      this.accessToken = tokens.access_token
      this.refreshToken = tokens.refresh_token
      this.me = await sessionApi.me()
      this.save()
    },
    async loadMe() {
      this.me = await sessionApi.me()
      this.save()
    },
    /** Renews the access token once; false when the session cannot be renewed. */
    async refresh() {
      if (!this.refreshToken) return false
      try {
        const tokens = await sessionApi.refresh(this.refreshToken)
        this.accessToken = tokens.access_token
        this.refreshToken = tokens.refresh_token
        this.save()
        return true
      } catch {
        return false
      }
    },
    async logout() {
      const token = this.refreshToken
      try { if (this.accessToken) await sessionApi.logout(token) } catch { /* signing out locally is enough */ }
      this.clear()
    },
    clear() {
      this.accessToken = null
      this.refreshToken = null
      this.me = null
      localStorage.removeItem(KEY)
    }
  }
})
