import { http } from './http'

export const sessionApi = {
  login: (username, password) =>
    http.post('/login', { username, password }, { skipRefresh: true }).then((r) => r.data),
  refresh: (refreshToken) =>
    http.post('/oauth/access_token', { grant_type: 'refresh_token', refresh_token: refreshToken },
      { skipRefresh: true, headers: { Authorization: '' } }).then((r) => r.data),
  logout: (refreshToken) => http.post('/api/logout', { refreshToken }, { skipRefresh: true }),
  me: () => http.get('/api/me').then((r) => r.data),
  changePassword: (currentPassword, newPassword) => http.post('/api/me/password', { currentPassword, newPassword })
}
