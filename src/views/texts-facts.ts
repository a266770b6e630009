/**
 * Labels and values of a tool's facts, as shown in the tool card and the comparison.
 * A value that is not known is shown as "onbekend", never guessed.
 */
import { msg, str } from '@lit/localize';
import type { FactField, Flag, Limit, Tool } from '../catalogue/types.js';
import { activeLocale } from '../i18n/locale.js';
import { countryName, formatDate, localeTag } from './format.js';

export const unknownText = (): string => msg('onbekend');

export function fieldLabel(field: FactField): string {
  switch (field) {
    case 'vendor':
      return msg('Leverancier');
    case 'status':
      return msg('Status');
    case 'pricing':
      return msg('Kostprijs');
    case 'clientJoin':
      return msg('Wat je cliënt nodig heeft');
    case 'hostAccount':
      return msg('Account voor jou');
    case 'e2ee':
      return msg('Eind-tot-eindversleuteling');
    case 'dataLocation':
      return msg('Waar de gegevens verwerkt worden');
    case 'dpa':
      return msg('Verwerkersovereenkomst');
    case 'certifications':
      return msg('Certificaten');
    case 'healthcareFocus':
      return msg('Gemaakt voor de zorg');
    case 'openSource':
      return msg('Open source');
    case 'selfHostable':
      return msg('Zelf te hosten');
    case 'maxParticipants':
      return msg('Maximaal aantal deelnemers');
    case 'suitability':
      return msg('Geschikt voor privacygevoelige gesprekken');
  }
}

function flagText(value: Flag): string {
  if (value === 'unknown') return unknownText();
  return value ? msg('Ja') : msg('Nee');
}

function limitText(value: Limit): string {
  if (value === 'unknown') return unknownText();
  if (value === 'unlimited') return msg('geen limiet');
  return String(value);
}

function minutesText(value: Limit): string {
  if (value === 'unknown') return unknownText();
  if (value === 'unlimited') return msg('geen limiet');
  if (value >= 120 && value % 60 === 0) {
    const hours = value / 60;
    return msg(str`${hours} uur`);
  }
  return msg(str`${value} minuten`);
}

export function pricingText(tool: Tool): string {
  const { model, freeTier } = tool.pricing;
  switch (model) {
    case 'free':
      return msg('Gratis');
    case 'paid':
      return msg('Betalend');
    case 'unknown':
      return unknownText();
    case 'freemium': {
      if (!freeTier) return msg('Gratis versie met beperkingen, en betalende versies');
      const oneToOne = minutesText(freeTier.oneToOneMinutes);
      const group = minutesText(freeTier.groupMinutes);
      const people = limitText(freeTier.maxParticipants);
      return msg(
        str`Gratis versie (één op één: ${oneToOne}; in groep: ${group}; maximum aantal deelnemers: ${people}), en betalende versies`,
      );
    }
  }
}

export function clientJoinText(tool: Tool): string {
  const join = tool.clientJoin;
  if (join.browserLink === true) return msg('Alleen een link, in de browser');
  const needs: string[] = [];
  if (join.app === true) needs.push(msg('een app'));
  if (join.account === true) needs.push(msg('een account'));
  if (join.phoneNumber === true) needs.push(msg('een telefoonnummer'));
  if (needs.length === 0) return unknownText();
  return new Intl.ListFormat(localeTag(), { type: 'conjunction' }).format(needs);
}

export function hostAccountText(tool: Tool): string {
  const { required, via } = tool.hostAccount;
  if (required === false) return msg('Niet nodig');
  switch (via) {
    case 'vendor':
      return msg('Een account bij de leverancier');
    case 'third-party-login':
      return msg('Inloggen met Google, Facebook of GitHub');
    case 'organisation':
      return msg('Het account van je organisatie');
    case 'phone-number':
      return msg('Een account met je telefoonnummer');
    case 'none':
      return msg('Niet nodig');
    case 'unknown':
      return required === true ? msg('Ja') : unknownText();
  }
}

export function e2eeText(tool: Tool): string {
  switch (tool.e2ee.mode) {
    case 'default':
      return msg('Standaard aan');
    case 'optional':
      return msg('Kun je aanzetten');
    case 'none':
      return msg('Nee');
    case 'unknown':
      return unknownText();
  }
}

export function dataLocationText(tool: Tool): string {
  switch (tool.dataLocation) {
    case 'eu':
      return msg('In de Europese Unie');
    case 'eu-option':
      return msg('In de EU als je dat kiest, maar niet alles');
    case 'outside-eu':
      return msg('Buiten de Europese Unie');
    case 'switzerland':
      return msg('In Zwitserland');
    case 'own-server':
      return msg('Op de server van je organisatie');
    case 'unknown':
      return unknownText();
  }
}

export function statusText(tool: Tool): string {
  switch (tool.status.state) {
    case 'active':
      return msg('Actief');
    case 'unverified':
      return msg('Niet bevestigd dat de tool nog bestaat');
    case 'discontinued': {
      const date = formatDate(tool.status.since);
      return msg(str`Gestopt op ${date}`);
    }
  }
}

export function suitabilityText(tool: Tool): string {
  switch (tool.suitability) {
    case 'suitable':
      return msg('Ja');
    case 'conditional':
      return msg('Onder voorwaarden');
    case 'not-suitable':
      return msg('Nee');
  }
}

/** Returns the text of one field of a tool. */
export function fieldValue(tool: Tool, field: FactField): string {
  switch (field) {
    case 'vendor': {
      const { name, country } = tool.vendor;
      const vendorName = name === 'unknown' ? unknownText() : name;
      return country === 'unknown' ? vendorName : `${vendorName} (${countryName(country)})`;
    }
    case 'status':
      return statusText(tool);
    case 'pricing':
      return pricingText(tool);
    case 'clientJoin':
      return clientJoinText(tool);
    case 'hostAccount':
      return hostAccountText(tool);
    case 'e2ee': {
      const limits = tool.e2ee.limits?.[activeLocale()];
      return limits ? `${e2eeText(tool)}. ${limits}` : e2eeText(tool);
    }
    case 'dataLocation':
      return dataLocationText(tool);
    case 'dpa':
      return flagText(tool.dpa);
    case 'certifications':
      if (tool.certifications === 'unknown') return unknownText();
      return tool.certifications.length > 0 ? tool.certifications.join(', ') : msg('Geen gevonden');
    case 'healthcareFocus':
      return flagText(tool.healthcareFocus);
    case 'openSource':
      return flagText(tool.openSource);
    case 'selfHostable':
      return flagText(tool.selfHostable);
    case 'maxParticipants':
      return limitText(tool.maxParticipants);
    case 'suitability':
      return suitabilityText(tool);
  }
}
