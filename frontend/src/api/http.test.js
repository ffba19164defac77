import { describe, expect, it } from 'vitest'
import { ApiError } from './http'

describe('ApiError', () => {
  it('maps field errors for the form, joining two messages on one field', () => {
    const e = new ApiError(422, 'VALIDATION_FAILED', 'x', [
      { field: 'uscc', message: 'a' }, { field: 'uscc', message: 'b' }, { field: 'email', message: 'c' }])
    expect(e.fields).toEqual({ uscc: 'a；b', email: 'c' })
  })
})
