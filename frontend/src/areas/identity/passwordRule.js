// The password rule as the server applies it (identity.PasswordRules), shown while the user types:
// at least 8 characters, at least 3 of upper case, lower case, digit and symbol (any other character),
// at most 72 bytes (bcrypt's limit). Whether a password is common only the server knows (its list).
export const MIN_LENGTH = 8
export const MAX_BYTES = 72
export const MIN_KINDS = 3

/** How many of upper case, lower case, digit and symbol the password has (0 to 4). */
export function passwordKinds(password) {
  const kinds = new Set()
  for (const c of password || '') {
    if (/\p{Lu}/u.test(c)) kinds.add('upper')
    else if (/\p{Ll}/u.test(c)) kinds.add('lower')
    else if (/\p{Nd}/u.test(c)) kinds.add('digit')
    else kinds.add('symbol')
  }
  return kinds.size
}

/** The checks the screen shows, each { key, ok }. */
export function passwordChecks(password) {
  const value = password || ''
  return [
    { key: 'length', ok: [...value].length >= MIN_LENGTH },
    { key: 'kinds', ok: passwordKinds(value) >= MIN_KINDS },
    { key: 'bytes', ok: new TextEncoder().encode(value).length <= MAX_BYTES }
  ]
}
