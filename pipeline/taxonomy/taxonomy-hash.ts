import { createHash } from 'node:crypto';
import type { Taxonomy } from './taxonomy-types';

/**
 * sha256 of the taxonomy's canonical JSON (fixed field order, no source path), so that results
 * cached under one taxonomy are not reused under another, wherever the file lives.
 */
export function taxonomyHash(taxonomy: Taxonomy): string {
  const canonical = {
    name: taxonomy.name,
    fallback: taxonomy.fallback,
    categories: taxonomy.categories.map((category) => ({
      key: category.key,
      label: category.label,
      description: category.description,
      cues: category.cues.map((cue) => ({ kind: cue.kind, text: cue.text, weight: cue.weight })),
    })),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
