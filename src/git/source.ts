// The files of a commit, read from git objects: no checkout, no working tree, nothing from the repository run.
import { git, GitError, readObjects } from './git.js'
import { kindOfMode, RepoTree, TreeSource, type BlobLoader, type TreeEntry } from './tree.js'

export class GitSource extends TreeSource {
  constructor(
    tree: RepoTree,
    loader: BlobLoader,
    /** Full object id of the commit read. */
    readonly commit: string,
  ) {
    super(tree, loader)
  }
}

/** `rev` as a full commit id, or undefined when the repository does not have that commit. */
export async function resolveCommit(repoDir: string, rev: string): Promise<string | undefined> {
  try {
    const out = await git(repoDir, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${rev}^{commit}`,
    ])
    return out.toString('utf8').trim() || undefined
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) return undefined
    throw error
  }
}

/**
 * Makes sure the repository has commit `rev`: a shallow checkout (actions/checkout's default) lacks the base of a
 * pull request, so it is fetched alone, depth 1, from origin. Nothing is checked out. Resolves with the full
 * commit id and whether it had to be fetched; rejects with a GitError when it cannot be had.
 */
export async function ensureCommit(
  repoDir: string,
  rev: string,
): Promise<{ commit: string; fetched: boolean }> {
  const have = await resolveCommit(repoDir, rev)
  if (have) return { commit: have, fetched: false }
  await git(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', rev])
  // A commit id resolves now; a ref name (a branch that is not local) is what was just fetched.
  const fetched = (await resolveCommit(repoDir, rev)) ?? (await resolveCommit(repoDir, 'FETCH_HEAD'))
  if (!fetched) throw new GitError(`commit ${rev} is not in the repository even after fetching it`, null, '')
  return { commit: fetched, fetched: true }
}

/** Parses `git ls-tree -r -z --full-tree` output. */
export function parseLsTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  for (const record of out.toString('utf8').split('\0')) {
    if (!record) continue
    const tab = record.indexOf('\t')
    const [mode, , oid] = record.slice(0, tab).split(' ')
    const kind = kindOfMode(mode)
    if (kind) entries.push({ path: record.slice(tab + 1), kind, oid })
  }
  return entries
}

/**
 * A ScanSource over commit `rev` of the repository `dir` is in. The scan root is `dir` itself: for a sub-folder
 * of the repository, the commit's files under that folder. The tree is listed once; file text is read with
 * `git cat-file --batch`, one process per batch of files the scan asks for.
 */
export async function gitSource(dir: string, rev: string): Promise<GitSource> {
  const prefix = (await git(dir, ['rev-parse', '--show-prefix'])).toString('utf8').trim().replace(/\/$/, '')
  const commit = await resolveCommit(dir, rev)
  if (!commit) throw new GitError(`unknown revision ${rev}`, 128, '')
  const tree = new RepoTree(
    parseLsTree(await git(dir, ['ls-tree', '-r', '-z', '--full-tree', commit])),
    prefix,
  )
  const links = tree.links()
  if (links.length > 0) {
    const targets = await readObjects(
      dir,
      links.map((l) => l.oid),
    )
    for (const link of links) {
      const target = targets.get(link.oid)
      if (target) tree.setLinkTarget(link.path, target.toString('utf8'))
    }
  }
  const load: BlobLoader = (entries) =>
    readObjects(
      dir,
      entries.map((e) => e.oid),
    )
  return new GitSource(tree, load, commit)
}
