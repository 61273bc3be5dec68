// SPDX 3.0.1 JSON-LD from the graph, written as text: the same content as the SPDX 2.3 document in SPDX 3's
// model (spdx-model.ts lays it out for both).
//
// Elements: the CreationInfo, the Organization that made the document (the subject's owner; when that is not
// known, lockgraph as a SoftwareAgent), lockgraph as the Tool used, the SpdxDocument, one software_Sbom (type
// "source": made from the lockfiles, before any build) whose root is the subject and whose elements are the
// packages, a software_Package per project and package, a license element per distinct license
// (simplelicensing_LicenseExpression, or expandedlicensing_CustomLicense for a name that is not SPDX), the
// relationships, and an Annotation of lockgraph's own facts (spdx-facts.ts) for the subject (the lockfiles it
// could not read) and each project (manifest, lockfiles, platform requirements). The SpdxDocument lists no
// elements: in JSON-LD its elements are the @graph. IRIs are the namespace (a UUID of the content) and a local
// id derived from the graph's ref.
//
// Relationships, one per element and kind with every target in `to`: the subject `contains` its projects;
// runtime dependencies are `dependsOn`, dev ones a LifecycleScopedRelationship `dependsOn` with scope
// `development`, optional ones `hasOptionalDependency`, peers `hasProvidedDependency`; every package has
// `hasDeclaredLicense` (to NoAssertionLicense when the lockfile states none). Completeness is said where it is
// known: the subject's `contains` is incomplete when a lockfile could not be read, a project's dependency
// relationships are complete or incomplete as its lockfile gives the full closure or not.
import type { HashAlg, Scope } from '../model.js'
import type { SbomWriter } from './formats.js'
import { TOOL } from './spdx-facts.js'
import { contentUuid, idPart, spdxDateTime, uniqueIds } from './spdx-ids.js'
import {
  CREATION_COMMENT,
  INCOMPLETE_COMMENT,
  NO_VERSION_COMMENT,
  ROOT_ID,
  spdxModel,
  unreadComment,
} from './spdx-model.js'
import { JsonParts } from './spdx-text.js'

const ALGORITHM: Record<HashAlg, string> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
}

/** Relationship type, lifecycle scope and id suffix of a dependency of each scope, in the order written. */
const KINDS: ReadonlyArray<{ scope: Scope; type: string; lifecycle?: string; suffix: string }> = [
  { scope: 'runtime', type: 'dependsOn', suffix: '/dependsOn' },
  { scope: 'dev', type: 'dependsOn', lifecycle: 'development', suffix: '/dependsOn-development' },
  { scope: 'optional', type: 'hasOptionalDependency', suffix: '/hasOptionalDependency' },
  { scope: 'peer', type: 'hasProvidedDependency', suffix: '/hasProvidedDependency' },
]

const CI = ',"creationInfo":"_:creationinfo"'

export const writeSpdx3Json: SbomWriter = (graph, subject, options) => {
  const model = spdxModel(graph, subject, options?.shared)
  // The namespace derives from the content (everything but the time), like the CycloneDX serial number.
  // Without the subject's name, which the SpdxDocument says: every IRI starts with it, the shorter the better.
  const namespace = `https://spdx.org/spdxdocs/lockgraph/${contentUuid(`${model.digest} SPDX-3.0.1`)}`
  /**
   * An element's IRI as JSON: the namespace and a local id of [A-Za-z0-9.-/], which need no escaping. Joined,
   * not concatenated: a flat string, which the final join copies fastest (IRIs are most of the document).
   */
  const iri = (local: string): string => ['"', namespace, '#', local, '"'].join('')
  const iris = model.components.map((c) => iri(c.id))
  const root = iri(ROOT_ID)

  // Licenses: one element per SPDX expression and per name.
  const expressions = new Set<string>()
  for (const c of model.components)
    if (c.license && 'expression' in c.license) expressions.add(c.license.expression)
  const sortedExpressions = [...expressions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const expressionIds = uniqueIds(sortedExpressions, (e) => `License-${idPart(e) || 'expression'}`)
  const licenseIri = new Map<string, string>() // expression or LicenseRef → IRI
  sortedExpressions.forEach((e, i) => licenseIri.set(e, iri(expressionIds[i])))
  for (const l of model.licenses) if (l.name !== undefined) licenseIri.set(l.ref, iri(l.ref))

  // Who made the document: the subject's owner when known, else lockgraph itself, an agent of no one named.
  const agent = iri(subject.author ? 'Organization' : 'SoftwareAgent-lockgraph')
  const tool = iri('Tool-lockgraph')
  const sbom = iri('Sbom')
  const out = new JsonParts()
  out.raws(
    '{"@context":"https://spdx.org/rdf/3.0.1/spdx-context.jsonld","@graph":[',
    '{"type":"CreationInfo",',
  )
  out.raws('"@id":"_:creationinfo","specVersion":"3.0.1","created":"', spdxDateTime(subject.timestamp), '"')
  out.raws(',"createdBy":[', agent, '],"createdUsing":[', tool, ']')
  out.field(',"comment":', CREATION_COMMENT)
  out.raws('},{"type":"', subject.author ? 'Organization' : 'SoftwareAgent', '","spdxId":', agent, CI)
  out.field(',"name":', subject.author ?? 'lockgraph')
  out.raws('},{"type":"Tool","spdxId":', tool, CI)
  out.field(',"name":', TOOL)
  out.raws('},{"type":"SpdxDocument","spdxId":', iri('Document'), CI)
  out.field(',"name":', subject.name)
  out.raw(
    ',"dataLicense":"https://spdx.org/licenses/CC0-1.0","profileConformance":["core","software","simpleLicensing"',
  )
  if (model.licenses.some((l) => l.name !== undefined)) out.raw(',"expandedLicensing"')
  out.raws('],"rootElement":[', sbom, ']}')
  // The SBOM's elements are its packages: the subject, the projects and the packages.
  out.raws(
    ',{"type":"software_Sbom","spdxId":',
    sbom,
    CI,
    ',"software_sbomType":["source"],"rootElement":[',
    root,
  )
  out.raws('],"element":[', root)
  for (const id of iris) out.raws(',', id)
  out.raw(']}')

  // Packages: the subject, then projects and packages in ref order.
  out.raws(',{"type":"software_Package","spdxId":', root, CI)
  out.field(',"name":', subject.name)
  if (subject.version !== undefined) out.field(',"software_packageVersion":', subject.version)
  out.raw(',"software_primaryPurpose":"application"}')
  for (const c of model.components) {
    out.raws(',{"type":"software_Package","spdxId":', iris[c.index], CI)
    out.field(',"name":', c.name)
    if (c.kind === 'package' && c.version === undefined) out.field(',"comment":', NO_VERSION_COMMENT)
    if (c.version !== undefined) out.field(',"software_packageVersion":', c.version)
    if (c.purl) out.field(',"software_packageUrl":', c.purl)
    if (c.download) out.field(',"software_downloadLocation":', c.download)
    if (c.hashes.length) {
      out.raw(',"verifiedUsing":[')
      c.hashes.forEach((h, i) => {
        // hex digests (model.ts): nothing to escape
        const head = i ? ',{"type":"Hash","algorithm":"' : '{"type":"Hash","algorithm":"'
        out.raws(head, ALGORITHM[h.alg], '","hashValue":"', h.value, '"}')
      })
      out.raw(']')
    }
    out.raw(
      c.kind === 'project'
        ? ',"software_primaryPurpose":"application"}'
        : ',"software_primaryPurpose":"library"}',
    )
    out.end()
  }

  sortedExpressions.forEach((e, i) => {
    out.raws(',{"type":"simplelicensing_LicenseExpression","spdxId":', iri(expressionIds[i]), CI)
    out.field(',"simplelicensing_licenseExpression":', e)
    out.raw('}')
  })
  for (const l of model.licenses) {
    if (l.name === undefined) continue // a LicenseRef the lockfile used: part of an expression above
    out.raws(',{"type":"expandedlicensing_CustomLicense","spdxId":', licenseIri.get(l.ref)!, CI)
    out.field(',"name":', l.name)
    out.field(',"simplelicensing_licenseText":', l.name)
    out.raw('}')
  }

  const relationship = (
    local: string,
    suffix: string,
    from: string,
    type: string,
    to: readonly string[],
    extra: { lifecycle?: string; completeness?: string; comment?: string } = {},
  ): void => {
    out.raws(
      extra.lifecycle ? ',{"type":"LifecycleScopedRelationship"' : ',{"type":"Relationship"',
      ',"spdxId":"',
    )
    out.raws(namespace, '#', local, suffix, '"')
    out.raw(CI)
    if (extra.comment) out.field(',"comment":', extra.comment)
    out.raws(',"from":', from, ',"relationshipType":"', type, '","to":[')
    to.forEach((t, i) => out.raws(i ? ',' : '', t))
    out.raw(']')
    if (extra.lifecycle) out.raws(',"scope":"', extra.lifecycle, '"')
    if (extra.completeness) out.raws(',"completeness":"', extra.completeness, '"')
    out.raw('}')
  }

  // The subject contains its projects; as far as they are known.
  const unread = model.unread.length > 0
  relationship(
    ROOT_ID,
    '/contains',
    root,
    'contains',
    model.projects.length
      ? model.projects.map((p) => iris[p.index])
      : [unread ? '"NoAssertionElement"' : '"NoneElement"'],
    {
      completeness: unread ? 'incomplete' : 'complete',
      comment: unread ? unreadComment(model.unread.map((u) => u.path)) : undefined,
    },
  )
  for (const c of model.components) {
    const from = iris[c.index]
    const completeness = c.complete === undefined ? undefined : c.complete ? 'complete' : 'incomplete'
    for (const kind of KINDS) {
      const to: string[] = []
      for (const d of c.dependencies) if (d.scope === kind.scope) to.push(iris[d.to.index])
      if (to.length)
        relationship(c.id, kind.suffix, from, kind.type, to, {
          lifecycle: kind.lifecycle,
          completeness,
          comment: c.complete === false && kind.scope === 'runtime' ? INCOMPLETE_COMMENT : undefined,
        })
      else if (kind.scope === 'runtime' && c.complete === false)
        relationship(c.id, kind.suffix, from, kind.type, ['"NoAssertionElement"'], {
          completeness,
          comment: INCOMPLETE_COMMENT,
        })
      else if (kind.scope === 'runtime' && c.complete === true && !c.dependencies.length)
        relationship(c.id, kind.suffix, from, kind.type, ['"NoneElement"'], { completeness })
    }
    const license = !c.license ? undefined : 'expression' in c.license ? c.license.expression : c.license.ref
    relationship(c.id, '/hasDeclaredLicense', from, 'hasDeclaredLicense', [
      license === undefined ? '"expandedlicensing_NoAssertionLicense"' : licenseIri.get(license)!,
    ])
    out.end()
  }

  // lockgraph's facts of the subject and the projects. A package's (scope, direct, lockfiles, source) are left to
  // the relationships and the download location: nothing reads SPDX 3 back, and they would be a fifth of it.
  const annotation = (local: string, subjectIri: string, facts: string): void => {
    if (!facts) return
    out.raws(',{"type":"Annotation","spdxId":"', namespace, '#', local, '/annotation"')
    out.raws(CI, ',"annotationType":"other","subject":', subjectIri)
    out.field(',"statement":', facts)
    out.raw('}')
    out.end()
  }
  annotation(ROOT_ID, root, model.subjectFacts)
  for (const p of model.projects) annotation(p.id, iris[p.index], p.facts)
  out.raw(']}\n')
  return out.text()
}
