// Fails when a bundle is over its limit (sizes are deterministic), and says
// how far a bundle still is from its goal.
import { BUDGETS } from './sizes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let over = false;
for (const { name, measure, limit, goal } of BUDGETS) {
  const bytes = await measure();
  const ok = bytes <= limit;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(bytes)} of at most ${kb(limit)} (min+gzip)`);
  if (bytes > goal) console.log(`     ${kb(bytes - goal)} above its goal of ${kb(goal)}`);
}
if (over) process.exit(1);
