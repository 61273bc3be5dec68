// Maven version ranges (`[1.0,2.0)`, `1.0`, `(,1.5],[2,)`), resolved against the versions a repository lists,
// with Maven's version ordering (maven-order.ts, the one ordering the diff and the resolver share).
import { canonicalMaven, compareMaven } from './maven-order.js'

export { canonicalMaven, compareMaven }

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
