import { catalogue, describeValue, mergeCatalogue, type HostCatalogue } from '../catalogue/index.js';
import type { Tool } from '../catalogue/types.js';
import { warnOnce } from './warnings.js';

/**
 * Reads the host's catalogue changes from a `<script type="application/json">` child.
 * Invalid JSON gives one warning and no changes.
 */
export function readCatalogueScript(host: Element): HostCatalogue | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  const text = script.textContent ?? '';
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as HostCatalogue;
    warnOnce(
      `the catalogue in <script type="application/json"> must be an object with "add" and/or "hide", not ${describeValue(parsed)}; it is ignored.`,
    );
  } catch (error) {
    warnOnce(`the catalogue in <script type="application/json"> is invalid JSON (${(error as Error).message}); it is ignored.`);
  }
  return undefined;
}

/** Applies the changes from the script child and from the property, and warns about every rejected entry. */
export function buildCatalogue(fromScript: HostCatalogue | undefined, fromProperty: HostCatalogue | undefined): Tool[] {
  let tools: readonly Tool[] = catalogue;
  for (const [origin, changes] of [
    ['<script type="application/json">', fromScript],
    ['the hostCatalogue property', fromProperty],
  ] as const) {
    if (changes === undefined || changes === null) continue;
    if (typeof changes !== 'object' || Array.isArray(changes)) {
      warnOnce(`${origin} must be an object with "add" and/or "hide", not ${describeValue(changes)}; it is ignored.`);
      continue;
    }
    let result: ReturnType<typeof mergeCatalogue>;
    try {
      result = mergeCatalogue(tools, changes);
    } catch (error) {
      // Host data can throw when it is read (a getter or a proxy); the widget must still start.
      warnOnce(`${origin} could not be read (${String(error)}); it is ignored.`);
      continue;
    }
    for (const issue of result.issues) {
      if (issue.entry === issue.field) {
        // The whole "add" or "hide" list is invalid.
        warnOnce(`"${issue.field}" in ${origin} ${issue.message}; it is ignored.`);
      } else if (issue.field === 'hide') {
        warnOnce(`cannot hide "${issue.entry}" (from ${origin}): ${issue.message}.`);
      } else {
        warnOnce(`tool "${issue.entry}" (from ${origin}) is left out: field "${issue.field}" ${issue.message}.`);
      }
    }
    tools = result.tools;
  }
  return [...tools];
}
