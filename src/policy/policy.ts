// Policy checks over a diff. Only what the pull request adds or changes can violate: a package that is
// removed never does, and one that is only carried over is not looked at.
import type { DiffEntry, GraphDiff, MovedEntry, PackageState } from '../diff/model.js'
import type { Ecosystem } from '../model.js'
import type { Policy, PolicyRule } from './config.js'
import { checkLicense } from './licenses.js'
import { matchesIdentity, purlIdentity } from './purl-pattern.js'

export type { PolicyRule } from './config.js'

export interface Violation {
  rule: PolicyRule
  /** `error` fails the check (the rule is in fail-on); `warning` is reported only. */
  severity: 'error' | 'warning'
  /** Manifest of the project the package is in (where it arrived, for a move). */
  manifest: string
  /** Lockfile the package was read from: where to annotate. */
  file?: string
  /** 1-based line in `file`, where known (the graph does not keep lines yet). */
  line?: number
  ecosystem: Ecosystem
  name: string
  version?: string
  purl: string
  /** Plain text; names, versions and licenses in it are untrusted (escape before rendering). */
  message: string
}

/** A package the diff brings in or changes, with what changed about it. */
interface Candidate {
  manifest: string
  ecosystem: Ecosystem
  name: string
  head: PackageState
  base?: PackageState
  /** Added (or moved in) with a new version, or its version or source changed. */
  newCode: boolean
  licenseChanged: boolean
  downgraded?: { from: string; to: string }
  sourceChanged: boolean
}

function fromEntry(e: DiffEntry): Candidate | undefined {
  if (e.kind === 'removed' || !e.head) return undefined
  const added = e.kind === 'added'
  return {
    manifest: e.manifest,
    ecosystem: e.ecosystem,
    name: e.name,
    head: e.head,
    base: e.base,
    newCode: added || e.changes.includes('version') || e.changes.includes('source'),
    licenseChanged: added || e.changes.includes('license'),
    downgraded: e.kind === 'downgraded' ? { from: e.base!.version!, to: e.head.version! } : undefined,
    sourceChanged: added || e.changes.includes('source'),
  }
}

function fromMove(m: MovedEntry): Candidate {
  return {
    manifest: m.to,
    ecosystem: m.ecosystem,
    name: m.name,
    head: m.head,
    base: m.base,
    newCode: m.changes.includes('version') || m.changes.includes('source'),
    licenseChanged: m.changes.includes('license'),
    downgraded: m.version === 'downgraded' ? { from: m.base.version!, to: m.head.version! } : undefined,
    sourceChanged: m.changes.includes('source'),
  }
}

const SOURCE_WORDS: Record<string, string> = {
  git: 'a git repository',
  url: 'a URL',
  path: 'a local path',
  link: 'a linked folder',
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const RULE_ORDER: Record<PolicyRule, number> = {
  'denied-package': 0,
  license: 1,
  'new-source': 2,
  downgrade: 3,
}

/**
 * The violations of `policy` in `diff`:
 * - license: a package added, or whose license changed, with a license the lists refuse; an unknown
 *   license (none, or not SPDX) per `license.unknown`. Evaluated when a list is set or unknown is not allow.
 * - denied-package: a package added, or whose version or source changed, that matches a denied entry
 *   (a package without a version matches any range). Evaluated when the list is not empty.
 * - downgrade: a version that went down (in place or with a move). Evaluated when in fail-on.
 * - new-source: a package added from, or changed to, a git / URL / path / linked source. Evaluated when in
 *   fail-on.
 * Severity is `error` for rules in fail-on, `warning` for the others (and for unknown licenses with
 * `unknown: warn`). Sorted by severity, manifest, package, rule.
 */
export function evaluatePolicy(diff: GraphDiff, policy: Policy): Violation[] {
  const failing = new Set(policy.failOn)
  const checkLicenses =
    policy.license.allow.length > 0 || policy.license.deny.length > 0 || policy.license.unknown !== 'allow'
  const out: Violation[] = []
  const candidates: Candidate[] = []
  for (const m of diff.manifests)
    for (const e of m.entries) {
      const c = fromEntry(e)
      if (c) candidates.push(c)
    }
  for (const m of diff.moved) candidates.push(fromMove(m))

  for (const c of candidates) {
    const add = (rule: PolicyRule, message: string, severity?: 'error' | 'warning'): void => {
      out.push({
        rule,
        severity: severity ?? (failing.has(rule) ? 'error' : 'warning'),
        manifest: c.manifest,
        file: c.head.files[0],
        ecosystem: c.ecosystem,
        name: c.name,
        version: c.head.version,
        purl: c.head.purl,
        message,
      })
    }
    const label = `${c.name}${c.head.version !== undefined ? ` ${c.head.version}` : ''}`

    const id = c.newCode && policy.deniedPackages.length ? purlIdentity(c.head.purl) : undefined
    if (id)
      for (const d of policy.deniedPackages) {
        if (!matchesIdentity(d.pattern, id)) continue
        if (c.head.version !== undefined && !d.matches(c.head.version)) continue
        const range = d.versions ? ` ${d.versions}` : ''
        const unknownVersion =
          c.head.version === undefined && d.versions ? ' (its version is not pinned)' : ''
        add(
          'denied-package',
          `${label} is denied by ${d.pattern.text}${range}${unknownVersion}${d.reason ? `: ${d.reason}` : ''}`,
        )
        break
      }

    if (checkLicenses && c.licenseChanged) {
      const v = checkLicense(c.head.license, policy.license.allow, policy.license.deny)
      if (!v.ok) {
        if (v.reason === 'denied') {
          const which = v.licenses.join(', ')
          add(
            'license',
            `${label}: license ${c.head.license}${which === c.head.license ? '' : ` (${which})`} is denied`,
          )
        } else if (v.reason === 'not-allowed')
          add('license', `${label}: license ${c.head.license} is not in license.allow`)
        else if (policy.license.unknown !== 'allow')
          add(
            'license',
            `${label}: unknown license: ${v.detail}`,
            policy.license.unknown === 'warn' ? 'warning' : undefined,
          )
      }
    }

    if (c.sourceChanged && failing.has('new-source') && c.head.source !== 'registry') {
      const where = c.head.resolved ? ` (${c.head.resolved})` : ''
      add('new-source', `${label} comes from ${SOURCE_WORDS[c.head.source] ?? c.head.source}${where}`)
    }

    if (c.downgraded && failing.has('downgrade'))
      add('downgrade', `${c.name} is downgraded from ${c.downgraded.from} to ${c.downgraded.to}`)
  }

  return out.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      byCodeUnit(a.manifest, b.manifest) ||
      byCodeUnit(a.name, b.name) ||
      byCodeUnit(a.purl, b.purl) ||
      RULE_ORDER[a.rule] - RULE_ORDER[b.rule],
  )
}

/** The check fails: some violation is an error. */
export function policyFails(violations: readonly Violation[]): boolean {
  return violations.some((v) => v.severity === 'error')
}
