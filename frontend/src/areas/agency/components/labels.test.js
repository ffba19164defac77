import { describe, expect, it } from 'vitest'
import { fieldLabelKey, valueLabelKey } from './labels'
import { dt } from './dt'
import texts from '../i18n'

describe('change list labels', () => {
  it('names fields by block', () => {
    expect(fieldLabelKey('leadEvaluators', 'name')).toBe('agency.field.personName')
    expect(fieldLabelKey('branches', 'name')).toBe('agency.field.branchName')
    expect(fieldLabelKey('basic', 'name')).toBe('agency.field.name')
    expect(fieldLabelKey('basic', null)).toBeNull()
  })

  it('has a text for every field the server compares', () => {
    const fields = ['name', 'uscc', 'agencyType', 'independentLegalPerson', 'headOffice', 'registeredAddress', 'foundedOn',
      'registeredCapital', 'contactName', 'contactPhone', 'email', 'businessScope', 'qualitySystem', 'idType', 'idNumber',
      'phone', 'title', 'field', 'employer', 'position', 'yearsExperience', 'certificates', 'address', 'principal', 'client',
      'project', 'year', 'amount', 'result', 'workType', 'category', 'fileName', 'sha256', 'unitName', 'relationship',
      'declarationAccepted']
    for (const lang of ['zh-CN', 'en']) {
      for (const f of fields) {
        expect(texts[lang].agency.field[f], `${lang} ${f}`).toBeTruthy()
      }
    }
  })

  it('labels coded values', () => {
    expect(valueLabelKey('agencyType', 'LAW_FIRM')).toBe('agency.type.LAW_FIRM')
    expect(valueLabelKey('independentLegalPerson', 'true')).toBe('common.yes')
    expect(valueLabelKey('name', 'x')).toBeNull()
  })

  it('makes data-test names of paths', () => {
    expect(dt('leadEvaluators[0].certificates[1].expiresOn')).toBe('leadEvaluators-0-certificates-1-expiresOn')
    expect(dt('uscc')).toBe('uscc')
  })
})
