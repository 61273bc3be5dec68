// The dependency policy: read from `.github/lockgraph.yml` and from the action's inputs or the CLI's options
// (inputs win, key by key), validated with messages that name the bad key:
//
//   fail-on: [license, denied-package, downgrade, new-source]   # rules whose violations fail the check
//   license:
//     allow: [MIT, Apache-2.0, BSD-3-Clause, ISC]   # single SPDX licenses ("GPL-2.0+" ranges work)
//     deny: [GPL-3.0-only, AGPL-3.0-or-later]
//     unknown: warn                                 # allow | warn | fail: missing or non-SPDX licenses
//   denied-packages:
//     - purl: pkg:npm/left-pad                      # purl pattern, "*" wildcards
//       versions: "<1.3.0"                          # the ecosystem's range syntax; omitted: every version
//       reason: unpublished in 2016                 # shown with the violation
//     - pkg:npm/event-stream@3.3.6                  # the same as a string: PATTERN[@RANGE]
import { load, YAMLException } from 'js-yaml'
import { z } from 'zod'
import { normalizeListedLicense } from './licenses.js'
import { parsePurlPattern, rangeEcosystem, type PurlPattern } from './purl-pattern.js'
import { parseRange, RANGE_SYNTAX, type VersionMatcher } from './ranges.js'

export const FAIL_ON = ['license', 'denied-package', 'downgrade', 'new-source'] as const
export type PolicyRule = (typeof FAIL_ON)[number]
export const UNKNOWN_LICENSE = ['allow', 'warn', 'fail'] as const
export type UnknownLicense = (typeof UNKNOWN_LICENSE)[number]

export const DEFAULT_CONFIG_PATH = '.github/lockgraph.yml'

export interface DeniedPackage {
  pattern: PurlPattern
  /** The range as written; undefined: every version. */
  versions?: string
  matches: VersionMatcher
  reason?: string
}

/** The policy, resolved and validated. */
export interface Policy {
  /** Rules whose violations fail the check; violations of other rules are warnings. */
  failOn: PolicyRule[]
  license: {
    /** SPDX licenses; empty: every license not denied passes. */
    allow: string[]
    deny: string[]
    /** What a missing or non-SPDX license is: ignored, a warning, or a violation of the license rule. */
    unknown: UnknownLicense
  }
  deniedPackages: DeniedPackage[]
}

/**
 * The policy as the action's inputs or the CLI's options give it, every field optional; a field that is
 * set replaces the config file's (lists are not merged). Lists come split already (see splitList).
 */
export interface PolicyInputs {
  /** `fail-on` */
  failOn?: string[]
  /** `license-allow` */
  licenseAllow?: string[]
  /** `license-deny` */
  licenseDeny?: string[]
  /** `license-unknown`: allow, warn or fail */
  licenseUnknown?: string
  /** `denied-packages`: each "PURL-PATTERN[@RANGE]", e.g. "pkg:npm/left-pad@<1.3.0" */
  deniedPackages?: string[]
}

/** A config file or inputs that are not valid: every problem, one per line, each naming its key. */
export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'PolicyError'
  }
}

/** An input's list: comma- or newline-separated, blanks dropped; undefined for an empty input. */
export function splitList(text: string | undefined): string[] | undefined {
  const items = (text ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
  return items.length ? items : undefined
}

// ---- schema

const deniedObject = z.strictObject({
  purl: z.string(),
  versions: z.string().optional(),
  reason: z.string().optional(),
})

const configSchema = z.strictObject({
  'fail-on': z.array(z.enum(FAIL_ON)).optional(),
  license: z
    .strictObject({
      allow: z.array(z.string()).optional(),
      deny: z.array(z.string()).optional(),
      unknown: z.enum(UNKNOWN_LICENSE).optional(),
    })
    .optional(),
  'denied-packages': z.array(z.union([z.string(), deniedObject])).optional(),
})

type RawConfig = z.infer<typeof configSchema>

const KEYS: Record<string, string[]> = {
  '': ['fail-on', 'license', 'denied-packages'],
  license: ['allow', 'deny', 'unknown'],
  'denied-packages[]': ['purl', 'versions', 'reason'],
}

function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${JSON.stringify(value)}`
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a text',
}

function issueMessages(issue: z.core.$ZodIssue): string[] {
  const where = pathText(issue.path)
  const at = (text: string, path = where): string => (path ? `${path}: ${text}` : text)
  switch (issue.code) {
    case 'invalid_value':
      return [
        at(
          `unknown value ${JSON.stringify(issue.input)} (expected one of ${issue.values.map(String).join(', ')})`,
        ),
      ]
    case 'unrecognized_keys': {
      const shape = KEYS[where.replace(/\[\d+\]$/, '[]')] ?? []
      return issue.keys.map((k) =>
        at(
          `unknown key "${k}"${shape.length ? ` (expected one of ${shape.join(', ')})` : ''}`,
          where ? `${where}.${k}` : k,
        ),
      )
    }
    case 'invalid_type':
      return [at(`expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${typeName(issue.input)}`)]
    case 'invalid_union':
      return [
        at(`expected a purl pattern or a mapping with purl, versions, reason; got ${typeName(issue.input)}`),
      ]
    default:
      return [at(issue.message)]
  }
}

// ---- semantic checks shared by the file and the inputs

function checkLicenses(list: string[] | undefined, key: string, problems: string[]): string[] | undefined {
  if (!list) return undefined
  const out: string[] = []
  list.forEach((text, i) => {
    const id = normalizeListedLicense(text)
    if (id) out.push(id)
    else
      problems.push(
        `${key}[${i}]: ${JSON.stringify(text)} is not a single SPDX license (write one license per entry, e.g. "MIT" or "GPL-2.0-or-later")`,
      )
  })
  return out
}

function deniedPackage(
  purl: string,
  versions: string | undefined,
  reason: string | undefined,
  keys: { purl: string; versions: string },
  problems: string[],
): DeniedPackage | undefined {
  const pattern = parsePurlPattern(purl)
  if (typeof pattern === 'string') {
    problems.push(`${keys.purl}: ${JSON.stringify(purl)}: ${pattern}`)
    return undefined
  }
  if (versions === undefined || !versions.trim()) return { pattern, matches: () => true, reason }
  const eco = rangeEcosystem(pattern)
  const matches = parseRange(eco, versions)
  if (!matches) {
    problems.push(
      `${keys.versions}: ${JSON.stringify(versions)} is not a version range of ${pattern.type} (expected ${RANGE_SYNTAX[eco]})`,
    )
    return undefined
  }
  return { pattern, versions: versions.trim(), matches, reason }
}

/** splitDenied as arguments. */
function denyArgs(text: string): [string, string | undefined] {
  const { purl, versions } = splitDenied(text)
  return [purl, versions]
}

/** "pkg:npm/left-pad@<1.3.0": the range after the "@" in the last path segment. */
function splitDenied(text: string): { purl: string; versions?: string } {
  const t = text.trim()
  const at = t.indexOf('@', t.lastIndexOf('/') + 1)
  return at === -1 ? { purl: t } : { purl: t.slice(0, at), versions: t.slice(at + 1) }
}

/** The config file, checked, before inputs are merged in. */
export interface PolicyConfig {
  failOn?: PolicyRule[]
  licenseAllow?: string[]
  licenseDeny?: string[]
  licenseUnknown?: UnknownLicense
  deniedPackages?: DeniedPackage[]
}

/**
 * Reads and checks `.github/lockgraph.yml`. An empty file is an empty config. Throws PolicyError with every
 * problem, each as "FILE: KEY: what is wrong" (or "FILE:LINE: ..." for YAML that does not parse).
 */
export function parsePolicyConfig(text: string, file = DEFAULT_CONFIG_PATH): PolicyConfig {
  // js-yaml refuses a document that is empty or only comments; for a config that means "nothing set"
  if (!/^[ \t]*[^#\s]/m.test(text)) return {}
  let data: unknown
  try {
    data = load(text, { filename: file, maxAliases: 0 })
  } catch (err) {
    if (err instanceof YAMLException) {
      const line = err.mark ? `:${err.mark.line + 1}` : ''
      throw new PolicyError([`${file}${line}: not valid YAML: ${err.reason}`])
    }
    throw err
  }
  if (data === undefined || data === null) return {}
  const parsed = configSchema.safeParse(data, { reportInput: true })
  if (!parsed.success)
    throw new PolicyError(parsed.error.issues.flatMap(issueMessages).map((m) => `${file}: ${m}`))
  const raw: RawConfig = parsed.data
  const problems: string[] = []
  const config: PolicyConfig = {
    failOn: raw['fail-on'] && [...new Set(raw['fail-on'])],
    licenseAllow: checkLicenses(raw.license?.allow, 'license.allow', problems),
    licenseDeny: checkLicenses(raw.license?.deny, 'license.deny', problems),
    licenseUnknown: raw.license?.unknown,
  }
  if (raw['denied-packages']) {
    config.deniedPackages = []
    raw['denied-packages'].forEach((entry, i) => {
      const key = `denied-packages[${i}]`
      const d =
        typeof entry === 'string'
          ? deniedPackage(...denyArgs(entry), undefined, { purl: key, versions: key }, problems)
          : deniedPackage(
              entry.purl,
              entry.versions,
              entry.reason,
              { purl: `${key}.purl`, versions: `${key}.versions` },
              problems,
            )
      if (d) config.deniedPackages!.push(d)
    })
  }
  if (problems.length) throw new PolicyError(problems.map((m) => `${file}: ${m}`))
  return config
}

/**
 * The policy from a config file (undefined: none) and inputs; inputs win key by key. Throws PolicyError for
 * inputs that are not valid, naming the input ("input fail-on[0]: unknown value ...").
 */
export function resolvePolicy(config: PolicyConfig | undefined, inputs: PolicyInputs = {}): Policy {
  const problems: string[] = []
  let failOn = config?.failOn
  if (inputs.failOn) {
    failOn = []
    inputs.failOn.forEach((v, i) => {
      if ((FAIL_ON as readonly string[]).includes(v)) failOn!.push(v as PolicyRule)
      else
        problems.push(
          `fail-on[${i}]: unknown value ${JSON.stringify(v)} (expected one of ${FAIL_ON.join(', ')})`,
        )
    })
  }
  const allow = checkLicenses(inputs.licenseAllow, 'license-allow', problems) ?? config?.licenseAllow
  const deny = checkLicenses(inputs.licenseDeny, 'license-deny', problems) ?? config?.licenseDeny
  let unknown = config?.licenseUnknown
  if (inputs.licenseUnknown !== undefined && inputs.licenseUnknown.trim() !== '') {
    const u = inputs.licenseUnknown.trim()
    if ((UNKNOWN_LICENSE as readonly string[]).includes(u)) unknown = u as UnknownLicense
    else
      problems.push(
        `license-unknown: unknown value ${JSON.stringify(u)} (expected one of ${UNKNOWN_LICENSE.join(', ')})`,
      )
  }
  let denied = config?.deniedPackages
  if (inputs.deniedPackages) {
    denied = []
    inputs.deniedPackages.forEach((text, i) => {
      const { purl, versions } = splitDenied(text)
      const key = `denied-packages[${i}]`
      const d = deniedPackage(purl, versions, undefined, { purl: key, versions: key }, problems)
      if (d) denied!.push(d)
    })
  }
  if (problems.length) throw new PolicyError(problems.map((m) => `input ${m}`))
  return {
    failOn: [...new Set(failOn ?? [])],
    license: { allow: allow ?? [], deny: deny ?? [], unknown: unknown ?? 'allow' },
    deniedPackages: denied ?? [],
  }
}

/** parsePolicyConfig + resolvePolicy: the policy from the config file's text (undefined: no file) and inputs. */
export function loadPolicy(
  configText: string | undefined,
  inputs: PolicyInputs = {},
  file = DEFAULT_CONFIG_PATH,
): Policy {
  return resolvePolicy(configText === undefined ? undefined : parsePolicyConfig(configText, file), inputs)
}
