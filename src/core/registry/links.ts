import { RegistryEntry } from './types';

interface EntryLink {
  title: string;
  url: string;
}

/**
 * The links a hover card may show for an entry: the Wikidata item and http(s) addresses only, so a
 * registry can never make the editor open `command:` or `file:` links.
 */
export function entryLinks(entry: Pick<RegistryEntry, 'wikidata' | 'links'>): EntryLink[] {
  const links: EntryLink[] = [];
  if (entry.wikidata)
    links.push({ title: `Wikidata ${entry.wikidata}`, url: `https://www.wikidata.org/wiki/${entry.wikidata}` });
  for (const raw of entry.links) {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    links.push({ title: url.hostname.replace(/^www\./, ''), url: url.href });
  }
  return links;
}
