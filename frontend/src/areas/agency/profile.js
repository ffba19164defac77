// Helpers of the profile editor. No rule is decided here: the server checks every field; these
// only shape the form and place the server's messages in the right block.

export const AGENCY_TYPES = ['ACCOUNTING_FIRM', 'ASSET_APPRAISAL', 'CONSULTING', 'LAW_FIRM', 'RESEARCH_INSTITUTE', 'UNIVERSITY']
export const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'WITHDRAWN']
export const ID_TYPES = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT', 'OTHER']
export const DOCUMENT_CATEGORIES = ['BUSINESS_LICENCE', 'QUALIFICATION', 'CERTIFICATE', 'QUALITY_CONTROL', 'OTHER']
export const WORK_TYPES = ['EX_ANTE_ASSESSMENT', 'TARGET_REVIEW', 'MONITORING', 'KEY_EVALUATION', 'DEPARTMENT_OVERALL',
  'SELF_EVALUATION_REVIEW', 'POLICY_EVALUATION', 'OTHER']

/** The nine blocks of DOMAIN.md §3, in the order of the editor's tabs. */
export const BLOCKS = ['basic', 'legalRepresentative', 'leadEvaluators', 'branches', 'experts', 'otherPractitioners',
  'trackRecord', 'documents', 'declaration']

/** The fields of the first block (机构信息). */
export const BASIC_FIELDS = ['name', 'uscc', 'agencyType', 'independentLegalPerson', 'headOffice', 'registeredAddress', 'foundedOn',
  'registeredCapital', 'contactName', 'contactPhone', 'email', 'businessScope', 'qualitySystem']

/** The block a field path belongs to: "leadEvaluators[0].certificates[1].expiresOn" → "leadEvaluators". */
export function blockOf(path) {
  if (!path) return 'basic'
  const head = path.split(/[.[]/)[0]
  if (BASIC_FIELDS.includes(head)) return 'basic'
  if (head === 'declarationAccepted' || head === 'interestUnits') return 'declaration'
  if (head === 'shareholders') return 'legalRepresentative'
  return BLOCKS.includes(head) ? head : 'basic'
}

/** How many messages (errors, review comments) fall into each block. */
export function countByBlock(messages) {
  const counts = {}
  for (const path of Object.keys(messages || {})) {
    const b = blockOf(path)
    counts[b] = (counts[b] || 0) + 1
  }
  return counts
}

/** { field: comment } from a review's fieldComments. */
export function commentsByField(review) {
  const out = {}
  for (const c of (review && review.fieldComments) || []) {
    out[c.field] = out[c.field] ? `${out[c.field]}；${c.comment}` : c.comment
  }
  return out
}

export function emptyPerson() {
  return { id: null, name: '', idType: 'RESIDENT_ID', idNumber: '', title: '', field: '', employer: '', position: '',
    yearsExperience: null, phone: '', certificates: [] }
}

export function emptyCertificate() {
  return { certType: '', certNumber: '', issuedOn: null, expiresOn: null }
}

export function emptyBranch() {
  return { id: null, name: '', address: '', principal: '', phone: '' }
}

export function emptyTrackEntry() {
  return { id: null, client: '', project: '', year: new Date().getFullYear() - 1, amount: '', result: '', workType: null }
}

export function emptyInterestUnit() {
  return { id: null, unitName: '', relationship: '' }
}

export const HOLDER_KINDS = ['PERSON', 'ORGANISATION']

export function emptyShareholder() {
  return { id: null, holderKind: 'PERSON', name: '', idType: 'RESIDENT_ID', idNumber: '', sharePercent: '' }
}

/** A deep copy the form may edit, with every list present and the legal representative as an object. */
export function editable(profile) {
  const p = JSON.parse(JSON.stringify(profile || {}))
  for (const list of ['leadEvaluators', 'branches', 'experts', 'otherPractitioners', 'trackRecord', 'documents', 'interestUnits', 'shareholders']) {
    p[list] = p[list] || []
  }
  for (const person of [...p.leadEvaluators, ...p.experts, ...p.otherPractitioners]) {
    person.certificates = person.certificates || []
  }
  p.legalRepresentative = p.legalRepresentative || { name: '', idType: 'RESIDENT_ID', idNumber: '', phone: '' }
  p.declarationAccepted = !!p.declarationAccepted
  return p
}

/** What is sent on save: empty texts as null (the server treats them as absent), documents left out. */
export function forSave(p) {
  const clean = (v) => {
    if (Array.isArray(v)) return v.map(clean)
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]))
    }
    return v === '' ? null : v
  }
  const { documents, ...rest } = p
  return clean(rest)
}

/** Tag type of a status, for el-tag. */
export function statusType(status) {
  return { APPROVED: 'success', SUBMITTED: 'warning', RETURNED: 'danger', REJECTED: 'info', SUSPENDED: 'danger',
    WITHDRAWN: 'info', DRAFT: 'info' }[status] || 'info'
}

export { formatSize } from '@/composables/format'
