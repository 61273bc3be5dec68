// The files of a commit read through the GitHub API, for when git cannot serve it (no .git, the fetch failed):
// one tree listing, then only the blobs the scan asks for.
import { RepoTree, TreeSource, kindOfMode, type BlobLoader, type TreeEntry } from '../git/tree.js'
import type { GitHubClient } from './octokit.js'

export interface ApiSourceOptions {
  /** The scanned folder relative to the top of the repository; default "" (the top). */
  root?: string
  /** Blobs requested at the same time. Default 8. */
  concurrency?: number
}

/** Symbolic links whose targets are fetched; beyond that they read as dangling (each costs a request). */
export const MAX_LINKS = 200

export class ApiSource extends TreeSource {
  constructor(
    tree: RepoTree,
    loader: BlobLoader,
    /** The commit read. */
    readonly commit: string,
  ) {
    super(tree, loader)
  }
}

async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  return results
}

/**
 * A ScanSource over commit `sha` of owner/repo through the REST API: `GET /git/trees/{sha}?recursive=1` once,
 * then `GET /git/blobs/{sha}` for each file the scan reads (lockfiles, and the manifests parsers read next to
 * them). A listing GitHub truncated (over 100,000 entries or 7 MB) is an error: reading part of the base would
 * show the rest as removed.
 */
export async function apiSource(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
  options: ApiSourceOptions = {},
): Promise<ApiSource> {
  const root = (options.root ?? '').replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '')
  const concurrency = options.concurrency ?? 8
  const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' })
  if (data.truncated)
    throw new Error(
      `the GitHub API listed the tree of ${owner}/${repo}@${sha} only in part (too many files); its lockfiles cannot be read this way`,
    )
  const entries: TreeEntry[] = []
  for (const item of data.tree) {
    const kind = item.mode ? kindOfMode(item.mode) : undefined
    if (kind && item.path && item.sha) entries.push({ path: item.path, kind, oid: item.sha })
  }
  const tree = new RepoTree(entries, root)

  const blob = async (oid: string): Promise<Buffer> => {
    const { data: found } = await octokit.rest.git.getBlob({ owner, repo, file_sha: oid })
    return Buffer.from(found.content, found.encoding === 'base64' ? 'base64' : 'utf8')
  }
  const inRoot = (path: string): boolean => root === '' || path.startsWith(root + '/')
  const links = tree
    .links()
    .filter((l) => inRoot(l.path))
    .slice(0, MAX_LINKS)
  const targets = await inPool(links, concurrency, (link) => blob(link.oid))
  links.forEach((link, i) => tree.setLinkTarget(link.path, targets[i].toString('utf8')))

  const load: BlobLoader = async (wanted) => {
    const oids = [...new Set(wanted.map((e) => e.oid))]
    const blobs = await inPool(oids, concurrency, blob)
    return new Map(oids.map((oid, i) => [oid, blobs[i]]))
  }
  return new ApiSource(tree, load, sha)
}
