// The SBOM formats lockgraph writes: one line each, with file name, action output, spec versions and writer.
// Writers are loaded when a format is asked for, so the CLI starts without loading them all.
import type { Graph } from '../graph/graph.js'
import type { Subject } from './subject.js'

export type SbomFormatId = 'cyclonedx-json' | 'cyclonedx-xml' | 'spdx-json' | 'spdx3-json'

export interface WriteOptions {
  /** One of the format's specVersions; its default when absent. */
  specVersion?: string
  /**
   * Work one writer can leave for the next when several formats of the SAME graph are written in one go (the
   * CycloneDX content for JSON and XML). A new Map per graph; never reuse it after changing the graph.
   */
  shared?: Map<string, unknown>
}

/** A writer is a pure function of the graph and the subject: the same input gives the same bytes. */
export type SbomWriter = (graph: Graph, subject: Subject, options?: WriteOptions) => string

export interface SbomFormat {
  id: SbomFormatId
  /** Default file name in the output folder. */
  fileName: string
  /** Name of the action output that holds the file's path. */
  output: string
  specVersions: readonly string[]
  defaultSpecVersion: string
  load(): Promise<SbomWriter>
}

export const SBOM_FORMATS: readonly SbomFormat[] = [
  {
    id: 'cyclonedx-json',
    fileName: 'sbom.cdx.json',
    output: 'cyclonedx-file',
    specVersions: ['1.4', '1.5', '1.6', '1.7'],
    defaultSpecVersion: '1.6',
    load: async () => (await import('./cyclonedx.js')).writeCycloneDxJson,
  },
  {
    id: 'cyclonedx-xml',
    fileName: 'sbom.cdx.xml',
    output: 'cyclonedx-xml-file',
    specVersions: ['1.4', '1.5', '1.6', '1.7'],
    defaultSpecVersion: '1.6',
    load: async () => (await import('./cyclonedx.js')).writeCycloneDxXml,
  },
  {
    id: 'spdx-json',
    fileName: 'sbom.spdx.json',
    output: 'spdx-file',
    specVersions: ['2.3'],
    defaultSpecVersion: '2.3',
    load: async () => (await import('./spdx.js')).writeSpdxJson,
  },
  {
    id: 'spdx3-json',
    fileName: 'sbom.spdx3.json',
    output: 'spdx3-file',
    specVersions: ['3.0.1'],
    defaultSpecVersion: '3.0.1',
    load: async () => (await import('./spdx3.js')).writeSpdx3Json,
  },
]

export const FORMAT_IDS: readonly SbomFormatId[] = SBOM_FORMATS.map((f) => f.id)

export function sbomFormat(id: string): SbomFormat | undefined {
  return SBOM_FORMATS.find((f) => f.id === id)
}
