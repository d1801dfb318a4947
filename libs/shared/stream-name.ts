/**
 * Stream names are `<category>-<uuid>`; the category is one word with no hyphen, because
 * EventStoreDB reads the category up to the first hyphen.
 */
export function streamName(category: string, id: string): string {
  if (!/^[a-z]+$/.test(category)) throw new Error(`stream category must be one lowercase word: ${category}`);
  return `${category}-${id}`;
}

export function categoryOf(streamId: string): string {
  const i = streamId.indexOf('-');
  return i < 0 ? streamId : streamId.slice(0, i);
}

export function idOf(streamId: string): string {
  const i = streamId.indexOf('-');
  return i < 0 ? '' : streamId.slice(i + 1);
}
