// The same content as lockgraph's CycloneDX writer, serialized by @cyclonedx/cyclonedx-library: the reference the
// writer is compared with (the writer writes text directly because the library is too slow for 10,000 components).
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
  OrganizationalContact,
  Property,
  SpdxLicense,
  Tools,
} from '@cyclonedx/cyclonedx-library/Models'
import type { Hash as CdxHash } from '@cyclonedx/cyclonedx-library/Models'
import {
  JsonSerializer,
  JSON as CdxJson,
  XmlSerializer,
  XML as CdxXml,
} from '@cyclonedx/cyclonedx-library/Serialize'
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'
import { SpecVersionDict, type Version } from '@cyclonedx/cyclonedx-library/Spec'
import type { Graph } from '../../src/graph/graph.js'
import { cdxContent, type CdxComponent } from '../../src/sbom/cyclonedx-model.js'
import { PROPERTY } from '../../src/sbom/properties.js'
import type { Subject } from '../../src/sbom/subject.js'
import { VERSION } from '../../src/version.js'

const SCOPE = {
  required: ComponentScope.Required,
  optional: ComponentScope.Optional,
  excluded: ComponentScope.Excluded,
}

function component(c: CdxComponent): Component {
  const out = new Component(
    c.type === 'library' ? ComponentType.Library : ComponentType.Application,
    c.name,
    {
      bomRef: c.bomRef,
      group: c.group,
      version: c.version,
      purl: c.purl,
      scope: c.scope ? SCOPE[c.scope] : undefined,
    },
  )
  for (const [alg, value] of c.hashes) out.hashes.set(alg as CdxHash[0], value)
  if (c.license) {
    const l = c.license
    out.licenses.add(
      'id' in l && isSupportedSpdxId(l.id)
        ? new SpdxLicense(l.id)
        : 'name' in l
          ? new NamedLicense(l.name)
          : new LicenseExpression('id' in l ? l.id : l.expression),
    )
  }
  for (const r of c.externalReferences)
    out.externalReferences.add(
      new ExternalReference(
        r.url,
        r.type === 'vcs' ? ExternalReferenceType.VCS : ExternalReferenceType.Distribution,
      ),
    )
  for (const [name, value] of c.properties) out.properties.add(new Property(name, value))
  return out
}

function libraryBom(graph: Graph, subject: Subject): Bom {
  const content = cdxContent(graph)
  const bom = new Bom()
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
  if (subject.author) bom.metadata.authors.add(new OrganizationalContact({ name: subject.author }))
  for (const u of content.unknowns) bom.metadata.properties.add(new Property(PROPERTY.unknown, u))
  for (const u of content.unreadFiles) bom.metadata.properties.add(new Property(PROPERTY.unreadFile, u))
  const byRef = new Map<string, Component>()
  for (const c of content.components) {
    const lc = component(c)
    byRef.set(c.bomRef, lc)
    bom.components.add(lc)
  }
  for (const ref of content.rootDependsOn) root.dependencies.add(byRef.get(ref)!.bomRef)
  for (const [ref, tos] of content.dependsOn)
    for (const to of tos) byRef.get(ref)!.dependencies.add(byRef.get(to)!.bomRef)
  return bom
}

/** The library's CycloneDX JSON of the graph, parsed. */
export function libraryJson(graph: Graph, subject: Subject, version: string): Record<string, unknown> {
  const spec = SpecVersionDict[version as Version]!
  return JSON.parse(
    new JsonSerializer(new CdxJson.Normalize.Factory(spec)).serialize(libraryBom(graph, subject)),
  )
}

/** The library's CycloneDX XML of the graph. */
export function libraryXml(graph: Graph, subject: Subject, version: string): string {
  const spec = SpecVersionDict[version as Version]!
  return new XmlSerializer(new CdxXml.Normalize.Factory(spec)).serialize(libraryBom(graph, subject))
}
