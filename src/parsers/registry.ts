// Every lockfile format lockgraph reads: one line each. A parser module is loaded only when a file of its
// format is found, so start-up stays light.
import type { Ecosystem, Parser } from '../model.js'

export interface FormatSpec {
  /** Stable id of the format, e.g. "npm-package-lock". */
  id: string
  ecosystem: Ecosystem
  /** File names (basenames) this format is found under. */
  fileNames: readonly string[]
  /** Or a pattern of file names, for formats with many names (requirements-dev.txt, pylock.web.toml). */
  namePattern?: RegExp
  /** Or a pattern of paths relative to the scan root, for files named by their folder (requirements/dev.txt). */
  pathPattern?: RegExp
  /**
   * Files in the same folder that take precedence (names, or patterns of names): when one exists, this file is
   * not read (npm itself ignores package-lock.json next to npm-shrinkwrap.json; a lockfile says more than
   * the pyproject.toml it locks).
   */
  shadowedBy?: readonly (string | RegExp)[]
  load(): Promise<Parser>
}

const REQUIREMENTS = /^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/i
const PYLOCK = /^pylock\.[^.]+\.toml$/

export const FORMATS: readonly FormatSpec[] = [
  {
    id: 'npm-shrinkwrap',
    ecosystem: 'npm',
    fileNames: ['npm-shrinkwrap.json'],
    load: async () => (await import('./npm/package-lock.js')).parsePackageLock,
  },
  {
    id: 'npm-package-lock',
    ecosystem: 'npm',
    fileNames: ['package-lock.json'],
    shadowedBy: ['npm-shrinkwrap.json'],
    load: async () => (await import('./npm/package-lock.js')).parsePackageLock,
  },
  {
    id: 'yarn-lock',
    ecosystem: 'npm',
    fileNames: ['yarn.lock'],
    load: async () => (await import('./npm/yarn-lock.js')).parseYarnLock,
  },
  {
    id: 'pnpm-lock',
    ecosystem: 'npm',
    fileNames: ['pnpm-lock.yaml'],
    load: async () => (await import('./npm/pnpm-lock.js')).parsePnpmLock,
  },
  {
    id: 'bun-lock',
    ecosystem: 'npm',
    fileNames: ['bun.lock'],
    load: async () => (await import('./npm/bun-lock.js')).parseBunLock,
  },
  {
    id: 'bun-lockb',
    ecosystem: 'npm',
    fileNames: ['bun.lockb'],
    shadowedBy: ['bun.lock'],
    load: async () => (await import('./npm/bun-lock.js')).parseBunLockb,
  },
  {
    id: 'cargo-lock',
    ecosystem: 'cargo',
    fileNames: ['Cargo.lock'],
    load: async () => (await import('./cargo/cargo-lock.js')).parseCargoLock,
  },
  {
    id: 'composer-lock',
    ecosystem: 'composer',
    fileNames: ['composer.lock'],
    load: async () => (await import('./composer/composer-lock.js')).parseComposerLock,
  },
  {
    id: 'requirements',
    ecosystem: 'pypi',
    fileNames: [],
    // requirements.txt, requirements-dev.txt, dev_requirements.txt, requirements.prod.txt; requirements/*.txt
    namePattern: REQUIREMENTS,
    pathPattern: /(^|\/)requirements\/[^/]+\.txt$/,
    load: async () => (await import('./python/requirements.js')).parseRequirements,
  },
  {
    id: 'pipfile-lock',
    ecosystem: 'pypi',
    fileNames: ['Pipfile.lock'],
    load: async () => (await import('./python/pipfile-lock.js')).parsePipfileLock,
  },
  {
    id: 'poetry-lock',
    ecosystem: 'pypi',
    fileNames: ['poetry.lock'],
    load: async () => (await import('./python/poetry-lock.js')).parsePoetryLock,
  },
  {
    id: 'uv-lock',
    ecosystem: 'pypi',
    fileNames: ['uv.lock'],
    load: async () => (await import('./python/uv-lock.js')).parseUvLock,
  },
  {
    id: 'pdm-lock',
    ecosystem: 'pypi',
    fileNames: ['pdm.lock'],
    load: async () => (await import('./python/pdm-lock.js')).parsePdmLock,
  },
  {
    id: 'pylock',
    ecosystem: 'pypi',
    fileNames: ['pylock.toml'],
    namePattern: PYLOCK,
    load: async () => (await import('./python/pylock.js')).parsePylock,
  },
  {
    // A pyproject.toml with no lockfile: its declared dependencies, unpinned, and the project marked incomplete.
    id: 'pyproject',
    ecosystem: 'pypi',
    fileNames: ['pyproject.toml'],
    shadowedBy: ['uv.lock', 'poetry.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml', PYLOCK, REQUIREMENTS],
    load: async () => (await import('./python/pyproject.js')).parsePyproject,
  },
  {
    // Offline: direct dependencies; src/maven/resolve.ts gives the full graph from the same input.
    id: 'maven-pom',
    ecosystem: 'maven',
    fileNames: ['pom.xml'],
    load: async () => (await import('./maven/pom-xml.js')).parsePomXml,
  },
  {
    id: 'gradle-lockfile',
    ecosystem: 'gradle',
    fileNames: ['gradle.lockfile', 'settings-gradle.lockfile', 'buildscript-gradle.lockfile'],
    pathPattern: /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/, // Gradle 4.8 – 5
    load: async () => (await import('./gradle/lockfile.js')).parseGradleLockfile,
  },
  {
    id: 'gradle-verification-metadata',
    ecosystem: 'gradle',
    fileNames: [],
    pathPattern: /(^|\/)gradle\/verification-metadata\.xml$/,
    load: async () => (await import('./gradle/verification-metadata.js')).parseVerificationMetadata,
  },
  {
    id: 'gradle-version-catalog',
    ecosystem: 'gradle',
    fileNames: [],
    pathPattern: /(^|\/)gradle\/[^/]+\.versions\.toml$/,
    load: async () => (await import('./gradle/version-catalog.js')).parseVersionCatalog,
  },
]

const BY_NAME = new Map<string, FormatSpec>()
for (const format of FORMATS) for (const name of format.fileNames) BY_NAME.set(name, format)
const BY_PATTERN = FORMATS.filter((f) => f.namePattern)
const BY_PATH = FORMATS.filter((f) => f.pathPattern)

/** The format of a file, by its name (and path, posix, relative to the scan root); undefined if not read. */
export function formatOf(fileName: string, path = fileName): FormatSpec | undefined {
  return (
    BY_NAME.get(fileName) ??
    BY_PATTERN.find((f) => f.namePattern!.test(fileName)) ??
    BY_PATH.find((f) => f.pathPattern!.test(path))
  )
}
