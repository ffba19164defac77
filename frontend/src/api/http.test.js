import { describe, expect, it } from 'vitest'
import { ApiError, fileNameOf } from './http'

describe('ApiError', () => {
  it('maps field errors for the form, joining two messages on one field', () => {
    const e = new ApiError(422, 'VALIDATION_FAILED', 'x', [
      { field: 'uscc', message: 'a' }, { field: 'uscc', message: 'b' }, { field: 'email', message: 'c' }])
    expect(e.fields).toEqual({ uscc: 'a；b', email: 'c' })
  })
})

describe('fileNameOf', () => {
  it('prefers the UTF-8 name to the ASCII fallback before it (the server sends both, fallback first)', () => {
    expect(fileNameOf(`attachment; filename="_______-15.pdf"; filename*=UTF-8''${encodeURIComponent('验收考核评分表-15.pdf')}`))
      .toBe('验收考核评分表-15.pdf')
  })
  it('reads the UTF-8 name in either order and with spaces encoded', () => {
    expect(fileNameOf(`attachment; filename*=UTF-8''${encodeURIComponent('机构 名录.xlsx')}; filename="x.xlsx"`)).toBe('机构 名录.xlsx')
  })
  it('falls back to the plain name, then to the given fallback', () => {
    expect(fileNameOf('attachment; filename="report.pdf"')).toBe('report.pdf')
    expect(fileNameOf('attachment; filename=report.pdf')).toBe('report.pdf')
    expect(fileNameOf('', 'agencies.xlsx')).toBe('agencies.xlsx')
    expect(fileNameOf(undefined, 'x')).toBe('x')
  })
  it('survives a malformed escape by taking the plain name', () => {
    expect(fileNameOf("attachment; filename=\"a.pdf\"; filename*=UTF-8''%E9%A")).toBe('a.pdf')
  })
})
