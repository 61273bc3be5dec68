// Composer version ordering, as composer/semver does it: VersionParser::normalize() turns a version into
// a 4-part numeric form with a stability suffix ("v2.1" → "2.1.0.0", "1.0.0-RC1" → "1.0.0.0-RC1",
// "2.1.x-dev" → "2.1.9999999.9999999-dev"), and Comparator compares normalized versions with PHP's
// version_compare(). Branches ("dev-main") are not comparable to anything in Composer; here they sort below
// every numeric version, by name among themselves.

/** Composer's stability modifier: "-beta2", ".RC1", "p1", "-alpha.3-dev" (VersionParser::$modifierRegex). */
const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?'
const CLASSICAL = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i')
const DATE_BASED = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i')
const BRANCH = /^v?(\d+)(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?$/

function expandStability(stability: string): string {
  const s = stability.toLowerCase()
  if (s === 'a') return 'alpha'
  if (s === 'b') return 'beta'
  if (s === 'p' || s === 'pl') return 'patch'
  if (s === 'rc') return 'RC'
  return s
}

/** VersionParser::normalizeBranch: "2.1.x" → "2.1.9999999.9999999-dev", anything else → "dev-<name>". */
function normalizeBranch(name: string): string {
  const trimmed = name.trim()
  const m = BRANCH.exec(trimmed)
  if (!m) return `dev-${trimmed}`
  let version = ''
  for (let i = 1; i < 5; i++) version += m[i] !== undefined ? m[i].replace(/[*X]/g, 'x') : '.x'
  return `${version.replace(/x/g, '9999999')}-dev`
}

/**
 * The version as Composer normalizes it for comparisons (VersionParser::normalize), or undefined where
 * Composer would reject it. Branches keep their name: "dev-main".
 */
export function normalizeComposer(input: string): string | undefined {
  let version = input.trim()
  const alias = /^([^,\s]+) +as +([^,\s]+)$/.exec(version)
  if (alias) version = alias[1]
  const flag = /@(?:stable|RC|beta|alpha|dev)$/i.exec(version)
  if (flag) version = version.slice(0, version.length - flag[0].length)
  if (version === 'master' || version === 'trunk' || version === 'default') version = `dev-${version}`
  if (version.slice(0, 4).toLowerCase() === 'dev-') return `dev-${version.slice(4)}`
  const build = /^([^,\s+]+)\+\S+$/.exec(version)
  if (build) version = build[1]

  let m = CLASSICAL.exec(version)
  let index = 0
  if (m) {
    version = m[1] + (m[2] || '.0') + (m[3] || '.0') + (m[4] || '.0')
    index = 5
  } else if ((m = DATE_BASED.exec(version))) {
    version = m[1].replace(/\D/g, '.')
    index = 2
  }
  if (m) {
    if (m[index]) {
      if (m[index] === 'stable') return version
      version += `-${expandStability(m[index])}${(m[index + 1] ?? '').replace(/^[.-]+/, '')}`
    }
    if (m[index + 2]) version += '-dev'
    return version
  }
  // "1.0.x-dev", "2.x-dev", "1.2-dev": numeric branches
  const dev = /^(.*?)[.-]?dev$/i.exec(version)
  if (dev) {
    const branch = normalizeBranch(dev[1])
    if (!branch.includes('dev-')) return branch
  }
  return undefined
}

// PHP's version_compare(), ported from ext/standard/versioning.c.

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isAlnum = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')

/** php_canonicalize_version: "-", "_", "+" become ".", and a "." separates digits from letters. */
function canonicalize(version: string): string {
  let out = version[0]
  let last = version[0]
  for (let i = 1; i < version.length; i++) {
    const c = version[i]
    const dotted = out[out.length - 1] === '.'
    if (c === '-' || c === '_' || c === '+') {
      if (!dotted) out += '.'
    } else if (last !== '.' && c !== '.' && isDigit(last) !== isDigit(c)) {
      if (!dotted) out += '.'
      out += c
    } else if (!isAlnum(c)) {
      if (!dotted) out += '.'
    } else out += c
    last = c
  }
  return out
}

const SPECIAL_FORMS: Array<[string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
]

/** Rank of a non-numeric part; PHP matches by prefix ("patch" is "p"), unknown words rank lowest. */
function specialRank(form: string): number {
  for (const [name, order] of SPECIAL_FORMS) if (form.startsWith(name)) return order
  return -1
}

function compareSpecial(a: string, b: string): number {
  return Math.sign(specialRank(a) - specialRank(b))
}

/** Compares two digit strings as numbers, without overflow. */
function compareNumeric(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '')
  const y = b.replace(/^0+(?=\d)/, '')
  if (x.length !== y.length) return x.length < y.length ? -1 : 1
  return x < y ? -1 : x > y ? 1 : 0
}

/** PHP's version_compare($a, $b): -1, 0 or 1. */
export function phpVersionCompare(a: string, b: string): number {
  if (!a || !b) return !a && !b ? 0 : a ? 1 : -1
  const v1 = a[0] === '#' ? a : canonicalize(a)
  const v2 = b[0] === '#' ? b : canonicalize(b)
  let p1 = 0
  let p2 = 0
  let n1 = 0
  let n2 = 0
  let compare = 0
  while (p1 < v1.length && p2 < v2.length && n1 !== -1 && n2 !== -1) {
    n1 = v1.indexOf('.', p1)
    n2 = v2.indexOf('.', p2)
    const s1 = v1.slice(p1, n1 === -1 ? undefined : n1)
    const s2 = v2.slice(p2, n2 === -1 ? undefined : n2)
    const d1 = isDigit(s1[0])
    const d2 = isDigit(s2[0])
    if (d1 && d2) compare = compareNumeric(s1.replace(/\D.*$/, ''), s2.replace(/\D.*$/, ''))
    else if (!d1 && !d2) compare = compareSpecial(s1, s2)
    else compare = d1 ? compareSpecial('#N#', s2) : compareSpecial(s1, '#N#')
    if (compare !== 0) break
    if (n1 !== -1) p1 = n1 + 1
    if (n2 !== -1) p2 = n2 + 1
  }
  if (compare === 0) {
    if (n1 !== -1) {
      const rest = v1.slice(p1)
      compare = isDigit(rest[0]) ? 1 : phpVersionCompare(rest, '#N#')
    } else if (n2 !== -1) {
      const rest = v2.slice(p2)
      compare = isDigit(rest[0]) ? -1 : phpVersionCompare('#N#', rest)
    }
  }
  return compare
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Orders two Composer versions as Composer does: a leading "v" ignored, up to 4 numeric parts
 * (1.0 == 1.0.0 == 1.0.0.0), stabilities dev < alpha (a) < beta (b) < RC < stable < patch (pl, p),
 * "-dev" suffixes below their version ("1.0.0-beta2-dev" < "1.0.0-beta2"), branch aliases "1.0.x-dev" above
 * every 1.0.* release and below 1.1. Branches ("dev-main", "dev-feature/x") sort below every numeric
 * version, by name among themselves; strings Composer rejects sort below those, as strings.
 * Versions Composer holds equal ("v1.0" and "1.0.0", "1.0.0+build") are still ordered, by their text, so a
 * sort does not depend on the input order. Never throws.
 */
export function compareComposer(a: string, b: string): number {
  const na = normalizeComposer(a)
  const nb = normalizeComposer(b)
  const ka = na === undefined ? 0 : na.startsWith('dev-') ? 1 : 2
  const kb = nb === undefined ? 0 : nb.startsWith('dev-') ? 1 : 2
  if (ka !== kb) return ka < kb ? -1 : 1
  const c = ka === 2 ? phpVersionCompare(na!, nb!) : ka === 1 ? byCodeUnit(na!, nb!) : 0
  return c || byCodeUnit(a, b)
}
