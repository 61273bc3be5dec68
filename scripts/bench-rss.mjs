// Preloaded by scripts/bench.mjs (node --import): when the process exits, writes its peak memory (KiB) and
// CPU time (ms, user + system) to the file named by LOCKGRAPH_BENCH_RSS.
import { writeFileSync } from 'node:fs'

const file = process.env.LOCKGRAPH_BENCH_RSS
if (file)
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage()
    writeFileSync(file, JSON.stringify({ rss: maxRSS, cpu: (userCPUTime + systemCPUTime) / 1000 }))
  })
