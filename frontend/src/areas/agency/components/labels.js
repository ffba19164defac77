// Labels of the profile's fields for the change list (the API names fields as ProfileData does).
const PERSON_BLOCKS = ['leadEvaluators', 'experts', 'otherPractitioners', 'legalRepresentative']

export function fieldLabelKey(block, field) {
  if (!field) return null
  if (field === 'name' && PERSON_BLOCKS.includes(block)) return 'agency.field.personName'
  if (field === 'name' && block === 'branches') return 'agency.field.branchName'
  return `agency.field.${field}`
}

/** A value of the change list shown with its label where it is a code. */
export function valueLabelKey(field, value) {
  if (value == null) return null
  if (field === 'agencyType') return `agency.type.${value}`
  if (field === 'idType') return `agency.idType.${value}`
  if (field === 'workType') return `agency.workType.${value}`
  if (field === 'category') return `agency.category.${value}`
  if (field === 'independentLegalPerson' || field === 'declarationAccepted') return value === 'true' ? 'common.yes' : 'common.no'
  return null
}
