/**
 * Texts of the advice: verdicts, reasons, conditions, cautions, the checklist and the
 * next steps. Every function calls msg() when it runs, so the texts follow the
 * active language.
 */
import { msg, str } from '@lit/localize';
import type { BusinessLicence, ConditionCode } from '../catalogue/types.js';
import type {
  CautionCode,
  ChecklistCode,
  NextStepCode,
  Reason,
  RouteReason,
  Verdict,
} from '../decision/index.js';
import { formatDate } from './format.js';

export function verdictLabel(verdict: Verdict): string {
  switch (verdict) {
    case 'recommended':
      return msg('Aangeraden');
    case 'possible':
      return msg('Kan, onder voorwaarden');
    case 'not-suitable':
      return msg('Niet geschikt');
    case 'discontinued':
      return msg('Bestaat niet meer');
  }
}

/** Returns the heading of a group of tools with the same verdict. */
export function verdictGroupHeading(verdict: Verdict): string {
  switch (verdict) {
    case 'recommended':
      return msg('Aangeraden tools');
    case 'possible':
      return msg('Tools die kunnen, onder voorwaarden');
    case 'not-suitable':
      return msg('Niet geschikt in jouw situatie');
    case 'discontinued':
      return msg('Bestaan niet meer');
  }
}

export function routeText(reason: RouteReason): string {
  switch (reason) {
    case 'privacy-yes':
      return msg(
        'Er komt privacygevoelige informatie ter sprake. Gebruik dus alleen een tool die je GDPR-conform kunt inzetten: het gesprek blijft privé, en het is duidelijk wat er met de gegevens gebeurt.',
      );
    case 'privacy-unknown':
      return msg(
        'Je weet niet zeker of er privacygevoelige informatie ter sprake komt. Daarom gaan we ervan uit dat het wel zo is: zo kies je altijd veilig. Gebruik alleen een tool die je GDPR-conform kunt inzetten.',
      );
    case 'privacy-no':
      return msg(
        'Er komt geen privacygevoelige informatie ter sprake, bijvoorbeeld omdat je cliënt met familie of vrienden belt. Dan mogen ook de gewone, veelgebruikte apps. Let wel op de punten hieronder.',
      );
  }
}

export function licenceName(licence: BusinessLicence | string): string {
  return licence === 'google-workspace' ? 'Google Workspace' : 'Microsoft 365';
}

/** Returns the sentence for one reason behind a verdict. */
export function reasonText(reason: Reason): string {
  const params = reason.params ?? {};
  const minutes = params.minutes;
  const max = params.max;
  const licence = licenceName(String(params.licence ?? ''));
  switch (reason.code) {
    case 'discontinued': {
      const date = formatDate(String(params.since));
      return msg(str`Deze tool bestaat niet meer sinds ${date}.`);
    }
    case 'unverified':
      return msg('We konden niet nagaan of deze tool nog bestaat. Vraag het na bij de leverancier.');
    case 'not-suitable-for-sensitive':
      return msg('Niet geschikt voor privacygevoelige gesprekken: het is niet duidelijk wat er met de gegevens gebeurt.');
    case 'suitable-for-sensitive':
      return msg('Geschikt voor privacygevoelige gesprekken, als je de gewone afspraken maakt.');
    case 'has-conditions':
      return msg('Alleen geschikt onder voorwaarden.');
    case 'healthcare-focus':
      return msg('Gemaakt voor de zorg of de hulpverlening.');
    case 'dpa-offered':
      return msg('De leverancier biedt een verwerkersovereenkomst aan.');
    case 'dpa-unknown':
      return msg('Niet bekend of de leverancier een verwerkersovereenkomst aanbiedt. Vraag het na.');
    case 'paid-no-budget':
      return msg('Betalend, en er is geen budget.');
    case 'paid-within-budget':
      return msg('Betalend, en er is budget.');
    case 'paid-check-budget':
      return msg('Betalend: ga na of er budget is.');
    case 'price-unknown':
      return msg('Niet bekend wat deze tool kost.');
    case 'free-to-use':
      return msg('Gratis te gebruiken, soms met beperkingen.');
    case 'quote-for-several-workers':
      return msg("De prijs hangt af van het aantal collega's. Vraag een offerte.");
    case 'free-time-limit-too-short':
      return msg(str`In de gratis versie stopt een gesprek na ${minutes} minuten.`);
    case 'free-time-limit-check':
      return minutes === undefined
        ? msg('Niet bekend hoe lang een gratis gesprek mag duren.')
        : msg(str`In de gratis versie stopt een gesprek na ${minutes} minuten. Is dat lang genoeg?`);
    case 'paid-plan-lifts-time-limit':
      return msg(str`De gratis versie stopt na ${minutes} minuten. Neem dus een betalend abonnement.`);
    case 'too-few-participants':
      return msg(str`Er kunnen maar ${max} mensen deelnemen.`);
    case 'free-participant-limit':
      return msg(str`In de gratis versie kunnen maar ${max} mensen deelnemen.`);
    case 'participants-unknown':
      return msg('Niet bekend hoeveel mensen kunnen deelnemen.');
    case 'browser-join':
      return msg('Je cliënt kan deelnemen via een link in de browser, zonder account of app.');
    case 'client-needs-phone-number':
      return msg('Je cliënt heeft de app en een telefoonnummer nodig.');
    case 'client-needs-account':
      return msg('Je cliënt moet een account aanmaken.');
    case 'client-needs-app':
      return msg('Je cliënt moet een app installeren.');
    case 'browser-join-unknown':
      return msg('Niet bekend of je cliënt via een link in de browser kan deelnemen.');
    case 'licence-available':
      return msg(str`Je organisatie heeft al ${licence}.`);
    case 'needs-licence':
      return msg(str`Alleen geschikt met een zakelijke licentie van ${licence}.`);
    case 'check-licence':
      return msg(str`Alleen geschikt met een zakelijke licentie van ${licence}. Ga na of je organisatie die heeft.`);
    case 'needs-self-hosting':
      return msg('Je IT-dienst moet deze tool zelf op een server zetten.');
    case 'self-hosting-possible':
      return msg('Je IT-dienst kan hem zelf beheren. Zo blijven de gegevens bij je organisatie.');
    case 'check-self-hosting':
      return msg('Je IT-dienst moet hem zelf beheren. Vraag of dat kan.');
    case 'e2ee-default':
      return msg('Standaard eind-tot-eindversleuteld: alleen wie deelneemt, kan het gesprek zien en horen.');
    case 'e2ee-optional':
      return msg('Eind-tot-eindversleuteling kun je aanzetten.');
    case 'e2ee-none':
      return msg('Geen eind-tot-eindversleuteling: de server kan het gesprek ontcijferen.');
    case 'data-in-eu':
      return params.location === 'own-server'
        ? msg('De gegevens blijven op de server van je organisatie.')
        : msg('De gegevens blijven in de Europese Unie.');
    case 'open-source':
      return msg('Open source: iedereen kan de code nakijken.');
    case 'open-route-widely-used':
      return msg('Een bekende app die veel mensen al hebben. Mag, want er komt geen privacygevoelige informatie ter sprake.');
    case 'open-route-consumer-app':
      return msg('Niet GDPR-conform: denk aan de aandachtspunten hierboven.');
    case 'open-route-free-service':
      return msg('Gratis te gebruiken. Mag, want er komt geen privacygevoelige informatie ter sprake.');
    case 'open-route-not-needed':
      return msg('Kan ook, maar voor dit gesprek heb je geen professionele tool nodig.');
  }
}

export function conditionText(code: ConditionCode): string {
  switch (code) {
    case 'dpa-signed':
      return msg('Teken een verwerkersovereenkomst met de leverancier.');
    case 'informed-consent':
      return msg('Leg je cliënt uit hoe de tool met gegevens omgaat, en vraag toestemming.');
    case 'necessary-cookies-only':
      return msg('Aanvaard alleen de strikt noodzakelijke cookies, zodat er geen reclame volgt.');
    case 'host-account':
      return msg('Maak als organisator zelf een account aan.');
    case 'enable-e2ee':
      return msg('Zet eind-tot-eindversleuteling aan.');
    case 'self-host':
      return msg('Laat je IT-dienst de tool op een eigen server zetten.');
    case 'business-licence':
      return msg('Gebruik hem alleen met de zakelijke licentie van je organisatie.');
    case 'privacy-settings':
      return msg('Stel de privacy-instellingen goed in, bijvoorbeeld: geen opname, wachtkamer aan.');
    case 'no-health-data':
      return msg('Bespreek er geen gezondheidsgegevens of andere gevoelige gegevens mee.');
    case 'exceptional-only':
      return msg('Gebruik hem alleen uitzonderlijk, als je organisatie geen veilige tool heeft.');
    case 'verify-vendor':
      return msg('Ga eerst na of de leverancier en de tool nog bestaan.');
  }
}

export function cautionText(code: CautionCode): string {
  switch (code) {
    case 'organisation-responsible':
      return msg(
        'Geen enkele tool is vanzelf GDPR-conform. Je organisatie blijft verantwoordelijk: met een contract, de juiste instellingen en duidelijke afspraken met je cliënt.',
      );
    case 'not-gdpr-compliant':
      return msg(
        'Apps zoals WhatsApp, Messenger en FaceTime zijn niet GDPR-conform. Ook als de gebruiker akkoord gaat, kunnen gegevens bij anderen terechtkomen.',
      );
    case 'inform-users':
      return msg('Wees je hier zelf van bewust, en vertel het ook aan je cliënt en zijn of haar netwerk.');
    case 'may-advise-against':
      return msg('Soms raad je zo een app beter af. Dat hoort bij mediawijsheid en ethisch werken.');
    case 'location-data':
      return msg(
        'Extra opgelet in een (semi-)residentiële voorziening: wie met zo een app belt, kan verraden waar hij of zij verblijft.',
      );
    case 'stay-professional':
      return msg(
        'Meestal ben je zelf niet bij zo een gesprek tussen je cliënt en zijn of haar netwerk, behalve als bijvoorbeeld jonge kinderen hulp nodig hebben. Blijf professioneel.',
      );
  }
}

export function checklistText(code: ChecklistCode): string {
  switch (code) {
    case 'dpa':
      return msg('Een verwerkersovereenkomst met de leverancier: een contract over hoe die met de gegevens omgaat.');
    case 'informed-consent':
      return msg('Toestemming van je cliënt, nadat je uitlegde hoe het gesprek verloopt en wat er met de gegevens gebeurt.');
    case 'necessary-cookies':
      return msg('Alleen de strikt noodzakelijke cookies aanvaarden.');
    case 'privacy-settings':
      return msg('De privacy-instellingen van de tool nakijken.');
    case 'enable-e2ee':
      return msg('Eind-tot-eindversleuteling aanzetten.');
    case 'private-room':
      return msg('Een rustige, afgesloten ruimte, bij jou en bij je cliënt.');
    case 'no-recording':
      return msg('Niets opnemen zonder uitdrukkelijke toestemming.');
    case 'phone-fallback':
      return msg('Een plan B: bel via de telefoon als het beeld wegvalt.');
    case 'dpia':
      return msg(
        'Aan je DPO (functionaris voor gegevensbescherming) vragen of een DPIA nodig is: een risicoanalyse voor gevoelige gegevens.',
      );
    case 'inform-users':
      return msg("Je cliënt en zijn of haar netwerk vertellen wat de risico's van de app zijn.");
    case 'no-location-sharing':
      return msg('Afspreken dat niemand deelt waar je cliënt verblijft.');
  }
}

export function nextStepText(code: NextStepCode): string {
  switch (code) {
    case 'compare-shortlist':
      return msg('Vergelijk de tools die passen, en bespreek je keuze met je leidinggevende.');
    case 'arrange-checklist':
      return msg('Regel de punten van de checklist voor je eerste gesprek.');
    case 'talk-to-dpo':
      return msg('Overleg met de functionaris voor gegevensbescherming (DPO) van je organisatie.');
    case 'consider-paid-tool':
      return msg('Overweeg een betalende tool voor de zorg.');
    case 'use-phone':
      return msg('Tot je een tool gekozen hebt, bel je gewoon via de telefoon.');
  }
}
