// PEP 440 version ordering and specifiers, over @renovatebot/pep440, made total: that library throws on a
// version it cannot parse, while lockfiles do hold such versions (legacy "2004d", a git commit, "latest").
import pep440 from '@renovatebot/pep440'

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Orders two versions the way pip does: epochs, release segments with trailing zeros ignored (1.0 == 1.0.0),
 * dev < a < b < rc < final < post, local versions after their public version (1.0 < 1.0+local).
 * Never throws: a version that is not PEP 440 sorts before every valid one (as packaging's LegacyVersion
 * did), and two such versions compare as strings.
 */
export function comparePep440(a: string, b: string): number {
  const ta = a.trim()
  const tb = b.trim()
  const va = pep440.valid(ta) !== null
  const vb = pep440.valid(tb) !== null
  if (va && vb) return Math.sign(pep440.compare(ta, tb))
  if (va !== vb) return va ? 1 : -1
  return byCodeUnit(ta.toLowerCase(), tb.toLowerCase()) || byCodeUnit(ta, tb)
}

/**
 * Whether `version` satisfies a PEP 440 specifier (">=2,<3", "==1.4.*", "~=2.2"); undefined when either
 * cannot be read.
 */
export function satisfiesPep440(version: string, specifier: string): boolean | undefined {
  const v = version.trim()
  if (pep440.valid(v) === null) return undefined
  try {
    if (!pep440.validRange(specifier)) return undefined
    return pep440.satisfies(v, specifier)
  } catch {
    return undefined
  }
}
