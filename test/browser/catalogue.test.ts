import { expect, fixture, html } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/index.js';
import { mount, root, settle, verdicts, walkToAdvice, type Widget } from './helpers.js';

const ownTool = {
  id: 'onze-teams',
  name: 'Teams van onze organisatie',
  url: 'https://www.example.org/teams',
  checked: '2026-11-01',
  suitability: 'conditional',
  conditions: ['business-licence'],
  pricing: { model: 'paid' },
  texts: { summary: 'De Teams-licentie van onze organisatie.' },
};

/** Captures console.warn calls made while `run` executes. */
async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

function card(element: Widget, id: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(`article[data-tool="${id}"]`);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

describe('catalogue in the advice', () => {
  it('shows every tool with a verdict', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    expect(verdicts(element).size).to.equal(catalogue.length);
  });

  it('links every fact to its source', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    for (const tool of catalogue) {
      const links = [...card(element, tool.id).querySelectorAll<HTMLAnchorElement>('.facts a')];
      const urls = new Set(links.map((link) => link.getAttribute('href')));
      for (const fact of tool.facts) expect(urls.has(fact.source.url), `${tool.id}: ${fact.source.url}`).to.be.true;
      for (const link of links) {
        expect(link.closest('li')?.querySelector('.checked-date')?.textContent, tool.id).to.match(/gecontroleerd op \d+ \w+ \d{4}/);
      }
    }
  });

  it('marks the language of source titles', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    for (const tool of catalogue) {
      for (const fact of tool.facts) {
        const link = card(element, tool.id).querySelector(`.facts a[href="${CSS.escape(fact.source.url)}"]`);
        expect(link?.querySelector('span[lang]')?.getAttribute('lang'), `${tool.id}: ${fact.source.title}`).to.equal(fact.source.lang);
      }
    }
  });

  it('names the judgement without a source', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const rows = [...card(element, 'kara-connect').querySelectorAll('.facts tbody tr')];
    const suitability = rows.find((row) => row.querySelector('th')?.textContent?.includes('Geschikt voor privacygevoelige'));
    expect(suitability?.querySelectorAll('td')[1]?.textContent).to.contain('Beoordeling van deze keuzehulp');
  });

  it('shows the check date per tool', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    expect(card(element, 'zoom').querySelector('.tool-footer .checked-date')?.textContent).to.contain('Gecontroleerd op 4 december 2026');
  });

  it('shows unknown values as onbekend', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const rows = [...card(element, 'licom').querySelectorAll('.facts tbody tr')];
    const pricing = rows.find((row) => row.querySelector('th')?.textContent?.includes('Kostprijs'));
    expect(pricing?.querySelector('td')?.textContent?.trim()).to.equal('onbekend');
  });

  it('shows the limits of encryption', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const zoom = catalogue.find((tool) => tool.id === 'zoom');
    const rows = [...card(element, 'zoom').querySelectorAll('.facts tbody tr')];
    const e2ee = rows.find((row) => row.querySelector('th')?.textContent?.includes('Eind-tot-eindversleuteling'));
    expect(e2ee?.querySelector('td')?.textContent).to.contain(zoom?.e2ee.limits?.nl);
  });

  it('gives every card its reasons', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'no', browserJoin: 'yes' });
    expect(card(element, 'signal').querySelector('.reason--negative')?.textContent).to.contain('telefoonnummer');
    expect(card(element, 'kara-connect').querySelector('.reason--negative')?.textContent).to.contain('geen budget');
    expect(card(element, 'whatsapp').classList.contains('tool-card--not-suitable')).to.be.true;
  });
});

describe('host catalogue', () => {
  it('adds and hides tools from JSON', async () => {
    const json = JSON.stringify({ add: [ownTool], hide: ['whatsapp', 'messenger'] });
    const element = await fixture<Widget>(html`<beeldbel-keuzehulp><script type="application/json">${json}</script></beeldbel-keuzehulp>`);
    await settle(element);
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes', licence: 'microsoft-365' });
    const result = verdicts(element);
    expect(result.get('onze-teams')).to.equal('possible');
    expect(result.has('whatsapp')).to.be.false;
    expect(result.has('messenger')).to.be.false;
    expect(card(element, 'onze-teams').textContent).to.contain('De Teams-licentie van onze organisatie.');
  });

  it('adds tools from the property', async () => {
    const element = await mount();
    element.hostCatalogue = { add: [ownTool], hide: ['skype'] };
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const result = verdicts(element);
    expect(result.has('onze-teams')).to.be.true;
    expect(result.has('skype')).to.be.false;
  });

  it('keeps a property set before upgrade', async () => {
    // The element is created inert (in a template), gets the property, then upgrades on adoption.
    const template = document.createElement('template');
    template.innerHTML = '<beeldbel-keuzehulp></beeldbel-keuzehulp>';
    const widget = template.content.firstElementChild as Widget;
    expect(widget.updateComplete, 'not upgraded yet').to.equal(undefined);
    widget.hostCatalogue = { hide: ['zoom'] };
    document.body.append(widget);
    await settle(widget);
    await walkToAdvice(widget, { privacy: 'yes', budget: 'yes' });
    expect(verdicts(widget).has('zoom')).to.be.false;
    widget.remove();
  });

  it('leaves out an invalid entry with one warning', async () => {
    let element!: Widget;
    const warnings = await captureWarnings(async () => {
      element = await mount();
      element.hostCatalogue = { add: [{ ...ownTool, id: 'kapotte-tool', url: 'javascript:alert(1)' }, ownTool] };
      await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    });
    const result = verdicts(element);
    expect(result.has('kapotte-tool')).to.be.false;
    expect(result.has('onze-teams')).to.be.true;
    const messages = warnings.filter((warning) => warning.includes('kapotte-tool'));
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('"url"');
  });

  it('ignores malformed JSON with one warning', async () => {
    let element!: Widget;
    const warnings = await captureWarnings(async () => {
      element = await fixture<Widget>(html`<beeldbel-keuzehulp><script type="application/json">{ "add": [ </script></beeldbel-keuzehulp>`);
      await settle(element);
      await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    });
    expect(verdicts(element).size).to.equal(catalogue.length);
    expect(warnings.filter((warning) => warning.includes('invalid JSON'))).to.have.length(1);
  });

  it('credits host facts to the host', async () => {
    const element = await mount();
    element.hostCatalogue = { add: [{ ...ownTool, dpa: true }] };
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const hostCard = card(element, 'onze-teams');
    expect(hostCard.querySelector('.added-by-host')?.textContent).to.contain('Toegevoegd door je organisatie');
    const rows = [...hostCard.querySelectorAll('.facts tbody tr')];
    const dpa = rows.find((row) => row.querySelector('th')?.textContent?.includes('Verwerkersovereenkomst'));
    expect(dpa?.querySelectorAll('td')[1]?.textContent).to.contain('Opgegeven door je organisatie');
    expect(card(element, 'zoom').querySelector('.added-by-host')).to.equal(null);
  });

  it('applies an object changed in place', async () => {
    const element = await mount();
    const changes: { hide: string[] } = { hide: [] };
    element.hostCatalogue = changes;
    await settle(element);
    changes.hide.push('zoom');
    element.hostCatalogue = changes;
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    expect(verdicts(element).has('zoom')).to.be.false;
  });

  it('shows a notice on stale entries', async () => {
    const element = await mount();
    element.hostCatalogue = { add: [{ ...ownTool, checked: '2020-01-01' }] };
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    expect(card(element, 'onze-teams').querySelector('.notice--stale')?.textContent).to.contain('meer dan een jaar');
    expect(card(element, 'zoom').querySelector('.notice--stale')).to.equal(null);
  });
});
