/**
 * The decision entry point, `beeldbel-keuzehulp/decision`: the questions, `advise()`
 * and the bundled catalogue, without the DOM, for CMS plugins and other tools.
 */
export * from './decision/index.js';
export { catalogue, catalogueDate } from './catalogue/index.js';
export { validateTool, mergeCatalogue, type CatalogueIssue, type HostCatalogue } from './catalogue/index.js';
export { FACT_FIELDS } from './catalogue/types.js';
export type * from './catalogue/types.js';
