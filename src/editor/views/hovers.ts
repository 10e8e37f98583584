import * as vscode from 'vscode';
import { describeTemporal } from '../../core/dates';
import { Highlight, highlightsAt, mentionsOf } from '../../core/highlights/highlights';
import { displayNameOfLabel, displayNameOfType, labelOfType } from '../../core/highlights/labels';
import { KnownName } from '../../core/knowledge';
import { entryLinks } from '../../core/registry';
import { AnnotationSchema, labelDefinition, plainGuideline, relationType } from '../../core/project';
import { Annotation, Suggestion, resolveRelations } from '../../core/sidecar';
import { ArticleTracker } from '../analysis/articleTracker';
import { COMMANDS } from '../commands/commandIds';
import { SidecarStore, SidecarView } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { WorldSource } from '../workspace/worldKnowledge';
import { appendLinkVerdict, entityIdOf, LinkVerdict, linkVerdict } from './linkCard';
import { onOneLine } from '../../core/text/softWraps';

/** The only commands a hover card may run; user-written text never becomes a link. */
const TRUSTED_COMMANDS = [
  COMMANDS.goToMention,
  COMMANDS.editNote,
  COMMANDS.changeLabel,
  COMMANDS.deleteAnnotation,
  COMMANDS.markWrong,
  COMMANDS.markAsType,
  COMMANDS.setArticleDate,
  COMMANDS.addToRegistry,
  COMMANDS.openRegistryEntry,
  COMMANDS.labelEveryOccurrence,
  COMMANDS.acceptSuggestion,
  COMMANDS.rejectSuggestion,
  COMMANDS.addRelation,
  COMMANDS.deleteRelation,
  COMMANDS.setAttribute,
  COMMANDS.linkEntity,
];
const ORIGIN: Record<Highlight['source'], string> = {
  automatic: 'found automatically',
  annotation: 'your annotation',
  correction: 'corrected by you',
  registry: 'from the entity registry',
  learned: 'learned from your labels',
  suggestion: 'suggestion to review',
};
const MAX_MENTION_LINKS = 12;

/** Builds hover cards on demand from the tracker's current highlights and the sidecar. */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly tracker: ArticleTracker,
    private readonly store: SidecarStore,
    private readonly schemas: SchemaStore,
    private readonly world: WorldSource,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = this.tracker.state(document.uri);
    if (!state || this.tracker.isHidden(document.uri)) return undefined;
    const offset = document.offsetAt(position);
    const here = highlightsAt(state.highlights, offset).filter(h => offset < h.end || h.start === h.end);
    if (here.length === 0) return undefined;
    const h = here[0];
    const text = document.getText();
    const kb = await this.world();
    // The article may have changed while the knowledge base was read: then this card is stale.
    if (document.getText() !== text) return undefined;
    const card = new vscode.MarkdownString('', true);
    card.isTrusted = { enabledCommands: TRUSTED_COMMANDS };
    card.supportHtml = false;
    const schema = this.schemas.schemaFor(document.uri);
    this.heading(card, h, schema);
    this.mentions(card, document, text, state.highlights, h);
    if (h.span && labelOfType(h.span.type) === 'date') {
      this.temporal(card, document, text, h, state.articleDate?.date, state.articleDate?.guess ?? false);
    }
    const sidecar = this.store.get(document.uri);
    const annotation = h.source === 'annotation' ? sidecar?.annotations.find(a => a.id === h.id) : undefined;
    if (annotation && sidecar) {
      this.annotation(card, annotation);
      this.relations(card, document, annotation, sidecar, schema);
    }
    if (h.known && h.source !== 'correction') this.known(card, h.known);
    const verdict = linkVerdict(kb, text, state.highlights, h, annotation?.wikidata);
    if (verdict) appendLinkVerdict(card, verdict, escape);
    const suggestion =
      h.source === 'suggestion' ? this.store.get(document.uri)?.suggestions.find(x => x.id === h.id) : undefined;
    if (suggestion) this.suggestion(card, suggestion);
    this.actions(card, document, h, verdict);
    const range = new vscode.Range(document.positionAt(h.start), document.positionAt(h.end));
    return new vscode.Hover(card, range);
  }

  private heading(card: vscode.MarkdownString, h: Highlight, schema: AnnotationSchema | undefined): void {
    const definition = labelDefinition(schema, h.label);
    const name =
      definition?.name ??
      (h.span && h.source === 'automatic' ? displayNameOfType(h.span.type) : displayNameOfLabel(h.label));
    card.appendMarkdown(`**${escape(name)}** · ${ORIGIN[h.source]}\n\n`);
    // The project's guideline, as plain text: it is the team's Markdown, but never runs as the card's.
    if (definition?.guideline) card.appendMarkdown(`_${escape(plainGuideline(definition.guideline))}_\n\n`);
  }

  /** The relations an annotation takes part in, each with a link to its other end (or why it has none). */
  private relations(
    card: vscode.MarkdownString,
    document: vscode.TextDocument,
    a: Annotation,
    sidecar: SidecarView,
    schema: AnnotationSchema | undefined,
  ): void {
    const uri = document.uri.toString();
    const mine = resolveRelations({ annotations: [...sidecar.annotations], relations: [...sidecar.relations] }).filter(
      r => r.relation.from === a.id || r.relation.to === a.id,
    );
    const lines = mine.map(({ relation, from, to }) => {
      const outgoing = relation.from === a.id;
      const other = outgoing ? to : from;
      const arrow = relationType(schema, relation.type)?.symmetric ? '↔' : outgoing ? '→' : '←';
      const end = !other
        ? '_an annotation that is no longer in the file_'
        : other.orphaned
          ? `“${escape(other.quote)}” _(orphaned)_`
          : `[${escape(other.quote)}](${commandUri(COMMANDS.goToMention, [uri, other.start, other.end])} "Go to the other end") (line ${document.positionAt(other.start).line + 1})`;
      const warn = !other || other.orphaned ? '$(warning) ' : '';
      const remove = `[$(close)](${commandUri(COMMANDS.deleteRelation, [uri, relation.id])} "Remove this relation")`;
      return `${warn}${arrow} **${escape(relation.type)}** ${end} ${remove}`;
    });
    if (lines.length > 0) card.appendMarkdown(lines.join('  \n') + '\n\n');
  }

  private mentions(
    card: vscode.MarkdownString,
    document: vscode.TextDocument,
    text: string,
    all: readonly Highlight[],
    h: Highlight,
  ): void {
    const mentions = mentionsOf(text, all, h);
    card.appendMarkdown(`\`${escapeCode(onOneLine(text.slice(h.start, h.end)))}\` — `);
    card.appendMarkdown(
      mentions.length === 1 ? 'mentioned once in this article' : `mentioned ${mentions.length} times in this article`,
    );
    if (mentions.length > 1) {
      const links = mentions.slice(0, MAX_MENTION_LINKS).map(m => {
        const line = document.positionAt(m.start).line + 1;
        const label = m.start === h.start ? `**line ${line}**` : `line ${line}`;
        return `[${label}](${commandUri(COMMANDS.goToMention, [document.uri.toString(), m.start, m.end])} "Go to this mention")`;
      });
      card.appendMarkdown(': ' + links.join(' · ') + (mentions.length > MAX_MENTION_LINKS ? ' …' : ''));
    }
    card.appendMarkdown('\n\n');
  }

  private temporal(
    card: vscode.MarkdownString,
    document: vscode.TextDocument,
    text: string,
    h: Highlight,
    dct: string | undefined,
    guess: boolean,
  ): void {
    const description = describeTemporal(h.span!, text, dct);
    card.appendMarkdown(`$(calendar) **${escape(description.summary)}**\n\n`);
    for (const detail of description.details) card.appendMarkdown(`${escape(detail)}  \n`);
    if (description.relative && !dct) {
      card.appendMarkdown(
        `\n[Set the article date](${commandUri(COMMANDS.setArticleDate, [document.uri.toString()])}) to resolve it.\n\n`,
      );
    } else if (guess) {
      card.appendMarkdown(
        `\n_Resolved against the file's modification date, a guess:_ [set the article date](${commandUri(COMMANDS.setArticleDate, [document.uri.toString()])})\n\n`,
      );
    }
  }

  private annotation(card: vscode.MarkdownString, a: Annotation): void {
    card.appendMarkdown('\n\n---\n\n');
    if (a.note) {
      card.appendMarkdown('**Note:** ');
      card.appendMarkdown(escape(a.note));
      card.appendMarkdown('\n\n');
    }
    const attributes = Object.entries(a.attributes ?? {});
    if (attributes.length > 0)
      card.appendMarkdown(attributes.map(([k, v]) => `**${escape(k)}:** ${escape(v)}`).join(' · ') + '\n\n');
    const meta = [
      a.author && `by ${a.author}`,
      a.created && `added ${a.created.slice(0, 10)}`,
      a.updated && `edited ${a.updated.slice(0, 10)}`,
    ].filter((x): x is string => !!x);
    if (meta.length) card.appendMarkdown(`_${escape(meta.join(', '))}_\n\n`);
  }

  /** What the workspace knows: the registry entry (canonical name, description, aliases, links) or where the label was learned. */
  private known(card: vscode.MarkdownString, known: KnownName): void {
    card.appendMarkdown('\n\n---\n\n');
    const entry = known.entry;
    if (!entry) {
      const articles = known.articles ?? [];
      card.appendMarkdown(
        `_You labelled it ${escape(displayNameOfLabel(known.label).toLowerCase())} in ${escape(articles.slice(0, 3).join(', '))}` +
          `${articles.length > 3 ? ` and ${articles.length - 3} more` : ''}._\n\n`,
      );
      return;
    }
    card.appendMarkdown(`$(book) **${escape(entry.name)}**`);
    if (entry.aliases.length) card.appendMarkdown(` — also ${escape(entry.aliases.join(', '))}`);
    card.appendMarkdown('\n\n');
    if (entry.description) card.appendMarkdown(`${escape(entry.description)}\n\n`);
    const links = entryLinks(entry).map(l => `[${escape(l.title)}](${safeUrl(l.url)})`);
    if (links.length) card.appendMarkdown(links.join(' · ') + '\n\n');
  }

  private suggestion(card: vscode.MarkdownString, s: Suggestion): void {
    const when = s.created ? ` on ${s.created.slice(0, 10)}` : '';
    card.appendMarkdown(
      `\n\n---\n\n_${escape(`Suggested by ${s.source}${when}. Accept to make it your annotation; reject so it is not suggested again.`)}_\n\n`,
    );
  }

  private actions(
    card: vscode.MarkdownString,
    document: vscode.TextDocument,
    h: Highlight,
    verdict: LinkVerdict | undefined,
  ): void {
    const uri = document.uri.toString();
    const links: string[] = [];
    if (verdict?.kind === 'proposed') {
      links.push(
        `[Link](${commandUri(COMMANDS.linkEntity, [uri, h.start, h.end, verdict.entity.id])} "Record in your annotation that this is ${verdict.entity.id}")`,
      );
    }
    if (h.source === 'suggestion') {
      links.push(`[Accept](${commandUri(COMMANDS.acceptSuggestion, [uri, h.id])} "Make it your annotation")`);
      links.push(
        `[Reject](${commandUri(COMMANDS.rejectSuggestion, [uri, h.id])} "Record that it is not a ${escape(displayNameOfLabel(h.label).toLowerCase())}")`,
      );
    } else if (h.source === 'annotation' || h.source === 'correction') {
      if (h.source === 'annotation') links.push(`[Edit note](${commandUri(COMMANDS.editNote, [uri, h.id])})`);
      links.push(`[Change label](${commandUri(COMMANDS.changeLabel, [uri, h.id])})`);
      links.push(`[Delete](${commandUri(COMMANDS.deleteAnnotation, [uri, h.id])})`);
      if (h.source === 'annotation') {
        links.push(`[Label every occurrence](${commandUri(COMMANDS.labelEveryOccurrence, [uri, h.id])})`);
        links.push(`[Add relation…](${commandUri(COMMANDS.addRelation, [uri, h.id])})`);
        links.push(`[Set attribute…](${commandUri(COMMANDS.setAttribute, [uri, h.id])})`);
      }
    } else {
      links.push(`[Not an entity](${commandUri(COMMANDS.markWrong, [uri, h.start, h.end])})`);
      links.push(`[Another type…](${commandUri(COMMANDS.markAsType, [uri, h.start, h.end])})`);
    }
    if (h.known?.entry) {
      links.push(`[Open registry entry](${commandUri(COMMANDS.openRegistryEntry, [h.known.entity])})`);
    } else if (h.label !== 'date') {
      // The entity the card links to goes into the registry entry with it.
      const linked = entityIdOf(verdict);
      const args = linked ? [uri, h.start, h.end, { wikidata: linked }] : [uri, h.start, h.end];
      links.push(`[Add to registry](${commandUri(COMMANDS.addToRegistry, args)})`);
    }
    card.appendMarkdown('\n\n---\n\n' + links.join(' · '));
  }
}

function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/**
 * Makes user-written or article text inert in Markdown: every character that could start syntax
 * (links, emphasis, HTML, code, theme icons) is backslash-escaped, so a note can never become a link.
 */
function escape(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~$&:]/g, ch =>
      ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`,
    )
    .replace(/\r?\n/g, '  \n');
}

/** A web address as a Markdown link target: brackets, quotes and spaces encoded so it cannot break out. */
function safeUrl(url: string): string {
  return url.replace(/[()<>"'\s\\]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Text inside an inline code span: backticks cannot be escaped there, so they are replaced. */
function escapeCode(text: string): string {
  return text.replace(/`/g, "'").replace(/\r?\n/g, ' ');
}
