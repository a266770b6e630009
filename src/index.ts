/**
 * The widget's bundle entry: defines `<beeldbel-keuzehulp>`. The definition is guarded,
 * so a second copy of the script on the same page is harmless.
 */
import { BeeldbelKeuzehulp, type AdviceEventDetail, type AnswerEventDetail } from './element/beeldbel-keuzehulp.js';

export { BeeldbelKeuzehulp, type AdviceEventDetail, type AnswerEventDetail };
export type { HostCatalogue } from './catalogue/index.js';

export const TAG_NAME = 'beeldbel-keuzehulp';

declare global {
  interface HTMLElementTagNameMap {
    'beeldbel-keuzehulp': BeeldbelKeuzehulp;
  }
  interface HTMLElementEventMap {
    'keuzehulp-answer': CustomEvent<AnswerEventDetail>;
    'keuzehulp-advice': CustomEvent<AdviceEventDetail>;
  }
}

const existing = customElements.get(TAG_NAME);
if (!existing) {
  customElements.define(TAG_NAME, BeeldbelKeuzehulp);
} else if (existing !== BeeldbelKeuzehulp) {
  console.warn(`<${TAG_NAME}>: the script is included more than once; the first copy is used.`);
}
