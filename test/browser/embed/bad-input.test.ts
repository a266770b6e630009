/**
 * Bad values from a host page: every attribute with invalid values, a broken catalogue
 * in a JSON child, invalid host entries and a garbage hostCatalogue property. Each case
 * runs in a fresh page with the built bundle, so the widget's once-per-page warnings
 * start from nothing. Each must give a default and exactly one warning that names the
 * attribute or entry and the value, with no uncaught error and no unsafe link.
 */
import { expect } from '@open-wc/testing';
import {
  completeFlow,
  loadHost,
  problems,
  removeHosts,
  shadow,
  widgetIn,
  widgetWarnings,
  type HostPage,
  type HostWidget,
} from './host-page.js';

type Widget = HostWidget & { hostCatalogue?: unknown };

interface Case {
  name: string;
  attributes?: Record<string, string>;
  /** Text of a <script type="application/json"> child. */
  json?: string;
  property?: unknown;
  /** Words the one warning must contain: the attribute or entry, and the value. */
  mentions: string[];
  /** Checks the default the widget fell back to, on the advice. */
  check: (widget: Widget) => void;
}

const root = (widget: Widget) => shadow(widget);
const language = (widget: Widget) => root(widget).querySelector('.root')?.getAttribute('lang');
const titleLevel = (widget: Widget) => root(widget).querySelector('.title')?.getAttribute('aria-level');
const contactLinks = (widget: Widget) => [...root(widget).querySelectorAll('[part~="contact"] a')];
const toolIds = (widget: Widget) =>
  [...root(widget).querySelectorAll<HTMLElement>('article[data-tool]')].map((card) => card.dataset.tool);

/** A host entry that is valid in every field. */
const validEntry = {
  id: 'eigen-beeldbeltool',
  name: 'Eigen beeldbeltool',
  url: 'https://beeldbellen.example.org',
  checked: '2026-01-15',
  suitability: 'suitable',
};

const cases: Case[] = [
  { name: 'lang="de"', attributes: { lang: 'de' }, mentions: ['lang', '"de"'], check: (w) => expect(language(w)).to.equal('nl') },
  // An empty lang means "not given": the page's language applies (the page is set to English).
  { name: 'lang=""', attributes: { lang: '' }, mentions: ['lang', '""'], check: (w) => expect(language(w)).to.equal('en') },
  { name: 'lang="xx-YY"', attributes: { lang: 'xx-YY' }, mentions: ['lang', '"xx-YY"'], check: (w) => expect(language(w)).to.equal('nl') },
  {
    name: 'contact-email="not an email"',
    attributes: { 'contact-email': 'not an email' },
    mentions: ['contact-email', '"not an email"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-email with a tag',
    attributes: { 'contact-email': 'a@b.c<script>' },
    mentions: ['contact-email', '"a@b.c<script>"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-email with a query',
    attributes: { 'contact-email': 'info@example.org?subject=Hallo' },
    mentions: ['contact-email', '"info@example.org?subject=Hallo"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-url="javascript:alert(1)"',
    attributes: { 'contact-url': 'javascript:alert(1)' },
    mentions: ['contact-url', '"javascript:alert(1)"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-url="data:text/html,x"',
    attributes: { 'contact-url': 'data:text/html,x' },
    mentions: ['contact-url', '"data:text/html,x"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-url="//evil"',
    attributes: { 'contact-url': '//evil' },
    mentions: ['contact-url', '"//evil"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-url="https:example.org"',
    attributes: { 'contact-url': 'https:example.org' },
    mentions: ['contact-url', '"https:example.org"'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  {
    name: 'contact-url with a tab',
    attributes: { 'contact-url': 'java\tscript:alert(1)' },
    mentions: ['contact-url', 'script:alert(1)'],
    check: (w) => expect(contactLinks(w)).to.have.length(0),
  },
  { name: 'heading-level="9"', attributes: { 'heading-level': '9' }, mentions: ['heading-level', '"9"'], check: (w) => expect(titleLevel(w)).to.equal('2') },
  { name: 'heading-level="abc"', attributes: { 'heading-level': 'abc' }, mentions: ['heading-level', '"abc"'], check: (w) => expect(titleLevel(w)).to.equal('2') },
  { name: 'heading-level=""', attributes: { 'heading-level': '' }, mentions: ['heading-level', '""'], check: (w) => expect(titleLevel(w)).to.equal('2') },
  { name: 'heading-level="0x3"', attributes: { 'heading-level': '0x3' }, mentions: ['heading-level', '"0x3"'], check: (w) => expect(titleLevel(w)).to.equal('2') },
  { name: 'heading-level="2.5"', attributes: { 'heading-level': '2.5' }, mentions: ['heading-level', '"2.5"'], check: (w) => expect(titleLevel(w)).to.equal('2') },
  {
    name: 'malformed JSON child',
    json: '{ "hide": ["skype", }',
    mentions: ['application/json', 'JSON', '"skype"'],
    check: (w) => expect(toolIds(w)).to.include('skype'),
  },
  {
    name: 'JSON child not an object',
    json: '["skype"]',
    mentions: ['application/json', '["skype"]'],
    check: (w) => expect(toolIds(w)).to.include('skype'),
  },
  {
    name: 'entry with an unsafe URL',
    json: JSON.stringify({ add: [{ ...validEntry, url: 'javascript:alert(1)' }] }),
    mentions: ['eigen-beeldbeltool', 'url', 'javascript:alert(1)'],
    check: (w) => expect(toolIds(w)).not.to.include('eigen-beeldbeltool'),
  },
  {
    name: 'entry with a bad date',
    property: { add: [{ ...validEntry, checked: 'yesterday' }] },
    mentions: ['eigen-beeldbeltool', 'checked', '"yesterday"'],
    check: (w) => expect(toolIds(w)).not.to.include('eigen-beeldbeltool'),
  },
  {
    name: 'entry with an unsafe source',
    property: {
      add: [
        {
          ...validEntry,
          facts: [{ about: ['dpa'], source: { url: 'data:text/html,x', title: 'Bron' }, checked: '2026-01-15' }],
        },
      ],
    },
    mentions: ['eigen-beeldbeltool', 'facts[0].source.url', 'data:text/html,x'],
    check: (w) => expect(toolIds(w)).not.to.include('eigen-beeldbeltool'),
  },
  {
    name: 'unknown id in hide',
    property: { hide: ['no-such-tool'] },
    mentions: ['hide', '"no-such-tool"'],
    check: (w) => expect(toolIds(w).length).to.be.above(10),
  },
  {
    name: 'hostCatalogue is a string',
    property: 'garbage',
    mentions: ['hostCatalogue', '"garbage"'],
    check: (w) => expect(toolIds(w).length).to.be.above(10),
  },
  {
    name: 'hostCatalogue is a number',
    property: 42,
    mentions: ['hostCatalogue', '42'],
    check: (w) => expect(toolIds(w).length).to.be.above(10),
  },
  {
    name: 'hostCatalogue is a list',
    property: [validEntry],
    mentions: ['hostCatalogue', 'eigen-beeldbeltool'],
    check: (w) => expect(toolIds(w)).not.to.include('eigen-beeldbeltool'),
  },
  {
    name: 'hostCatalogue {add: 5}',
    property: { add: 5 },
    mentions: ['hostCatalogue', '"add"', '5'],
    check: (w) => expect(toolIds(w).length).to.be.above(10),
  },
  {
    name: 'hostCatalogue {hide: "skype"}',
    property: { hide: 'skype' },
    mentions: ['hostCatalogue', '"hide"', '"skype"'],
    check: (w) => expect(toolIds(w)).to.include('skype'),
  },
  {
    name: 'hostCatalogue {add: 5n}',
    property: { add: BigInt(5) },
    mentions: ['hostCatalogue', '"add"', '5'],
    check: (w) => expect(toolIds(w).length).to.be.above(10),
  },
  {
    name: 'entry with a circular field',
    property: { add: [{ ...validEntry, suitability: circular() }] },
    mentions: ['eigen-beeldbeltool', 'suitability'],
    check: (w) => expect(toolIds(w)).not.to.include('eigen-beeldbeltool'),
  },
  {
    name: 'hostCatalogue that throws',
    property: {
      get add(): unknown {
        throw new Error('host getter failed');
      },
    },
    mentions: ['hostCatalogue', 'host getter failed'],
    check: (w) => expect(toolIds(w).length).to.be.above(10),
  },
];

/** Returns an object that refers to itself, which JSON.stringify cannot write. */
function circular(): unknown {
  const value: Record<string, unknown> = { name: 'loop' };
  value.self = value;
  return value;
}

/** Adds a widget with the case's input to a fresh page and completes the flow. */
async function run(input: Omit<Case, 'mentions' | 'check' | 'name'>): Promise<{ page: HostPage; widget: Widget }> {
  const page = await loadHost('/demo/hosts/empty.html');
  page.doc.documentElement.lang = 'en';
  const widget = page.doc.createElement('beeldbel-keuzehulp') as Widget;
  for (const [name, value] of Object.entries(input.attributes ?? {})) widget.setAttribute(name, value);
  if (input.json !== undefined) {
    const script = page.doc.createElement('script');
    script.type = 'application/json';
    script.textContent = input.json;
    widget.append(script);
  }
  if ('property' in input) widget.hostCatalogue = input.property;
  page.doc.querySelector('main')?.append(widget);
  await widgetIn(page);
  await completeFlow(widget);
  return { page, widget };
}

/** Checks that every href in the shadow root is http(s) or mailto, and that a mailto contains only an address. */
function expectSafeLinks(widget: Widget): void {
  for (const link of root(widget).querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') as string;
    expect(/^(https?:\/\/|mailto:)/i.test(href), href).to.equal(true);
    if (href.startsWith('mailto:')) expect(href, href).to.match(/^mailto:[^?&#<>"'\s/]+@[^?&#<>"'\s/]+$/);
  }
}

describe('bad input from the host', () => {
  afterEach(removeHosts);

  for (const item of cases) {
    it(`handles ${item.name}`, async () => {
      const { page, widget } = await run(item);
      expect(problems(page)).to.deep.equal([]);
      const warnings = widgetWarnings(page);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      for (const word of item.mentions) expect(warnings[0]).to.contain(word);
      item.check(widget);
      expectSafeLinks(widget);
    });
  }

  it('accepts good values quietly', async () => {
    // The same inputs with valid values: no warning, and each value is used, so the
    // cases above fail for the right reason.
    const { page, widget } = await run({
      attributes: {
        lang: 'fr-BE',
        'heading-level': '3',
        'contact-email': 'vragen@example.org',
        'contact-url': 'https://www.example.org/contact',
      },
      json: JSON.stringify({ hide: ['skype'] }),
      property: { add: [validEntry] },
    });
    expect(widgetWarnings(page)).to.deep.equal([]);
    expect(language(widget)).to.equal('fr');
    expect(titleLevel(widget)).to.equal('3');
    expect(contactLinks(widget).map((link) => link.getAttribute('href'))).to.deep.equal([
      'mailto:vragen@example.org',
      'https://www.example.org/contact',
    ]);
    expect(toolIds(widget)).to.include('eigen-beeldbeltool').and.not.to.include('skype');
    expectSafeLinks(widget);
  });

  it('warns once per bad value', async () => {
    // Many renders and a language switch with the same bad value still give one warning.
    const { page, widget } = await run({ attributes: { 'heading-level': '0' } });
    for (const lang of ['en', 'fr', 'nl']) {
      widget.setAttribute('lang', lang);
      await widget.updateComplete;
    }
    widget.setAttribute('heading-level', 'seven');
    await widget.updateComplete;
    const warnings = widgetWarnings(page);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"0"');
    expect(warnings[1]).to.contain('"seven"');
  });
});
