// Reads an SBOM back into the graph: CycloneDX JSON or XML (1.2 – 1.7), SPDX 2.2 / 2.3 JSON. The format is
// told by the content, not the file name.
import { CDX_VERSIONS } from './cyclonedx-common.js'
import { readCycloneDxJson } from './cyclonedx-json.js'
import { readCycloneDxXml, xmlRoot } from './cyclonedx-xml.js'
import { readSpdxJson } from './spdx-json.js'
import { SbomReadError, type ReadSbom } from './types.js'

export { SbomReadError, type ReadSbom } from './types.js'

const CDX_NAMESPACE = /^http:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/

/** The SBOM in `text`; `file` names it in messages. Throws SbomReadError for anything it cannot read. */
export function readSbom(text: string, file: string): ReadSbom {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const first = /\S/.exec(text)?.[0]
  if (first === '{' || first === '[') return readJson(text, file)
  if (first === '<') return readXml(text, file)
  throw new SbomReadError(file, first ? 'not an SBOM: neither JSON nor XML' : 'empty file')
}

function readJson(text: string, file: string): ReadSbom {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    const { line, column } = jsonErrorPosition(err, text)
    const why =
      err instanceof Error ? err.message.replace(/\s*(in JSON )?at position \d+.*$/, '') : String(err)
    throw new SbomReadError(file, `not valid JSON${column ? ` (column ${column})` : ''}: ${why}`, line)
  }
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
    const o = doc as Record<string, unknown>
    if (o.bomFormat !== undefined) return readCycloneDxJson(doc, file)
    if (o.spdxVersion !== undefined) return readSpdxJson(doc, file)
    if (o['@context'] !== undefined && /spdx\.org\/rdf\/3/.test(JSON.stringify(o['@context'])))
      throw new SbomReadError(file, 'SPDX 3 JSON-LD is not read yet (lockgraph reads SPDX 2.2 / 2.3 JSON)')
  }
  throw new SbomReadError(
    file,
    'not an SBOM lockgraph reads: JSON without "bomFormat" (CycloneDX) or "spdxVersion" (SPDX)',
  )
}

/** Line and column of a JSON.parse error: Node 20 says "at position N", Node 22 adds "(line L column C)". */
function jsonErrorPosition(err: unknown, text: string): { line?: number; column?: number } {
  const message = err instanceof Error ? err.message : ''
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) }
  const pos = /at position (\d+)/.exec(message)
  if (!pos) return /end of JSON input/.test(message) ? position(text, text.length) : {}
  return position(text, Number(pos[1]))
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}

function readXml(text: string, file: string): ReadSbom {
  const root = xmlRoot(text, file)
  if (
    root.localName !== 'bom' ||
    root.namespace === undefined ||
    !root.namespace.startsWith('http://cyclonedx.org/')
  )
    throw new SbomReadError(
      file,
      `not an SBOM lockgraph reads: XML root <${root.name}>${root.namespace ? ` in ${root.namespace}` : ''}, not a CycloneDX <bom>`,
      root.line,
    )
  const version = CDX_NAMESPACE.exec(root.namespace)?.[1]
  if (!version || !CDX_VERSIONS.includes(version))
    throw new SbomReadError(
      file,
      `CycloneDX XML namespace ${root.namespace} is not read (lockgraph reads CycloneDX ${CDX_VERSIONS[0]} to ${CDX_VERSIONS.at(-1)})`,
      root.line,
    )
  return readCycloneDxXml(text, file, version)
}
