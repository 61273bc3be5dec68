// Cargo version ordering: SemVer 2.0.0 precedence (Cargo versions are strict SemVer), over the semver package,
// made total and deterministic for sorting.
import semver from 'semver'

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function parse(version: string): semver.SemVer | null {
  // loose = false: "1.0" or "01.2.3" are not SemVer. parse() returns null instead of throwing, also for
  // numbers beyond Number.MAX_SAFE_INTEGER, which Cargo (u64) would accept; those sort as invalid here.
  return semver.parse(version.trim(), { loose: false })
}

/**
 * Orders two Cargo versions by SemVer 2.0.0 precedence: numeric major.minor.patch, a pre-release below its
 * release (1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0), numeric identifiers below alphanumeric ones.
 * Build metadata does not count for precedence, but two versions differing only there are still ordered
 * (no build < with build, then by identifiers) so a sort is the same whatever the input order.
 * Never throws: a string that is not SemVer sorts before every valid version, and two such strings compare
 * as strings.
 */
export function compareCargo(a: string, b: string): number {
  const va = parse(a)
  const vb = parse(b)
  if (va && vb) return va.compare(vb) || va.compareBuild(vb) || byCodeUnit(a, b)
  if (va || vb) return va ? 1 : -1
  return byCodeUnit(a, b)
}
