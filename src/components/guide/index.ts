import type { GuideComponentName } from '../../lib/markdown/guide-components';
import Art14Steps from '../Art14Steps.astro';
import Acts from './Acts.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import FactList from './FactList.astro';
import Faq from './Faq.astro';
import Question from './Question.astro';
import RulesSummary from './RulesSummary.astro';
import Since from './Since.astro';
import Term from './Term.astro';
import Unknown from './Unknown.astro';

/**
 * What a guide's tags render with: `<Content components={guideComponents} />`. The keys are the
 * list the content check enforces (src/lib/markdown/guide-components.ts), so a component missing
 * here, or one the check does not know, is a type error.
 */
export const guideComponents = {
  Fact,
  Since,
  Cite,
  FactList,
  Unknown,
  Acts,
  Term,
  Callout,
  Faq,
  Question,
  Art14Steps,
  RulesSummary,
} satisfies Record<GuideComponentName, unknown>;
