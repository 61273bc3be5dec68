// The `diff-file` output: the dependency diff as JSON, a documented and versioned shape for other tools.
import type {
  ChangeKind,
  ChangedField,
  DiffEntry,
  GraphDiff,
  MovedEntry,
  PackageState,
} from '../diff/model.js'
import type { Ecosystem, Scope, SourceKind } from '../model.js'
import type { PolicyRule, Violation } from '../policy/policy.js'

/** One package on one side of a change. */
export interface DiffJsonPackage {
  purl: string
  /** Absent when the lockfile does not pin one (an unpinned requirement). */
  version?: string
  /** How the manifest's project needs it: runtime, optional, peer or dev. */
  scope: Scope
  /** A dependency the manifest declares itself. */
  direct: boolean
  /** As the lockfile states it (not necessarily SPDX); absent when it states none. */
  license?: string
  /** registry, git, url, path or link. */
  source: SourceKind
  /** Tarball URL, git URL with commit, or path, as the lockfile records it. */
  resolved?: string
  /** "ALG:hex", e.g. "SHA-512:9f86…". */
  hashes: string[]
}

export interface DiffJsonCounts {
  added: number
  removed: number
  upgraded: number
  downgraded: number
  changed: number
  /** Overall: each move once; in a manifest: moves from it and to it. */
  moved: number
}

export interface DiffJsonChange {
  kind: ChangeKind
  ecosystem: Ecosystem
  name: string
  /** Direct in head (in base for `removed`). */
  direct: boolean
  /** For upgraded / downgraded / changed: version, hash, source, license, scope, direct. Empty otherwise. */
  changes: ChangedField[]
  /** Absent for `added`. */
  base?: DiffJsonPackage
  /** Absent for `removed`. */
  head?: DiffJsonPackage
  /**
   * `added` transitive packages: shortest path from the project, the direct dependency that brought it
   * first and the package itself last. Absent when no recorded edge reaches it.
   */
  path?: Array<{ name: string; version?: string; purl: string }>
}

export interface DiffJsonManifest {
  /** Manifest path relative to the repository (or scanned folder) root. */
  manifest: string
  ecosystem: Ecosystem
  /** added: a new manifest; removed: gone; changed: its packages differ. */
  status: 'added' | 'removed' | 'changed'
  lockfiles: string[]
  counts: DiffJsonCounts
  /** Sorted by name, ecosystem, version. */
  changes: DiffJsonChange[]
}

export interface DiffJsonMove {
  ecosystem: Ecosystem
  name: string
  /** Manifest it left. */
  from: string
  /** Manifest it arrived in. */
  to: string
  version: 'same' | 'upgraded' | 'downgraded'
  changes: ChangedField[]
  base: DiffJsonPackage
  head: DiffJsonPackage
}

export interface DiffJsonViolation {
  rule: PolicyRule
  /** error: fails the check; warning: reported only. */
  severity: 'error' | 'warning'
  manifest: string
  lockfile?: string
  line?: number
  ecosystem: Ecosystem
  name: string
  version?: string
  purl: string
  message: string
}

/** The whole file. */
export interface DiffJson {
  /** Version of this shape: 1. Raised when a field changes meaning or is removed; fields may be added. */
  version: 1
  /** Anything differs. */
  hasChanges: boolean
  counts: DiffJsonCounts & { manifestsAdded: number; manifestsRemoved: number; manifestsChanged: number }
  /** Manifests with a change, sorted by path. */
  manifests: DiffJsonManifest[]
  /** Packages that left one manifest and arrived in another. */
  moved: DiffJsonMove[]
  /** Policy violations; empty without a policy. */
  violations: DiffJsonViolation[]
}

function pkg(s: PackageState): DiffJsonPackage {
  return {
    purl: s.purl,
    ...(s.version !== undefined ? { version: s.version } : {}),
    scope: s.scope,
    direct: s.direct,
    ...(s.license !== undefined ? { license: s.license } : {}),
    source: s.source,
    ...(s.resolved !== undefined ? { resolved: s.resolved } : {}),
    hashes: s.hashes.map((h) => `${h.alg}:${h.value}`),
  }
}

function change(e: DiffEntry): DiffJsonChange {
  return {
    kind: e.kind,
    ecosystem: e.ecosystem,
    name: e.name,
    direct: e.direct,
    changes: [...e.changes],
    ...(e.base ? { base: pkg(e.base) } : {}),
    ...(e.head ? { head: pkg(e.head) } : {}),
    ...(e.path
      ? {
          path: e.path.map((s) => ({
            name: s.name,
            ...(s.version !== undefined ? { version: s.version } : {}),
            purl: s.purl,
          })),
        }
      : {}),
  }
}

function move(m: MovedEntry): DiffJsonMove {
  return {
    ecosystem: m.ecosystem,
    name: m.name,
    from: m.from,
    to: m.to,
    version: m.version,
    changes: [...m.changes],
    base: pkg(m.base),
    head: pkg(m.head),
  }
}

/** The diff (and the policy's violations) as the `diff-file` JSON; JSON.stringify it to write. */
export function diffJson(diff: GraphDiff, violations: readonly Violation[] = []): DiffJson {
  return {
    version: 1,
    hasChanges: diff.hasChanges,
    counts: { ...diff.counts },
    manifests: diff.manifests.map((m) => ({
      manifest: m.manifest,
      ecosystem: m.ecosystem,
      status: m.status,
      lockfiles: [...m.files],
      counts: { ...m.counts },
      changes: m.entries.map(change),
    })),
    moved: diff.moved.map(move),
    violations: violations.map((v) => ({
      rule: v.rule,
      severity: v.severity,
      manifest: v.manifest,
      ...(v.file !== undefined ? { lockfile: v.file } : {}),
      ...(v.line !== undefined ? { line: v.line } : {}),
      ecosystem: v.ecosystem,
      name: v.name,
      ...(v.version !== undefined ? { version: v.version } : {}),
      purl: v.purl,
      message: v.message,
    })),
  }
}
