// The action: scan the workspace, write the SBOM, diff the dependencies with the base, upload, comment,
// summarize, annotate. The one place that fails the step.
import * as core from '@actions/core'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'
import { annotate } from './github/annotations.js'
import { uploadSbom } from './github/artifact.js'
import {
  annotateViolations,
  octokitFor,
  policyFailure,
  prepareDiff,
  publishComment,
  summaryMarkdown,
  FULL_MARKDOWN_FILE,
  type DiffContext,
} from './github/diff-report.js'
import { readEvent } from './github/event.js'
import { InputError, readInputs } from './github/inputs.js'
import type { GitHubClient } from './github/octokit.js'
import { codeSpan } from './render/escape.js'
import { SUMMARY_LIMIT } from './render/markdown.js'
import { problems, countGraph, textSummary } from './report/summary.js'
import { scanSummaryMarkdown } from './render/scan-summary.js'
import { scan } from './scan.js'
import { SBOM_FORMATS } from './sbom/formats.js'
import { subjectFor } from './sbom/subject.js'
import { formatList, FormatError, renderSboms, resolveRequests } from './sbom/write.js'

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const inputs = readInputs(join(process.env.RUNNER_TEMP || tmpdir(), 'lockgraph'))
    const event = readEvent()
    let requests
    try {
      requests = resolveRequests(formatList(inputs.formats), inputs.specVersion)
    } catch (err) {
      if (err instanceof FormatError) throw new InputError(`input formats / spec-version: ${err.message}`)
      throw err
    }
    const root = resolve(workspace, inputs.path)

    let result
    try {
      result = await scan(root, {
        exclude: inputs.exclude,
        offline: inputs.offline,
        mavenRepositories: inputs.mavenRepositories,
      })
    } catch (err) {
      if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT')
        throw new InputError(`input path: no such file or folder "${inputs.path}"`)
      throw err
    }
    const { graph } = result
    const only = statSync(root).isFile() ? basename(root) : undefined
    const prefix = relative(workspace, result.root).split('\\').join('/')
    annotate(graph.issues, prefix, inputs.strict)
    for (const s of result.skipped) core.info(`${s.path}: not read: ${s.reason}`)
    const counts = countGraph(graph)
    core.info(textSummary(counts))

    if (graph.files.length === 0) throw new InputError(`no lockfiles found under ${inputs.path}`)
    if (!graph.files.some((f) => f.ok))
      throw new InputError(`none of the ${graph.files.length} lockfiles could be read`)

    const outputDir = resolve(workspace, inputs.outputDir)
    mkdirSync(outputDir, { recursive: true })
    const files: string[] = []
    for (const { request, text } of await renderSboms(graph, subjectFor(result.root), requests)) {
      const file = join(outputDir, request.format.fileName)
      writeFileSync(file, text)
      files.push(file)
      core.setOutput(request.format.output, file)
      core.info(`wrote ${file} (${request.format.id} ${request.specVersion})`)
    }
    // Every format's output is set, empty when not written, so a workflow can test it.
    for (const f of SBOM_FORMATS) if (!requests.some((r) => r.format === f)) core.setOutput(f.output, '')
    core.setOutput('components', String(graph.packages.size))

    const sbomNote = files.map((file) =>
      relative(workspace, file).startsWith('..') ? file : relative(workspace, file),
    )
    let octokit: GitHubClient | undefined
    const lazyOctokit = (): GitHubClient => (octokit ??= octokitFor(inputs.token))
    const ctx: DiffContext = {
      workspace,
      inputs,
      event,
      root: result.root,
      only,
      prefix: prefix === '.' ? '' : prefix,
      head: graph,
      outputDir,
    }
    // The scan's part of the summary comes first; the diff gets what is left of the summary's limit.
    const scanBytes = Buffer.byteLength(scanSummaryMarkdown(counts, graph.issues, sbomNote), 'utf8') + 1024
    const report = await prepareDiff(ctx, SUMMARY_LIMIT - scanBytes, lazyOctokit)
    if (report) {
      files.push(...report.files)
      const c = report.diff.counts
      core.info(
        `dependency diff with ${report.base.description}: ${c.added} added, ${c.removed} removed, ${c.upgraded} upgraded, ${c.downgraded} downgraded, ${c.changed} changed, ${c.moved} moved; ${report.violations.length} policy violations`,
      )
      core.info(`wrote ${report.diffFile}`)
    }
    core.setOutput('diff-file', report?.diffFile ?? '')
    for (const kind of ['added', 'removed', 'upgraded', 'downgraded'] as const)
      core.setOutput(kind, String(report?.diff.counts[kind] ?? 0))
    core.setOutput('has-changes', String(report?.diff.hasChanges ?? false))

    let artifactName = ''
    let artifactId = ''
    if (inputs.uploadArtifact) {
      const uploaded = await uploadSbom(inputs.artifactName, files, outputDir)
      artifactName = uploaded.name
      artifactId = uploaded.id === undefined ? '' : String(uploaded.id)
      core.info(`uploaded artifact "${uploaded.name}" (${uploaded.size} bytes)`)
    }
    core.setOutput('artifact-name', artifactName)
    core.setOutput('artifact-id', artifactId)

    const commented = report ? await publishComment(report, ctx, lazyOctokit) : undefined
    core.setOutput('comment-url', commented?.url ?? '')

    if (artifactName) sbomNote.push(`artifact ${artifactName}`)
    core.summary.addRaw(scanSummaryMarkdown(counts, graph.issues, sbomNote), true)
    if (report)
      core.summary.addRaw(
        summaryMarkdown(
          report,
          artifactName
            ? `${codeSpan(FULL_MARKDOWN_FILE)} in the artifact ${codeSpan(artifactName)}`
            : undefined,
        ),
        true,
      )
    await core.summary.write()

    if (report) annotateViolations(report.violations, ctx)
    const found = problems(graph.issues)
    if (inputs.strict && found.length)
      core.setFailed(`${found.length} problem${found.length === 1 ? '' : 's'} in lockfiles (strict mode)`)
    const policy = report && policyFailure(report.violations)
    if (policy) core.setFailed(policy)
  } catch (err) {
    if (err instanceof InputError) core.setFailed(err.message)
    else core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err))
  }
}
