// pom.xml read offline: the build's modules as projects, each with its direct dependencies (versions and
// scopes after inheritance, interpolation and dependencyManagement, from the POMs in the repository), and
// dependencies between modules as edges between projects. Transitive dependencies need the dependencies'
// own POMs from a Maven repository: src/maven/ resolves them; this result is marked incomplete.
//
// Only the root POM of a multi-module build yields the build: a module's pom.xml, found by discovery too,
// yields nothing when a pom.xml in a folder above lists it (directly or through other modules).
import {
  ParseError,
  strongerScope,
  type ParseInput,
  type ParseResult,
  type ParsedEdge,
  type ParsedPackage,
} from '../../model.js'
import { effectiveClassifier, gavString, lockgraphScope, mavenPurl, type Gav } from './coordinates.js'
import { hasExpression } from './interpolate.js'
import { ModelBuilder, type EffectiveModel } from './model.js'
import { issueOf, projectId, projectOf, uniqueIssues } from './project.js'
import type { RawPom } from './pom.js'
import { aggregatorOf, filesPomSource, localPom, readReactor, type ReactorModule } from './reactor.js'
import { isMavenRange } from '../../versions/maven.js'

export const OFFLINE_FORMAT = 'pom.xml (Maven; direct dependencies)'

/** The result for a module POM that its aggregator reads. */
export function moduleResult(aggregator: string): ParseResult {
  return {
    format: `pom.xml (Maven module, read with ${aggregator})`,
    projects: [],
    packages: [],
    edges: [],
    issues: [],
    complete: true,
  }
}

export interface LocalBuild {
  modules: ReactorModule[]
  models: EffectiveModel[]
  /** "g:a:v" of each module → index in modules. */
  byGav: Map<string, number>
  problems: ReturnType<typeof readReactor>['problems']
}

/**
 * Reads the build's modules and their effective models, with `makeBuilder` giving the POM source. With
 * `rootOnly`, only the root's model is built (what is pending for it is usually what every module needs).
 */
export function readBuild(
  input: ParseInput,
  makeBuilder: (reactorByGav: Map<string, string>) => ModelBuilder,
  options: { rootOnly?: boolean } = {},
): { build: LocalBuild; builder: ModelBuilder; pending: Gav[] } {
  const root = localPom(input.files, input.path, input.text)
  if (root instanceof ParseError) throw root
  if (root === null) throw new ParseError('cannot be read')
  const first = makeBuilder(new Map())
  const reactor = readReactor(input.path, root, input.files, first)
  // Modules may import each other's BOMs or name a sibling parent by coordinates: the builder knows them by
  // their coordinates, as written when plain, else as their models say.
  const gavs = new Map<string, string>()
  for (const m of reactor.modules) {
    const written = writtenGav(m.pom)
    const gav = written ?? first.forPath(m.path)?.model.gav
    if (gav) gavs.set(gavString(gav), m.path)
  }
  const builder = makeBuilder(gavs)
  const pending: Gav[] = []
  const models = (options.rootOnly ? reactor.modules.slice(0, 1) : reactor.modules).map((m) => {
    const built = builder.forPath(m.path)!
    pending.push(...built.pending)
    return built.model
  })
  const byGav = new Map<string, number>()
  models.forEach((model, i) => byGav.set(gavString(model.gav), i))
  return { build: { modules: reactor.modules, models, byGav, problems: reactor.problems }, builder, pending }
}

/** A POM's coordinates when it writes them plainly (no expression), its parent's groupId and version inherited. */
function writtenGav(pom: RawPom): Gav | undefined {
  const gav = {
    groupId: pom.groupId ?? pom.parent?.groupId ?? '',
    artifactId: pom.artifactId ?? '',
    version: pom.version ?? pom.parent?.version ?? '',
  }
  const text = gavString(gav)
  return gav.groupId && gav.artifactId && gav.version && !text.includes('${') ? gav : undefined
}

export function parsePomXml(input: ParseInput): ParseResult {
  const aggregator = aggregatorOf(input.path, input.files)
  if (aggregator) return moduleResult(aggregator)
  const { build } = readBuild(
    input,
    (byGav) => new ModelBuilder(filesPomSource(input.files, byGav), undefined, { offline: true }),
  )
  const projects = build.modules.map((m, i) => projectOf(m, build.models[i], input.path))
  const packages = new Map<string, ParsedPackage>()
  const edges: ParsedEdge[] = []
  const issues = build.problems.map((p) => issueOf(p, input.path))
  let direct = 0
  build.modules.forEach((module, i) => {
    const model = build.models[i]
    const from = projectId(module, input.path)
    for (const p of model.problems) issues.push(issueOf(p, input.path))
    for (const d of model.dependencies) {
      const scope = lockgraphScope(d.scope, d.optional)
      const sibling = build.byGav.get(`${d.groupId}:${d.artifactId}:${d.version}`)
      if (sibling !== undefined) {
        edges.push({ from, to: projectId(build.modules[sibling], input.path), scope })
        continue
      }
      if (!d.groupId || !d.artifactId || hasExpression(d.groupId) || hasExpression(d.artifactId)) continue
      const pinned =
        d.version && !hasExpression(d.version) && !isMavenRange(d.version) ? d.version : undefined
      let purl: string
      try {
        purl = mavenPurl(d.groupId, d.artifactId, pinned, d.type, effectiveClassifier(d.type, d.classifier))
      } catch {
        continue
      }
      const known = packages.get(purl)
      if (known) known.scope = strongerScope(known.scope, scope)
      else
        packages.set(purl, {
          id: purl,
          ecosystem: 'maven',
          name: `${d.groupId}:${d.artifactId}`,
          version: pinned,
          purl,
          scope,
          hashes: [],
          source: 'registry',
          line: d.file === input.path ? d.line : undefined,
        })
      edges.push({ from, to: purl, scope })
      direct++
    }
  })
  issues.push({
    file: input.path,
    severity: 'info',
    message: `${direct} direct dependencies of ${build.modules.length} module${build.modules.length === 1 ? '' : 's'}; transitive dependencies are not listed: they need the dependencies' POMs from a Maven repository, which were not read (offline)`,
  })
  return {
    format: OFFLINE_FORMAT,
    projects,
    packages: [...packages.values()],
    edges,
    issues: uniqueIssues(issues),
    complete: false,
  }
}
