// SPDX 2.3 JSON from the graph, written as text (the layout is fixed, so no serializer is needed).
//
// Layout: the subject is a package (SPDXRef-Root) the document DESCRIBES; it CONTAINS one package per project
// (the projects are parts of the repository, not things it depends on); projects and packages DEPENDS_ON their
// runtime dependencies, and dev, optional and peer dependencies are the dependency's DEV_DEPENDENCY_OF,
// OPTIONAL_DEPENDENCY_OF and PROVIDED_DEPENDENCY_OF (a peer is provided by whoever installs the package).
// Unknowns are said with NOASSERTION: "SPDXRef-Root CONTAINS NOASSERTION" when a lockfile could not be read,
// "<project> DEPENDS_ON NOASSERTION" when a project's lockfile does not give its full closure.
import type { HashAlg, Scope } from '../model.js'
import type { SbomWriter } from './formats.js'
import { ANNOTATOR } from './spdx-facts.js'
import { contentUuid, documentNamespace, spdxDateTime } from './spdx-ids.js'
import { UNKNOWN_LICENSE_TEXT, type SpdxLicense } from './spdx-licenses.js'
import {
  CREATION_COMMENT,
  INCOMPLETE_COMMENT,
  NO_VERSION_COMMENT,
  ROOT_ID,
  spdxModel,
  unreadComment,
} from './spdx-model.js'
import { JsonParts, str } from './spdx-text.js'

const ALGORITHM: Record<HashAlg, string> = {
  MD5: 'MD5',
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
}

/** Relationship of a dependency B of A other than a runtime one, named from B's side: B <type> A. */
const DEPENDENCY_OF: Record<Exclude<Scope, 'runtime'>, string> = {
  dev: 'DEV_DEPENDENCY_OF',
  optional: 'OPTIONAL_DEPENDENCY_OF',
  peer: 'PROVIDED_DEPENDENCY_OF',
}

function licenseDeclared(license: SpdxLicense | undefined): string {
  if (!license) return 'NOASSERTION'
  return 'expression' in license ? license.expression : license.ref
}

export const writeSpdxJson: SbomWriter = (graph, subject, options) => {
  const model = spdxModel(graph, subject, options?.shared)
  // The namespace derives from the content (everything but the time), like the CycloneDX serial number.
  const namespace = documentNamespace(subject.name, contentUuid(`${model.digest} SPDX-2.3`))
  const created = spdxDateTime(subject.timestamp)
  // Each element's SPDXID as JSON, made once, as a flat string (see spdx3.ts).
  const ids = model.components.map((c) => ['"SPDXRef-', c.id, '"'].join(''))
  const root = `"SPDXRef-${ROOT_ID}"`
  const annotationHead = `,"annotations":[{"annotationDate":"${created}","annotationType":"OTHER","annotator":${str(ANNOTATOR)},"comment":`

  const out = new JsonParts()
  out.raws('{"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT"', ',"name":')
  out.str(subject.name)
  out.field(',"documentNamespace":', namespace)
  out.field(',"creationInfo":{"comment":', CREATION_COMMENT)
  out.raws(',"created":"', created, '","creators":[')
  if (subject.author) {
    out.str(`Organization: ${subject.author}`)
    out.raw(',')
  }
  out.str(ANNOTATOR)
  out.raws(']},"packages":[{"SPDXID":', root, ',"name":')
  out.str(subject.name)
  if (subject.version !== undefined) out.field(',"versionInfo":', subject.version)
  out.raw(
    ',"supplier":"NOASSERTION","downloadLocation":"NOASSERTION","filesAnalyzed":false,"licenseConcluded":"NOASSERTION","licenseDeclared":"NOASSERTION","copyrightText":"NOASSERTION","primaryPackagePurpose":"APPLICATION"',
  )
  if (model.subjectFacts) out.raws(annotationHead, str(model.subjectFacts), '}]')
  out.raw('}')

  for (const c of model.components) {
    out.raws(',{"SPDXID":', ids[c.index], ',"name":')
    out.str(c.name)
    if (c.version !== undefined) out.field(',"versionInfo":', c.version)
    out.raw(',"supplier":"NOASSERTION","downloadLocation":')
    out.str(c.download ?? 'NOASSERTION')
    out.raw(',"filesAnalyzed":false')
    if (c.hashes.length) {
      out.raw(',"checksums":[')
      c.hashes.forEach((h, i) => {
        // hex digests (model.ts): nothing to escape
        out.raws(
          i ? ',{"algorithm":"' : '{"algorithm":"',
          ALGORITHM[h.alg],
          '","checksumValue":"',
          h.value,
          '"}',
        )
      })
      out.raw(']')
    }
    out.field(',"licenseConcluded":"NOASSERTION","licenseDeclared":', licenseDeclared(c.license))
    out.raw(',"copyrightText":"NOASSERTION"')
    if (c.kind === 'package' && c.version === undefined) out.field(',"comment":', NO_VERSION_COMMENT)
    if (c.purl) {
      out.field(
        ',"externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl","referenceLocator":',
        c.purl,
      )
      out.raw('}]')
    }
    out.raw(
      c.kind === 'project' ? ',"primaryPackagePurpose":"APPLICATION"' : ',"primaryPackagePurpose":"LIBRARY"',
    )
    if (c.facts) {
      out.raw(annotationHead)
      out.str(c.facts)
      out.raw('}]')
    }
    out.raw('}')
    out.end()
  }
  out.raw(']')

  if (model.licenses.length) {
    out.raw(',"hasExtractedLicensingInfos":[')
    model.licenses.forEach((l, i) => {
      out.field(i ? ',{"licenseId":' : '{"licenseId":', l.ref)
      out.field(',"extractedText":', l.name ?? UNKNOWN_LICENSE_TEXT)
      if (l.name !== undefined) out.field(',"name":', l.name)
      out.raw('}')
    })
    out.raw(']')
  }

  const relationship = (from: string, type: string, to: string, comment?: string): void => {
    out.raws(',{"spdxElementId":', from, ',"relationshipType":"', type, '","relatedSpdxElement":')
    out.raw(to)
    if (comment) out.field(',"comment":', comment)
    out.raw('}')
  }
  out.raws(
    ',"relationships":[{"spdxElementId":"SPDXRef-DOCUMENT","relationshipType":"DESCRIBES","relatedSpdxElement":',
    root,
    '}',
  )
  for (const p of model.projects) relationship(root, 'CONTAINS', ids[p.index])
  if (model.unread.length)
    relationship(root, 'CONTAINS', '"NOASSERTION"', unreadComment(model.unread.map((u) => u.path)))
  for (const c of model.components) {
    const from = ids[c.index]
    for (const { to, scope } of c.dependencies)
      if (scope === 'runtime') relationship(from, 'DEPENDS_ON', ids[to.index])
      else relationship(ids[to.index], DEPENDENCY_OF[scope], from)
    // A project says what is not known of its dependencies, and that it has none when that is known.
    if (c.complete === false) relationship(from, 'DEPENDS_ON', '"NOASSERTION"', INCOMPLETE_COMMENT)
    else if (c.complete === true && !c.dependencies.length) relationship(from, 'DEPENDS_ON', '"NONE"')
    out.end()
  }
  out.raw(']}\n')
  return out.text()
}
