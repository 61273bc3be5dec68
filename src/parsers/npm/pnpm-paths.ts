// pnpm dependency paths (package keys and references) per lockfile dialect, and where a package comes from.
import { classifyResolved, type NpmSource } from './source.js'
import type { Dict } from './pnpm-yaml.js'

export type Dialect = 5 | 6 | 9

/** Start of the "(peer@1.0.0)(other@2.0.0)" suffix (v6, v9; also "(patch_hash=…)"), or -1. */
function indexOfParenSuffix(path: string): number {
  if (path.charCodeAt(path.length - 1) !== 41 /* ) */) return -1
  let depth = 0
  for (let i = path.length - 1; i >= 0; i--) {
    const c = path.charCodeAt(i)
    if (c === 41) depth++
    else if (c === 40 /* ( */) depth--
    else if (depth === 0) return i + 1
  }
  return -1
}

/** A v5 peer suffix after "_": "peer@1.0.0+@scope+other@2.0.0", or the hash pnpm uses for long ones. */
const V5_PEERS = /^(?:@?[^@+/]+@[^+/]+)(?:\+@?[^@+/]+@[^+/]+)*$|^[a-z2-7]{20,}$|^[0-9a-f]{20,}$/

/** A dependency path without its peer (and patch) suffix: the package it is a variant of. */
export function stripPeers(dialect: Dialect, key: string): string {
  if (dialect === 5) {
    const slash = key.lastIndexOf('/')
    const us = key.indexOf('_', slash + 1)
    if (us === -1) return key
    // Registry paths end in a semver version, which has no "_": the rest is the peer suffix.
    if (key.startsWith('/') || V5_PEERS.test(key.slice(us + 1))) return key.slice(0, us)
    return key
  }
  const at = indexOfParenSuffix(key)
  return at > 0 ? key.slice(0, at) : key
}

/** The dependency path a reference under dependency `name` points at; undefined for "link:". */
export function refToPath(dialect: Dialect, ref: string, name: string): string | undefined {
  if (ref.startsWith('link:')) return undefined
  if (dialect === 9) {
    if (ref.startsWith('@')) return ref
    const at = ref.indexOf('@')
    if (at === -1) return `${name}@${ref}`
    const colon = ref.indexOf(':')
    const paren = ref.indexOf('(')
    if ((colon === -1 || at < colon) && (paren === -1 || at < paren)) return ref
    return `${name}@${ref}`
  }
  if (ref.startsWith('file:')) return ref
  if (dialect === 6) {
    const paren = ref.indexOf('(')
    const bare = paren === -1 ? ref : ref.slice(0, paren)
    return bare.includes('/') ? ref : `/${name}@${ref}`
  }
  return ref.includes('/') ? ref : `/${name}/${ref}`
}

/** "@scope/name" or "name" from the last segments of a path. */
function nameFromSegments(path: string): string {
  const parts = path.split('/').filter(Boolean)
  if (parts.length >= 2 && parts[parts.length - 2].startsWith('@'))
    return `${parts[parts.length - 2]}/${parts[parts.length - 1]}`
  return parts[parts.length - 1] ?? ''
}

/** Version prefixes with a fixed meaning, which a named registry (lockfile 9.1, "gh:1.0.0") cannot take. */
const RESERVED_PREFIXES = new Set(
  'bitbucket catalog custom file git github gitlab http https jsr link npm runtime ssh workspace'.split(' '),
)

/** Named-registry version "gh:1.0.0" (lockfile 9.1); undefined for every other form. */
export function registryQualified(version: string): { registry: string; version: string } | undefined {
  const m = /^([A-Za-z][\w.-]*):(\d+\.\d+\.\d+\S*)$/.exec(version)
  return m && !RESERVED_PREFIXES.has(m[1]) ? { registry: m[1], version: m[2] } : undefined
}

/** An npm package name as pnpm writes it: "name" or "@scope/name", no spaces. */
function validName(name: string): boolean {
  if (!name || name.startsWith('.') || /[\s]/.test(name)) return false
  if (!name.startsWith('@')) return !name.includes('/')
  const slash = name.indexOf('/')
  return slash > 1 && slash < name.length - 1 && name.indexOf('/', slash + 1) === -1
}

/** A version from a dependency path: semver-like, or a resolution ("https:…", "file:…", "gh:1.0.0"). */
function validVersion(version: string): boolean {
  if (!version || /\s/.test(version)) return false
  const c = version.charCodeAt(0)
  return (c >= 48 && c <= 57) || version.includes(':')
}

/** Name and version of a package id (a dependency path without its peer suffix), from the id alone. */
export function nameVersionOfId(dialect: Dialect, id: string): { name: string; version: string } | undefined {
  let name: string
  let version: string
  if (dialect === 5) {
    const slash = id.lastIndexOf('/')
    if (slash <= 0) return undefined
    name = nameFromSegments(id.slice(0, slash))
    version = id.slice(slash + 1)
  } else {
    let rest = id
    if (dialect === 6 && rest.startsWith('/')) rest = rest.slice(1)
    // v6 paths of other registries carry a host: "registry.example.com/name@1.0.0"
    const at = rest.indexOf('@', 1)
    if (at <= 0) return undefined
    name = rest.slice(0, at)
    version = rest.slice(at + 1)
    if (
      dialect === 6 &&
      name.includes('/') &&
      !(name.startsWith('@') && name.indexOf('/') === name.lastIndexOf('/'))
    )
      name = nameFromSegments(name)
  }
  return validName(name) && validVersion(version) ? { name, version } : undefined
}

const GIT_ARCHIVES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([0-9a-f]{7,40})$/,
    (m) => `git+https://github.com/${m[1]}/${m[2]}.git#${m[3]}`,
  ],
  [
    /^https:\/\/gitlab\.com\/api\/v4\/projects\/([^/]+)\/repository\/archive\.tar\.gz\?sha=([0-9a-f]{7,40})$/,
    (m) => `git+https://gitlab.com/${decodeURIComponent(m[1])}.git#${m[2]}`,
  ],
  [
    /^https:\/\/bitbucket\.org\/([^/]+)\/([^/]+)\/get\/([0-9a-f]{7,40})\.tar\.gz$/,
    (m) => `git+https://bitbucket.org/${m[1]}/${m[2]}.git#${m[3]}`,
  ],
]

/** Where a package comes from, from its `resolution`. */
export function sourceOf(
  name: string,
  resolution: Dict | undefined,
): { where: NpmSource; resolved?: string; directory?: string } {
  if (!resolution) return { where: { source: 'registry' } }
  const type = typeof resolution.type === 'string' ? resolution.type : undefined
  if (type === 'directory' || (typeof resolution.directory === 'string' && !resolution.tarball)) {
    const dir = typeof resolution.directory === 'string' ? resolution.directory : ''
    return { where: { source: 'path' }, resolved: dir, directory: dir }
  }
  if (type === 'git' || (typeof resolution.repo === 'string' && typeof resolution.commit === 'string')) {
    const repo = String(resolution.repo ?? '')
    const commit = String(resolution.commit ?? '')
    const base = /^(git\+|git:|ssh:|git@)/.test(repo) ? repo : `git+${repo}`
    const url = commit ? `${base}#${commit}` : base
    return { where: { source: 'git', qualifiers: { vcs_url: url } }, resolved: url }
  }
  const tarball = typeof resolution.tarball === 'string' ? resolution.tarball : undefined
  if (tarball) {
    for (const [re, toVcs] of GIT_ARCHIVES) {
      const m = re.exec(tarball)
      if (m) return { where: { source: 'git', qualifiers: { vcs_url: toVcs(m) } }, resolved: tarball }
    }
    if (tarball.startsWith('file:')) return { where: { source: 'path' }, resolved: tarball }
    return { where: classifyResolved(name, tarball), resolved: tarball }
  }
  return { where: { source: 'registry' } }
}
