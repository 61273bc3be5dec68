// Where an npm-ecosystem package comes from, from its resolved URL or spec, and the purl that says so.
// Shared by the npm, yarn, pnpm and bun parsers.
import type { SourceKind } from '../../model.js'
import { npmPurl, type Qualifiers } from '../../purl/purl.js'

const DEFAULT_REGISTRIES = [
  'https://registry.npmjs.org',
  'https://registry.yarnpkg.com',
  'https://registry.npmjs.com',
]

export interface NpmSource {
  source: SourceKind
  qualifiers?: Qualifiers
}

export function isGitSpec(spec: string): boolean {
  return (
    /^(git\+|git:|git@|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec)
  )
}

/** Classifies a resolved location (URL, path or git reference) of package `name`. */
export function classifyResolved(name: string, resolved: string | undefined): NpmSource {
  if (!resolved) return { source: 'registry' }
  if (isGitSpec(resolved)) return { source: 'git', qualifiers: { vcs_url: resolved } }
  if (/^https?:\/\//.test(resolved)) {
    // Registry tarballs look like <registry>/<name>/-/<file>.tgz
    const marker = `/${name}/-/`
    const at = resolved.indexOf(marker)
    if (at > 0) {
      const registry = resolved.slice(0, at).replace(/\/$/, '')
      if (DEFAULT_REGISTRIES.includes(registry.replace(/^http:/, 'https:'))) return { source: 'registry' }
      return { source: 'registry', qualifiers: { repository_url: registry } }
    }
    return { source: 'url', qualifiers: { download_url: resolved } }
  }
  if (resolved.startsWith('link:')) return { source: 'link' }
  return { source: 'path' }
}

export function npmPackagePurl(name: string, version: string | undefined, where: NpmSource): string {
  return npmPurl(name, version, where.qualifiers)
}

/** purl of a project's own package (root or workspace member), when its name is a valid npm name. */
export function projectPurl(name: string, version: string | undefined): string | undefined {
  try {
    return npmPurl(name, version)
  } catch {
    return undefined
  }
}
