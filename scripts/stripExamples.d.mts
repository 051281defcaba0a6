// Types of scripts/stripExamples.mjs, for the tests that import it.
import type { Plugin } from 'esbuild';

export function stripExamples(source: string, fileName?: string): { text: string; lists: number };
export const stripExamplesPlugin: Plugin;
