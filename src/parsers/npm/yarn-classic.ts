// yarn.lock of yarn 1 ("# yarn lockfile v1"). Each entry lists the "name@range" patterns it satisfies and
// the ranges of its own dependencies, so an edge is the entry whose key lists exactly "dep@range". yarn 1
// records neither dev/prod nor workspaces: both come from package.json (the root one's `workspaces` globs
// give the members), and scopes are then derived from reachability.
import { deriveScopes } from '../../graph/scopes.js'
import type { Hash } from '../../model.js'
import { addHash, hexHash, parseIntegrity } from '../../util/hash.js'
import { isRecord } from '../../util/text.js'
import { eachDeclaredDep, expandWorkspaces, workspaceGlobs, type Manifest } from './manifest.js'
import { classifyResolved, isGitSpec, npmPackagePurl, type NpmSource } from './source.js'
import { npmAlias, splitDescriptor, type YarnLock } from './yarn-common.js'
import type { SymlDoc, SymlEntry } from './yarn-syml.js'

interface Located {
  where: NpmSource
  /** The resolved location without yarn's "#sha1" fragment. */
  resolved?: string
  /** SHA-1 from the "#sha1" fragment of a tarball URL. */
  sha1?: Hash
}

const CODELOAD = /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([0-9a-f]{40})$/

/** Where an entry comes from: its `resolved` URL, else the range it was asked for. */
function locate(name: string, resolved: string | undefined, range: string): Located {
  if (!resolved) {
    if (range.startsWith('link:') || range.startsWith('portal:'))
      return { where: { source: 'link' }, resolved: range }
    if (range.startsWith('file:')) return { where: { source: 'path' }, resolved: range }
    if (isGitSpec(range)) return { where: { source: 'git', qualifiers: { vcs_url: range } }, resolved: range }
    if (/^https?:\/\//.test(range))
      return { where: { source: 'url', qualifiers: { download_url: range } }, resolved: range }
    return { where: { source: 'registry' } }
  }
  // GitHub shorthands are fetched as codeload tarballs of a commit: a git source, as npm records it.
  const gh = CODELOAD.exec(resolved)
  if (gh) {
    const vcs = `git+https://github.com/${gh[1]}/${gh[2]}.git#${gh[3]}`
    return { where: { source: 'git', qualifiers: { vcs_url: vcs } }, resolved }
  }
  const hash = resolved.lastIndexOf('#')
  const base = hash === -1 ? resolved : resolved.slice(0, hash)
  const http = resolved.startsWith('https://') || resolved.startsWith('http://')
  // The fragment of a git URL is a commit; that of a tarball (a registry's, usually) is its SHA-1.
  if (http ? base.endsWith('.git') : isGitSpec(resolved))
    return { where: { source: 'git', qualifiers: { vcs_url: resolved } }, resolved }
  if (resolved.startsWith('link:')) return { where: { source: 'link' }, resolved }
  const sha1 = hash === -1 ? undefined : hexHash(resolved.slice(hash + 1), 'SHA-1')
  return { where: http ? classifyResolved(name, base) : { source: 'path' }, resolved: base, sha1 }
}

export function readClassicLock(r: YarnLock, doc: SymlDoc): void {
  for (const e of doc.errors) r.issue('error', `${e.message}; entry skipped`, e.line)
  if (doc.errors.length) r.complete = false

  const byKey = new Map<string, string>() // "name@range" → package id
  const ids = new Set<string>()
  const read: Array<{ id: string; entry: Manifest; at: SymlEntry }> = []
  for (const at of doc.entries) {
    const entry = at.value
    if (!isRecord(entry)) {
      r.issue('error', `entry "${at.keys.join(', ')}" is not a block of fields; skipped`, r.lineOf(at))
      r.complete = false
      continue
    }
    // The keys: "name@range", or "alias@npm:real@range" (the real package installed under the alias).
    let name: string | undefined
    let alias: string | undefined
    let range: string | undefined // a range of the entry that is not an alias, to tell the source by
    const keys: string[] = []
    const bad: string[] = []
    for (const key of at.keys) {
      const d = splitDescriptor(key)
      if (!d) {
        bad.push(key)
        continue
      }
      keys.push(key)
      const real = npmAlias(d.range)
      if (real) {
        name ??= real.name
        if (real.name === name) alias ??= d.name
      } else {
        range ??= d.range
        name ??= d.name
      }
    }
    const label = at.keys.join(', ')
    if (!name || !keys.length) {
      r.issue('error', `cannot read the key "${label}" (expected name@range); entry skipped`, r.lineOf(at))
      r.complete = false
      continue
    }
    if (bad.length)
      r.issue(
        'warning',
        `cannot read ${bad.map((b) => `"${b}"`).join(', ')} (expected name@range)`,
        r.lineOf(at),
      )
    const version = typeof entry.version === 'string' && entry.version ? entry.version : undefined
    if (!version) {
      r.issue('error', `"${label}" has no version; skipped`, r.lineOf(at))
      r.complete = false
      continue
    }
    const resolved = typeof entry.resolved === 'string' && entry.resolved ? entry.resolved : undefined
    const where = locate(name, resolved, range ?? '')
    const hashes: Hash[] = []
    if (typeof entry.integrity === 'string') {
      const sri = parseIntegrity(entry.integrity)
      hashes.push(...sri.hashes)
      if (sri.invalid.length)
        r.issue(
          'warning',
          `${name}@${version}: unreadable integrity value ${sri.invalid.join(' ')}`,
          r.lineOf(at),
        )
    }
    addHash(hashes, where.sha1)
    const id = ids.has(`${name}@${version}`) ? label : `${name}@${version}`
    ids.add(id)
    r.packages.push({
      id,
      ecosystem: 'npm',
      name,
      version,
      purl: npmPackagePurl(name, version, where.where),
      scope: 'runtime',
      hashes,
      resolved: where.resolved,
      source: where.where.source,
      alias,
      line: r.lineOf(at),
    })
    for (const key of keys) byKey.set(key, id)
    read.push({ id, entry, at })
  }

  const required = new Set<string>()
  for (const { id, entry, at } of read)
    eachDeclaredDep(entry, false, (dep) => {
      const to = byKey.get(`${dep.name}@${dep.spec}`)
      if (to !== undefined) {
        r.edges.push({ from: id, to, scope: dep.scope })
        required.add(to)
      } else if (!dep.optional && dep.scope !== 'peer') {
        r.issue(
          'warning',
          `"${at.keys[0]}" depends on ${dep.name}@${dep.spec}, which the lockfile does not contain`,
          r.lineOf(at),
        )
        r.complete = false
      }
    })

  addProjects(r, byKey, read, required)
  deriveScopes(r.result(''))
}

/** The root project and the workspace members, with their direct dependencies from package.json. */
function addProjects(
  r: YarnLock,
  byKey: Map<string, string>,
  read: Array<{ id: string; entry: Manifest }>,
  required: Set<string>,
): void {
  const root = r.manifest('')
  r.addProject('', root?.name, root?.version)
  if (!root) {
    // No package.json: the entries nothing else requires are the direct dependencies.
    for (const { id } of read) if (!required.has(id)) r.edges.push({ from: '', to: id, scope: 'runtime' })
    r.issue(
      'info',
      'no package.json next to the lockfile: direct dependencies are inferred from the lockfile, and dev dependencies cannot be told apart',
    )
    return
  }
  const manifests: Array<[string, Manifest]> = [['', root]]
  for (const dir of expandWorkspaces(r.input.files, r.dir, workspaceGlobs(root))) {
    const manifest = r.manifest(dir)
    if (!manifest) continue
    r.addProject(dir, manifest.name, manifest.version)
    manifests.push([dir, manifest])
  }
  const workspaceByName = new Map<string, string>()
  for (const [dir, manifest] of manifests)
    if (typeof manifest.name === 'string') workspaceByName.set(manifest.name, dir)
  for (const [dir, manifest] of manifests)
    eachDeclaredDep(manifest, true, (dep) => {
      const to = byKey.get(`${dep.name}@${dep.spec}`) ?? workspaceByName.get(dep.name)
      if (to !== undefined && to !== dir) r.edges.push({ from: dir, to, scope: dep.scope })
      else if (to === undefined && !dep.optional && dep.scope !== 'peer') {
        r.issue(
          'warning',
          `${r.rel(dir, 'package.json')} declares ${dep.name}@${dep.spec}, which the lockfile does not contain`,
        )
        r.complete = false
      }
    })
}
