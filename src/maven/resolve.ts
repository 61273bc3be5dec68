// A Maven build's full dependency graph without running Maven: the build's POMs from the repository, every
// other POM (parents, BOMs, dependencies) from Maven repositories over HTTP, and the dependency tree of each
// module collected as Maven's resolver does (see collect.ts). The same inputs as the pom.xml parser, which
// gives the offline result.
//
// One MavenResolver serves a whole scan: POMs are fetched once per run whatever asks for them.
import {
  strongerScope,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
  type Scope,
} from '../model.js'
import {
  effectiveClassifier,
  extensionOf,
  gavString,
  lockgraphScope,
  mavenPurl,
  type Gav,
} from '../parsers/maven/coordinates.js'
import {
  DEFAULT_SETTINGS,
  ModelBuilder,
  type BuildSettings,
  type EffectiveModel,
  type FoundPom,
  type PomSource,
} from '../parsers/maven/model.js'
import { moduleResult, readBuild, type LocalBuild } from '../parsers/maven/pom-xml.js'
import { issueOf, projectId, projectOf, uniqueIssues } from '../parsers/maven/project.js'
import { aggregatorOf, filesPomSource } from '../parsers/maven/reactor.js'
import { DiskCache, defaultCacheDir } from './cache.js'
import { collect, type Descriptor, type DependencyTree, type TreeNode } from './collect.js'
import { HttpClient, type HttpOptions } from './http.js'
import { RepositoryList, optionRepositories } from './repositories.js'
import { PomStore } from './store.js'

export const RESOLVED_FORMAT = 'pom.xml (Maven; resolved)'

export interface MavenOptions {
  /** Repositories asked before the POMs' own and Central: "URL" or "ID=URL"; the id "mirror" replaces all. */
  repositories?: readonly string[]
  /** Ask Maven Central (default true). */
  central?: boolean
  /** Environment variables for credentials (default process.env). */
  env?: Record<string, string | undefined>
  /** On-disk cache folder; false for none. Default: under RUNNER_TEMP, else the user's cache folder. */
  cacheDir?: string | false
  http?: HttpOptions
  /** The JDK and OS profile activation assumes, and -D properties (default: JDK 17 on Linux, none). */
  settings?: Partial<BuildSettings>
}

export interface ResolvedModule {
  /** POM path of the module. */
  path: string
  tree: DependencyTree
}

export interface ResolvedBuild {
  result: ParseResult
  modules: ResolvedModule[]
}

export interface MavenStats {
  /** HTTP requests sent, retries included. */
  requests: number
  retries: number
  bytes: number
  /** POMs asked for (each once per run) and how many of them came from the disk cache. */
  poms: number
  pomsFromCache: number
  /** Version listings (maven-metadata.xml) asked for, for ranges. */
  metadata: number
}

export class MavenResolver {
  readonly http: HttpClient
  readonly cache: DiskCache
  readonly store: PomStore
  private readonly settings: BuildSettings

  constructor(options: MavenOptions = {}) {
    const env = options.env ?? process.env
    this.http = new HttpClient(options.http)
    this.cache = new DiskCache(
      options.cacheDir === false ? undefined : (options.cacheDir ?? defaultCacheDir(env)),
    )
    const repositories = new RepositoryList(
      optionRepositories(options.repositories ?? [], env),
      options.central ?? true,
    )
    this.store = new PomStore(this.http, this.cache, repositories)
    this.settings = {
      ...DEFAULT_SETTINGS,
      ...options.settings,
      os: { ...DEFAULT_SETTINGS.os, ...options.settings?.os },
      properties: { ...options.settings?.properties },
    }
  }

  stats(): MavenStats {
    return { ...this.http.stats, ...this.store.stats }
  }

  /** The full graph of the build whose root POM is the input; a module's POM yields nothing. */
  async resolve(input: ParseInput): Promise<ParseResult> {
    return (await this.resolveBuild(input)).result
  }

  /** The graph and each module's dependency tree. Throws ParseError when the POM itself cannot be read. */
  async resolveBuild(input: ParseInput): Promise<ResolvedBuild> {
    const aggregator = aggregatorOf(input.path, input.files)
    if (aggregator) return { result: moduleResult(aggregator), modules: [] }

    const sourceFor = (reactorByGav: Map<string, string>): PomSource => {
      const local = filesPomSource(input.files, reactorByGav)
      return {
        byPath: local.byPath,
        exists: local.exists,
        byGav: (gav: Gav): FoundPom | null | undefined => {
          const inBuild = local.byGav(gav)
          if (inBuild) return inBuild
          const fetched = this.store.peek(gav)
          if (!fetched) return undefined
          return fetched.status === 'found' ? { pom: fetched.pom } : null
        },
      }
    }

    // The build's models: fetch the parents and BOMs they name until none is missing, adding the
    // repositories the build declares before anything is fetched from them.
    let build: LocalBuild
    let reactorByGav: Map<string, string>
    // Effective models of POMs from repositories, kept from one pass to the next (complete ones only).
    const memo = new Map<string, EffectiveModel>()
    // The root first: what its parents and BOMs need is usually what every module needs.
    for (let rootOnly = true; ;) {
      let byGav = new Map<string, string>()
      const read = readBuild(
        input,
        (index) => {
          byGav = index
          return new ModelBuilder(sourceFor(index), this.settings, { memo })
        },
        { rootOnly },
      )
      build = read.build
      reactorByGav = byGav
      for (const m of build.models) this.store.repositories.add(m.repositories)
      const pending = read.pending.filter((g) => !this.store.peek(g))
      if (pending.length) await this.store.fetchAll(pending)
      else if (rootOnly) rootOnly = false
      else break
    }

    const remote = new ModelBuilder(sourceFor(reactorByGav), this.settings, { memo })
    const descriptors = new Map<string, Promise<Descriptor>>()
    const descriptor = (gav: Gav): Promise<Descriptor> => {
      const key = gavString(gav)
      let known = descriptors.get(key)
      if (!known) descriptors.set(key, (known = this.descriptor(gav, build, remote)))
      return known
    }
    const versions = (groupId: string, artifactId: string) => this.store.versions(groupId, artifactId)

    // Modules together: their POMs are fetched concurrently, each once.
    const modules: ResolvedModule[] = await Promise.all(
      build.modules.map(async (m, i) => ({
        path: m.path,
        tree: await collect(build.models[i], { descriptor, versions }),
      })),
    )
    return { result: this.toResult(input, build, modules), modules }
  }

  private async descriptor(gav: Gav, build: LocalBuild, remote: ModelBuilder): Promise<Descriptor> {
    const index = build.byGav.get(gavString(gav))
    if (index !== undefined) return { model: build.models[index], module: build.modules[index].path }
    for (;;) {
      const fetched = this.store.peek(gav) ?? (await this.store.fetch(gav))
      if (fetched.status === 'missing')
        return { problem: 'its POM is in no repository asked: its dependencies are missing' }
      if (fetched.status === 'failed')
        return { problem: `its POM could not be read (${fetched.message}): its dependencies are missing` }
      const built = remote.forGav(gav)
      const waiting = built.pending.filter((g) => !this.store.peek(g))
      if (waiting.length) {
        await this.store.fetchAll(waiting)
        continue
      }
      if (built.pending.length) continue
      const model = built.model
      this.store.repositories.add(model.repositories)
      const broken = model.problems.filter((p) => p.severity === 'error').map((p) => p.message)
      const problem = model.missing.length
        ? `${model.missing.join(', ')} not found: its dependencies may be incomplete`
        : broken.length
          ? `${broken.join('; ')}: its dependencies may be incomplete`
          : undefined
      return { model, repository: fetched.repository, problem }
    }
  }

  private toResult(input: ParseInput, build: LocalBuild, modules: ResolvedModule[]): ParseResult {
    const projects = build.modules.map((m, i) => projectOf(m, build.models[i], input.path))
    const moduleIds = new Map(build.modules.map((m) => [m.path, projectId(m, input.path)]))
    const packages = new Map<string, ParsedPackage>()
    const edges = new Map<string, ParsedEdge>()
    const issues: Issue[] = build.problems.map((p) => issueOf(p, input.path))
    let complete = true
    for (const model of build.models)
      for (const p of model.problems) {
        issues.push(issueOf(p, input.path))
        if (p.severity !== 'info') complete = false
      }

    const addEdge = (from: string, to: string, scope: Scope) => {
      const key = `${from}\0${to}`
      const known = edges.get(key)
      if (known) known.scope = strongerScope(known.scope, scope)
      else edges.set(key, { from, to, scope })
    }
    const reported = new Set<string>()
    const visit = (node: TreeNode, from: string) => {
      const scope = lockgraphScope(node.scope, node.optional)
      const id =
        node.module !== undefined ? moduleIds.get(node.module)! : this.addPackage(packages, node, scope)
      if (id === undefined) return
      addEdge(from, id, scope)
      if (node.problem) {
        complete = false
        const what = `${node.groupId}:${node.artifactId}:${node.version}`
        if (!reported.has(what)) {
          reported.add(what)
          issues.push({ file: input.path, severity: 'warning', message: `${what}: ${node.problem}` })
        }
      }
      for (const c of node.children) visit(c, id)
    }
    modules.forEach((m, i) => {
      const from = projectId(build.modules[i], input.path)
      for (const node of m.tree.children) visit(node, from)
      for (const p of m.tree.problems) {
        complete = false
        issues.push({ file: m.path, severity: p.severity, message: p.message })
      }
    })
    for (const [url, why] of this.store.repositories.refused)
      issues.push({
        file: input.path,
        severity: 'info',
        message: `repository ${url} (declared in a POM) not used: ${why}`,
      })
    return {
      format: RESOLVED_FORMAT,
      projects,
      packages: [...packages.values()],
      edges: [...edges.values()],
      issues: uniqueIssues(issues),
      complete,
    }
  }

  private addPackage(packages: Map<string, ParsedPackage>, node: TreeNode, scope: Scope): string | undefined {
    const classifier = effectiveClassifier(node.type, node.classifier)
    let purl: string
    try {
      purl = mavenPurl(node.groupId, node.artifactId, node.version || undefined, node.type, classifier)
    } catch {
      return undefined
    }
    const known = packages.get(purl)
    if (known) {
      known.scope = strongerScope(known.scope, scope)
      return purl
    }
    const snapshot = /-SNAPSHOT$/i.test(node.version)
    packages.set(purl, {
      id: purl,
      ecosystem: 'maven',
      name: `${node.groupId}:${node.artifactId}`,
      version: node.version || undefined,
      purl,
      scope,
      hashes: [],
      resolved:
        node.repository && node.version && !snapshot
          ? `${node.repository}/${node.groupId.replace(/\./g, '/')}/${node.artifactId}/${node.version}/${node.artifactId}-${node.version}${classifier ? `-${classifier}` : ''}.${extensionOf(node.type)}`
          : undefined,
      source: 'registry',
      license: node.licenses.length === 1 ? node.licenses[0] : undefined,
    })
    return purl
  }
}
