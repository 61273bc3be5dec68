// The action: scan the workspace, write the SBOM, upload it, summarize, annotate. The one place that fails the step.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { annotate } from './github/annotations.js'
import { uploadSbom } from './github/artifact.js'
import { InputError, readInputs } from './github/inputs.js'
import { problems, countGraph, textSummary } from './report/summary.js'
import { scanSummaryMarkdown } from './render/scan-summary.js'
import { scan } from './scan.js'
import { writeCycloneDxJson } from './sbom/cyclonedx.js'
import { subjectFor } from './sbom/subject.js'

export const ACTION_FORMATS = ['cyclonedx-json'] as const

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const inputs = readInputs(ACTION_FORMATS, join(process.env.RUNNER_TEMP || tmpdir(), 'lockgraph'))
    const root = resolve(workspace, inputs.path)

    let result
    try {
      result = await scan(root, { exclude: inputs.exclude })
    } catch (err) {
      if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT')
        throw new InputError(`input path: no such file or folder "${inputs.path}"`)
      throw err
    }
    const { graph } = result
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
    const cyclonedxFile = join(outputDir, 'sbom.cdx.json')
    writeFileSync(cyclonedxFile, writeCycloneDxJson(graph, subjectFor(result.root)))
    core.setOutput('cyclonedx-file', cyclonedxFile)
    core.setOutput('components', String(graph.packages.size))
    core.info(`wrote ${cyclonedxFile}`)

    let artifactName = ''
    let artifactId = ''
    if (inputs.uploadArtifact) {
      const uploaded = await uploadSbom(inputs.artifactName, [cyclonedxFile], outputDir)
      artifactName = uploaded.name
      artifactId = uploaded.id === undefined ? '' : String(uploaded.id)
      core.info(`uploaded artifact "${uploaded.name}" (${uploaded.size} bytes)`)
    }
    core.setOutput('artifact-name', artifactName)
    core.setOutput('artifact-id', artifactId)

    const sbomNote = [
      relative(workspace, cyclonedxFile).startsWith('..')
        ? cyclonedxFile
        : relative(workspace, cyclonedxFile),
    ]
    if (artifactName) sbomNote.push(`artifact ${artifactName}`)
    await core.summary.addRaw(scanSummaryMarkdown(counts, graph.issues, sbomNote)).write()

    const found = problems(graph.issues)
    if (inputs.strict && found.length)
      core.setFailed(`${found.length} problem${found.length === 1 ? '' : 's'} in lockfiles (strict mode)`)
  } catch (err) {
    if (err instanceof InputError) core.setFailed(err.message)
    else core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err))
  }
}
