import { bundledTools, catalogueDate } from './generated/catalogue-data.js';
import type { Tool } from './types.js';
import { describeValue, validateTool, type CatalogueIssue } from './validate.js';

export { catalogueDate };
export { describeValue, safeUrl, validateTool, type CatalogueIssue } from './validate.js';

/** Freezes a value and everything in it, so no caller can change the shared catalogue. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The bundled catalogue: every tool with its sourced facts. */
export const catalogue: readonly Tool[] = deepFreeze(bundledTools);

/**
 * Changes a host page makes to the catalogue: tools it adds (an entry with the id of a
 * bundled tool replaces it) and ids of tools it hides.
 */
export interface HostCatalogue {
  add?: unknown[];
  hide?: unknown[];
}

/** Months after its last check when an entry is shown with a notice that it may be outdated. */
export const STALE_AFTER_MONTHS = 12;

/** Returns true when `tool` was last checked more than STALE_AFTER_MONTHS before `today`. */
export function isStale(tool: Tool, today: Date = new Date()): boolean {
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
  return tool.checked < limit.toISOString().slice(0, 10);
}

/**
 * Applies a host page's changes to a catalogue. Invalid entries and unknown ids are
 * left out and reported as issues; the rest of the catalogue stays usable.
 */
export function mergeCatalogue(
  base: readonly Tool[],
  host: HostCatalogue | undefined,
): { tools: Tool[]; issues: CatalogueIssue[] } {
  const issues: CatalogueIssue[] = [];
  const byId = new Map(base.map((tool) => [tool.id, tool]));
  if (!host) return { tools: [...byId.values()], issues };
  const add = host.add ?? [];
  const hide = host.hide ?? [];
  if (!Array.isArray(add)) {
    issues.push({ entry: 'add', field: 'add', message: `must be a list of tools, not ${describeValue(add)}` });
  } else {
    add.forEach((raw, position) => {
      const result = validateTool(raw, position);
      if ('issue' in result) {
        issues.push(result.issue);
        return;
      }
      const { tool } = result;
      const sameName = [...byId.values()].find(
        (other) => other.id !== tool.id && other.name.toLowerCase() === tool.name.toLowerCase(),
      );
      if (sameName) {
        issues.push({ entry: tool.id, field: 'name', message: `"${tool.name}" is already the name of "${sameName.id}"` });
        return;
      }
      byId.set(tool.id, { ...tool, addedByHost: true });
    });
  }
  if (!Array.isArray(hide)) {
    issues.push({ entry: 'hide', field: 'hide', message: `must be a list of tool ids, not ${describeValue(hide)}` });
  } else {
    // The same id listed twice is hidden once, without a warning.
    for (const id of new Set(hide)) {
      if (typeof id === 'string' && byId.delete(id)) continue;
      issues.push({ entry: String(id), field: 'hide', message: 'is not the id of a tool in the catalogue' });
    }
  }
  return { tools: [...byId.values()], issues };
}
