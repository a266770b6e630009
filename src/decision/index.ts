export * from './advice-types.js';
export { advise } from './advise.js';
export {
  answerCombinations,
  applicableAnswers,
  applicableQuestions,
  isValidAnswer,
  questions,
  routeOf,
  type AnswerId,
  type AnswerOptions,
  type Answers,
  type Question,
  type QuestionId,
  type Route,
} from './questions.js';
export { needsGroupCall, openRouteRule, protectedRouteRules, type Rule } from './rules.js';
