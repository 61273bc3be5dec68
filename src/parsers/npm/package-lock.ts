// npm package-lock.json and npm-shrinkwrap.json: lockfileVersion 1 (nested `dependencies`),
// 2 and 3 (`packages`), and the shrinkwrap of npm <= 4 that has no lockfileVersion.
// Edges are resolved the way Node resolves modules: the nearest node_modules walking up.
import { posix } from 'node:path'
import picomatch from 'picomatch'
import {
  ParseError,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type Scope,
} from '../../model.js'
import { parseIntegrity } from '../../util/hash.js'
import { NpmResultBuilder } from './npm-result.js'
import { isRecord, lineOf, parseJson, stringRecord } from '../../util/text.js'
import { eachDeclaredDep, readManifest, workspaceGlobs } from './manifest.js'
import { classifyResolved, isGitSpec, npmPackagePurl, type NpmSource } from './source.js'

type Entry = Record<string, unknown>

const NM = 'node_modules/'

function entryScope(entry: Entry): Scope {
  if (entry.dev === true) return 'dev'
  if (entry.optional === true || entry.devOptional === true) return 'optional'
  if (entry.peer === true) return 'peer'
  return 'runtime'
}

/** Name a package is installed under, from its location ("node_modules/@a/b/node_modules/c" → "c"). */
function installName(location: string): string | undefined {
  const at = location.lastIndexOf(NM)
  if (at === -1) return undefined
  return location.slice(at + NM.length)
}

/** The parent folder of a location, as Node walks up looking for node_modules. */
function parentDir(location: string): string | undefined {
  if (location === '') return undefined
  const slash = location.lastIndexOf('/')
  return slash === -1 ? '' : location.slice(0, slash)
}

class LockReader extends NpmResultBuilder {
  readonly edges: ParsedEdge[] = []

  issue(severity: Issue['severity'], message: string, needle?: string): void {
    const line = needle ? lineOf(this.input.text, needle) : undefined
    this.issues.push({ file: this.input.path, line, severity, message })
  }

  addPackage(id: string, name: string, version: string | undefined, entry: Entry, where: NpmSource): void {
    const { hashes, invalid } =
      typeof entry.integrity === 'string' ? parseIntegrity(entry.integrity) : { hashes: [], invalid: [] }
    if (invalid.length)
      this.issue('warning', `${name}@${version}: unreadable integrity value ${invalid.join(' ')}`, `"${id}"`)
    const alias = installName(id)
    this.packages.push({
      id,
      ecosystem: 'npm',
      name,
      version,
      purl: npmPackagePurl(name, version, where),
      scope: entryScope(entry),
      hashes,
      resolved: typeof entry.resolved === 'string' ? entry.resolved : undefined,
      source: where.source,
      license: typeof entry.license === 'string' ? entry.license : undefined,
      alias: alias && alias !== name ? alias : undefined,
    })
  }

  result(format: string): ParseResult {
    return this.finish(format, this.edges)
  }
}

/** lockfileVersion 2 and 3: a flat `packages` map keyed by install location. */
function readPackages(r: LockReader, lock: Entry, packages: Record<string, unknown>): void {
  const root = isRecord(packages['']) ? packages[''] : {}
  r.addProject('', root.name ?? lock.name, root.version ?? lock.version)
  const isWorkspace = picomatch(workspaceGlobs(root), { dot: true })

  const entries = new Map<string, Entry>()
  const links = new Map<string, string>()
  const projectIds = new Set<string>([''])

  for (const [location, value] of Object.entries(packages)) {
    if (location === '') continue
    if (!isRecord(value)) {
      r.issue('error', `entry "${location}" is not an object; skipped`, `"${location}"`)
      r.complete = false
      continue
    }
    if (value.link === true) {
      if (typeof value.resolved === 'string') links.set(location, value.resolved)
      else r.issue('warning', `link "${location}" has no target; skipped`, `"${location}"`)
      continue
    }
    entries.set(location, value)
  }

  for (const [location, entry] of entries) {
    const inNodeModules = location.startsWith(NM) || location.includes('/' + NM)
    if (!inNodeModules && isWorkspace(location)) {
      projectIds.add(location)
      r.addProject(location, entry.name, entry.version)
      continue
    }
    const name =
      typeof entry.name === 'string' && entry.name
        ? entry.name
        : (installName(location) ?? posix.basename(location))
    const version = typeof entry.version === 'string' && entry.version ? entry.version : undefined
    if (!version) {
      r.issue('error', `"${location}" has no version; skipped`, `"${location}"`)
      r.complete = false
      entries.delete(location)
      continue
    }
    const where: NpmSource = inNodeModules
      ? classifyResolved(name, typeof entry.resolved === 'string' ? entry.resolved : undefined)
      : { source: 'path' }
    r.addPackage(location, name, version, entry, where)
  }

  // Where each name is installed: most names exist once, hoisted to the top, and resolve without a walk.
  const installed = new Map<string, string[]>()
  const noteInstall = (location: string): void => {
    const name = installName(location)
    if (name === undefined) return
    const at = installed.get(name)
    if (at) at.push(location)
    else installed.set(name, [location])
  }
  for (const location of entries.keys()) noteInstall(location)
  for (const location of links.keys()) noteInstall(location)
  const target = (location: string): string => {
    const link = links.get(location)
    return link === undefined ? location : posix.normalize(link)
  }

  /** Location a dependency `name` of the package at `from` resolves to, following links. */
  const resolve = (from: string, name: string): string | undefined => {
    const places = installed.get(name)
    if (!places) return undefined
    if (places.length === 1 && places[0].length === NM.length + name.length) return target(places[0])
    for (let dir: string | undefined = from; dir !== undefined; dir = parentDir(dir)) {
      if (dir.endsWith('/node_modules') || dir === 'node_modules') continue
      const candidate = dir === '' ? NM + name : `${dir}/${NM}${name}`
      if (links.has(candidate) || entries.has(candidate)) return target(candidate)
    }
    return undefined
  }

  const addEdges = (from: string, entry: Entry, withDev: boolean): void =>
    eachDeclaredDep(entry, withDev, (dep) => {
      const to = resolve(from, dep.name)
      if (to !== undefined && (entries.has(to) || projectIds.has(to))) {
        r.edges.push({ from, to, scope: dep.scope })
      } else if (!dep.optional && dep.scope !== 'peer') {
        r.issue(
          'warning',
          `"${from || '(root)'}" depends on ${dep.name}@${dep.spec}, which the lockfile does not contain`,
          from ? `"${from}"` : undefined,
        )
        r.complete = false
      }
    })

  addEdges('', root, true)
  for (const [location, entry] of entries) addEdges(location, entry, projectIds.has(location))
}

/** lockfileVersion 1 and legacy shrinkwrap: nested `dependencies` objects. */
function readNested(r: LockReader, lock: Entry, legacy: boolean): void {
  const manifest = readManifest(r.input.files, r.rel('package.json'), r.issues)
  r.addProject('', manifest?.name ?? lock.name, manifest?.version ?? lock.version)

  // id → entry, and the nesting parent of every id (the folder Node would look in next).
  const entries = new Map<string, Entry>()
  const children = new Map<string, Map<string, string>>() // id → name → child id
  children.set('', new Map())

  const walk = (parentId: string, deps: unknown): void => {
    if (!isRecord(deps)) return
    const kids = children.get(parentId)!
    for (const [installAs, value] of Object.entries(deps)) {
      const id = parentId === '' ? NM + installAs : `${parentId}/${NM}${installAs}`
      if (!isRecord(value)) {
        r.issue('error', `entry "${installAs}" is not an object; skipped`, `"${installAs}": `)
        r.complete = false
        continue
      }
      const spec = typeof value.version === 'string' ? value.version : ''
      if (!spec) {
        r.issue('error', `"${installAs}" has no version; skipped`, `"${installAs}": {`)
        r.complete = false
        continue
      }
      let name = installAs
      let version: string | undefined = spec
      const resolved = typeof value.resolved === 'string' ? value.resolved : undefined
      let where: NpmSource
      if (spec.startsWith('npm:')) {
        // alias: "npm:real-name@1.2.3"
        const at = spec.lastIndexOf('@')
        name = spec.slice(4, at > 4 ? at : undefined)
        version = at > 4 ? spec.slice(at + 1) : undefined
        where = classifyResolved(name, resolved)
      } else if (spec.startsWith('file:') || spec.startsWith('link:')) {
        version = undefined
        where = { source: spec.startsWith('link:') ? 'link' : 'path' }
      } else if (isGitSpec(spec)) {
        version = /#([0-9a-f]{7,40})$/.exec(spec)?.[1]
        where = { source: 'git', qualifiers: { vcs_url: spec } }
      } else if (/^https?:\/\//.test(spec)) {
        version = undefined
        where = { source: 'url', qualifiers: { download_url: spec } }
      } else {
        where = classifyResolved(name, resolved)
      }
      entries.set(id, value)
      kids.set(installAs, id)
      children.set(id, new Map())
      r.addPackage(
        id,
        name,
        version,
        { ...value, resolved: resolved ?? (where.source === 'registry' ? undefined : spec) },
        where,
      )
      walk(id, value.dependencies)
    }
  }
  walk('', lock.dependencies)

  const parentOf = (id: string): string | undefined => {
    if (id === '') return undefined
    const at = id.lastIndexOf('/' + NM)
    return at === -1 ? '' : id.slice(0, at)
  }
  const resolve = (from: string, name: string): string | undefined => {
    for (let at: string | undefined = from; at !== undefined; at = parentOf(at)) {
      const hit = children.get(at)?.get(name)
      if (hit) return hit
    }
    return undefined
  }

  const required = new Set<string>()
  for (const [id, entry] of entries) {
    if (legacy || !isRecord(entry.requires)) {
      // npm <= 4 recorded no relations; a nested copy exists because its parent needs it.
      if (legacy)
        for (const child of children.get(id)!.values()) {
          r.edges.push({
            from: id,
            to: child,
            scope: entryScope(entries.get(child)!) === 'optional' ? 'optional' : 'runtime',
          })
          required.add(child)
        }
      continue
    }
    const optional = stringRecord(entry.optionalDependencies)
    for (const name of Object.keys(entry.requires)) {
      const to = resolve(id, name)
      if (to) {
        r.edges.push({ from: id, to, scope: name in optional ? 'optional' : 'runtime' })
        required.add(to)
      } else if (!(name in optional) && entries.get(id)?.optional !== true) {
        r.issue(
          'warning',
          `"${installAsOf(id)}" requires ${name}, which the lockfile does not contain`,
          `"${installAsOf(id)}": {`,
        )
        r.complete = false
      }
    }
  }

  if (manifest) {
    eachDeclaredDep(manifest, true, (dep) => {
      const to = children.get('')!.get(dep.name)
      if (to) r.edges.push({ from: '', to, scope: dep.scope })
      else if (!dep.optional && dep.scope !== 'peer') {
        r.issue(
          'warning',
          `package.json declares ${dep.name}@${dep.spec}, which the lockfile does not contain`,
        )
        r.complete = false
      }
    })
  } else {
    // No package.json: the top-level entries nothing else requires are the direct dependencies.
    for (const [, id] of children.get('')!) {
      if (!required.has(id)) r.edges.push({ from: '', to: id, scope: entryScope(entries.get(id)!) })
    }
    r.issue(
      'info',
      'no package.json next to the lockfile: direct dependencies are inferred from the lockfile',
    )
  }
  if (legacy) {
    r.issue(
      'info',
      'npm-shrinkwrap.json without lockfileVersion (npm <= 4) records no dependency relations: edges are inferred from nesting',
    )
    r.complete = false
  }
}

function installAsOf(id: string): string {
  return installName(id) ?? id
}

export function parsePackageLock(input: ParseInput): ParseResult {
  const lock = parseJson(input.text, 'JSON')
  if (!isRecord(lock)) throw new ParseError('not an npm lockfile: the top level is not a JSON object', 1)
  const version = lock.lockfileVersion
  const r = new LockReader(input)
  const file = posix.basename(input.path)
  if (version === 2 || version === 3) {
    if (isRecord(lock.packages)) {
      readPackages(r, lock, lock.packages)
      return r.result(`${file} v${version}`)
    }
    if (version === 3)
      throw new ParseError(
        'lockfileVersion 3 without a "packages" object',
        lineOf(input.text, '"lockfileVersion"'),
      )
    readNested(r, lock, false)
    return r.result(`${file} v2`)
  }
  if (version === 1 || version === undefined) {
    if (lock.dependencies !== undefined && !isRecord(lock.dependencies))
      throw new ParseError('"dependencies" is not an object', lineOf(input.text, '"dependencies"'))
    if (version === undefined && lock.dependencies === undefined && lock.packages === undefined)
      throw new ParseError('not an npm lockfile: no lockfileVersion, "packages" or "dependencies"', 1)
    readNested(r, lock, version === undefined)
    return r.result(version === undefined ? `${file} (npm <= 4)` : `${file} v1`)
  }
  throw new ParseError(
    `unknown lockfileVersion ${JSON.stringify(version)}: lockgraph reads versions 1, 2 and 3`,
    lineOf(input.text, '"lockfileVersion"'),
  )
}
