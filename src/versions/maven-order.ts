// Maven version ordering: a port of org.apache.maven.artifact.versioning.ComparableVersion (Maven 4, with
// MNG-5568, MNG-6572, MNG-6964, MNG-7644 and MNG-7714), as the POM reference's "Version Order Specification"
// describes it. A version is split into items at ".", "-" and digit/letter transitions; "-" and a transition
// to digits open a sub-list, which ranks below a number at the same place (1-1 < 1.1); trailing zeros,
// "ga", "final", "release" and empty qualifiers do not count (1 == 1.0 == 1-ga); known qualifiers rank
// alpha < beta < milestone < rc = cr < snapshot < "" < sp, unknown ones after them, case-insensitively.

type Item = NumItem | StrItem | ComboItem | ListItem
interface NumItem {
  t: 'num'
  /** Digits without leading zeros ("0" for zero). */
  v: string
}
interface StrItem {
  t: 'str'
  v: string
}
interface ComboItem {
  t: 'combo'
  s: StrItem
  d: Item
}
interface ListItem {
  t: 'list'
  items: Item[]
}

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const RELEASE_QUALIFIERS = new Set(['ga', 'final', 'release'])
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''))
/** Maven rejects longer versions (ComparableVersion.MAX_VERSION_LENGTH); nesting grows with the length. */
const MAX_LENGTH = 256

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0)
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

function strItem(value: string, followedByDigit: boolean): StrItem {
  if (followedByDigit && value.length === 1) {
    // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
    if (value === 'a') value = 'alpha'
    else if (value === 'b') value = 'beta'
    else if (value === 'm') value = 'milestone'
  }
  return { t: 'str', v: value === 'cr' ? 'rc' : value }
}

function numItem(digits: string): NumItem {
  return { t: 'num', v: digits.replace(/^0+/, '') || '0' }
}

function comboItem(value: string): ComboItem {
  let index = 0
  for (let i = 0; i < value.length; i++)
    if (isAsciiDigit(value[i])) {
      index = i
      break
    }
  return { t: 'combo', s: strItem(value.slice(0, index), true), d: numItem(value.slice(index)) }
}

function parseItem(combination: boolean, digit: boolean, buf: string): Item {
  if (combination) return comboItem(buf.replace(/-/g, ''))
  return digit ? numItem(buf) : strItem(buf, false)
}

function isNull(item: Item): boolean {
  switch (item.t) {
    case 'num':
      return item.v === '0'
    case 'str':
      return item.v === ''
    case 'combo':
      return false
    case 'list':
      return item.items.length === 0
  }
}

function qualifierKey(q: string): string {
  if (RELEASE_QUALIFIERS.has(q)) return RELEASE_INDEX
  const i = QUALIFIERS.indexOf(q)
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i)
}

function compareNumbers(a: string, b: string): number {
  return a.length !== b.length ? sign(a.length - b.length) : byCodeUnit(a, b)
}

/** item.compareTo(other) of ComparableVersion; `null` stands for "nothing there" (a shorter version). */
function compareItem(a: Item, b: Item | null): number {
  switch (a.t) {
    case 'num':
      if (b === null) return a.v === '0' ? 0 : 1 // 1.0 == 1, 1.1 > 1
      return b.t === 'num' ? compareNumbers(a.v, b.v) : 1 // 1.1 > 1-sp, 1.1 > 1-1
    case 'str':
      if (b === null) return byCodeUnit(qualifierKey(a.v), RELEASE_INDEX) // 1-rc < 1, 1-sp > 1
      switch (b.t) {
        case 'num':
          return -1
        case 'str':
          return byCodeUnit(qualifierKey(a.v), qualifierKey(b.v))
        case 'combo': {
          const r = compareItem(a, b.s)
          if (r !== 0) return r
          return compareItem(a, null) === 0 ? -compareItem(b.d, null) : -1
        }
        case 'list':
          return -compareItem(b, a)
      }
      break
    case 'combo':
      if (b === null) {
        const r = compareItem(a.s, null)
        return r === 0 ? compareItem(a.d, null) : r // 1-rc1 < 1, 1-ga1 > 1
      }
      switch (b.t) {
        case 'num':
          return -1
        case 'str': {
          const r = compareItem(a.s, b)
          if (r !== 0) return r
          return compareItem(a.s, null) === 0 ? compareItem(a.d, null) : 1 // X1 > X
        }
        case 'list':
          return -compareItem(b, a)
        case 'combo': {
          const r = compareItem(a.s, b.s)
          return r === 0 ? compareItem(a.d, b.d) : r
        }
      }
      break
    case 'list': {
      if (b === null) {
        // the whole list against nothing, not just its first item (MNG-6964)
        for (const item of a.items) {
          const r = compareItem(item, null)
          if (r !== 0) return r
        }
        return 0
      }
      if (b.t === 'num') return -1 // 1-1 < 1.0.x
      if (b.t === 'str' || b.t === 'combo') {
        let r = a.items.length === 0 ? -compareItem(b, null) : compareItem(a.items[0], b)
        for (let i = 1; r === 0 && i < a.items.length; i++) r = compareItem(a.items[i], null)
        return r
      }
      const n = Math.max(a.items.length, b.items.length)
      for (let i = 0; i < n; i++) {
        const l = a.items[i] ?? null
        const r = b.items[i] ?? null
        const c = l === null ? (r === null ? 0 : -compareItem(r, null)) : compareItem(l, r)
        if (c !== 0) return c
      }
      return 0
    }
  }
  return 0
}

function normalize(list: ListItem): void {
  const items = list.items
  for (let i = items.length - 1; i >= 0; i--) {
    if (!isNull(items[i])) continue
    const next = items[i + 1]
    if (i === items.length - 1 || next.t === 'str') items.splice(i, 1)
    else if (next.t === 'list') {
      const first = next.items[0]
      if (first && (first.t === 'combo' || first.t === 'str')) items.splice(i, 1)
    }
  }
  if (items.length === 1 && items[0].t === 'list') {
    // removing a zero prefix must not leave an extra level of nesting
    list.items = items[0].items
  }
}

/** ComparableVersion.parseVersion: the item tree of a version. */
export function parseMavenVersion(text: string): ListItem {
  const version = text.toLowerCase()
  const root: ListItem = { t: 'list', items: [] }
  let list = root
  const stack: ListItem[] = [root]
  const open = (): void => {
    const next: ListItem = { t: 'list', items: [] }
    list.items.push(next)
    list = next
    stack.push(next)
  }
  let digit = false
  let combination = false
  let start = 0
  for (let i = 0; i < version.length; i++) {
    const c = version[i]
    if (c === '.') {
      list.items.push(i === start ? numItem('0') : parseItem(combination, digit, version.slice(start, i)))
      combination = false
      start = i + 1
    } else if (c === '-') {
      if (i === start) list.items.push(numItem('0'))
      else {
        // X-1 is read as X1
        if (!digit && i !== version.length - 1 && isAsciiDigit(version[i + 1])) {
          combination = true
          continue
        }
        list.items.push(parseItem(combination, digit, version.slice(start, i)))
      }
      start = i + 1
      if (list.items.length) open()
      combination = false
    } else if (isAsciiDigit(c)) {
      if (!digit && i > start) {
        combination = true // X1
        if (list.items.length) open()
      }
      digit = true
    } else {
      if (digit && i > start) {
        list.items.push(parseItem(combination, true, version.slice(start, i)))
        start = i
        open()
        combination = false
      }
      digit = false
    }
  }
  if (version.length > start) {
    // 1.0.0.X1 < 1.0.0-X2: a trailing ".X" counts as "-X"
    if (!digit && list.items.length) open()
    list.items.push(parseItem(combination, digit, version.slice(start)))
  }
  while (stack.length) normalize(stack.pop()!)
  return root
}

/**
 * Maven's order of two versions: negative, zero (same order, e.g. "1" and "1.0.0" or "1-ga") or positive.
 * Never throws: a version longer than Maven accepts (256 characters) sorts before every other, and two
 * such versions compare as strings. Digits are ASCII digits only (Maven treats other Unicode digits as
 * digits in two places, which makes it throw on them).
 */
export function compareMaven(a: string, b: string): number {
  const la = a.length > MAX_LENGTH
  const lb = b.length > MAX_LENGTH
  if (la || lb) return la && lb ? byCodeUnit(a, b) : la ? -1 : 1
  return sign(compareItem(parseMavenVersion(a), parseMavenVersion(b)))
}

/** ComparableVersion.getCanonical(): the normalized form, "1.0.0-RC1" → "1-rc-1". */
export function canonicalMaven(version: string): string {
  const show = (item: Item): string => {
    switch (item.t) {
      case 'num':
      case 'str':
        return item.v
      case 'combo':
        return item.s.v + show(item.d)
      case 'list': {
        let out = ''
        for (const i of item.items) {
          if (out) out += i.t === 'list' ? '-' : '.'
          out += show(i)
        }
        return out
      }
    }
  }
  return show(parseMavenVersion(version))
}
