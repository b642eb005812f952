/** Why a layout's wide lines are wide: its paragraphs broken again with the style's rules relaxed one at a time. */
export { explainWideLines } from './explainWideLines.js';
export { relaxAllRules, relaxRule } from './relaxations.js';
