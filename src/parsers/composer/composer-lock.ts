// composer.lock (Composer 1 and 2) with the composer.json next to it: `packages` are runtime, `packages-dev`
// dev (Composer puts a package in exactly one of them), `require` of each package gives the edges, and the
// root's `require` / `require-dev` in composer.json the direct dependencies. Platform requirements (php,
// ext-*, lib-*, composer-*-api) are not packages.
import { posix } from 'node:path'
import {
  ParseError,
  type Hash,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
  type PlatformRequirement,
  type Scope,
  type SourceKind,
} from '../../model.js'
import { buildPurl, type Qualifiers } from '../../purl/purl.js'
import { hexHash } from '../../util/hash.js'
import { isRecord, lineAt, lineOf, parseJson } from '../../util/text.js'
import { ResultBuilder } from '../result.js'

type Entry = Record<string, unknown>

const PACKAGIST_NOTIFICATION_URL = 'https://packagist.org/downloads/'

/** Composer's PlatformRepository::PLATFORM_PACKAGE_REGEX. */
const PLATFORM =
  /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|(?:ext|lib)-[a-z0-9](?:[_.-]?[a-z0-9]+)*|composer(?:-(?:plugin|runtime)-api)?)$/i

/** Whether a requirement names the platform (php, an extension, a system library, Composer itself). */
export function isPlatformPackage(name: string): boolean {
  return PLATFORM.test(name)
}

/** A composer `license` (a string or an array, which Composer reads as a choice) as one SPDX expression. */
export function composerLicense(value: unknown): string | undefined {
  const list = (typeof value === 'string' ? [value] : Array.isArray(value) ? value : [])
    .filter((l): l is string => typeof l === 'string')
    .map((l) => l.trim())
    .filter(Boolean)
  if (list.length <= 1) return list[0]
  return `(${list.map((l) => (/\s/.test(l) && !/^\(.*\)$/.test(l) ? `(${l})` : l)).join(' OR ')})`
}

export interface ComposerSource {
  source: SourceKind
  qualifiers?: Qualifiers
  resolved?: string
}

/** "git@github.com:acme/lib.git" → "ssh://git@github.com/acme/lib.git"; URLs as they are. */
function vcsUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url
  const scp = /^([^@/:]+@)?([^:/]+):(.+)$/.exec(url)
  return scp ? `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3].replace(/^\//, '')}` : url
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * Where a locked package comes from. Packagist (notification-url https://packagist.org/downloads/): no
 * qualifier. Another Composer repository that takes notifications (Private Packagist): repository_url. No
 * notification URL: a VCS repository (vcs_url = git+<url>@<commit>) or a zip/tar URL (download_url).
 * Path repositories (dist type "path"): source path.
 */
export function classifyComposerSource(entry: Entry): ComposerSource {
  const dist = isRecord(entry.dist) ? entry.dist : {}
  const src = isRecord(entry.source) ? entry.source : {}
  const distUrl = str(dist.url)
  const srcUrl = str(src.url)
  const srcType = str(src.type)
  const ref = str(src.reference)
  if (dist.type === 'path' || srcType === 'path') return { source: 'path', resolved: distUrl ?? srcUrl }
  const atCommit = srcUrl && ref ? `${srcUrl}#${ref}` : srcUrl
  const notification = str(entry['notification-url'])
  if (notification === PACKAGIST_NOTIFICATION_URL)
    return { source: 'registry', resolved: distUrl ?? atCommit }
  if (notification)
    return {
      source: 'registry',
      qualifiers: { repository_url: notification.replace(/\/downloads\/?$/, '') },
      resolved: distUrl ?? atCommit,
    }
  if (srcUrl && srcType) {
    const vcs = `${srcType === 'git' ? 'git' : srcType}+${vcsUrl(srcUrl)}${ref ? `@${ref}` : ''}`
    return { source: srcType === 'git' ? 'git' : 'url', qualifiers: { vcs_url: vcs }, resolved: atCommit }
  }
  if (distUrl) return { source: 'url', qualifiers: { download_url: distUrl }, resolved: distUrl }
  return { source: 'registry' } // a metapackage, or a lockfile without origins
}

/** purl of a Composer package ("vendor/name"); undefined for a name that is not one. */
export function composerPurl(name: string, version?: string, qualifiers?: Qualifiers): string | undefined {
  const slash = name.indexOf('/')
  if (slash <= 0 || slash === name.length - 1) return undefined
  try {
    return buildPurl('composer', name.slice(0, slash), name.slice(slash + 1), version, qualifiers)
  } catch {
    return undefined
  }
}

/**
 * 1-based lines of the elements of the top-level "packages" and "packages-dev" arrays, in order (the line
 * where each element starts, whatever its type). One pass over the structural characters; strings are
 * skipped whole.
 */
function entryLines(text: string): { packages: number[]; 'packages-dev': number[] } {
  const out = { packages: [] as number[], 'packages-dev': [] as number[] }
  const offsets: number[] = []
  const lists: Array<number[]> = []
  const re = /["{}[\],]/g
  let depth = 0
  let key = ''
  let current: number[] | undefined
  /** After "[" or "," of a packages list: the next element starts at the next non-blank character. */
  const elementAfter = (at: number): void => {
    let j = at + 1
    for (let c = text.charCodeAt(j); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++j));
    if (j < text.length && text.charCodeAt(j) !== 93) {
      offsets.push(j)
      lists.push(current!)
    }
  }
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = m[0]
    const at = m.index
    if (c === '"') {
      let end = text.indexOf('"', at + 1)
      while (end !== -1) {
        let backslashes = 0
        for (let j = end - 1; text.charCodeAt(j) === 92; j--) backslashes++
        if (backslashes % 2 === 0) break
        end = text.indexOf('"', end + 1)
      }
      if (end === -1) break
      if (depth === 1) key = text.slice(at + 1, end)
      re.lastIndex = end + 1
    } else if (c === ',') {
      if (depth === 2 && current) elementAfter(at)
    } else if (c === '{' || c === '[') {
      depth++
      if (depth === 2) {
        current = c === '[' && (key === 'packages' || key === 'packages-dev') ? out[key] : undefined
        if (current) elementAfter(at)
      }
    } else {
      depth--
      if (depth === 1) current = undefined
    }
  }
  let line = 1
  let counted = 0
  for (let i = 0; i < offsets.length; i++) {
    for (
      let nl = text.indexOf('\n', counted);
      nl !== -1 && nl < offsets[i];
      nl = text.indexOf('\n', nl + 1)
    ) {
      line++
      counted = nl + 1
    }
    lists[i].push(line)
  }
  return out
}

class ComposerReader extends ResultBuilder {
  readonly edges: ParsedEdge[] = []

  issue(severity: Issue['severity'], message: string, line?: number, file = this.input.path): void {
    this.issues.push({ file, line, severity, message })
  }
}

/** composer.json next to the lockfile; undefined when absent. A broken one is a warning on its own file. */
function readComposerJson(r: ComposerReader, path: string): Entry | undefined {
  const text = r.input.files.read(path)
  if (text === undefined) return undefined
  try {
    const parsed = parseJson(text, 'composer.json')
    if (isRecord(parsed)) return parsed
    r.issue('warning', 'composer.json is not a JSON object', 1, path)
  } catch (err) {
    r.issue(
      'warning',
      err instanceof Error ? err.message : String(err),
      err instanceof ParseError ? err.line : undefined,
      path,
    )
  }
  return undefined
}

/** The requirements of a platform map ({"php": "^8.1", "ext-json": "*"}, or [] when empty). */
function platformList(value: unknown, scope: Scope): PlatformRequirement[] {
  if (!isRecord(value)) return []
  return Object.entries(value).map(([name, constraint]) => ({
    name,
    constraint: typeof constraint === 'string' ? constraint : '*',
    scope,
  }))
}

function formatOf(lock: Entry): string {
  const api = str(lock['plugin-api-version'])
  const major = api ? /^(\d+)\./.exec(api)?.[1] : undefined
  return major ? `composer.lock (Composer ${major})` : 'composer.lock'
}

export function parseComposerLock(input: ParseInput): ParseResult {
  const text = input.text
  const lock = parseJson(text, 'JSON')
  if (!isRecord(lock)) throw new ParseError('not a composer.lock: the top level is not a JSON object', 1)
  if (!Array.isArray(lock.packages))
    throw new ParseError(
      lock.packages === undefined
        ? 'not a composer.lock: no "packages" list'
        : 'not a composer.lock: "packages" is not a list',
      lineOf(text, '"packages"') ?? 1,
    )
  const r = new ComposerReader(input)
  if (
    lock['packages-dev'] !== undefined &&
    lock['packages-dev'] !== null &&
    !Array.isArray(lock['packages-dev'])
  ) {
    r.issue('error', '"packages-dev" is not a list; dev packages skipped', lineOf(text, '"packages-dev"'))
    r.complete = false
  }
  const lines = entryLines(text)

  // The root project, from composer.json.
  const manifestPath = r.rel('composer.json')
  const manifest = readComposerJson(r, manifestPath)
  const rootName = str(manifest?.name) ?? (posix.basename(r.dir) || 'root')
  const rootVersion = str(manifest?.version)
  r.projects.push({
    id: '',
    ecosystem: 'composer',
    name: rootName,
    version: rootVersion,
    purl: composerPurl(rootName.toLowerCase(), rootVersion),
    manifest: manifestPath,
    dir: r.dir,
  })

  // Packages: one per name (Composer installs one version of each).
  const byName = new Map<string, ParsedPackage>()
  const entries = new Map<string, Entry>()
  const providers = new Map<string, string[]>() // replaced / provided name → ids of the packages that do
  const sections: Array<[unknown, Scope, number[]]> = [
    [lock.packages, 'runtime', lines.packages],
    [Array.isArray(lock['packages-dev']) ? lock['packages-dev'] : [], 'dev', lines['packages-dev']],
  ]
  for (const [list, scope, at] of sections) {
    const items = list as unknown[]
    for (let i = 0; i < items.length; i++) {
      const entry = items[i]
      const line = at[i]
      if (!isRecord(entry)) {
        r.issue('error', 'package entry is not an object; skipped', line)
        r.complete = false
        continue
      }
      const name = str(entry.name)
      const version = str(entry.version)
      if (!name || !version) {
        const what = !name && !version ? '"name" and "version"' : !name ? '"name"' : '"version"'
        r.issue('error', `package${name ? ` ${name}` : ''} has no ${what}; skipped`, line)
        r.complete = false
        continue
      }
      const id = name.toLowerCase()
      if (byName.has(id)) {
        r.issue('warning', `${name} is locked twice; the second entry is ignored`, line)
        continue
      }
      const where = classifyComposerSource(entry)
      const purl = composerPurl(id, version, where.qualifiers)
      if (!purl) {
        r.issue('error', `"${name}" is not a vendor/name package name; skipped`, line)
        r.complete = false
        continue
      }
      const hashes: Hash[] = []
      const shasum = isRecord(entry.dist) ? str(entry.dist.shasum) : undefined
      if (shasum) {
        const hash = hexHash(shasum, 'SHA-1')
        if (hash) hashes.push(hash)
        else r.issue('warning', `${name} ${version}: dist shasum "${shasum}" is not a SHA-1`, line)
      }
      const pkg: ParsedPackage = {
        id,
        ecosystem: 'composer',
        name: id,
        version,
        purl,
        scope,
        hashes,
        resolved: where.resolved,
        source: where.source,
        license: composerLicense(entry.license),
        line,
      }
      r.packages.push(pkg)
      byName.set(id, pkg)
      entries.set(id, entry)
      for (const field of ['replace', 'provide'])
        if (isRecord(entry[field]))
          for (const other of Object.keys(entry[field])) {
            const key = other.toLowerCase()
            const list = providers.get(key)
            if (list) list.push(id)
            else providers.set(key, [id])
          }
    }
  }

  // The root's own replace / provide satisfy requirements without a package.
  const rootProvides = new Set<string>()
  for (const field of ['replace', 'provide'])
    if (isRecord(manifest?.[field]))
      for (const n of Object.keys(manifest[field])) rootProvides.add(n.toLowerCase())

  /** Ids a requirement resolves to: the package of that name, else those that replace or provide it. */
  const resolve = (name: string): string[] | undefined => {
    const key = name.toLowerCase()
    const pkg = byName.get(key)
    if (pkg) return [pkg.id]
    return providers.get(key) ?? (rootProvides.has(key) ? [] : undefined)
  }

  const required = new Set<string>()
  for (const [id, entry] of entries) {
    if (!isRecord(entry.require)) continue
    const from = byName.get(id)!
    for (const name of Object.keys(entry.require)) {
      if (isPlatformPackage(name)) continue
      const to = resolve(name)
      if (!to) {
        r.issue(
          'warning',
          `${from.name} ${from.version} requires ${name}, which the lockfile does not contain`,
          from.line,
        )
        r.complete = false
        continue
      }
      for (const t of to) {
        if (t === id) continue
        r.edges.push({ from: id, to: t, scope: 'runtime' })
        required.add(t)
      }
    }
  }

  // Direct dependencies: composer.json's require / require-dev, else the packages nothing requires.
  if (manifest) {
    const declared: Array<[unknown, Scope, string]> = [
      [manifest.require, 'runtime', 'require'],
      [manifest['require-dev'], 'dev', 'require-dev'],
    ]
    const manifestText = input.files.read(manifestPath) ?? ''
    for (const [table, scope, field] of declared) {
      if (!isRecord(table)) continue
      for (const [name, constraint] of Object.entries(table)) {
        if (isPlatformPackage(name)) continue
        const to = resolve(name)
        if (to) {
          for (const t of to) r.edges.push({ from: '', to: t, scope })
          continue
        }
        // Declared but not locked: the lockfile is behind composer.json. The package is listed unpinned.
        const id = name.toLowerCase()
        const purl = composerPurl(id)
        r.issue(
          'warning',
          `composer.json ${field} ${name} ${typeof constraint === 'string' ? constraint : ''}`.trimEnd() +
            ', which composer.lock does not contain (the lockfile is out of date?)',
          lineOf(manifestText, JSON.stringify(name)),
          manifestPath,
        )
        r.complete = false
        if (!purl || byName.has(id)) continue
        const pkg: ParsedPackage = {
          id,
          ecosystem: 'composer',
          name: id,
          purl,
          scope,
          hashes: [],
          source: 'registry',
        }
        r.packages.push(pkg)
        byName.set(id, pkg)
        r.edges.push({ from: '', to: id, scope })
      }
    }
  } else {
    for (const pkg of r.packages)
      if (!required.has(pkg.id)) r.edges.push({ from: '', to: pkg.id, scope: pkg.scope })
    r.issue(
      'info',
      'no composer.json next to composer.lock: direct dependencies are inferred from the lockfile',
    )
  }

  // Platform requirements are not packages: the root project holds them.
  const root = r.projects.find((p) => p.id === '')
  if (root)
    root.platform = [...platformList(lock.platform, 'runtime'), ...platformList(lock['platform-dev'], 'dev')]
  const overrides = platformList(lock['platform-overrides'], 'runtime')
  if (overrides.length)
    r.issue(
      'info',
      `resolved for an overridden platform (config.platform): ${overrides.map((o) => `${o.name} ${o.constraint}`).join(', ')}`,
      lineAt(text, text.lastIndexOf('"platform-overrides"')),
    )

  return {
    format: formatOf(lock),
    projects: r.projects,
    packages: r.packages,
    edges: r.edges,
    issues: r.issues,
    complete: r.complete,
  }
}
