// Finds the lockfiles under a root folder. Skips VCS folders, installed dependencies and build output,
// honours exclude globs, and never follows a symbolic link out of the root. The walk runs over a FolderTree:
// the disk, or the file listing of a git commit.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { join, relative, sep } from 'node:path'
import picomatch from 'picomatch'
import { formatOf, type FormatSpec } from './parsers/registry.js'

/** Folders never descended into. */
export const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'target',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.cache',
  '.yarn',
  '.pnpm-store',
  '.gradle',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
])

export interface FoundFile {
  /** Path relative to the root, posix separators. */
  path: string
  format: FormatSpec
}

export interface Discovery {
  files: FoundFile[]
  /** Files passed over, with the reason (shadowed by another lockfile, link out of the root). */
  skipped: Array<{ path: string; reason: string }>
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

/** What a folder holds, as discovery sees it: a symbolic link is `link` until it is followed. */
export interface FolderEntry {
  name: string
  kind: 'file' | 'dir' | 'link' | 'other'
}

/** Where a symbolic link leads: a file or folder inside the root (path relative to it), or out of the root. */
export type LinkTarget =
  { outside: false; real: string; kind: 'file' | 'dir' | 'other' } | { outside: true; isDir: boolean }

/**
 * A folder tree discovery can walk: the disk, or the listing of a git commit. Both go through the same walk, so
 * a base commit and the working tree are discovered by the same rules.
 */
export interface FolderTree {
  /** Entries of a folder relative to the root ("" for the root, posix); undefined when it cannot be read. */
  list(dir: string): FolderEntry[] | undefined
  /** Follows the symbolic link at `path` (relative to the root); undefined when it leads nowhere. */
  follow(path: string): LinkTarget | undefined
}

/** The disk under a folder (real path), as a FolderTree. */
export function diskTree(realRoot: string): FolderTree {
  const inside = (real: string): boolean => real === realRoot || real.startsWith(realRoot + sep)
  const kindOf = (e: { isFile(): boolean; isDirectory(): boolean }): 'file' | 'dir' | 'other' =>
    e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other'
  return {
    list(dir) {
      let entries: Dirent[]
      try {
        entries = readdirSync(join(realRoot, dir), { withFileTypes: true })
      } catch {
        return undefined
      }
      return entries.map((e) => ({ name: e.name, kind: e.isSymbolicLink() ? 'link' : kindOf(e) }))
    },
    follow(path) {
      let real: string
      try {
        real = realpathSync(join(realRoot, path))
      } catch {
        return undefined // dangling link
      }
      const stat = statSync(real, { throwIfNoEntry: false })
      if (!inside(real)) return { outside: true, isDir: stat?.isDirectory() ?? false }
      if (!stat) return undefined
      return { outside: false, real: toPosix(relative(realRoot, real)), kind: kindOf(stat) }
    },
  }
}

export function discover(root: string, exclude: readonly string[] = []): Discovery {
  return discoverIn(diskTree(realpathSync(root)), exclude)
}

/** Finds the lockfiles in a folder tree: the walk behind discover(), for any FolderTree. */
export function discoverIn(tree: FolderTree, exclude: readonly string[] = []): Discovery {
  const isExcluded = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false
  const files: FoundFile[] = []
  const skipped: Discovery['skipped'] = []
  // Folders already walked, by real path relative to the root: a link to one of them is not walked again.
  const seenDirs = new Set<string>([''])

  const walk = (rel: string): void => {
    const entries = tree.list(rel)
    if (!entries) {
      skipped.push({ path: rel || '.', reason: 'folder cannot be read' })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const names = new Set(entries.map((e) => e.name))
    const nameMatching = (pattern: RegExp): string | undefined =>
      entries.find((e) => pattern.test(e.name))?.name
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      let kind = entry.kind
      if (kind === 'link') {
        const target = tree.follow(childRel)
        if (!target) continue // dangling link
        if (target.outside) {
          if (target.isDir || formatOf(entry.name))
            skipped.push({ path: childRel, reason: 'symbolic link out of the root' })
          continue
        }
        kind = target.kind
        if (kind === 'dir') {
          if (seenDirs.has(target.real)) continue
          seenDirs.add(target.real)
        }
      } else if (kind === 'dir') {
        seenDirs.add(childRel)
      }
      if (kind === 'dir') {
        if (SKIPPED_DIRS.has(entry.name) || isExcluded(childRel) || isExcluded(childRel + '/')) continue
        walk(childRel)
      } else if (kind === 'file') {
        const format = formatOf(entry.name, childRel)
        if (!format || isExcluded(childRel)) continue
        const shadow = format.shadowedBy
          ?.map((other) =>
            typeof other === 'string' ? (names.has(other) ? other : undefined) : nameMatching(other),
          )
          .find((name) => name !== undefined)
        if (shadow) {
          skipped.push({ path: childRel, reason: `${shadow} in the same folder takes precedence` })
          continue
        }
        files.push({ path: childRel, format })
      }
    }
  }

  walk('')
  return { files, skipped }
}
