// Finds the lockfiles under a root folder. Skips VCS folders, installed dependencies and build output,
// honours exclude globs, and never follows a symbolic link out of the root.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { join, sep } from 'node:path'
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

export function discover(root: string, exclude: readonly string[] = []): Discovery {
  const realRoot = realpathSync(root)
  const isExcluded = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false
  const files: FoundFile[] = []
  const skipped: Discovery['skipped'] = []
  const seenDirs = new Set<string>([realRoot])

  const inside = (real: string): boolean => real === realRoot || real.startsWith(realRoot + sep)

  const walk = (dir: string, rel: string): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      skipped.push({ path: rel || '.', reason: 'folder cannot be read' })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const names = new Set(entries.map((e) => e.name))
    const nameMatching = (pattern: RegExp): string | undefined =>
      entries.find((e) => pattern.test(e.name))?.name
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      const full = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        let real: string
        try {
          real = realpathSync(full)
        } catch {
          continue // dangling link
        }
        if (!inside(real)) {
          if (isDir || formatOf(entry.name))
            skipped.push({ path: childRel, reason: 'symbolic link out of the root' })
          else if (statSync(real, { throwIfNoEntry: false })?.isDirectory())
            skipped.push({ path: childRel, reason: 'symbolic link out of the root' })
          continue
        }
        const stat = statSync(real)
        isDir = stat.isDirectory()
        isFile = stat.isFile()
        if (isDir) {
          if (seenDirs.has(real)) continue
          seenDirs.add(real)
        }
      } else if (isDir) {
        seenDirs.add(full)
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || isExcluded(childRel) || isExcluded(childRel + '/')) continue
        walk(full, childRel)
      } else if (isFile) {
        const format = formatOf(entry.name, toPosix(childRel))
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
        files.push({ path: toPosix(childRel), format })
      }
    }
  }

  walk(realRoot, '')
  return { files, skipped }
}
