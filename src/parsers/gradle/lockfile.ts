// Gradle dependency locking: gradle.lockfile (Gradle 6+: "group:name:version=conf1,conf2" and "empty=..."),
// settings-gradle.lockfile and buildscript-gradle.lockfile (the settings' and build script's classpaths),
// and Gradle 4.8 – 5's gradle/dependency-locks/<configuration>.lockfile ("group:name:version" per line).
//
// Scopes from configurations: compile and runtime classpaths are runtime; test ones (test*, *Test*) are dev;
// the build's own classpaths (buildscript, settings plugins, annotation processors, compiler plugins, code
// analysis tools) are build tooling, dev as well: they run in the build and are not shipped. A configuration
// lockgraph does not know is taken as runtime.
//
// Lockfiles record no relations. The build's version catalog (gradle/libs.versions.toml) says which locked
// packages are direct dependencies; without one, every locked package is taken as direct. Hashes come from
// gradle/verification-metadata.xml when the build has one.
import { posix } from 'node:path'
import {
  ParseError,
  SCOPE_RANK,
  type Issue,
  type ParseInput,
  type ParseResult,
  type ParsedPackage,
  type Scope,
} from '../../model.js'
import { mavenPurl } from '../maven/coordinates.js'
import { buildRoot, gradleProject } from './build.js'
import { buildHashes } from './verification-metadata.js'
import { catalogLibraries } from './version-catalog.js'

const BUILD_TOOLING =
  /^(classpath|annotationProcessor|kapt.*|ksp.*|.*AnnotationProcessor|kotlinCompiler.*|kotlin.*PluginClasspath.*|kotlinKlibCommonizerClasspath|kotlinNativeCompilerPluginClasspath|lint.*|detekt.*|spotbugs.*|checkstyle|pmd|codenarc|jacoco.*|errorprone|ktlint.*|spotless.*|.*ToolClasspath)$/

/** lockgraph's scope for a Gradle configuration. */
export function configurationScope(configuration: string, buildscript: boolean): Scope {
  if (buildscript) return 'dev'
  if (/^test/.test(configuration) || /Test[A-Z]|Test$/.test(configuration)) return 'dev'
  if (BUILD_TOOLING.test(configuration)) return 'dev'
  return 'runtime'
}

interface Locked {
  group: string
  name: string
  version: string
  configurations: string[]
  line: number
}

const COORDINATE = /^([^:\s=]+):([^:\s=]+):([^:\s=]+)$/

export function parseGradleLockfile(input: ParseInput): ParseResult {
  const file = posix.basename(input.path)
  const legacy = /(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/.test(input.path)
  // gradle/dependency-locks/<configuration>.lockfile belongs to the project two folders up
  const dir = legacy ? posix.dirname(posix.dirname(posix.dirname(input.path))) : posix.dirname(input.path)
  const projectDir = dir === '.' ? '' : dir
  const legacyConfiguration = legacy ? file.replace(/\.lockfile$/, '') : undefined
  const buildscript =
    file === 'buildscript-gradle.lockfile' ||
    file === 'settings-gradle.lockfile' ||
    legacyConfiguration === 'buildscript-classpath'
  const issues: Issue[] = []
  const locked: Locked[] = []
  let sawHeader = false
  const lines = input.text.split(/\r?\n/)
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    if (line.startsWith('#')) {
      if (/Gradle generated file for dependency locking/.test(line)) sawHeader = true
      return
    }
    if (line.startsWith('empty=')) return
    const eq = line.indexOf('=')
    const coordinate = legacy ? line : eq === -1 ? line : line.slice(0, eq)
    const m = COORDINATE.exec(coordinate)
    if (!m || (!legacy && eq === -1)) {
      issues.push({
        file: input.path,
        line: i + 1,
        severity: 'warning',
        message: `not a locked dependency ("${line.length > 80 ? `${line.slice(0, 80)}…` : line}"): skipped`,
      })
      return
    }
    const configurations = legacy
      ? [legacyConfiguration!]
      : line
          .slice(eq + 1)
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
    locked.push({ group: m[1], name: m[2], version: m[3], configurations, line: i + 1 })
  })
  if (!locked.length && !sawHeader && !/^\s*(#.*)?$/.test(input.text) && !/empty=/.test(input.text))
    throw new ParseError('not a Gradle lockfile (no "group:name:version" line)')

  const root = buildRoot(projectDir, input.files)
  const hashes = buildHashes(root, input.files)
  const catalog = catalogLibraries(root, input.files)
  const packages: ParsedPackage[] = []
  for (const l of locked) {
    let scope: Scope = 'dev'
    for (const c of l.configurations) {
      const s = configurationScope(c, buildscript)
      if (SCOPE_RANK[s] > SCOPE_RANK[scope]) scope = s
    }
    let purl: string
    try {
      purl = mavenPurl(l.group, l.name, l.version)
    } catch {
      issues.push({
        file: input.path,
        line: l.line,
        severity: 'warning',
        message: `${l.group}:${l.name}: not a valid package name`,
      })
      continue
    }
    packages.push({
      id: purl,
      ecosystem: 'maven',
      name: `${l.group}:${l.name}`,
      version: l.version,
      purl,
      scope,
      hashes: [...(hashes?.get(`${l.group}:${l.name}:${l.version}`) ?? [])],
      source: 'registry',
      line: l.line,
    })
  }

  const direct = catalog ? packages.filter((p) => catalog.has(p.name)) : packages
  const rest = packages.length - direct.length
  if (catalog && rest > 0)
    issues.push({
      file: input.path,
      severity: 'info',
      message: `Gradle lockfiles record no dependency relations: ${direct.length} locked package${direct.length === 1 ? ' is' : 's are'} declared in the version catalog (direct); what depends on the other ${rest} is unknown`,
    })
  else if (!catalog && packages.length)
    issues.push({
      file: input.path,
      severity: 'info',
      message: `Gradle lockfiles record no dependency relations and this build has no version catalog: every locked package is taken as a direct dependency`,
    })
  if (hashes && packages.some((p) => !p.hashes.length))
    issues.push({
      file: input.path,
      severity: 'info',
      message: `${packages.filter((p) => !p.hashes.length).length} locked packages have no checksum in gradle/verification-metadata.xml`,
    })

  return {
    format: legacy ? 'Gradle dependency-locks (Gradle 4.8 – 5)' : `${file} (Gradle 6+)`,
    projects: [gradleProject(projectDir, input.files, input.path)],
    packages,
    edges: direct.map((p) => ({ from: '', to: p.id, scope: p.scope })),
    issues,
    complete: false,
  }
}
