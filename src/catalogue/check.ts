import { z } from 'zod';
import { catalogueSchema } from './schema.ts';

/**
 * The build-time and test-time check of the shipped catalogue file (the app itself never parses
 * it). Returns what is wrong, one problem a line, or nothing when the file is sound. The schema has
 * no defaults and refuses unknown keys, so a file that passes is exactly the data the app runs on.
 */
export function catalogueProblems(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `It is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const result = catalogueSchema.safeParse(data);
  return result.success ? undefined : z.prettifyError(result.error);
}
