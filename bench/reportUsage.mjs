// Preloaded with `node --import` by the bench: reports the process's peak resident memory and CPU time on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `maxRssKb=${usage.maxRSS} cpuUs=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
