// Which of two versions of one package is newer, by the rules of its ecosystem. The diff needs "same
// order" as an answer (1.0 and 1.0.0 in PEP 440, 1.0.0+a and 1.0.0+b in SemVer): such a pair is a changed
// spelling, not an upgrade. The sort helpers add the text as a last tie-break so that sorting does not
// depend on input order.
import semver from 'semver'
import type { Ecosystem } from '../model.js'
import { compareCargo } from '../versions/cargo.js'
import { compareComposer, normalizeComposer, phpVersionCompare } from '../versions/composer.js'
import { comparePep440 } from '../versions/pep440.js'
import { compareMaven } from '../versions/maven-order.js'

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const PLAIN_SEMVER = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/

/** SemVer 2.0.0 precedence (build metadata ignored); strings that are not SemVer as compareCargo orders them. */
function compareSemver(a: string, b: string): number {
  // most versions are plain MAJOR.MINOR.PATCH: compared without building SemVer objects
  const pa = PLAIN_SEMVER.exec(a)
  const pb = pa && PLAIN_SEMVER.exec(b)
  if (pa && pb)
    return Number(pa[1]) - Number(pb[1]) || Number(pa[2]) - Number(pb[2]) || Number(pa[3]) - Number(pb[3])
  const va = semver.parse(a.trim())
  const vb = semver.parse(b.trim())
  return va && vb ? va.compare(vb) : compareCargo(a, b)
}

function compareComposerOrder(a: string, b: string): number {
  const na = normalizeComposer(a)
  const nb = normalizeComposer(b)
  if (na !== undefined && nb !== undefined && !na.startsWith('dev-') && !nb.startsWith('dev-'))
    return phpVersionCompare(na, nb)
  return compareComposer(a, b)
}

/**
 * Versions of an ecosystem without an ordering of its own: runs of digits compare as numbers, everything
 * else by code unit, so 1.10 > 1.9 and 2024-01-10 > 2024-01-09.
 */
export function compareNatural(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? []
  const tb = b.match(/\d+|\D+/g) ?? []
  const n = Math.min(ta.length, tb.length)
  for (let i = 0; i < n; i++) {
    const x = ta[i]
    const y = tb[i]
    const dx = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57
    const dy = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57
    let c: number
    if (dx && dy) {
      const sx = x.replace(/^0+(?=\d)/, '')
      const sy = y.replace(/^0+(?=\d)/, '')
      c = sx.length !== sy.length ? (sx.length < sy.length ? -1 : 1) : byCodeUnit(sx, sy)
    } else if (dx !== dy)
      c = dx ? 1 : -1 // 1.0.1 > 1.0-beta
    else c = byCodeUnit(x, y)
    if (c !== 0) return c
  }
  return ta.length === tb.length ? 0 : ta.length < tb.length ? -1 : 1
}

/**
 * Orders two versions of a package of `ecosystem`: SemVer precedence for npm and Cargo, PEP 440 for PyPI,
 * Composer's for Composer, Maven's ComparableVersion for Maven and Gradle, compareNatural for the rest.
 * Returns -1, 0 (the ecosystem holds them equal) or 1. Never throws.
 */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number {
  if (a === b) return 0
  let c: number
  switch (ecosystem) {
    case 'npm':
    case 'cargo':
      c = compareSemver(a, b)
      break
    case 'pypi':
      c = comparePep440(a, b)
      break
    case 'composer':
      c = compareComposerOrder(a, b)
      break
    case 'maven':
    case 'gradle':
      c = compareMaven(a, b)
      break
    default:
      c = compareNatural(a, b)
  }
  return c < 0 ? -1 : c > 0 ? 1 : 0
}

/** compareVersions made total: versions the ecosystem holds equal are ordered by their text; none first. */
export function sortableVersions(ecosystem: Ecosystem, a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1
  return compareVersions(ecosystem, a, b) || byCodeUnit(a, b)
}
