// Small POMs written for one rule each, served from memory: a repository map "path → text" and a project.
import type { FileSource } from '../../src/model.js'

export interface Dep {
  g?: string
  a: string
  v?: string
  scope?: string
  optional?: boolean
  type?: string
  classifier?: string
  exclusions?: string[] // "g:a"
}

export interface PomSpec {
  g?: string
  a: string
  v?: string
  packaging?: string
  parent?: string // "g:a:v"
  relativePath?: string
  deps?: Dep[]
  managed?: Dep[]
  props?: Record<string, string>
  modules?: string[]
  relocation?: string // "g:a:v"
  repositories?: string[]
  raw?: string // inserted as is
}

function dep(d: Dep): string {
  const ex = (d.exclusions ?? [])
    .map((e) => {
      const [g, a] = e.split(':')
      return `<exclusion><groupId>${g}</groupId><artifactId>${a}</artifactId></exclusion>`
    })
    .join('')
  return (
    `<dependency><groupId>${d.g ?? 'test'}</groupId><artifactId>${d.a}</artifactId>` +
    (d.v !== undefined ? `<version>${d.v}</version>` : '') +
    (d.type ? `<type>${d.type}</type>` : '') +
    (d.classifier ? `<classifier>${d.classifier}</classifier>` : '') +
    (d.scope ? `<scope>${d.scope}</scope>` : '') +
    (d.optional ? '<optional>true</optional>' : '') +
    (ex ? `<exclusions>${ex}</exclusions>` : '') +
    '</dependency>'
  )
}

export function pomXml(p: PomSpec): string {
  const [pg, pa, pv] = p.parent?.split(':') ?? []
  const [rg, ra, rv] = p.relocation?.split(':') ?? []
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>',
    p.parent
      ? `<parent><groupId>${pg}</groupId><artifactId>${pa}</artifactId><version>${pv}</version>${p.relativePath !== undefined ? `<relativePath>${p.relativePath}</relativePath>` : ''}</parent>`
      : '',
    p.g !== undefined || !p.parent ? `<groupId>${p.g ?? 'test'}</groupId>` : '',
    `<artifactId>${p.a}</artifactId>`,
    p.v !== undefined || !p.parent ? `<version>${p.v ?? '1.0'}</version>` : '',
    p.packaging ? `<packaging>${p.packaging}</packaging>` : '',
    p.props
      ? `<properties>${Object.entries(p.props)
          .map(([k, v]) => `<${k}>${v}</${k}>`)
          .join('')}</properties>`
      : '',
    p.modules ? `<modules>${p.modules.map((m) => `<module>${m}</module>`).join('')}</modules>` : '',
    p.managed
      ? `<dependencyManagement><dependencies>${p.managed.map(dep).join('')}</dependencies></dependencyManagement>`
      : '',
    p.deps ? `<dependencies>${p.deps.map(dep).join('')}</dependencies>` : '',
    p.repositories
      ? `<repositories>${p.repositories.map((u, i) => `<repository><id>r${i}</id><url>${u}</url></repository>`).join('')}</repositories>`
      : '',
    p.relocation
      ? `<distributionManagement><relocation>${rg ? `<groupId>${rg}</groupId>` : ''}${ra ? `<artifactId>${ra}</artifactId>` : ''}${rv ? `<version>${rv}</version>` : ''}</relocation></distributionManagement>`
      : '',
    p.raw ?? '',
    '</project>',
  ].join('\n')
}

/** Repository path of a POM. */
export function pomPath(g: string, a: string, v: string): string {
  return `${g.replace(/\./g, '/')}/${a}/${v}/${a}-${v}.pom`
}

/** A repository map from POM specs (groupId "test" and version "1.0" unless given). */
export function repo(...poms: PomSpec[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of poms) out[pomPath(p.g ?? 'test', p.a, p.v ?? '1.0')] = pomXml(p)
  return out
}

export function metadata(g: string, a: string, versions: string[]): Record<string, string> {
  return {
    [`${g.replace(/\./g, '/')}/${a}/maven-metadata.xml`]: `<?xml version="1.0"?><metadata><groupId>${g}</groupId><artifactId>${a}</artifactId><versioning><versions>${versions.map((v) => `<version>${v}</version>`).join('')}</versions></versioning></metadata>`,
  }
}

/** A FileSource over literal files. */
export function files(map: Record<string, string>): FileSource {
  return {
    read: (p) => map[p],
    listDirs: (dir) => {
      const prefix = dir ? `${dir}/` : ''
      const out = new Set<string>()
      for (const p of Object.keys(map))
        if (p.startsWith(prefix) && p.slice(prefix.length).includes('/'))
          out.add(p.slice(prefix.length).split('/')[0])
      return [...out].sort()
    },
  }
}
