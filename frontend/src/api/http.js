// The one HTTP client of the front end: adds the bearer token and the language, renews an expired
// access token once for all requests waiting on it, and turns failures into ApiError objects.
import axios from 'axios'

export class ApiError extends Error {
  constructor(status, code, message, fieldErrors = []) {
    super(message)
    this.status = status
    this.code = code
    this.fieldErrors = fieldErrors
  }

  /** { field: message } for el-form-item :error bindings */
  get fields() {
    const out = {}
    for (const f of this.fieldErrors || []) {
      out[f.field] = out[f.field] ? `${out[f.field]}；${f.message}` : f.message
    }
    return out
  }
}

let hooks = {
  accessToken: () => null,
  refresh: async () => false,
  onSessionLost: () => {},
  language: () => 'zh-CN'
}

/** The session store wires itself in here (avoids an import cycle with the store). */
export function configureHttp(h) {
  hooks = { ...hooks, ...h }
}

export const http = axios.create({ timeout: 60000 })

http.interceptors.request.use((config) => {
  const token = hooks.accessToken()
  if (token && !config.headers.Authorization) {
    config.headers.Authorization = `Bearer ${token}`
  }
  config.headers['Accept-Language'] = hooks.language()
  return config
})

let refreshing = null

http.interceptors.response.use(
  (response) => response,
  async (error) => {
    const { config, response } = error
    if (response && response.status === 401 && config && !config._retried && !config.skipRefresh && hooks.accessToken()) {
      config._retried = true
      refreshing = refreshing || hooks.refresh().finally(() => { refreshing = null })
      const renewed = await refreshing
      if (renewed) {
        delete config.headers.Authorization
        return http(config)
      }
      // the session is over: the sign-in page says so once (its banner); the failed call ends
      // without a second message (a toast) when the user is taken there
      if (hooks.onSessionLost()) return new Promise(() => {})
    }
    throw await toApiError(error)
  }
)

async function toApiError(error) {
  const response = error.response
  if (!response) {
    return new ApiError(0, 'NETWORK', error.message || 'Network error')
  }
  let body = response.data
  if (body instanceof Blob) {
    try { body = JSON.parse(await body.text()) } catch { body = null }
  }
  if (body && typeof body === 'object' && body.code) {
    return new ApiError(body.status || response.status, body.code, body.message, body.fieldErrors || [])
  }
  return new ApiError(response.status, 'HTTP_' + response.status, response.statusText || 'Error')
}

/**
 * The file name a Content-Disposition header gives: the UTF-8 form (`filename*=UTF-8''…`, RFC 6266 /
 * RFC 5987) wins over the ASCII fallback (`filename="…"`), wherever each stands in the header.
 */
export function fileNameOf(disposition, fallbackName = 'download') {
  const header = disposition || ''
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)'[^']*'([^;]+)/i.exec(header)
  if (extended) {
    try { return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, '')) } catch { /* malformed: try the plain form */ }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header)
  const name = plain ? (plain[1] ?? plain[2]).trim() : ''
  return name || fallbackName
}

/** Saves a file answered by the server (Excel exports, PDFs) under the name it gives. */
export async function download(url, params = {}, fallbackName = 'download') {
  const response = await http.get(url, { params, responseType: 'blob' })
  const name = fileNameOf(response.headers['content-disposition'], fallbackName)
  const href = URL.createObjectURL(response.data)
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 1000)
}
