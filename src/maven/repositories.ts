// The Maven repositories POMs are fetched from, in the order they are asked:
//   1. those given as an option (`--maven-repository [ID=]URL`, action input `maven-repositories`), with
//      credentials from environment variables — the only ones credentials are ever sent to;
//   2. those the POMs declare (<repositories>), as Maven uses them, except plain-HTTP ones (Maven 3.8.1+
//      blocks them) and ones on loopback / private addresses (a pull request must not make the runner
//      request its own network);
//   3. Maven Central.
// An option repository with the id "mirror" is a mirror of everything (Maven's <mirrorOf>*</mirrorOf>):
// only it is asked.
import { CENTRAL, type Repository } from '../parsers/maven/model.js'

export interface RemoteRepository {
  id: string
  /** Base URL without a trailing slash. */
  url: string
  releases: boolean
  snapshots: boolean
  /** Authorization header value, for repositories given as an option. */
  authorization?: string
  origin: 'option' | 'pom' | 'central'
}

/** Environment variable names for a repository's credentials: LOCKGRAPH_MAVEN_<ID>_USERNAME and so on. */
export function credentialVariables(id: string | undefined): {
  username: string
  password: string
  token: string
} {
  const prefix = id ? `LOCKGRAPH_MAVEN_${id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_` : 'LOCKGRAPH_MAVEN_'
  return { username: `${prefix}USERNAME`, password: `${prefix}PASSWORD`, token: `${prefix}TOKEN` }
}

/**
 * Repositories given as an option: "URL" or "ID=URL". Credentials come from LOCKGRAPH_MAVEN_<ID>_TOKEN
 * (a bearer token) or LOCKGRAPH_MAVEN_<ID>_USERNAME / _PASSWORD (basic); for a repository without an id,
 * from LOCKGRAPH_MAVEN_TOKEN or LOCKGRAPH_MAVEN_USERNAME / _PASSWORD. Throws for a value that is not an
 * http(s) URL (a usage error).
 */
export function optionRepositories(
  specs: readonly string[],
  env: Record<string, string | undefined> = process.env,
): RemoteRepository[] {
  const out: RemoteRepository[] = []
  specs.forEach((spec, i) => {
    const text = spec.trim()
    if (!text) return
    const m = /^([A-Za-z0-9._-]+)=(.+)$/.exec(text)
    const id = m ? m[1] : undefined
    const url = (m ? m[2] : text).trim().replace(/\/+$/, '')
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new Error(`Maven repository "${spec}" is not a URL`)
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new Error(`Maven repository "${spec}" is not an http(s) URL`)
    if (parsed.username || parsed.password)
      throw new Error(
        `Maven repository "${spec}": put credentials in environment variables (${credentialVariables(id).username} / ${credentialVariables(id).password}), not in the URL`,
      )
    const vars = credentialVariables(id)
    const token = env[vars.token]
    const username = env[vars.username]
    const password = env[vars.password]
    const authorization = token
      ? `Bearer ${token}`
      : username !== undefined && password !== undefined
        ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
        : undefined
    out.push({
      id: id ?? `repository-${i + 1}`,
      url,
      releases: true,
      snapshots: true,
      authorization,
      origin: 'option',
    })
  })
  return out
}

const PRIVATE_HOST =
  /^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[f[cd][0-9a-f:]*\]|\[fe80:[0-9a-f:]*\])$/i

/** Why a repository a POM declares is not used; undefined when it is. */
export function refusedPomRepository(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not a URL'
  }
  if (parsed.protocol === 'http:') return 'plain HTTP (Maven blocks http:// repositories since 3.8.1)'
  if (parsed.protocol !== 'https:') return `${parsed.protocol} URLs are not fetched`
  if (PRIVATE_HOST.test(parsed.hostname)) return 'a loopback or private address'
  return undefined
}

/** The ordered list of repositories of a run; POM-declared ones are added as they are met. */
export class RepositoryList {
  private readonly options: RemoteRepository[]
  private readonly declared: RemoteRepository[] = []
  private readonly mirror?: RemoteRepository
  readonly central: RemoteRepository = { ...CENTRAL, origin: 'central' }
  /** "url → why" of POM repositories that are not used, for one message each. */
  readonly refused = new Map<string, string>()

  constructor(options: RemoteRepository[], central = true) {
    this.mirror = options.find((r) => r.id === 'mirror')
    this.options = options
    if (!central) this.central = { ...this.central, releases: false, snapshots: false }
  }

  /** Adds repositories a POM declares (Central and ones already known are skipped). */
  add(repositories: readonly Repository[]): void {
    if (this.mirror) return
    for (const r of repositories) {
      if (r.id === CENTRAL.id || r.url === CENTRAL.url) continue
      if (this.options.some((o) => o.url === r.url) || this.declared.some((d) => d.url === r.url)) continue
      if (this.refused.has(r.url)) continue
      const why = refusedPomRepository(r.url)
      if (why) {
        this.refused.set(r.url, why)
        continue
      }
      this.declared.push({ ...r, origin: 'pom' })
    }
  }

  /** Repositories to ask for a version, in order. */
  for(version: string): RemoteRepository[] {
    if (this.mirror) return [this.mirror]
    const snapshot = /-SNAPSHOT$/i.test(version)
    return [...this.options, ...this.declared, this.central].filter((r) =>
      snapshot ? r.snapshots : r.releases,
    )
  }

  /** Every repository that is asked for release metadata (version ranges). */
  all(): RemoteRepository[] {
    if (this.mirror) return [this.mirror]
    return [...this.options, ...this.declared, this.central].filter((r) => r.releases)
  }
}
