// CycloneDX JSON from the graph, through @cyclonedx/cyclonedx-library.
import { createHash } from 'node:crypto'
import {
  ComponentScope,
  ComponentType,
  ExternalReferenceType,
  LifecyclePhase,
} from '@cyclonedx/cyclonedx-library/Enums'
import {
  Bom,
  Component,
  ExternalReference,
  LicenseExpression,
  NamedLicense,
  Property,
  SpdxLicense,
  Tools,
} from '@cyclonedx/cyclonedx-library/Models'
import { JsonSerializer, JSON as CdxJson } from '@cyclonedx/cyclonedx-library/Serialize'
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec'
import type { Hash as CdxHash } from '@cyclonedx/cyclonedx-library/Models'
import type { Graph, GraphPackage, GraphProject } from '../graph/graph.js'
import type { Scope } from '../model.js'
import { VERSION } from '../version.js'
import type { Subject } from './subject.js'

const SCOPES: Record<Scope, ComponentScope> = {
  runtime: ComponentScope.Required,
  optional: ComponentScope.Optional,
  peer: ComponentScope.Optional,
  dev: ComponentScope.Excluded,
}

export const PROPERTY = {
  file: 'lockgraph:file',
  manifest: 'lockgraph:manifest',
  scope: 'lockgraph:scope',
  direct: 'lockgraph:direct',
  alias: 'lockgraph:alias',
  source: 'lockgraph:source',
  complete: 'lockgraph:complete',
} as const

function license(text: string): SpdxLicense | LicenseExpression | NamedLicense {
  if (isSupportedSpdxId(text)) return new SpdxLicense(text)
  if (/\s(OR|AND|WITH)\s/.test(text) || /^\(.*\)$/.test(text)) return new LicenseExpression(text)
  return new NamedLicense(text)
}

/** Name and group as CycloneDX has them: npm scopes go into `group`. */
function nameParts(p: { ecosystem: string; name: string }): { group?: string; name: string } {
  if (p.ecosystem === 'npm' && p.name.startsWith('@') && p.name.includes('/')) {
    const slash = p.name.indexOf('/')
    return { group: p.name.slice(0, slash), name: p.name.slice(slash + 1) }
  }
  return { name: p.name }
}

function packageComponent(p: GraphPackage): Component {
  const { group, name } = nameParts(p)
  const c = new Component(ComponentType.Library, name, {
    bomRef: p.ref,
    group,
    version: p.version,
    purl: p.purl,
    scope: SCOPES[p.scope],
  })
  for (const h of p.hashes) c.hashes.set(h.alg as CdxHash[0], h.value)
  if (p.license) c.licenses.add(license(p.license))
  if (p.resolved && /^https?:\/\//.test(p.resolved) && p.source !== 'git')
    c.externalReferences.add(new ExternalReference(p.resolved, ExternalReferenceType.Distribution))
  if (p.source === 'git' && p.resolved)
    c.externalReferences.add(new ExternalReference(p.resolved, ExternalReferenceType.VCS))
  c.properties.add(new Property(PROPERTY.scope, p.scope))
  c.properties.add(new Property(PROPERTY.direct, String(p.direct)))
  c.properties.add(new Property(PROPERTY.source, p.source))
  for (const file of p.files) c.properties.add(new Property(PROPERTY.file, file))
  for (const alias of p.aliases) c.properties.add(new Property(PROPERTY.alias, alias))
  return c
}

function projectComponent(p: GraphProject): Component {
  const { group, name } = nameParts(p)
  const c = new Component(ComponentType.Application, name, {
    bomRef: p.ref,
    group,
    version: p.version,
    purl: p.purl,
  })
  c.properties.add(new Property(PROPERTY.manifest, p.manifest))
  for (const file of p.files) c.properties.add(new Property(PROPERTY.file, file))
  c.properties.add(new Property(PROPERTY.complete, String(p.complete)))
  return c
}

/** A UUID derived from the content, so the same graph gives the same serial number. */
function contentUuid(graph: Graph, subject: Subject): string {
  const h = createHash('sha256')
  h.update(`${subject.name}\0${subject.version ?? ''}\0`)
  for (const ref of [...graph.projects.keys()].sort()) h.update(ref + '\0')
  for (const ref of [...graph.packages.keys()].sort()) h.update(ref + '\0')
  for (const [from, tos] of [...graph.edges].sort(([a], [b]) => (a < b ? -1 : 1)))
    h.update(`${from}>${[...tos.keys()].sort().join(',')}\0`)
  const hex = h.digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export function buildBom(graph: Graph, subject: Subject): Bom {
  const bom = new Bom()
  bom.serialNumber = `urn:uuid:${contentUuid(graph, subject)}`
  bom.metadata.timestamp = subject.timestamp
  bom.metadata.lifecycles.add(LifecyclePhase.PreBuild)
  bom.metadata.tools = new Tools()
  bom.metadata.tools.components.add(
    new Component(ComponentType.Application, 'lockgraph', { version: VERSION, bomRef: 'lockgraph' }),
  )
  const root = new Component(ComponentType.Application, subject.name, {
    bomRef: 'root',
    version: subject.version,
  })
  bom.metadata.component = root

  const components = new Map<string, Component>()
  for (const p of graph.projects.values()) {
    const c = projectComponent(p)
    components.set(p.ref, c)
    root.dependencies.add(c.bomRef)
    bom.components.add(c)
  }
  for (const p of graph.packages.values()) {
    const c = packageComponent(p)
    components.set(p.ref, c)
    bom.components.add(c)
  }
  for (const [from, tos] of graph.edges) {
    const c = components.get(from)
    if (!c) continue
    for (const to of tos.keys()) {
      const target = components.get(to)
      if (target) c.dependencies.add(target.bomRef)
    }
  }
  return bom
}

export function writeCycloneDxJson(graph: Graph, subject: Subject): string {
  const serializer = new JsonSerializer(new CdxJson.Normalize.Factory(Spec1dot6))
  return serializer.serialize(buildBom(graph, subject), { sortLists: true, space: 2 }) + '\n'
}
