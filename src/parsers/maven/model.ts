// The effective model of a POM, built as Maven's model builder does: parents (by relativePath in the build,
// else by coordinates), profiles active by default (and those whose conditions hold in a plain build),
// inheritance, interpolation, import-scope BOMs, then dependencyManagement applied to the dependencies.
//
// The builder is synchronous: POMs come from a PomSource that either has a POM, knows it is absent, or has
// not fetched it yet ("pending"). The offline parser's source never has anything pending; the resolver's
// fetches what a build reports pending and builds again.
import { posix } from 'node:path'
import { gavString, managementKey, type Gav } from './coordinates.js'
import { hasExpression, interpolator, type Interpolator } from './interpolate.js'
import type { RawActivation, RawDependency, RawExclusion, RawPom, RawProfile, RawRepository } from './pom.js'

export interface Dependency {
  groupId: string
  artifactId: string
  /** Version or range as written after interpolation and management; "" when there is none. */
  version: string
  type: string
  classifier: string
  scope: string
  optional: boolean
  exclusions: RawExclusion[]
  /** Where it is declared, for the build's own POMs. */
  file?: string
  line?: number
}

/** An entry of dependencyManagement; unset fields are not managed. */
export interface ManagedDependency {
  groupId: string
  artifactId: string
  version: string
  type: string
  classifier: string
  scope?: string
  optional?: boolean
  exclusions: RawExclusion[]
  /** Where it is declared, for the build's own POMs. */
  file?: string
  line?: number
}

export interface Repository {
  id: string
  url: string
  releases: boolean
  snapshots: boolean
}

export interface ModelProblem {
  severity: 'error' | 'warning' | 'info'
  message: string
  /** A file of the build (the POM or a local parent), when the problem is in one. */
  file?: string
  line?: number
}

export interface EffectiveModel {
  gav: Gav
  packaging: string
  name?: string
  parent?: Gav
  dependencies: Dependency[]
  managed: ManagedDependency[]
  repositories: Repository[]
  relocation?: { groupId?: string; artifactId?: string; version?: string; message?: string }
  licenses: string[]
  /** Module paths as written (this POM and its active profiles), for the build's own POMs. */
  modules: string[]
  problems: ModelProblem[]
  /** Coordinates of parents and imported BOMs that no repository has. */
  missing: string[]
}

export interface BuildResult {
  model: EffectiveModel
  /** POMs that were needed but are not fetched yet: fetch them and build again. */
  pending: Gav[]
}

export interface FoundPom {
  pom: RawPom
  /** Path of a POM of the build (relative to the scan root); undefined for a POM from a repository. */
  path?: string
}

export interface PomSource {
  /** A POM by coordinates: null when no repository has it, undefined when it is not fetched yet. */
  byGav(gav: Gav): FoundPom | null | undefined
  /** A POM of the build by path relative to the scan root; undefined when there is none. */
  byPath(path: string): FoundPom | undefined
  /** Whether a file or folder of the build exists (profile activation by file); undefined when unknown. */
  exists?(path: string): boolean | undefined
}

/** What a plain `mvn` run on the build machine would see, for profile activation and ${java.version}. */
export interface BuildSettings {
  javaVersion: string
  os: { name: string; family: string; arch: string; version: string }
  /** System and user properties (-D): none by default besides the JVM's. */
  properties: Record<string, string>
}

export const DEFAULT_SETTINGS: BuildSettings = {
  javaVersion: '17',
  os: { name: 'linux', family: 'unix', arch: 'amd64', version: '' },
  properties: {},
}

export const CENTRAL: Repository = {
  id: 'central',
  url: 'https://repo.maven.apache.org/maven2',
  releases: true,
  snapshots: false,
}

/** A dependency list merged by key: later sources only add what is not there yet, or replace in place. */
function mergeByKey<T>(first: T[], second: T[], key: (t: T) => string, secondWins: boolean): T[] {
  const merged = new Map<string, T>()
  for (const t of first) merged.set(key(t), t)
  for (const t of second) if (secondWins || !merged.has(key(t))) merged.set(key(t), t)
  return [...merged.values()]
}

const rawKey = (d: RawDependency) =>
  managementKey(d.groupId ?? '', d.artifactId ?? '', d.type ?? 'jar', d.classifier)

/** A POM with its active profiles injected: what inheritance works on. */
interface ProfiledPom {
  pom: RawPom
  path?: string
  properties: Map<string, string>
  dependencies: RawDependency[]
  dependencyManagement: RawDependency[]
  repositories: RawRepository[]
  modules: string[]
}

/** A POM after inheritance, before interpolation. */
interface InheritedPom {
  groupId?: string
  artifactId?: string
  version?: string
  packaging?: string
  name?: string
  properties: Map<string, string>
  dependencies: Array<RawDependency & { file?: string }>
  dependencyManagement: Array<RawDependency & { file?: string }>
  repositories: RawRepository[]
  licenses: string[]
}

function javaMatches(spec: string, javaVersion: string): boolean {
  const s = spec.trim()
  if (s.startsWith('!')) return !javaVersion.startsWith(s.slice(1))
  if (s.startsWith('[') || s.startsWith('(')) {
    // [1.8,) [11,17) : compare numerically, part by part
    const m = /^([[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$/.exec(s)
    if (!m) return false
    const cmp = (a: string, b: string) => {
      const pa = a.split(/[.\-_]/).map((x) => parseInt(x, 10) || 0)
      const pb = b.split(/[.\-_]/).map((x) => parseInt(x, 10) || 0)
      for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0)
        if (d) return d
      }
      return 0
    }
    if (m[2] && (m[1] === '[' ? cmp(javaVersion, m[2]) < 0 : cmp(javaVersion, m[2]) <= 0)) return false
    if (m[3] && (m[4] === ']' ? cmp(javaVersion, m[3]) > 0 : cmp(javaVersion, m[3]) >= 0)) return false
    return true
  }
  return javaVersion.startsWith(s)
}

function osMatches(os: NonNullable<RawActivation['os']>, settings: BuildSettings): boolean {
  const test = (spec: string | undefined, actual: (v: string) => boolean) => {
    if (!spec) return true
    const negated = spec.startsWith('!')
    const result = actual((negated ? spec.slice(1) : spec).toLowerCase())
    return negated ? !result : result
  }
  const families: Record<string, boolean> = {
    unix: settings.os.family === 'unix',
    windows: false,
    mac: false,
  }
  return (
    test(os.name, (v) => v === settings.os.name) &&
    test(os.family, (v) => families[v] ?? v === settings.os.family) &&
    test(os.arch, (v) => v === settings.os.arch) &&
    test(os.version, (v) => v === settings.os.version)
  )
}

export class ModelBuilder {
  private readonly memo: Map<string, EffectiveModel>
  /** Models still waiting for POMs, reused until one of those arrives (a pass asks for a BOM once per module). */
  private readonly waiting = new Map<string, BuildResult>()
  /** What "not found" means in messages: no repository had it, or none was asked (offline). */
  private readonly absent: string

  /**
   * `memo` keeps the effective models of POMs from repositories (complete ones only): builders over the same
   * POMs may share one.
   */
  constructor(
    private readonly source: PomSource,
    private readonly settings: BuildSettings = DEFAULT_SETTINGS,
    options: { offline?: boolean; memo?: Map<string, EffectiveModel> } = {},
  ) {
    this.absent = options.offline ? 'not in the scanned files (repositories not read offline)' : 'not found'
    this.memo = options.memo ?? new Map()
  }

  /** The effective model of a POM by coordinates (from the build or a repository). */
  forGav(gav: Gav): BuildResult {
    const key = gavString(gav)
    const known = this.memo.get(key) ?? this.stillWaiting(key)
    if (known) return 'model' in known ? known : { model: known, pending: [] }
    const found = this.source.byGav(gav)
    if (found === undefined) return { model: placeholder(gav), pending: [gav] }
    if (found === null) {
      const model = placeholder(gav)
      model.missing.push(key)
      return { model, pending: [] }
    }
    return this.build(found, [key])
  }

  private stillWaiting(key: string): BuildResult | undefined {
    const result = this.waiting.get(key)
    if (result && result.pending.every((g) => this.source.byGav(g) === undefined)) return result
    this.waiting.delete(key)
    return undefined
  }

  /** The effective model of a POM of the build. */
  forPath(path: string): BuildResult | undefined {
    const found = this.source.byPath(path)
    return found ? this.build(found, [path]) : undefined
  }

  /** Module paths of a POM of the build, its active profiles' included. */
  modulesOf(found: FoundPom): string[] {
    return this.profiled(found).modules
  }

  private build(start: FoundPom, importChain: string[]): BuildResult {
    const problems: ModelProblem[] = []
    const missing: string[] = []
    const pending: Gav[] = []
    const chain = this.lineage(start, problems, missing, pending)
    const inherited = chain
      .map((f) => this.profiled(f))
      .reduceRight<InheritedPom | undefined>((parent, child) => inherit(child, parent), undefined)!

    const raw = start.pom
    const parentGav =
      raw.parent?.groupId && raw.parent.artifactId && raw.parent.version
        ? { groupId: raw.parent.groupId, artifactId: raw.parent.artifactId, version: raw.parent.version }
        : undefined
    const basedir = start.path !== undefined ? posix.dirname(start.path) : undefined
    const model: Record<string, string | undefined> = {
      groupId: inherited.groupId,
      artifactId: inherited.artifactId,
      version: inherited.version,
      packaging: inherited.packaging ?? 'jar',
      name: inherited.name,
      'parent.groupId': parentGav?.groupId,
      'parent.artifactId': parentGav?.artifactId,
      'parent.version': parentGav?.version,
      basedir: basedir === undefined ? undefined : basedir === '.' ? '' : basedir,
    }
    const interp = interpolator((name) => {
      const field = name.startsWith('project.')
        ? name.slice(8)
        : name.startsWith('pom.')
          ? name.slice(4)
          : undefined
      if (field !== undefined && field in model) return model[field]
      // user properties (-D) win over the POM's, as in Maven
      const property = this.settings.properties[name] ?? inherited.properties.get(name)
      if (property !== undefined) return property
      if (name === 'java.version') return this.settings.javaVersion
      // Maven 2's unprefixed ${version}, ${groupId}...: still resolved by Maven 3, with a warning
      if (field === undefined && name in model) return model[name]
      return undefined
    })

    const gav: Gav = {
      groupId: interp(inherited.groupId ?? ''),
      artifactId: interp(inherited.artifactId ?? ''),
      version: interp(inherited.version ?? ''),
    }
    const self = gavString(gav)

    // dependencyManagement, with import-scope BOMs expanded: own (and inherited) entries first, then each
    // BOM's in declaration order; the first entry of a key wins.
    const managed: ManagedDependency[] = []
    const managedKeys = new Set<string>()
    const addManaged = (m: ManagedDependency) => {
      const key = managementKey(m.groupId, m.artifactId, m.type, m.classifier || undefined)
      if (managedKeys.has(key)) return
      managedKeys.add(key)
      managed.push(m)
    }
    const imports: ManagedDependency[] = []
    for (const d of inherited.dependencyManagement) {
      const m = { ...interpolateManaged(d, interp), file: d.file, line: d.line }
      if (m.scope === 'import' && m.type === 'pom') imports.push(m)
      else addManaged(m)
    }
    for (const imp of imports) {
      const what = `${imp.groupId}:${imp.artifactId}:${imp.version}`
      if (!imp.version || hasExpression(imp.version) || hasExpression(imp.groupId)) {
        problems.push({
          severity: 'warning',
          message: `import of ${what} in dependencyManagement: ${describeUnresolved(imp.version, interp)}`,
          file: imp.file,
          line: imp.line,
        })
        continue
      }
      if (importChain.includes(what) || what === self) {
        problems.push({
          severity: 'error',
          message: `cycle in imported BOMs: ${[...importChain, what].join(' → ')}`,
          file: imp.file,
          line: imp.line,
        })
        continue
      }
      const bomGav = { groupId: imp.groupId, artifactId: imp.artifactId, version: imp.version }
      const waiting = this.memo.has(what) ? undefined : this.stillWaiting(what)
      if (waiting) pending.push(...waiting.pending)
      let bom: EffectiveModel | undefined = this.memo.get(what) ?? waiting?.model
      if (!bom) {
        const found = this.source.byGav(bomGav)
        if (found === undefined) {
          pending.push(bomGav)
          continue
        }
        if (found === null) {
          missing.push(what)
          problems.push({
            severity: 'warning',
            message: `imported BOM ${what} ${this.absent}: the versions it manages are missing`,
            file: imp.file,
            line: imp.line,
          })
          continue
        }
        const sub = this.build(found, [...importChain, what])
        pending.push(...sub.pending)
        bom = sub.model
      }
      for (const m of bom.managed) addManaged(m)
      for (const p of bom.problems)
        if (p.severity === 'error') problems.push({ ...p, file: imp.file, line: imp.line })
      missing.push(...bom.missing)
    }

    const byKey = new Map<string, ManagedDependency>()
    for (const m of managed)
      byKey.set(managementKey(m.groupId, m.artifactId, m.type, m.classifier || undefined), m)

    const dependencies: Dependency[] = []
    for (const d of inherited.dependencies) {
      const dep = interpolateDependency(d, interp)
      const m = byKey.get(managementKey(dep.groupId, dep.artifactId, dep.type, dep.classifier || undefined))
      const version = dep.version ?? m?.version ?? ''
      const scope = dep.scope ?? m?.scope ?? 'compile'
      const optional = dep.optional ?? m?.optional ?? false
      const exclusions = dep.exclusions.length ? dep.exclusions : (m?.exclusions ?? [])
      const out: Dependency = {
        groupId: dep.groupId,
        artifactId: dep.artifactId,
        version,
        type: dep.type,
        classifier: dep.classifier,
        scope,
        optional,
        exclusions,
        file: d.file,
        line: d.line,
      }
      const name = `${out.groupId}:${out.artifactId}`
      if (hasExpression(out.groupId) || hasExpression(out.artifactId))
        problems.push({
          severity: 'warning',
          message: `dependency ${name}: ${describeUnresolved(name, interp)}`,
          file: d.file,
          line: d.line,
        })
      else if (!version && scope !== 'import')
        problems.push({
          severity: 'warning',
          message: `dependency ${name} has no version (none given and none in dependencyManagement)`,
          file: d.file,
          line: d.line,
        })
      else if (hasExpression(version))
        problems.push({
          severity: 'warning',
          message: `dependency ${name}: ${describeUnresolved(version, interp)}`,
          file: d.file,
          line: d.line,
        })
      if (scope === 'import') continue // only meaningful in dependencyManagement
      dependencies.push(out)
    }

    const repositories: Repository[] = []
    for (const r of inherited.repositories) {
      const url = interp(r.url ?? '').trim()
      const id = interp(r.id ?? '').trim() || url
      if (!url || repositories.some((x) => x.id === id)) continue
      repositories.push({ id, url: url.replace(/\/+$/, ''), releases: r.releases, snapshots: r.snapshots })
    }
    if (!repositories.some((r) => r.id === CENTRAL.id)) repositories.push(CENTRAL)

    const relocation = raw.relocation
      ? {
          groupId: raw.relocation.groupId && interp(raw.relocation.groupId),
          artifactId: raw.relocation.artifactId && interp(raw.relocation.artifactId),
          version: raw.relocation.version && interp(raw.relocation.version),
          message: raw.relocation.message,
        }
      : undefined

    const result: EffectiveModel = {
      gav,
      packaging: interp(inherited.packaging ?? 'jar'),
      name: inherited.name && interp(inherited.name),
      parent: parentGav,
      dependencies,
      managed,
      repositories,
      relocation,
      licenses: inherited.licenses.map((l) => interp(l)),
      modules: start.path !== undefined ? this.profiled(start).modules : [],
      problems,
      missing: [...new Set(missing)],
    }
    if (start.path === undefined) {
      // the coordinates it was asked by: the last of the chain
      if (pending.length === 0) this.memo.set(self, result)
      else this.waiting.set(importChain[importChain.length - 1], { model: result, pending })
    }
    return { model: result, pending }
  }

  /** The POM and its parents, nearest first. */
  private lineage(start: FoundPom, problems: ModelProblem[], missing: string[], pending: Gav[]): FoundPom[] {
    const chain: FoundPom[] = [start]
    const seen = [start.path ?? gavOfRaw(start.pom)]
    for (let current = start; current.pom.parent;) {
      const p = current.pom.parent
      if (!p.groupId || !p.artifactId || !p.version) {
        problems.push({
          severity: 'error',
          message: 'the <parent> element needs groupId, artifactId and version',
          file: current.path,
          line: p.line,
        })
        break
      }
      const gav = { groupId: p.groupId, artifactId: p.artifactId, version: p.version }
      let next: FoundPom | undefined
      if (current.path !== undefined && p.relativePath !== '') {
        const candidate = relativeParent(current.path, p.relativePath ?? '../pom.xml')
        const found = candidate === undefined ? undefined : this.source.byPath(candidate)
        if (found && isParent(found.pom, gav)) next = found
        else if (found && p.relativePath !== undefined)
          problems.push({
            severity: 'warning',
            message: `${candidate} is not the parent ${gavString(gav)} (relativePath); looked it up by coordinates`,
            file: current.path,
            line: p.line,
          })
      }
      if (!next) {
        const found = this.source.byGav(gav)
        if (found === undefined) {
          pending.push(gav)
          break
        }
        if (found === null) {
          missing.push(gavString(gav))
          problems.push({
            severity: 'warning',
            message: `parent ${gavString(gav)} ${this.absent}: what it declares (versions, dependencies, properties) is missing`,
            file: current.path,
            line: p.line,
          })
          break
        }
        next = found
      }
      const id = next.path ?? gavString(gav)
      if (seen.includes(id)) {
        problems.push({
          severity: 'error',
          message: `cycle in parent POMs: ${[...seen, id].join(' → ')}`,
          file: current.path,
          line: p.line,
        })
        break
      }
      seen.push(id)
      chain.push(next)
      current = next
    }
    return chain
  }

  private profiled(found: FoundPom): ProfiledPom {
    const { pom, path } = found
    const active = pom.profiles.filter((p) => this.activeByCondition(p, path))
    const profiles = active.length ? active : pom.profiles.filter((p) => p.activation?.activeByDefault)
    const properties = new Map(pom.properties)
    let dependencies = pom.dependencies
    let dependencyManagement = pom.dependencyManagement
    let repositories = pom.repositories
    const modules = [...pom.modules]
    for (const profile of profiles) {
      for (const [k, v] of profile.properties) properties.set(k, v)
      dependencies = mergeByKey(dependencies, profile.dependencies, rawKey, true)
      dependencyManagement = mergeByKey(dependencyManagement, profile.dependencyManagement, rawKey, true)
      repositories = mergeByKey(repositories, profile.repositories, (r) => r.id ?? r.url ?? '', true)
      for (const m of profile.modules) if (!modules.includes(m)) modules.push(m)
    }
    return { pom, path, properties, dependencies, dependencyManagement, repositories, modules }
  }

  /** Active by a condition (jdk, os, property, file) that holds; activeByDefault alone does not count. */
  private activeByCondition(profile: RawProfile, path: string | undefined): boolean {
    const a = profile.activation
    if (!a) return false
    const conditions: boolean[] = []
    if (a.jdk !== undefined) conditions.push(javaMatches(a.jdk, this.settings.javaVersion))
    if (a.os) conditions.push(osMatches(a.os, this.settings))
    if (a.property) {
      const negated = a.property.name.startsWith('!')
      const name = negated ? a.property.name.slice(1) : a.property.name
      const actual = name === 'java.version' ? this.settings.javaVersion : this.settings.properties[name]
      const value = a.property.value
      if (value) {
        const reverse = value.startsWith('!')
        const equal = (reverse ? value.slice(1) : value) === actual
        conditions.push(reverse ? !equal : equal)
      } else conditions.push(negated ? !actual : !!actual)
    }
    if (a.file && (a.file.exists || a.file.missing)) {
      const spec = (a.file.missing ?? a.file.exists)!
      const dir = path === undefined ? undefined : posix.dirname(path)
      const rel = spec.replace(/\$\{(project\.)?basedir\}\/?/g, '')
      const exists =
        dir === undefined || /\$\{/.test(rel) || posix.isAbsolute(rel)
          ? false
          : (this.source.exists?.(posix.normalize(posix.join(dir, rel))) ?? false)
      conditions.push(a.file.missing ? !exists : exists)
    }
    return conditions.length > 0 && conditions.every(Boolean)
  }
}

function gavOfRaw(pom: RawPom): string {
  return `${pom.groupId ?? pom.parent?.groupId}:${pom.artifactId}:${pom.version ?? pom.parent?.version}`
}

/** Path of the parent POM named by relativePath, relative to the scan root; undefined outside of it. */
function relativeParent(childPath: string, relativePath: string): string | undefined {
  let target = posix.normalize(posix.join(posix.dirname(childPath), relativePath.trim()))
  if (!target.endsWith('.xml')) target = posix.join(target, 'pom.xml')
  if (target.startsWith('../') || target === '..' || posix.isAbsolute(target)) return undefined
  return target
}

/** Whether a POM found by relativePath is the parent named (Maven checks groupId, artifactId, version). */
function isParent(pom: RawPom, gav: Gav): boolean {
  const groupId = pom.groupId ?? pom.parent?.groupId
  const version = pom.version ?? pom.parent?.version
  if (groupId !== gav.groupId || pom.artifactId !== gav.artifactId) return false
  return version === gav.version || hasExpression(version) || hasExpression(gav.version)
}

function inherit(child: ProfiledPom, parent: InheritedPom | undefined): InheritedPom {
  const file = child.path
  const own = file === undefined ? child.dependencies : child.dependencies.map((d) => ({ ...d, file }))
  const managed =
    file === undefined ? child.dependencyManagement : child.dependencyManagement.map((d) => ({ ...d, file }))
  if (!parent)
    return {
      groupId: child.pom.groupId,
      artifactId: child.pom.artifactId,
      version: child.pom.version,
      packaging: child.pom.packaging,
      name: child.pom.name,
      properties: child.properties,
      dependencies: own,
      dependencyManagement: managed,
      repositories: child.repositories,
      licenses: child.pom.licenses,
    }
  const properties = new Map(parent.properties)
  for (const [k, v] of child.properties) properties.set(k, v)
  return {
    groupId: child.pom.groupId ?? parent.groupId,
    artifactId: child.pom.artifactId,
    version: child.pom.version ?? parent.version,
    packaging: child.pom.packaging,
    name: child.pom.name,
    properties,
    dependencies: mergeByKey(own, parent.dependencies, rawKey, false),
    dependencyManagement: mergeByKey(managed, parent.dependencyManagement, rawKey, false),
    repositories: mergeByKey(child.repositories, parent.repositories, (r) => r.id ?? r.url ?? '', false),
    licenses: child.pom.licenses.length ? child.pom.licenses : parent.licenses,
  }
}

function interpolateDependency(d: RawDependency, interp: Interpolator) {
  const optional = d.optional === undefined ? undefined : interp(d.optional).trim() === 'true'
  return {
    groupId: interp(d.groupId ?? '').trim(),
    artifactId: interp(d.artifactId ?? '').trim(),
    version: d.version === undefined || d.version.trim() === '' ? undefined : interp(d.version).trim(),
    type: interp(d.type ?? 'jar').trim() || 'jar',
    classifier: interp(d.classifier ?? '').trim(),
    scope: d.scope === undefined ? undefined : interp(d.scope).trim() || undefined,
    optional,
    exclusions: d.exclusions.map((e) => ({
      groupId: interp(e.groupId).trim(),
      artifactId: interp(e.artifactId).trim(),
    })),
  }
}

function interpolateManaged(d: RawDependency, interp: Interpolator): ManagedDependency {
  const dep = interpolateDependency(d, interp)
  return { ...dep, version: dep.version ?? '' }
}

function describeUnresolved(value: string, interp: Interpolator): string {
  const names = [...(value.match(/\$\{([^}]+)\}/g) ?? [])].map((e) => e.slice(2, -1))
  const unknown = names.filter((n) => interp.unresolved.has(n))
  if (!value) return 'no version'
  return unknown.length
    ? `${unknown.map((n) => `\${${n}}`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not defined`
    : `"${value}" cannot be resolved`
}

function placeholder(gav: Gav): EffectiveModel {
  return {
    gav,
    packaging: 'jar',
    dependencies: [],
    managed: [],
    repositories: [],
    licenses: [],
    modules: [],
    problems: [],
    missing: [],
  }
}
