// Checks properties of the advice over every combination of answers (an exhaustive
// loop: 7,290 combinations on the protected route and 3 on the open route).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advise, answerCombinations, catalogue, questions } from 'beeldbel-keuzehulp/decision';

const questionById = new Map(questions.map((question) => [question.id, question]));

const answerSets = [...answerCombinations()];
const verdictsOf = (answers) => new Map(advise(answers, catalogue).tools.map((item) => [item.tool.id, item.verdict]));

describe('advice for every answer combination', () => {
  it('covers both routes', () => {
    assert.ok(answerSets.length > 7000, `${answerSets.length} combinations`);
    assert.ok(answerSets.some((answers) => answers.privacy === 'no'));
  });

  it('always gives a valid advice', () => {
    for (const answers of answerSets) {
      const advice = advise(answers, catalogue);
      const label = JSON.stringify(answers);
      assert.ok(advice.nextSteps.length >= 1, `${label}: no next step`);
      assert.equal(advice.tools.length, catalogue.length, `${label}: a tool has no verdict`);
      const shortlisted = advice.tools.some((item) => item.verdict === 'recommended' || item.verdict === 'possible');
      assert.equal(advice.noFit, !shortlisted, `${label}: noFit disagrees with the verdicts`);
      for (const item of advice.tools) {
        assert.ok(item.reasons.length >= 1, `${label}: ${item.tool.id} has no reason`);
        if (item.tool.status.state === 'discontinued') {
          assert.equal(item.verdict, 'discontinued', `${label}: ${item.tool.id} is discontinued`);
        }
        if (advice.route === 'protected' && item.tool.suitability === 'not-suitable') {
          assert.ok(
            item.verdict === 'not-suitable' || item.verdict === 'discontinued',
            `${label}: ${item.tool.id} is not suitable but ${item.verdict}`,
          );
        }
        if (item.verdict === 'not-suitable' || item.verdict === 'discontinued') {
          assert.ok(
            item.reasons.some((reason) => reason.effect === 'negative'),
            `${label}: ${item.tool.id} is out without a negative reason`,
          );
        }
      }
    }
  });

  it('treats unknown privacy exactly as yes', () => {
    for (const answers of answerSets.filter((set) => set.privacy === 'yes')) {
      const unknown = { ...answers, privacy: 'unknown' };
      assert.deepEqual([...verdictsOf(unknown)], [...verdictsOf(answers)], JSON.stringify(answers));
    }
  });

  it('never excludes a tool on an unknown answer', () => {
    // For each answer set with "unknown" for a question: a tool excluded there must be
    // excluded by every known answer to that question too.
    for (const answers of answerSets) {
      for (const [id, value] of Object.entries(answers)) {
        if (value !== 'unknown' || id === 'privacy') continue;
        const excluded = [...verdictsOf(answers)].filter(([, verdict]) => verdict === 'not-suitable');
        if (excluded.length === 0) continue;
        const known = questionById.get(id).options.filter((option) => option !== 'unknown');
        for (const option of known) {
          const verdicts = verdictsOf({ ...answers, [id]: option });
          for (const [toolId] of excluded) {
            assert.equal(
              verdicts.get(toolId),
              'not-suitable',
              `${toolId} is excluded with ${id}=unknown but kept with ${id}=${option} in ${JSON.stringify(answers)}`,
            );
          }
        }
      }
    }
  });
});
