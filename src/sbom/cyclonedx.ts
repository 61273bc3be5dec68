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
import { PROPERTY } from './properties.js'
import type { Subject } from './subject.js'

const SCOPES: Record<Scope, ComponentScope> = {
  runtime: ComponentScope.Required,
  optional: ComponentScope.Optional,
  peer: ComponentScope.Optional,
  dev: ComponentScope.Excluded,
}

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
  // A component hash is the hash of the component: only where an algorithm has one value. Lockfiles that hash
  // every distribution file (a wheel per platform and an sdist) have several; those are kept as properties.
  const byAlg = new Map<string, string[]>()
  for (const h of p.hashes) byAlg.set(h.alg, [...(byAlg.get(h.alg) ?? []), h.value])
  const fileHashes: string[] = []
  for (const alg of [...byAlg.keys()].sort(byString)) {
    const values = byAlg.get(alg)!
    if (values.length === 1) c.hashes.set(alg as CdxHash[0], values[0])
    else for (const v of values) fileHashes.push(`${alg}:${v}`)
  }
  if (p.license) c.licenses.add(license(p.license))
  if (p.resolved && /^https?:\/\//.test(p.resolved) && p.source !== 'git')
    c.externalReferences.add(new ExternalReference(p.resolved, ExternalReferenceType.Distribution))
  if (p.source === 'git' && p.resolved)
    c.externalReferences.add(new ExternalReference(p.resolved, ExternalReferenceType.VCS))
  // properties in name order, values sorted: alias, direct, file, file-hash, scope, source
  for (const alias of [...p.aliases].sort(byString)) c.properties.add(new Property(PROPERTY.alias, alias))
  c.properties.add(new Property(PROPERTY.direct, String(p.direct)))
  for (const file of [...p.files].sort(byString)) c.properties.add(new Property(PROPERTY.file, file))
  for (const h of fileHashes.sort(byString)) c.properties.add(new Property(PROPERTY.fileHash, h))
  c.properties.add(new Property(PROPERTY.scope, p.scope))
  c.properties.add(new Property(PROPERTY.source, p.source))
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
  // properties in name order: complete, file, manifest, platform, platform-dev
  c.properties.add(new Property(PROPERTY.complete, String(p.complete)))
  for (const file of [...p.files].sort(byString)) c.properties.add(new Property(PROPERTY.file, file))
  c.properties.add(new Property(PROPERTY.manifest, p.manifest))
  const platform = (scope: 'runtime' | 'dev') =>
    p.platform
      .filter((r) => (r.scope === 'dev') === (scope === 'dev'))
      .map((r) => `${r.name} ${r.constraint}`)
      .sort(byString)
  for (const req of platform('runtime')) c.properties.add(new Property(PROPERTY.platform, req))
  for (const req of platform('dev')) c.properties.add(new Property(PROPERTY.platformDev, req))
  return c
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Serial number and timestamp while serializing; replaced afterwards (see writeCycloneDxJson). */
const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-5000-8000-000000000000'
const EPOCH = new Date(0)

/** A name-based (version 5 style) UUID from a SHA-256 of the content. */
function contentUuid(content: string): string {
  const hex = createHash('sha256').update(content).digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * The BOM model. Every list is inserted in sorted order (plain string order, which is cheaper than the
 * library's locale-aware sorting and does not depend on the machine's locale), so the output is
 * reproducible without asking the serializer to sort.
 */
export function buildBom(graph: Graph, subject: Subject): Bom {
  const bom = new Bom()
  bom.serialNumber = SERIAL_PLACEHOLDER
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
  const unread = graph.files.filter((f) => !f.ok).map((f) => f.path)
  for (const path of unread.sort(byString)) {
    const why = graph.issues.find((i) => i.file === path && i.severity === 'error')?.message ?? 'not read'
    bom.metadata.properties.add(new Property(PROPERTY.unreadFile, `${path}: ${why}`))
  }

  const components = new Map<string, Component>()
  for (const p of graph.projects.values()) components.set(p.ref, projectComponent(p))
  for (const p of graph.packages.values()) components.set(p.ref, packageComponent(p))
  const refs = [...components.keys()].sort(byString)
  for (const ref of refs) bom.components.add(components.get(ref)!)
  for (const ref of refs) if (graph.projects.has(ref)) root.dependencies.add(components.get(ref)!.bomRef)
  for (const ref of refs) {
    const tos = graph.edges.get(ref)
    if (!tos) continue
    const c = components.get(ref)!
    for (const to of [...tos.keys()].sort(byString)) {
      const target = components.get(to)
      if (target) c.dependencies.add(target.bomRef)
    }
  }
  return bom
}

/**
 * CycloneDX 1.6 JSON. The serial number is derived from the content (everything but the serial number and
 * the timestamp), so the same lockfiles give the same serial number whenever they are scanned.
 */
export function writeCycloneDxJson(graph: Graph, subject: Subject): string {
  const serializer = new JsonSerializer(new CdxJson.Normalize.Factory(Spec1dot6))
  const bom = buildBom(graph, subject)
  bom.metadata.timestamp = EPOCH
  // Compact, like syft's: a third smaller and quicker to write than indented JSON; `jq .` shows it indented.
  const text = serializer.serialize(bom, { sortLists: false }) + '\n'
  const serial = `urn:uuid:${contentUuid(text)}`
  return text
    .replace(SERIAL_PLACEHOLDER, serial)
    .replace(`"timestamp":"${EPOCH.toISOString()}"`, `"timestamp":"${subject.timestamp.toISOString()}"`)
}
