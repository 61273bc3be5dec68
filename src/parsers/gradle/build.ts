// A Gradle build in the repository: its root (the folder of settings.gradle[.kts]), the project a lockfile
// belongs to, and the build-wide files lockfiles are read with (version catalog, verification metadata).
import { posix } from 'node:path'
import type { FileSource, ParsedProject } from '../../model.js'

export const SETTINGS = ['settings.gradle.kts', 'settings.gradle']
export const BUILD_FILES = ['build.gradle.kts', 'build.gradle']
export const ROOT_LOCKFILES = ['gradle.lockfile', 'settings-gradle.lockfile', 'buildscript-gradle.lockfile']

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name
}

function parentOf(dir: string): string | undefined {
  if (dir === '') return undefined
  const up = posix.dirname(dir)
  return up === '.' ? '' : up
}

/** The root folder of the build a folder is in: the nearest one up with a settings file, else the folder. */
export function buildRoot(dir: string, files: FileSource): string {
  for (let d: string | undefined = dir; d !== undefined; d = parentOf(d))
    if (SETTINGS.some((s) => files.read(join(d!, s)) !== undefined)) return d
  return dir
}

/** `rootProject.name = "x"` from the settings file, when it says. */
function rootProjectName(root: string, files: FileSource): string | undefined {
  for (const s of SETTINGS) {
    const text = files.read(join(root, s))
    const m = text && /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(text)
    if (m) return m[1]
  }
  return undefined
}

/** The Gradle project of a folder: its build file as manifest (or `fallback`, the file read, when none). */
export function gradleProject(dir: string, files: FileSource, fallback: string): ParsedProject {
  const manifest =
    [...BUILD_FILES, ...SETTINGS].map((f) => join(dir, f)).find((p) => files.read(p) !== undefined) ??
    fallback
  const root = buildRoot(dir, files)
  const name = (dir === root ? rootProjectName(root, files) : undefined) ?? (posix.basename(dir) || 'root')
  return { id: '', ecosystem: 'gradle', name, manifest, dir }
}

/** The lockfile of the build that reads the build-wide files, when there is one (root or a subproject). */
export function buildLockfile(root: string, files: FileSource): string | undefined {
  for (const name of ROOT_LOCKFILES) if (files.read(join(root, name)) !== undefined) return join(root, name)
  const locks = join(root, 'gradle/dependency-locks')
  if (files.listDirs && files.listDirs(join(root, 'gradle')).includes('dependency-locks')) return `${locks}/`
  for (const sub of files.listDirs?.(root) ?? [])
    if (files.read(join(join(root, sub), 'gradle.lockfile')) !== undefined)
      return join(join(root, sub), 'gradle.lockfile')
  return undefined
}
