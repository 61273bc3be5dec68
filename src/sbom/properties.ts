// Names of lockgraph's own properties in CycloneDX (and in SPDX 3 / 2.3 where there is no field for them).
// Writers write them and readers read them back, so that write → read → write gives the same file.
export const PROPERTY = {
  file: 'lockgraph:file',
  /** "SHA-256:<hex>" of one distribution file, when a package has several (wheels, sdist). */
  fileHash: 'lockgraph:file-hash',
  manifest: 'lockgraph:manifest',
  scope: 'lockgraph:scope',
  direct: 'lockgraph:direct',
  alias: 'lockgraph:alias',
  source: 'lockgraph:source',
  complete: 'lockgraph:complete',
  platform: 'lockgraph:platform',
  /** "<path>: <why>" of a lockfile that could not be read: what it locks is missing from this SBOM. */
  unreadFile: 'lockgraph:unread-file',
  platformDev: 'lockgraph:platform-dev',
  /** "<element>: <why>" of a minimum element (NTIA / CISA) that lockfiles do not state: known unknowns. */
  unknown: 'lockgraph:unknown',
} as const
