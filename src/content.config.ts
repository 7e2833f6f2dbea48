import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { SchemaContext } from './schemas/context';
import { collectionDefinitions, entryPattern, type CollectionDefinition } from './schemas';

/**
 * Wiring only: each collection gets a glob loader over its folder and the schema from src/schemas.
 * The raw Markdown is not kept (`retainBody: false`): pages use the rendered HTML, and at
 * thousands of entries the bodies were a large part of the build's memory.
 */
function loaderFor(definition: CollectionDefinition) {
  return glob({ base: `./${definition.folder}`, pattern: entryPattern(definition), retainBody: false });
}

function contextFrom(image: SchemaContext['image']): SchemaContext {
  return { image, reference: reference as SchemaContext['reference'] };
}

const d = collectionDefinitions;

export const collections = {
  members: defineCollection({ loader: loaderFor(d.members), schema: ({ image }) => d.members.schema(contextFrom(image)) }),
  services: defineCollection({ loader: loaderFor(d.services), schema: ({ image }) => d.services.schema(contextFrom(image)) }),
  stories: defineCollection({ loader: loaderFor(d.stories), schema: ({ image }) => d.stories.schema(contextFrom(image)) }),
  news: defineCollection({ loader: loaderFor(d.news), schema: ({ image }) => d.news.schema(contextFrom(image)) }),
  partners: defineCollection({ loader: loaderFor(d.partners), schema: ({ image }) => d.partners.schema(contextFrom(image)) }),
  pages: defineCollection({ loader: loaderFor(d.pages), schema: d.pages.schema() }),
  facile: defineCollection({ loader: loaderFor(d.facile), schema: ({ image }) => d.facile.schema(contextFrom(image)) }),
  glossary: defineCollection({ loader: loaderFor(d.glossary), schema: ({ image }) => d.glossary.schema(contextFrom(image)) }),
  guides: defineCollection({ loader: loaderFor(d.guides), schema: d.guides.schema() }),
  rules: defineCollection({ loader: loaderFor(d.rules), schema: d.rules.schema() }),
  settings: defineCollection({ loader: loaderFor(d.settings), schema: d.settings.schema() }),
  membersEn: defineCollection({ loader: loaderFor(d.membersEn), schema: ({ image }) => d.membersEn.schema(contextFrom(image)) }),
  servicesEn: defineCollection({ loader: loaderFor(d.servicesEn), schema: ({ image }) => d.servicesEn.schema(contextFrom(image)) }),
  storiesEn: defineCollection({ loader: loaderFor(d.storiesEn), schema: ({ image }) => d.storiesEn.schema(contextFrom(image)) }),
  newsEn: defineCollection({ loader: loaderFor(d.newsEn), schema: ({ image }) => d.newsEn.schema(contextFrom(image)) }),
  pagesEn: defineCollection({ loader: loaderFor(d.pagesEn), schema: ({ image }) => d.pagesEn.schema(contextFrom(image)) }),
  glossaryEn: defineCollection({ loader: loaderFor(d.glossaryEn), schema: ({ image }) => d.glossaryEn.schema(contextFrom(image)) }),
  guidesEn: defineCollection({ loader: loaderFor(d.guidesEn), schema: ({ image }) => d.guidesEn.schema(contextFrom(image)) }),
  rulesEn: defineCollection({ loader: loaderFor(d.rulesEn), schema: ({ image }) => d.rulesEn.schema(contextFrom(image)) }),
  settingsEn: defineCollection({ loader: loaderFor(d.settingsEn), schema: ({ image }) => d.settingsEn.schema(contextFrom(image)) }),
};
