// Maven version ordering (maven-artifact's ComparableVersion, as of Maven 3.8/3.9) and version ranges, for
// resolving `[1.0,2.0)` against the versions a repository lists. Self-contained: the diff has its own ordering.
//
// A version is split at '.', '-' and digit/letter transitions into items: numbers compare as numbers,
// qualifiers in the order alpha < beta < milestone < rc < snapshot < "" (release) < sp, unknown qualifiers
// after those, alphabetically; '-' opens a sub-list (1-1 < 1.1), trailing zeros and empty qualifiers vanish
// (1.0 = 1 = 1-ga = 1.0.0-final).

type Item = bigint | string | Item[]

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' }
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''))

function qualifierKey(q: string): string {
  const i = QUALIFIERS.indexOf(q)
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i)
}

function stringItem(value: string, followedByDigit: boolean): string {
  if (followedByDigit && value.length === 1) {
    if (value === 'a') value = 'alpha'
    else if (value === 'b') value = 'beta'
    else if (value === 'm') value = 'milestone'
  }
  return ALIASES[value] ?? value
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit ? BigInt(text) : stringItem(text, false)
}

const isNull = (item: Item): boolean =>
  typeof item === 'bigint' ? item === 0n : typeof item === 'string' ? item === '' : item.length === 0

/** Trailing null items (0, "", empty lists) go, up to the last non-list item. */
function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i]
    if (isNull(last)) list.splice(i, 1)
    else if (!Array.isArray(last)) break
  }
}

function parse(version: string): Item[] {
  const text = version.toLowerCase()
  const root: Item[] = []
  let list = root
  const stack: Item[][] = [root]
  let isDigit = false
  let start = 0
  const openList = () => {
    const next: Item[] = []
    list.push(next)
    list = next
    stack.push(next)
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '.' || c === '-') {
      list.push(i === start ? 0n : parseItem(isDigit, text.slice(start, i)))
      start = i + 1
      if (c === '-') openList()
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // "rc1" reads as "rc-1"
        list.push(stringItem(text.slice(start, i), true))
        start = i
        openList()
      }
      isDigit = true
    } else {
      if (isDigit && i > start) {
        list.push(parseItem(true, text.slice(start, i)))
        start = i
        openList()
      }
      isDigit = false
    }
  }
  if (text.length > start) list.push(parseItem(isDigit, text.slice(start)))
  while (stack.length) normalize(stack.pop()!)
  return root
}

function compareItem(a: Item, b: Item | undefined): number {
  if (typeof a === 'bigint') {
    if (b === undefined) return a === 0n ? 0 : 1
    if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0
    return 1 // 1.1 > 1-sp, 1.1 > 1-1
  }
  if (typeof a === 'string') {
    if (b === undefined) {
      const k = qualifierKey(a)
      return k < RELEASE_INDEX ? -1 : k > RELEASE_INDEX ? 1 : 0
    }
    if (typeof b === 'string') {
      const ka = qualifierKey(a)
      const kb = qualifierKey(b)
      return ka < kb ? -1 : ka > kb ? 1 : 0
    }
    return -1 // 1-rc < 1.1, 1-rc < 1-1
  }
  if (b === undefined) {
    for (const item of a) {
      const r = compareItem(item, undefined)
      if (r !== 0) return r
    }
    return 0
  }
  if (typeof b === 'bigint') return -1
  if (typeof b === 'string') return 1
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i]
    const r = b[i]
    const result = l === undefined ? (r === undefined ? 0 : -compareItem(r, undefined)) : compareItem(l, r)
    if (result !== 0) return result
  }
  return 0
}

const parsed = new Map<string, Item[]>()

function items(version: string): Item[] {
  let list = parsed.get(version)
  if (!list) {
    if (parsed.size > 50_000) parsed.clear()
    parsed.set(version, (list = parse(version)))
  }
  return list
}

/** Orders two Maven versions as Maven does (-1, 0, 1). Never throws: every string is a Maven version. */
export function compareMaven(a: string, b: string): number {
  if (a === b) return 0
  return compareItem(items(a), items(b))
}

/** The canonical form of a version (1.0.0-ga → 1), for tests and equality. */
export function canonicalMaven(version: string): string {
  const render = (list: Item[]): string => {
    let out = ''
    for (const item of list) {
      if (out) out += Array.isArray(item) ? '-' : '.'
      out += Array.isArray(item) ? render(item) : String(item)
    }
    return out
  }
  return render(items(version))
}

export interface Restriction {
  lower?: string
  lowerInclusive: boolean
  upper?: string
  upperInclusive: boolean
}

/** A version requirement: a soft version (`1.0`: preferred, not enforced) or hard ranges (`[1.0,2.0)`). */
export interface VersionSpec {
  /** The version as written, for a soft requirement. */
  soft?: string
  /** Ranges, any of which admits a version; empty for a soft requirement. */
  ranges: Restriction[]
}

/** True when the text is a range ([..], (..), or several separated by commas). */
export function isMavenRange(spec: string): boolean {
  const t = spec.trim()
  return t.startsWith('[') || t.startsWith('(')
}

/** Parses a version or range; undefined for a malformed range ("[1.0", "(1.0)", "[2,1]"). */
export function parseMavenRange(spec: string): VersionSpec | undefined {
  const text = spec.trim()
  if (!isMavenRange(text)) return { soft: text, ranges: [] }
  const ranges: Restriction[] = []
  let rest = text
  while (rest.length) {
    const open = rest[0]
    if (open !== '[' && open !== '(') return undefined
    const close = rest.search(/[\])]/)
    if (close === -1) return undefined
    const body = rest.slice(1, close).trim()
    const lowerInclusive = open === '['
    const upperInclusive = rest[close] === ']'
    const comma = body.indexOf(',')
    if (comma === -1) {
      // [1.0] pins exactly; (1.0) means nothing
      if (!lowerInclusive || !upperInclusive || !body) return undefined
      ranges.push({ lower: body, lowerInclusive: true, upper: body, upperInclusive: true })
    } else {
      if (body.indexOf(',', comma + 1) !== -1) return undefined
      const lower = body.slice(0, comma).trim() || undefined
      const upper = body.slice(comma + 1).trim() || undefined
      if (lower && upper) {
        const c = compareMaven(lower, upper)
        if (c > 0 || (c === 0 && !(lowerInclusive && upperInclusive))) return undefined
      }
      ranges.push({ lower, lowerInclusive, upper, upperInclusive })
    }
    rest = rest.slice(close + 1).trim()
    if (rest.startsWith(',')) rest = rest.slice(1).trim()
    else if (rest.length) return undefined
  }
  return ranges.length ? { ranges } : undefined
}

export function restrictionAdmits(r: Restriction, version: string): boolean {
  if (r.lower !== undefined) {
    const c = compareMaven(version, r.lower)
    if (c < 0 || (c === 0 && !r.lowerInclusive)) return false
  }
  if (r.upper !== undefined) {
    const c = compareMaven(version, r.upper)
    if (c > 0 || (c === 0 && !r.upperInclusive)) return false
  }
  return true
}

/** Whether a requirement admits a version (a soft requirement admits every version). */
export function mavenSpecAdmits(spec: VersionSpec, version: string): boolean {
  return spec.ranges.length === 0 || spec.ranges.some((r) => restrictionAdmits(r, version))
}

/**
 * The version a range resolves to: the highest of `available` it admits. Snapshots are left out unless a
 * bound of the range is itself a snapshot, as Maven does for release repositories.
 */
export function selectMavenVersion(spec: VersionSpec, available: Iterable<string>): string | undefined {
  if (spec.soft !== undefined) return spec.soft
  const snapshotsOk = spec.ranges.some(
    (r) => /-SNAPSHOT$/i.test(r.lower ?? '') || /-SNAPSHOT$/i.test(r.upper ?? ''),
  )
  let best: string | undefined
  for (const v of available) {
    if (!snapshotsOk && /-SNAPSHOT$/i.test(v)) continue
    if (!mavenSpecAdmits(spec, v)) continue
    if (best === undefined || compareMaven(v, best) > 0) best = v
  }
  return best
}
