// bun's text lockfile bun.lock (JSONC), lockfileVersion 0, 1 and 2, and the binary bun.lockb, which is not read.
//
// Shape (bun's src/install/lockfile/bun.lock.zig):
//   "workspaces": { "": root, "<folder>": { name, version, dependencies, devDependencies, ... } }
//   "packages": { "<install path>": tuple }, the install path being "name", "parent/name" for a nested copy,
//   "@scope/parent/@scope/name", or "<workspace name>/name" for a copy inside a workspace. Tuples:
//     npm        ["name@1.2.3", "" (default registry) or tarball URL, INFO, integrity]
//     workspace  ["name@workspace:packages/x"]                   (v0 adds INFO)
//     folder     ["name@file:path", INFO]
//     symlink    ["name@link:path", INFO]
//     tarball    ["name@https://...tgz" or "name@./x.tgz", INFO, integrity?]
//     git        ["name@git+<repo>#<commit>", INFO, "<commit>", integrity?]
//     github     ["name@github:owner/repo#<commit>", INFO, "owner-repo-<commit>", integrity?]
//     root       ["name@root:", { bin }]
//   INFO = { dependencies, optionalDependencies, peerDependencies, optionalPeers, bin, os, cpu, bundled }.
// v1 stopped repeating a workspace's dependencies in its "packages" tuple; v2 only made bun's own parsing
// stricter. A dependency resolves as bun resolves it: "<path>/<dep>", then up one package at a time to "<dep>".
// bun.lock records no dev/optional per package: scopes are derived from the projects' declared dependencies.
// "overrides", "catalog(s)", "patchedDependencies" (a patched package is still that package and version) and
// "trustedDependencies" are already reflected in the tuples, or say nothing about the graph: they are not read.
import { deriveScopes } from '../../graph/scopes.js'
import { ParseError, type Issue, type ParseInput, type ParseResult, type ParsedEdge } from '../../model.js'
import { parseIntegrity } from '../../util/hash.js'
import { isRecord, lineAt, lineOf, parseJson } from '../../util/text.js'
import { eachDeclaredDep, readManifest } from './manifest.js'
import { classifyResolved, npmPackagePurl, type NpmSource } from './source.js'
import { NpmResultBuilder } from './npm-result.js'

type Info = Record<string, unknown>

const VERSIONS = [0, 1, 2]
const DEFAULT_REGISTRY = 'https://registry.npmjs.org'
const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/
const GIT_SPEC = /^(?:git\+|git:\/\/|git@|ssh:\/\/|github:|gitlab:|bitbucket:)/
const TARBALL_PATH = /\.(?:tgz|tar\.gz|tar)$/i

const QUOTE = 34
const BACKSLASH = 92
const SLASH = 47
const STAR = 42
const COMMA = 44
const CLOSE_BRACE = 125
const CLOSE_BRACKET = 93

/** Offset of the next character that is not whitespace or a comment. */
function skipTrivia(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 10 || c === 13 || c === 9) i++
    else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const end = text.indexOf('\n', i)
      if (end === -1) return text.length
      i = end
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2)
      if (end === -1) return text.length
      i = end + 2
    } else return i
  }
}

/**
 * JSONC → JSON: drops comments and trailing commas outside strings. Lines are kept (a block comment leaves its
 * line breaks), so JSON syntax errors in the result point at the right line of the original.
 */
export function stripJsonc(text: string): string {
  const parts: string[] = []
  let copied = 0
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const open = i
      for (i++; ;) {
        const q = text.indexOf('"', i)
        if (q === -1) return text // unterminated string: JSON.parse reports it
        let backslashes = 0
        for (let b = q - 1; b > open && text.charCodeAt(b) === BACKSLASH; b--) backslashes++
        i = q + 1
        if (backslashes % 2 === 0) break
      }
    } else if (c === COMMA) {
      const next = text.charCodeAt(skipTrivia(text, i + 1))
      if (next === CLOSE_BRACE || next === CLOSE_BRACKET) {
        parts.push(text.slice(copied, i))
        copied = i + 1
      }
      i++
    } else if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
      const block = text.charCodeAt(i + 1) === STAR
      const close = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i)
      const end = close === -1 ? n : block ? close + 2 : close
      parts.push(text.slice(copied, i))
      if (block) parts.push(text.slice(i, end).replace(/[^\n]+/g, ''))
      copied = i = end
    } else i++
  }
  if (copied === 0) return text
  parts.push(text.slice(copied))
  return parts.join('')
}

/**
 * Parses bun.lock's JSONC. bun writes trailing commas only at line ends, and a comma followed by a line break
 * cannot be inside a JSON string, so dropping those and parsing is exact whenever it succeeds; anything else
 * (comments, same-line trailing commas, a syntax error to report with its line) takes the careful way.
 */
function parseJsonc(text: string): unknown {
  try {
    return JSON.parse(text.replace(/,(\s*\n\s*[}\]])/g, '$1'))
  } catch {
    return parseJson(stripJsonc(text), 'JSON')
  }
}

/** Splits an install path into package names: "a/@s/b/c" → ["a", "@s/b", "c"]. */
function pathNames(key: string): string[] {
  const slash = key.indexOf('/')
  if (slash === -1 || (key.charCodeAt(0) === 64 /* @ */ && key.indexOf('/', slash + 1) === -1)) return [key]
  const parts = key.split('/')
  const names: string[] = []
  for (let i = 0; i < parts.length; i++)
    names.push(parts[i].startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i])
  return names
}

/** The install path one package up ("a/@s/b" → "a"), "" at the top. */
function parentPath(key: string): string {
  const last = key.lastIndexOf('/')
  if (last === -1) return ''
  const prev = key.lastIndexOf('/', last - 1)
  if (key.charCodeAt(prev + 1) === 64 /* @ */) return prev === -1 ? '' : key.slice(0, prev)
  return key.slice(0, last)
}

/** Name and resolution of a tuple's first element: "@scope/name@1.0.0" → ["@scope/name", "1.0.0"]. */
function splitIdent(ident: string): [string, string] | undefined {
  const at = ident.indexOf('@', 1)
  if (at <= 0 || at === ident.length - 1) return undefined
  return [ident.slice(0, at), ident.slice(at + 1)]
}

/** The version in a registry tarball URL (".../name/-/name-1.2.3.tgz"), when it has that shape. */
function tarballVersion(name: string, url: string): string | undefined {
  const file = `/-/${name.slice(name.indexOf('/') + 1)}-`
  const at = url.lastIndexOf(file)
  if (at === -1 || !url.endsWith('.tgz')) return undefined
  const version = url.slice(at + file.length, -4)
  return SEMVER.test(version) ? version : undefined
}

/** bun's "optionalPeers" as npm's peerDependenciesMeta. */
function optionalMeta(names: unknown[]): Record<string, { optional: true }> {
  const meta: Record<string, { optional: true }> = {}
  for (const name of names) if (typeof name === 'string') meta[name] = { optional: true }
  return meta
}

interface Node {
  /** ParsedPackage or ParsedProject id */
  id: string
  /** what a package declares (undefined for a workspace: its dependencies are in "workspaces") */
  info?: Info
}

class BunReader extends NpmResultBuilder {
  readonly edges: ParsedEdge[] = []
  /** install path → node */
  private readonly nodes = new Map<string, Node>()
  /** install paths that have copies nested under them: the only places a lookup can stop before the top */
  private readonly parents = new Set<string>()
  /** workspace name → project id */
  private readonly workspaceByName = new Map<string, string>()
  /** Edges to optional peers: in the graph, but they install nothing, so they do not make a package needed. */
  readonly optionalPeerEdges = new Set<ParsedEdge>()
  /** project id → its declared dependencies and the name its nested install paths start with */
  private readonly projectDeps = new Map<string, { deps: Info; name: string }>()

  constructor(
    input: ParseInput,
    readonly lock: Record<string, unknown>,
    readonly version: number,
  ) {
    super(input)
  }

  issue(severity: Issue['severity'], message: string, line?: number): void {
    this.issues.push({ file: this.input.path, line, severity, message })
  }

  /** Line of a key of the object that starts at `section` ("packages", "workspaces"). */
  keyLine(section: string, key: string): number | undefined {
    const text = this.input.text
    const start = text.indexOf(`"${section}"`)
    if (start === -1) return undefined
    const needle = JSON.stringify(key) + ':'
    for (let at = text.indexOf(needle, start); at !== -1; at = text.indexOf(needle, at + 1)) {
      let b = at - 1
      while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--
      if (b < 0 || text[b] === '\n' || text[b] === '{' || text[b] === ',') return lineAt(text, at)
    }
    return lineOf(text, needle, start)
  }

  readWorkspaces(): void {
    const lock = this.lock
    const workspaces = isRecord(lock.workspaces) ? lock.workspaces : {}
    if (lock.workspaces !== undefined && !isRecord(lock.workspaces))
      throw new ParseError('"workspaces" is not an object', lineOf(this.input.text, '"workspaces"'))

    const manifest = readManifest(this.input.files, this.rel('package.json'), this.issues)
    const root = workspaces['']
    let rootDeps: Info
    if (isRecord(root)) rootDeps = root
    else if (manifest) {
      rootDeps = manifest
      this.issue(
        'warning',
        'no root workspace ("") in "workspaces": direct dependencies are read from package.json',
      )
    } else {
      rootDeps = {}
      this.issue(
        'warning',
        'no root workspace ("") in "workspaces" and no package.json: direct dependencies unknown',
      )
      this.complete = false
    }
    this.addProject('', manifest?.name ?? rootDeps.name, manifest?.version)
    this.projectDeps.set('', { deps: rootDeps, name: '' })

    for (const [path, value] of Object.entries(workspaces)) {
      if (path === '') continue
      const id = path.replace(/^\.\//, '').replace(/\/+$/, '')
      if (!isRecord(value) || typeof value.name !== 'string' || !value.name) {
        this.issue('error', `workspace "${path}" has no name; skipped`, this.keyLine('workspaces', path))
        this.complete = false
        continue
      }
      this.addMember(id, value.name, value.version, value)
    }
  }

  addMember(id: string, name: string, version: unknown, deps: Info): void {
    this.addProject(id, name, version)
    this.workspaceByName.set(name, id)
    this.projectDeps.set(id, { deps, name })
    // bun installs each workspace under its name at the top, whether or not "packages" lists it
    if (!this.nodes.has(name)) this.nodes.set(name, { id })
  }

  readPackages(): void {
    const packages = this.lock.packages
    if (packages === undefined) return
    if (!isRecord(packages))
      throw new ParseError('"packages" is not an object', lineOf(this.input.text, '"packages"'))

    // Workspace tuples first: install paths nested under a workspace are placed in its folder.
    const projectIds = new Set(this.projects.map((p) => p.id))
    const workspaceKeys = new Set<string>()
    for (const key in packages) {
      const tuple = packages[key]
      if (!Array.isArray(tuple) || typeof tuple[0] !== 'string' || !tuple[0].includes('@workspace:')) continue
      const ident = splitIdent(tuple[0])
      if (!ident || !ident[1].startsWith('workspace:')) continue
      const path = ident[1].slice('workspace:'.length).replace(/^\.\//, '').replace(/\/+$/, '')
      if (!projectIds.has(path)) {
        // v0, or a member missing from "workspaces": the tuple carries the member's dependencies
        projectIds.add(path)
        this.addMember(path, ident[0], undefined, isRecord(tuple[1]) ? tuple[1] : {})
      }
      this.nodes.set(key, { id: path })
      workspaceKeys.add(key)
    }

    for (const key in packages) {
      if (workspaceKeys.has(key)) continue
      const tuple = packages[key]
      const fail = (why: string): void => {
        this.issue('error', `package "${key}" ${why}; skipped`, this.keyLine('packages', key))
        this.complete = false
      }
      if (!key) {
        fail('has an empty install path')
        continue
      }
      if (!Array.isArray(tuple) || typeof tuple[0] !== 'string') {
        fail('is not an array starting with "name@resolution"')
        continue
      }
      const ident: [string, string] | undefined = tuple[0].startsWith('@root:')
        ? ['', 'root:']
        : splitIdent(tuple[0])
      if (!ident) {
        fail(`has an unreadable resolution ${JSON.stringify(tuple[0])}`)
        continue
      }
      const [name, spec] = ident
      if (spec.startsWith('root:')) {
        this.nodes.set(key, { id: '' }) // the root package itself (a dependency on ".")
        continue
      }
      // Registry packages carry the registry before INFO; all others have INFO second.
      const registry = SEMVER.test(spec)
      if (registry && typeof tuple[1] !== 'string') {
        fail('has no registry URL (second element)')
        continue
      }
      const info = tuple[registry ? 2 : 1]
      if (!isRecord(info)) {
        fail(`has no dependency object (${registry ? 'third' : 'second'} element)`)
        continue
      }
      const names = pathNames(key)
      const id = this.installPath(names)
      const pkg = this.readPackage(name, spec, registry ? (tuple[1] as string) : undefined, tuple)
      if (!pkg) {
        fail(`has an unrecognized resolution ${JSON.stringify(spec)}`)
        continue
      }
      const installedAs = names[names.length - 1]
      if (names.length > 1) this.parents.add(key.slice(0, key.length - installedAs.length - 1))
      const { hashes, invalid } = pkg.integrity ? parseIntegrity(pkg.integrity) : { hashes: [], invalid: [] }
      if (invalid.length)
        this.issue(
          'warning',
          `${name}@${pkg.version ?? spec}: unreadable integrity value ${invalid.join(' ')}`,
          this.keyLine('packages', key),
        )
      this.packages.push({
        id,
        ecosystem: 'npm',
        name,
        version: pkg.version,
        purl: npmPackagePurl(name, pkg.version, pkg.where),
        scope: 'runtime',
        hashes,
        resolved: pkg.resolved,
        source: pkg.where.source,
        alias: installedAs !== name ? installedAs : undefined,
      })
      this.nodes.set(key, { id, info })
    }
  }

  /** node_modules path of an install path: "a/b" → "node_modules/a/node_modules/b"; "<workspace>/b" → "<folder>/node_modules/b". */
  installPath(names: string[]): string {
    const workspace = names.length > 1 ? this.workspaceByName.get(names[0]) : undefined
    if (workspace === undefined) return 'node_modules/' + names.join('/node_modules/')
    return (workspace ? workspace + '/' : '') + 'node_modules/' + names.slice(1).join('/node_modules/')
  }

  /** Version, source and integrity of a package from its resolution; undefined when it is not one bun writes. */
  readPackage(
    name: string,
    spec: string,
    registryUrl: string | undefined,
    tuple: unknown[],
  ): { version?: string; resolved: string; where: NpmSource; integrity?: string } | undefined {
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)
    if (registryUrl !== undefined) {
      const tarball = `${DEFAULT_REGISTRY}/${name}/-/${name.slice(name.indexOf('/') + 1)}-${spec}.tgz`
      return {
        version: spec,
        resolved: registryUrl || tarball,
        where: registryUrl ? classifyResolved(name, registryUrl) : { source: 'registry' },
        integrity: str(tuple[3]),
      }
    }
    if (GIT_SPEC.test(spec)) {
      // git: "git+<url>#<commit>", github: "github:owner/repo#<short commit>"; then the tag bun checked out
      const commit = spec.slice(spec.lastIndexOf('#') + 1)
      return {
        version: spec.includes('#') && /^[0-9a-f]{7,40}$/.test(commit) ? commit : undefined,
        resolved: spec,
        where: { source: 'git', qualifiers: { vcs_url: spec } },
        integrity: str(tuple[3]),
      }
    }
    if (/^https?:\/\//.test(spec))
      return {
        version: tarballVersion(name, spec),
        resolved: spec,
        where: classifyResolved(name, spec),
        integrity: str(tuple[2]),
      }
    if (spec.startsWith('link:')) return { resolved: spec, where: { source: 'link' } }
    if (spec.startsWith('file:') || TARBALL_PATH.test(spec)) {
      const path = spec.replace(/^file:/, '')
      if (TARBALL_PATH.test(path))
        return { resolved: path, where: { source: 'path' }, integrity: str(tuple[2]) }
      // a folder in the repository: its package.json gives the version
      const manifest = readManifest(this.input.files, this.rel(path, 'package.json'), [])
      return { version: str(manifest?.version), resolved: path, where: { source: 'path' } }
    }
    return undefined
  }

  /** The node a dependency `name` resolves to from install path `from` ("" for the root), as bun looks it up. */
  resolve(from: string, name: string): Node | undefined {
    for (let at = from; at; at = parentPath(at)) {
      const hit = this.parents.has(at) ? this.nodes.get(`${at}/${name}`) : undefined
      if (hit) return hit
    }
    return this.nodes.get(name)
  }

  /**
   * Edges from a project or package to what each dependency it declares resolves to. `path` is where bun starts
   * looking: the install path of a package, the name of a workspace, "" for the root.
   */
  addEdges(from: string, path: string, info: Info, project: boolean): void {
    const declared = Array.isArray(info.optionalPeers)
      ? { ...info, peerDependenciesMeta: optionalMeta(info.optionalPeers) }
      : info
    eachDeclaredDep(declared, project, (dep) => {
      const to = this.resolve(path, dep.name)?.id
      if (to !== undefined) {
        if (to === from) return
        const edge: ParsedEdge = { from, to, scope: dep.scope }
        this.edges.push(edge)
        if (dep.optional && dep.scope === 'peer') this.optionalPeerEdges.add(edge)
      } else if (!dep.optional && dep.scope !== 'peer') {
        const who = !project ? `"${path}"` : from ? `workspace "${from}"` : 'the root workspace'
        this.issue(
          'warning',
          `${who} depends on ${dep.name}@${dep.spec}, which the lockfile does not contain`,
          project ? this.keyLine('workspaces', from) : this.keyLine('packages', path),
        )
        this.complete = false
      }
    })
  }

  readEdges(): void {
    for (const [id, { deps, name }] of this.projectDeps) this.addEdges(id, name, deps, true)
    for (const [key, node] of this.nodes) if (node.info) this.addEdges(node.id, key, node.info, false)
  }

  result(): ParseResult {
    return {
      format: `bun.lock v${this.version}`,
      projects: this.projects,
      packages: this.packages,
      edges: this.edges,
      issues: this.issues,
      complete: this.complete,
    }
  }
}

export function parseBunLock(input: ParseInput): ParseResult {
  const text = input.text
  const lock = parseJsonc(text)
  if (!isRecord(lock)) throw new ParseError('not a bun.lock: the top level is not a JSON object', 1)
  const version = lock.lockfileVersion
  if (version === undefined) throw new ParseError('not a bun.lock: no "lockfileVersion"', 1)
  if (typeof version !== 'number' || !VERSIONS.includes(version))
    throw new ParseError(
      `unknown lockfileVersion ${JSON.stringify(version)}: lockgraph reads bun.lock versions 0, 1 and 2`,
      lineOf(text, '"lockfileVersion"'),
    )
  const r = new BunReader(input, lock, version)
  r.readWorkspaces()
  r.readPackages()
  r.readEdges()
  const result = r.result()
  // bun records, as optional peers, also the peers a package names only in peerDependenciesMeta, which npm
  // ignores; bun installs nothing for an optional peer, so those edges do not make a package less dev-only.
  deriveScopes({ ...result, edges: result.edges.filter((e) => !r.optionalPeerEdges.has(e)) })
  return result
}

/** bun.lockb is a binary format of bun's own: say how to get the text lockfile instead. */
export function parseBunLockb(_input: ParseInput): ParseResult {
  throw new ParseError(
    "bun.lockb is bun's binary lockfile, which lockgraph cannot read. Write the text lockfile bun.lock next to it " +
      'with `bun install --save-text-lockfile --frozen-lockfile --lockfile-only` (bun 1.1.39 or later), or upgrade ' +
      'to bun 1.2 or later, which writes bun.lock by default; then commit bun.lock and delete bun.lockb',
  )
}
