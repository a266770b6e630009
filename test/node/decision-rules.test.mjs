// Table-driven cases for each decision rule, on the real catalogue, through the
// package's decision entry point as a CMS plugin would import it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advise, catalogue } from 'beeldbel-keuzehulp/decision';

/** Returns the advice of one tool for these answers. */
const adviceFor = (answers, id) => {
  const advice = advise(answers, catalogue).tools.find((item) => item.tool.id === id);
  assert.ok(advice, `${id} is not in the catalogue`);
  return advice;
};
const codes = (advice) => advice.reasons.map((reason) => reason.code);

const protectedRoute = { privacy: 'yes' };

const cases = [
  {
    rule: 'discontinued tools stay listed as discontinued',
    answers: { privacy: 'no' },
    expect: { skype: ['discontinued', 'discontinued'] },
  },
  {
    rule: 'unverified tools are not advised',
    answers: { ...protectedRoute, budget: 'yes' },
    expect: { mobilea: ['not-suitable', 'unverified'], licom: ['not-suitable', 'unverified'] },
  },
  {
    rule: 'consumer apps are not suitable for sensitive talks',
    answers: { ...protectedRoute, budget: 'yes' },
    expect: {
      whatsapp: ['not-suitable', 'not-suitable-for-sensitive'],
      messenger: ['not-suitable', 'not-suitable-for-sensitive'],
      facetime: ['not-suitable', 'not-suitable-for-sensitive'],
      'google-meet-free': ['not-suitable', 'not-suitable-for-sensitive'],
      'microsoft-teams-free': ['not-suitable', 'not-suitable-for-sensitive'],
    },
  },
  {
    rule: 'paid tools fit a budget',
    answers: { ...protectedRoute, budget: 'yes' },
    expect: { 'kara-connect': ['recommended', 'paid-within-budget'], zaurus: ['recommended', 'paid-within-budget'] },
  },
  {
    rule: 'paid tools without budget are out',
    answers: { ...protectedRoute, budget: 'no' },
    expect: { 'kara-connect': ['not-suitable', 'paid-no-budget'], 'zoom-for-healthcare': ['not-suitable', 'paid-no-budget'] },
  },
  {
    rule: 'unknown budget keeps paid tools with a check',
    answers: { ...protectedRoute, budget: 'unknown' },
    expect: { 'kara-connect': ['possible', 'paid-check-budget'], 'jitsi-meet': ['possible', 'free-to-use'] },
  },
  {
    rule: 'an unknown price needs a check',
    answers: { ...protectedRoute, budget: 'yes' },
    expect: { minddistrict: ['possible', 'price-unknown'] },
  },
  {
    rule: 'free tools with conditions are possible',
    answers: { ...protectedRoute, budget: 'no' },
    expect: {
      'jitsi-meet': ['possible', 'has-conditions'],
      signal: ['possible', 'has-conditions'],
      zoom: ['possible', 'has-conditions'],
    },
  },
  {
    rule: 'a 40-minute free limit ends long calls',
    answers: { ...protectedRoute, budget: 'no', longCalls: 'yes' },
    expect: { zoom: ['not-suitable', 'free-time-limit-too-short'] },
  },
  {
    rule: 'a budget lifts the free time limit',
    answers: { ...protectedRoute, budget: 'yes', longCalls: 'yes' },
    expect: { zoom: ['possible', 'paid-plan-lifts-time-limit'] },
  },
  {
    rule: 'short calls ignore the time limit',
    answers: { ...protectedRoute, budget: 'no', longCalls: 'no' },
    expect: { zoom: ['possible', 'has-conditions'] },
  },
  {
    rule: 'a two-person free room cannot hold a group',
    answers: { ...protectedRoute, budget: 'no', groupSize: 'group' },
    expect: { whereby: ['not-suitable', 'free-participant-limit'] },
  },
  {
    rule: 'several workers make a group call',
    answers: { ...protectedRoute, budget: 'no', groupSize: 'one-to-one', severalWorkers: 'yes' },
    expect: { whereby: ['not-suitable', 'free-participant-limit'] },
  },
  {
    rule: 'browser join rules out app-only tools',
    answers: { ...protectedRoute, budget: 'yes', browserJoin: 'yes' },
    expect: {
      signal: ['not-suitable', 'client-needs-phone-number'],
      'kara-connect': ['not-suitable', 'client-needs-account'],
      threema: ['not-suitable', 'client-needs-app'],
      'jitsi-meet': ['possible', 'browser-join'],
    },
  },
  {
    rule: 'browser join not needed keeps app tools',
    answers: { ...protectedRoute, budget: 'yes', browserJoin: 'no' },
    expect: { signal: ['possible', 'has-conditions'], 'kara-connect': ['recommended', 'paid-within-budget'] },
  },
  {
    rule: 'a Microsoft 365 licence keeps Teams',
    answers: { ...protectedRoute, budget: 'yes', licence: 'microsoft-365' },
    expect: {
      'microsoft-teams': ['possible', 'licence-available'],
      'google-meet-workspace': ['not-suitable', 'needs-licence'],
    },
  },
  {
    rule: 'a Google Workspace licence keeps Meet',
    answers: { ...protectedRoute, budget: 'yes', licence: 'google-workspace' },
    expect: {
      'google-meet-workspace': ['possible', 'licence-available'],
      'microsoft-teams': ['not-suitable', 'needs-licence'],
    },
  },
  {
    rule: 'no licence rules out the suites',
    answers: { ...protectedRoute, budget: 'yes', licence: 'none' },
    expect: {
      'microsoft-teams': ['not-suitable', 'needs-licence'],
      'google-meet-workspace': ['not-suitable', 'needs-licence'],
    },
  },
  {
    rule: 'unknown licence keeps the suites with a check',
    answers: { ...protectedRoute, budget: 'yes', licence: 'unknown' },
    expect: { 'microsoft-teams': ['possible', 'check-licence'] },
  },
  {
    rule: 'no own IT rules out self-hosted tools',
    answers: { ...protectedRoute, budget: 'no', selfHosting: 'no' },
    expect: {
      'nextcloud-talk': ['not-suitable', 'needs-self-hosting'],
      'jitsi-meet-self-hosted': ['not-suitable', 'needs-self-hosting'],
      bigbluebutton: ['not-suitable', 'needs-self-hosting'],
    },
  },
  {
    rule: 'own IT keeps self-hosted tools',
    answers: { ...protectedRoute, budget: 'no', selfHosting: 'yes' },
    expect: {
      'nextcloud-talk': ['possible', 'self-hosting-possible'],
      'jitsi-meet-self-hosted': ['possible', 'self-hosting-possible'],
    },
  },
  {
    rule: 'open route allows widely used apps',
    answers: { privacy: 'no' },
    expect: {
      whatsapp: ['possible', 'open-route-widely-used'],
      facetime: ['possible', 'open-route-consumer-app'],
      'jitsi-meet': ['recommended', 'open-route-free-service'],
      'kara-connect': ['possible', 'open-route-not-needed'],
    },
  },
  {
    rule: 'an owned licence needs no budget',
    answers: { ...protectedRoute, budget: 'no', licence: 'microsoft-365' },
    expect: {
      'microsoft-teams': ['possible', 'licence-available'],
      'google-meet-workspace': ['not-suitable', 'needs-licence'],
    },
  },
];

describe('decision rules', () => {
  for (const { rule, answers, expect } of cases) {
    it(rule, () => {
      for (const [id, [verdict, reason]] of Object.entries(expect)) {
        const advice = adviceFor(answers, id);
        assert.equal(advice.verdict, verdict, `${id}: verdict ${advice.verdict}, reasons ${codes(advice).join(', ')}`);
        assert.ok(codes(advice).includes(reason), `${id}: no reason ${reason} in ${codes(advice).join(', ')}`);
      }
    });
  }
});

describe('route and advice', () => {
  it('treats unknown privacy as yes', () => {
    const unknown = advise({ privacy: 'unknown' }, catalogue);
    assert.equal(unknown.route, 'protected');
    assert.equal(unknown.routeReason, 'privacy-unknown');
  });

  it('takes the open route on no', () => {
    const advice = advise({ privacy: 'no', residentialCare: 'yes' }, catalogue);
    assert.equal(advice.route, 'open');
    assert.deepEqual(advice.cautions, [
      'not-gdpr-compliant',
      'inform-users',
      'may-advise-against',
      'location-data',
      'stay-professional',
    ]);
  });

  it('drops the location caution outside residential care', () => {
    const advice = advise({ privacy: 'no', residentialCare: 'no' }, catalogue);
    assert.ok(!advice.cautions.includes('location-data'));
    assert.ok(!advice.checklist.some((item) => item.code === 'no-location-sharing'));
  });

  it('ignores answers of the other route', () => {
    const open = advise({ privacy: 'no', budget: 'no', browserJoin: 'yes' }, catalogue);
    const plain = advise({ privacy: 'no' }, catalogue);
    assert.deepEqual(
      open.tools.map((item) => [item.tool.id, item.verdict]),
      plain.tools.map((item) => [item.tool.id, item.verdict]),
    );
  });

  it('ranks recommended tools first', () => {
    const verdicts = advise({ privacy: 'yes', budget: 'yes' }, catalogue).tools.map((item) => item.verdict);
    const order = ['recommended', 'possible', 'not-suitable', 'discontinued'];
    const ranks = verdicts.map((verdict) => order.indexOf(verdict));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  });

  it('lists the protected checklist', () => {
    const codes = advise({ privacy: 'yes', budget: 'no' }, catalogue).checklist.map((item) => item.code);
    for (const code of ['dpa', 'informed-consent', 'necessary-cookies', 'privacy-settings', 'private-room', 'no-recording', 'phone-fallback']) {
      assert.ok(codes.includes(code), `${code} is missing from ${codes.join(', ')}`);
    }
  });

  it('names the tools of a condition item', () => {
    const item = advise({ privacy: 'yes', budget: 'no' }, catalogue).checklist.find(
      (entry) => entry.code === 'necessary-cookies',
    );
    assert.deepEqual(item.toolIds, ['zoom']);
  });

  it('says what to do when nothing fits', () => {
    // A host that keeps only paid tools, asked without a budget: nothing fits.
    const paidOnly = catalogue.filter((tool) => tool.pricing.model === 'paid' && !tool.includedIn);
    const advice = advise({ privacy: 'yes', budget: 'no' }, paidOnly);
    assert.equal(advice.noFit, true);
    assert.deepEqual(advice.nextSteps, ['talk-to-dpo', 'consider-paid-tool', 'use-phone']);
  });

  it('points to the phone when nothing fits openly', () => {
    const advice = advise({ privacy: 'no' }, []);
    assert.equal(advice.noFit, true);
    assert.deepEqual(advice.nextSteps, ['use-phone']);
  });

  it('accepts no answers at all', () => {
    for (const answers of [null, undefined, {}]) {
      const advice = advise(answers, catalogue);
      assert.equal(advice.route, 'protected');
      assert.equal(advice.tools.length, catalogue.length);
    }
  });

  it('gives next steps when tools fit', () => {
    const advice = advise({ privacy: 'yes', budget: 'yes' }, catalogue);
    assert.equal(advice.noFit, false);
    assert.deepEqual(advice.nextSteps, ['compare-shortlist', 'arrange-checklist', 'talk-to-dpo']);
  });

  it('gives every reason its facts', () => {
    for (const item of advise({ privacy: 'yes', budget: 'unknown' }, catalogue).tools) {
      for (const reason of item.reasons) assert.ok(Array.isArray(reason.facts), `${item.tool.id}: ${reason.code}`);
    }
  });
});
