// A POM as written (the raw model): the parts dependency resolution needs, nothing interpolated or inherited.
import { ParseError } from '../../model.js'
import { child, children, lineIndex, offsetOfElement, readXml, text, type XmlValue } from './xml.js'

export interface RawExclusion {
  groupId: string
  artifactId: string
}

export interface RawDependency {
  groupId?: string
  artifactId?: string
  version?: string
  type?: string
  classifier?: string
  scope?: string
  /** "true" / "false" as written (it may be a property). */
  optional?: string
  exclusions: RawExclusion[]
  /** 1-based line in the POM, for the project's own POMs. */
  line?: number
}

export interface RawRepository {
  id?: string
  url?: string
  releases: boolean
  snapshots: boolean
}

export interface RawActivation {
  activeByDefault: boolean
  jdk?: string
  os?: { name?: string; family?: string; arch?: string; version?: string }
  property?: { name: string; value?: string }
  file?: { exists?: string; missing?: string }
  packaging?: string
}

export interface RawProfile {
  id: string
  activation?: RawActivation
  properties: Array<[string, string]>
  dependencies: RawDependency[]
  dependencyManagement: RawDependency[]
  modules: string[]
  repositories: RawRepository[]
}

export interface RawParent {
  groupId?: string
  artifactId?: string
  version?: string
  /** undefined when not written (Maven's default "../pom.xml"); "" for an explicit empty <relativePath/>. */
  relativePath?: string
  line?: number
}

export interface RawPom {
  groupId?: string
  artifactId?: string
  version?: string
  packaging?: string
  name?: string
  parent?: RawParent
  /** In document order; a later duplicate overrides. */
  properties: Array<[string, string]>
  dependencies: RawDependency[]
  dependencyManagement: RawDependency[]
  modules: string[]
  repositories: RawRepository[]
  profiles: RawProfile[]
  relocation?: { groupId?: string; artifactId?: string; version?: string; message?: string }
  licenses: string[]
}

/** What POM reading never looks at: left unparsed, which makes reading big POMs several times faster. */
const SKIPPED = [
  '*.build',
  '*.reporting',
  '*.developers',
  '*.contributors',
  '*.mailingLists',
  '*.pluginRepositories',
  '*.scm',
  '*.ciManagement',
  '*.issueManagement',
  '*.description',
  '*.organization',
  '*.prerequisites',
]

type Lines = (offset: number | undefined) => number | undefined

function readDependencies(parent: XmlValue | undefined, lines?: Lines): RawDependency[] {
  return children(child(parent, 'dependencies'), 'dependency').map((d) => ({
    groupId: text(d, 'groupId'),
    artifactId: text(d, 'artifactId'),
    version: text(d, 'version'),
    type: text(d, 'type') || undefined,
    classifier: text(d, 'classifier') || undefined,
    scope: text(d, 'scope') || undefined,
    optional: text(d, 'optional') || undefined,
    exclusions: children(child(d, 'exclusions'), 'exclusion').map((e) => ({
      groupId: text(e, 'groupId') ?? '',
      artifactId: text(e, 'artifactId') ?? '',
    })),
    line: lines?.(offsetOfElement(d)),
  }))
}

function enabled(policy: XmlValue | undefined): boolean {
  return policy === undefined ? true : text(policy, 'enabled')?.trim() !== 'false'
}

function readRepositories(parent: XmlValue | undefined): RawRepository[] {
  return children(child(parent, 'repositories'), 'repository').map((r) => ({
    id: text(r, 'id'),
    url: text(r, 'url'),
    releases: enabled(child(r, 'releases')),
    snapshots: enabled(child(r, 'snapshots')),
  }))
}

function readProperties(parent: XmlValue | undefined): Array<[string, string]> {
  const props = child(parent, 'properties')
  if (!props) return []
  const out: Array<[string, string]> = []
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith('@_') || name === '#text') continue
    for (const v of Array.isArray(value) ? value : [value])
      out.push([name, typeof v === 'string' ? v : typeof v === 'object' && !Array.isArray(v) ? '' : ''])
  }
  return out
}

function readModules(parent: XmlValue | undefined): string[] {
  return children(child(parent, 'modules'), 'module')
    .map((m) => (typeof m === 'string' ? m : ''))
    .filter((m) => m !== '')
}

function readActivation(profile: XmlValue): RawActivation | undefined {
  const a = child(profile, 'activation')
  if (!a) return undefined
  const os = child(a, 'os')
  const property = child(a, 'property')
  const file = child(a, 'file')
  return {
    activeByDefault: text(a, 'activeByDefault')?.trim() === 'true',
    jdk: text(a, 'jdk'),
    os: os
      ? {
          name: text(os, 'name'),
          family: text(os, 'family'),
          arch: text(os, 'arch'),
          version: text(os, 'version'),
        }
      : undefined,
    property: property ? { name: text(property, 'name') ?? '', value: text(property, 'value') } : undefined,
    file: file ? { exists: text(file, 'exists'), missing: text(file, 'missing') } : undefined,
    packaging: text(a, 'packaging'),
  }
}

/**
 * Reads a POM. `what` names it in messages (a path or g:a:v). With `lines`, dependencies get their line and
 * the XML is checked for well-formedness first (for a message with a line). Throws ParseError for XML that
 * is refused or malformed and for a document that is not a POM.
 */
export function readPom(source: string, what: string, options: { lines?: boolean } = {}): RawPom {
  const doc = readXml(source, what, { positions: options.lines, validate: options.lines, skip: SKIPPED })
  const project = child(doc, 'project')
  if (!project) throw new ParseError(`${what}: not a POM (no <project> element)`)
  const lines = options.lines ? lineIndex(source) : undefined
  const parentElement = child(project, 'parent')
  const relocation = child(child(project, 'distributionManagement'), 'relocation')
  return {
    groupId: text(project, 'groupId'),
    artifactId: text(project, 'artifactId'),
    version: text(project, 'version'),
    packaging: text(project, 'packaging') || undefined,
    name: text(project, 'name'),
    parent: parentElement
      ? {
          groupId: text(parentElement, 'groupId'),
          artifactId: text(parentElement, 'artifactId'),
          version: text(parentElement, 'version'),
          relativePath: text(parentElement, 'relativePath'),
          line: lines?.(offsetOfElement(parentElement)),
        }
      : undefined,
    properties: readProperties(project),
    dependencies: readDependencies(project, lines),
    dependencyManagement: readDependencies(child(project, 'dependencyManagement'), lines),
    modules: readModules(project),
    repositories: readRepositories(project),
    profiles: children(child(project, 'profiles'), 'profile').map((p) => ({
      id: text(p, 'id') ?? 'default',
      activation: readActivation(p),
      properties: readProperties(p),
      dependencies: readDependencies(p, lines),
      dependencyManagement: readDependencies(child(p, 'dependencyManagement'), lines),
      modules: readModules(p),
      repositories: readRepositories(p),
    })),
    relocation: relocation
      ? {
          groupId: text(relocation, 'groupId') || undefined,
          artifactId: text(relocation, 'artifactId') || undefined,
          version: text(relocation, 'version') || undefined,
          message: text(relocation, 'message') || undefined,
        }
      : undefined,
    licenses: children(child(project, 'licenses'), 'license')
      .map((l) => text(l, 'name')?.trim() ?? '')
      .filter((n) => n !== ''),
  }
}
