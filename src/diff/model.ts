// What a dependency diff holds: per manifest, the packages added, removed, upgraded, downgraded and changed,
// and the packages that moved from one manifest to another. Plain data: the renderers and the policy read it.
import type { Ecosystem, Hash, Scope, SourceKind } from '../model.js'

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'changed'

/** A property of a package that differs between base and head. */
export type ChangedField = 'version' | 'hash' | 'source' | 'license' | 'scope' | 'direct'

/** A package as one project has it, on one side of the diff. */
export interface PackageState {
  purl: string
  version?: string
  /** How this project needs it: the best path from the project, as weak as its weakest edge. */
  scope: Scope
  /** A dependency edge of this project points to it. */
  direct: boolean
  license?: string
  source: SourceKind
  resolved?: string
  hashes: Hash[]
  /** Lockfiles it was read from. */
  files: string[]
}

/** One package on the path from a project to a package. */
export interface PathStep {
  name: string
  version?: string
  purl: string
}

export interface DiffEntry {
  kind: ChangeKind
  ecosystem: Ecosystem
  name: string
  manifest: string
  /** Absent for `added`. */
  base?: PackageState
  /** Absent for `removed`. */
  head?: PackageState
  /** For paired entries (upgraded, downgraded, changed): what differs. Empty for added / removed. */
  changes: ChangedField[]
  /** Direct in head (in base for `removed`). */
  direct: boolean
  /**
   * For `added` transitive packages: the shortest path from the project in the head graph, from the direct
   * dependency that brought it (first) to the package itself (last). Absent when the lockfile records no
   * edges that reach it.
   */
  path?: PathStep[]
}

/**
 * A package that left one manifest and arrived in another in the same diff: the same ecosystem and name,
 * left over as removed from `from` and left over as added to `to`.
 */
export interface MovedEntry {
  ecosystem: Ecosystem
  name: string
  from: string
  to: string
  base: PackageState
  head: PackageState
  /** How the version moved with it. */
  version: 'same' | 'upgraded' | 'downgraded'
  /** What differs between the package in `from` (base) and in `to` (head). */
  changes: ChangedField[]
}

export interface DiffCounts {
  added: number
  removed: number
  upgraded: number
  downgraded: number
  changed: number
  /** Overall: each move once. Per manifest: moves from it and to it. */
  moved: number
}

export interface ManifestDiff {
  /** Manifest path relative to the scan root (the project's key). */
  manifest: string
  ecosystem: Ecosystem
  /** `added` / `removed`: the whole manifest is new / gone; `changed`: it is in both and its packages differ. */
  status: 'added' | 'removed' | 'changed'
  /** Lockfiles of the project (head's, base's for a removed manifest). */
  files: string[]
  /** Sorted by name, ecosystem, then version. */
  entries: DiffEntry[]
  counts: DiffCounts
}

export interface GraphDiff {
  /** Manifests with a change, sorted by path. */
  manifests: ManifestDiff[]
  /** Sorted by name, then source manifest. */
  moved: MovedEntry[]
  counts: DiffCounts & { manifestsAdded: number; manifestsRemoved: number; manifestsChanged: number }
  /** Anything at all differs (a manifest without packages that appears counts). */
  hasChanges: boolean
}

export function emptyCounts(): DiffCounts {
  return { added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0, moved: 0 }
}
