// Measures how fast advise() runs on the real catalogue, over every answer
// combination, using the built decision entry point. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';
import { advise, answerCombinations, catalogue } from '../dist/decision.js';

const answerSets = [...answerCombinations()];
const rounds = 5;
const timings = [];
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  for (const answers of answerSets) advise(answers, catalogue);
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(rounds / 2)];
console.log(`advise(): ${answerSets.length} answer sets x ${catalogue.length} tools, ${rounds} rounds`);
console.log(`median round ${median.toFixed(1)} ms, ${((median / answerSets.length) * 1000).toFixed(1)} µs per advice`);
