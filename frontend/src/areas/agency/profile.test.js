import { describe, expect, it } from 'vitest'
import { blockOf, commentsByField, countByBlock, editable, forSave, formatSize } from './profile'

describe('profile helpers', () => {
  it('puts a field path into its block', () => {
    expect(blockOf('uscc')).toBe('basic')
    expect(blockOf('registeredCapital')).toBe('basic')
    expect(blockOf('legalRepresentative.idNumber')).toBe('legalRepresentative')
    expect(blockOf('leadEvaluators[0].certificates[1].expiresOn')).toBe('leadEvaluators')
    expect(blockOf('leadEvaluators')).toBe('leadEvaluators')
    expect(blockOf('trackRecord[2].amount')).toBe('trackRecord')
    expect(blockOf('interestUnits[0].unitName')).toBe('declaration')
    expect(blockOf('declarationAccepted')).toBe('declaration')
    expect(blockOf('documents')).toBe('documents')
    expect(blockOf('something.else')).toBe('basic')
  })

  it('counts messages per block', () => {
    expect(countByBlock({ uscc: 'x', email: 'y', 'leadEvaluators[0].name': 'z', documents: 'w' }))
      .toEqual({ basic: 2, leadEvaluators: 1, documents: 1 })
    expect(countByBlock(null)).toEqual({})
  })

  it('joins review comments per field', () => {
    expect(commentsByField({ fieldComments: [{ field: 'uscc', comment: 'a' }, { field: 'uscc', comment: 'b' },
      { field: 'email', comment: 'c' }] })).toEqual({ uscc: 'a；b', email: 'c' })
    expect(commentsByField(null)).toEqual({})
  })

  it('makes an editable copy with every list and sends empty texts as null without documents', () => {
    const p = editable({ name: '某所', leadEvaluators: [{ name: '张', certificates: null }], documents: [{ id: 1 }] })
    expect(p.branches).toEqual([])
    expect(p.leadEvaluators[0].certificates).toEqual([])
    expect(p.legalRepresentative.idType).toBe('RESIDENT_ID')
    p.headOffice = ''
    const sent = forSave(p)
    expect(sent.headOffice).toBeNull()
    expect(sent.documents).toBeUndefined()
    expect(sent.name).toBe('某所')
    expect(sent.legalRepresentative.name).toBeNull()
  })

  it('formats sizes', () => {
    expect(formatSize(512)).toBe('512 B')
    expect(formatSize(2048)).toBe('2.0 KB')
    expect(formatSize(10 * 1024 * 1024)).toBe('10.0 MB')
    expect(formatSize(null)).toBe('')
  })
})
