/**
 * Texts of the questions and their answer options. Every function calls msg() when
 * it runs, so the texts follow the active language.
 */
import { msg } from '@lit/localize';
import type { AnswerId, QuestionId } from '../decision/index.js';

export interface QuestionTexts {
  legend: string;
  hint?: string;
  why: string;
}

export function questionTexts(id: QuestionId): QuestionTexts {
  switch (id) {
    case 'privacy':
      return {
        legend: msg('Komt er privacygevoelige informatie ter sprake in het gesprek?'),
        hint: msg(
          'Bijvoorbeeld gegevens over je cliënt, over zijn of haar gezondheid, of uit het dossier. Elk begeleidingsgesprek telt mee.',
        ),
        why: msg(
          'Deel je persoonsgegevens, dan mag je alleen een tool gebruiken die je GDPR-conform kunt inzetten. De GDPR (of AVG) is de Europese wet die persoonsgegevens beschermt.',
        ),
      };
    case 'budget':
      return {
        legend: msg('Is er budget voor een betalende tool?'),
        hint: msg('Professionele tools kosten meestal een klein bedrag per maand.'),
        why: msg(
          'Betalende tools voor de zorg zijn de veiligste keuze. Gratis tools die veilig genoeg zijn, zijn zeldzaam en hebben meer beperkingen.',
        ),
      };
    case 'groupSize':
      return {
        legend: msg('Bel je één op één, of met drie of meer mensen?'),
        why: msg('Sommige gratis versies laten maar twee mensen toe, of stoppen groepsgesprekken sneller.'),
      };
    case 'longCalls':
      return {
        legend: msg('Duren je gesprekken soms langer dan 40 minuten?'),
        why: msg('Gratis versies stoppen een gesprek soms na 40 of 60 minuten.'),
      };
    case 'browserJoin':
      return {
        legend: msg('Moet je cliënt kunnen deelnemen via een link, zonder account of app?'),
        hint: msg('Je cliënt klikt dan gewoon op een link en komt in het gesprek, in de browser.'),
        why: msg(
          'Niet elke cliënt heeft een smartphone, een account of zin om een app te installeren. Een link is de laagste drempel.',
        ),
      };
    case 'licence':
      return {
        legend: msg('Heeft je organisatie al een zakelijke licentie met een verwerkersovereenkomst?'),
        hint: msg(
          'Een verwerkersovereenkomst is een contract waarin de leverancier belooft zorgvuldig met de gegevens om te gaan.',
        ),
        why: msg('Teams en Google Meet zijn alleen geschikt met zo een zakelijke licentie en contract.'),
      };
    case 'selfHosting':
      return {
        legend: msg('Kan de IT-dienst van je organisatie zelf een tool op een eigen server zetten?'),
        why: msg(
          'Sommige tools, zoals Jitsi of Nextcloud Talk, kan je IT-dienst zelf beheren. Dan blijven de gegevens bij je organisatie.',
        ),
      };
    case 'severalWorkers':
      return {
        legend: msg("Moeten soms meerdere collega's in hetzelfde gesprek zitten?"),
        why: msg(
          'Dan heb je een groepsgesprek nodig. Bij betalende tools hangt de prijs vaak af van het aantal gebruikers.',
        ),
      };
    case 'residentialCare':
      return {
        legend: msg('Woont je cliënt in een (semi-)residentiële voorziening?'),
        hint: msg('Bijvoorbeeld een leefgroep, een instelling of begeleid wonen.'),
        why: msg('Wie vanuit een voorziening belt met een gewone app, kan verraden waar hij of zij verblijft.'),
      };
  }
}

/** Returns the label of one answer option. */
export function optionLabel(questionId: QuestionId, option: AnswerId): string {
  switch (option) {
    case 'yes':
      return msg('Ja');
    case 'no':
      return msg('Nee');
    case 'unknown':
      return questionId === 'privacy' || questionId === 'budget' || questionId === 'residentialCare'
        ? msg('Weet ik niet')
        : msg('Weet ik niet / maakt niet uit');
    case 'one-to-one':
      return msg('Eén op één');
    case 'group':
      return msg('Met drie of meer');
    case 'microsoft-365':
      return msg('Ja, Microsoft 365');
    case 'google-workspace':
      return msg('Ja, Google Workspace');
    case 'other':
      return msg('Ja, een andere');
    case 'none':
      return msg('Nee');
  }
}

/** Returns a short label of a question, for the review of the answers. */
export function questionShortLabel(id: QuestionId): string {
  switch (id) {
    case 'privacy':
      return msg('Privacygevoelige informatie');
    case 'budget':
      return msg('Budget voor een betalende tool');
    case 'groupSize':
      return msg('Aantal deelnemers');
    case 'longCalls':
      return msg('Gesprekken langer dan 40 minuten');
    case 'browserJoin':
      return msg('Deelnemen via een link, zonder account of app');
    case 'licence':
      return msg('Zakelijke licentie');
    case 'selfHosting':
      return msg('Zelf hosten');
    case 'severalWorkers':
      return msg("Meerdere collega's in het gesprek");
    case 'residentialCare':
      return msg('(Semi-)residentiële voorziening');
  }
}
