/**
 * The questions as data: their ids, answer options and when each is shown.
 * Texts live in the views; this module holds no language.
 */

export type QuestionId =
  | 'privacy'
  | 'budget'
  | 'groupSize'
  | 'longCalls'
  | 'browserJoin'
  | 'licence'
  | 'selfHosting'
  | 'severalWorkers'
  | 'residentialCare';

/** The answer options of every question; `unknown` is "weet ik niet / maakt niet uit". */
export interface AnswerOptions {
  privacy: 'yes' | 'no' | 'unknown';
  budget: 'yes' | 'no' | 'unknown';
  groupSize: 'one-to-one' | 'group' | 'unknown';
  longCalls: 'yes' | 'no' | 'unknown';
  browserJoin: 'yes' | 'no' | 'unknown';
  licence: 'microsoft-365' | 'google-workspace' | 'other' | 'none' | 'unknown';
  selfHosting: 'yes' | 'no' | 'unknown';
  severalWorkers: 'yes' | 'no' | 'unknown';
  residentialCare: 'yes' | 'no' | 'unknown';
}

export type AnswerId = AnswerOptions[QuestionId];

/** The answers given so far; a question without an answer counts as "unknown". */
export type Answers = Partial<AnswerOptions>;

export type Route = 'protected' | 'open';

export interface Question<Id extends QuestionId = QuestionId> {
  id: Id;
  options: readonly AnswerOptions[Id][];
  /** Returns true when the question applies, given the earlier answers. */
  appliesWhen: (answers: Answers) => boolean;
}

/**
 * Returns the route the answers lead to. Privacy-sensitive information, or not being
 * sure about it, needs a tool that can be used in line with the GDPR.
 */
export function routeOf(answers: Answers): Route {
  return answers.privacy === 'no' ? 'open' : 'protected';
}

const onProtectedRoute = (answers: Answers): boolean =>
  answers.privacy !== undefined && routeOf(answers) === 'protected';
const onOpenRoute = (answers: Answers): boolean => answers.privacy === 'no';

/** Every question in the order it is asked. The two questions of the 2020 aid come first. */
export const questions: readonly Question[] = [
  { id: 'privacy', options: ['yes', 'no', 'unknown'], appliesWhen: () => true },
  { id: 'budget', options: ['yes', 'no', 'unknown'], appliesWhen: onProtectedRoute },
  { id: 'groupSize', options: ['one-to-one', 'group', 'unknown'], appliesWhen: onProtectedRoute },
  { id: 'longCalls', options: ['yes', 'no', 'unknown'], appliesWhen: onProtectedRoute },
  { id: 'browserJoin', options: ['yes', 'no', 'unknown'], appliesWhen: onProtectedRoute },
  {
    id: 'licence',
    options: ['microsoft-365', 'google-workspace', 'other', 'none', 'unknown'],
    appliesWhen: onProtectedRoute,
  },
  { id: 'selfHosting', options: ['yes', 'no', 'unknown'], appliesWhen: onProtectedRoute },
  { id: 'severalWorkers', options: ['yes', 'no', 'unknown'], appliesWhen: onProtectedRoute },
  { id: 'residentialCare', options: ['yes', 'no', 'unknown'], appliesWhen: onOpenRoute },
] as const;

/** Returns the questions that apply to these answers, in order. */
export function applicableQuestions(answers: Answers): Question[] {
  return questions.filter((question) => question.appliesWhen(answers));
}

/**
 * Yields every complete set of answers: one answer to each question that applies,
 * for every combination of options. Tests and benchmarks use it to cover all cases.
 */
export function* answerCombinations(answers: Answers = {}): Generator<Answers> {
  const open = applicableQuestions(answers).find((question) => answers[question.id] === undefined);
  if (!open) {
    yield answers;
    return;
  }
  for (const option of open.options) yield* answerCombinations({ ...answers, [open.id]: option });
}

/** Returns true when `answer` is one of the options of `questionId`. */
export function isValidAnswer(questionId: string, answer: unknown): boolean {
  const question = questions.find((candidate) => candidate.id === questionId);
  return question !== undefined && (question.options as readonly unknown[]).includes(answer);
}

/**
 * Returns the answers that still apply: an answer to a question that no longer
 * applies (after the route changed) is dropped from the advice, not from memory.
 */
export function applicableAnswers(answers: Answers): Answers {
  const result: Answers = {};
  for (const question of applicableQuestions(answers)) {
    const answer = answers[question.id];
    if (answer !== undefined) (result as Record<string, string>)[question.id] = answer;
  }
  return result;
}
