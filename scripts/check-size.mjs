// Fails when a bundle is over its budget (sizes are deterministic).
import { BUDGETS } from './sizes.mjs';

let over = false;
for (const { name, measure, budget } of BUDGETS) {
  const bytes = await measure();
  const ok = bytes <= budget;
  over ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${(bytes / 1024).toFixed(1)} KB of ${(budget / 1024).toFixed(0)} KB (min+gzip)`,
  );
}
if (over) process.exit(1);
