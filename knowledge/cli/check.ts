/** `npm run kb:check`: loads and validates the knowledge base; exits 1 with every problem listed. */
import { formatIssues, loadKnowledge } from '../load.js';
import { validateKnowledge } from '../validate.js';

const root = process.argv[2] ?? 'knowledge';
const loaded = loadKnowledge(root);
if (!loaded.ok) {
  console.error(`Knowledge base has ${loaded.issues.length} problem(s):\n${formatIssues(loaded.issues)}`);
  process.exit(1);
}
const issues = validateKnowledge(loaded.kb, new Date().toISOString().slice(0, 10));
if (issues.length > 0) {
  console.error(`Knowledge base has ${issues.length} problem(s):\n${formatIssues(issues)}`);
  process.exit(1);
}
console.log(`Knowledge base OK: ${loaded.kb.topics.length} topics, ${loaded.kb.templates.length} templates.`);
