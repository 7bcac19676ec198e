/**
 * The topics' labels (assets/content/topics.json, issue #11), looked up by the views that name a
 * topic (investigation titles, the figures side by side). The content check (checkTopicLabels in
 * validate.ts) makes sure every topic an excerpt uses has one.
 */
import type { Topic } from './schema';

export type TopicLabels = readonly Topic[];

/** A topic's label in `language`, or null when the content names none (a view then says it without a name). */
export function topicLabel(topics: TopicLabels, id: string, language: 'fr' | 'en'): string | null {
  return topics.find((topic) => topic.id === id)?.label[language] ?? null;
}
