import * as vscode from 'vscode';
import { ArticleAnalysis, ModelSource, RecognizerSource } from './editor/analysis/articleAnalysis';
import { AnnotationsView, registerAnnotationsView } from './editor/views/annotationsView';
import { ARTICLE_SELECTOR } from './editor/workspace/articleFilter';
import { ArticleTracker } from './editor/analysis/articleTracker';
import { FactChecks } from './editor/analysis/factChecks';
import { registerBatchAnalysis } from './editor/analysis/batchAnalysis';
import { registerCommands } from './editor/commands/annotationCommands';
import { DecorationPainter } from './editor/views/decorations';
import { registerEntitySearch } from './editor/workspace/entitySearch';
import { ArticleCodeActions } from './editor/views/codeActions';
import { ArticleHoverProvider } from './editor/views/hovers';
import { registerInterchangeCommands } from './editor/commands/interchangeCommands';
import { KnowledgeService } from './editor/workspace/knowledge';
import { LearnedRecogniser } from './editor/workspace/learnedRecogniser';
import { registerLabelEveryOccurrence } from './editor/commands/labelEveryOccurrence';
import { EntityMentionProvider } from './editor/views/references';
import { registerOrphanCommands } from './editor/commands/orphanCommands';
import { EntityOutline } from './editor/views/outline';
import { ProblemReporter } from './editor/sidecar/problems';
import { registerRegistryCommands } from './editor/commands/registryCommands';
import { RegistryStore } from './editor/workspace/registryStore';
import { SchemaStore } from './editor/workspace/schemaStore';
import { registerRelationCommands } from './editor/commands/relationCommands';
import { registerAttributeCommands } from './editor/commands/attributeCommands';
import { KeyboardLabelling } from './editor/commands/keyboardLabelling';
import { RelationLensProvider } from './editor/views/relationLenses';
import { AnnotatorComparison } from './editor/commands/comparison';
import { registerGitMerging } from './editor/commands/gitMerging';
import { WorkspaceFiles } from './editor/sidecar/workspaceFiles';
import { SidecarStore } from './editor/sidecar/sidecarStore';
import { createStatusBar } from './editor/views/statusBar';
import { watchYamlFiles } from './editor/sidecar/yamlWatcher';
import { watchGoneFiles } from './editor/sidecar/goneFiles';
import { registerSuggestionCommands } from './editor/commands/suggestionCommands';
import { registerSampleCommand, registerWalkthroughCommand } from './editor/views/walkthrough';
import { WorkspaceIndex } from './editor/workspace/workspaceIndex';
import { WorldSource } from './editor/workspace/worldKnowledge';
import { registerLinkCommands } from './editor/commands/linkCommands';
import { registerLargeArticleCommand } from './editor/commands/largeArticle';

/** What `activate` returns: the pieces integration tests observe. */
export interface ArticleAnnotatorApi {
  tracker: ArticleTracker;
  store: SidecarStore;
  painter: DecorationPainter;
  registry: RegistryStore;
  schemas: SchemaStore;
  labelling: KeyboardLabelling;
  comparison: AnnotatorComparison;
  knowledge: KnowledgeService;
  learned: LearnedRecogniser;
  index: WorkspaceIndex;
  annotationsView: AnnotationsView;
  outline: EntityOutline;
  statusBar: vscode.StatusBarItem;
  checks: FactChecks;
  /** Milliseconds `activateExtension` took; reported by the tests next to the benchmark figures. */
  activationMs: number;
}

/** What differs between the builds (and, for the recogniser, in the editor tests). */
export interface ActivationServices {
  /** Files through `workspace.fs`; in the Node build, local files are renamed and locked in one step. */
  files: WorkspaceFiles;
  /** The entity recogniser: the shipped model in both builds, a small deterministic one in the editor tests. */
  recognizer: RecognizerSource;
  /** The knowledge base hover cards link names to: the shipped one, or a small invented one in the editor tests. */
  world: WorldSource;
  /**
   * The model the workspace's annotations and corrections adapt (`LearnedRecogniser`): the shipped one in
   * both builds; in the editor tests, one that knows nothing, so that what it reads comes from what it learned.
   */
  entityModel: ModelSource;
}

/** The extension's long-lived pieces, made in the order in which they need each other. */
interface Parts {
  problems: ProblemReporter;
  store: SidecarStore;
  painter: DecorationPainter;
  registry: RegistryStore;
  schemas: SchemaStore;
  index: WorkspaceIndex;
  knowledge: KnowledgeService;
  learned: LearnedRecogniser;
  analysis: ArticleAnalysis;
  tracker: ArticleTracker;
  annotations: ReturnType<typeof registerAnnotationsView>;
  statusBar: ReturnType<typeof createStatusBar>;
  mentions: EntityMentionProvider;
  checks: FactChecks;
  lenses: RelationLensProvider;
  labelling: KeyboardLabelling;
  comparison: AnnotatorComparison;
  outline: EntityOutline;
}

/**
 * Shared activation for the Node and browser builds. Cheap by design: it only wires objects together;
 * the entity model is read on first analysis and sidecars when their article opens.
 */
export function activateExtension(context: vscode.ExtensionContext, services: ActivationServices): ArticleAnnotatorApi {
  const started = performance.now();
  const parts = createParts(services);
  const { problems, store, analysis, painter, registry, schemas, index, knowledge, learned, tracker, checks } = parts;
  context.subscriptions.push(
    problems,
    store,
    analysis,
    painter,
    registry,
    schemas,
    index,
    knowledge,
    learned,
    tracker,
    checks,
    ...articleFeatures(parts, services.world),
    ...commandsAndWatchers(parts, context),
  );
  return {
    tracker,
    store,
    painter,
    registry,
    schemas,
    labelling: parts.labelling,
    comparison: parts.comparison,
    knowledge,
    learned,
    index,
    annotationsView: parts.annotations.view,
    outline: parts.outline,
    statusBar: parts.statusBar.item,
    checks,
    activationMs: performance.now() - started,
  };
}

function createParts(services: ActivationServices): Parts {
  const problems = new ProblemReporter();
  const store = new SidecarStore(problems, services.files);
  const painter = new DecorationPainter();
  const registry = new RegistryStore(store.flow);
  const schemas = new SchemaStore(store.flow);
  const index = new WorkspaceIndex(store);
  const knowledge = new KnowledgeService(registry, index);
  const learned = new LearnedRecogniser(services.recognizer, services.entityModel, index);
  const analysis = new ArticleAnalysis(() => learned.get());
  const tracker = new ArticleTracker(analysis, store, painter, knowledge, schemas);
  return {
    problems,
    store,
    painter,
    registry,
    schemas,
    index,
    knowledge,
    learned,
    analysis,
    tracker,
    annotations: registerAnnotationsView(index, store),
    statusBar: createStatusBar(tracker),
    mentions: new EntityMentionProvider(tracker),
    checks: new FactChecks(tracker, store, registry),
    lenses: new RelationLensProvider(store, schemas),
    labelling: new KeyboardLabelling(tracker, store, schemas),
    comparison: new AnnotatorComparison(store, schemas),
    outline: new EntityOutline(tracker, store, schemas),
  };
}

/** What an article shows beside its highlights: light bulb, hover cards, references, relation lenses. */
function articleFeatures(parts: Parts, world: WorldSource): vscode.Disposable[] {
  const { tracker, checks, store, schemas, learned, mentions, lenses } = parts;
  return [
    vscode.languages.registerCodeActionsProvider(
      ARTICLE_SELECTOR,
      new ArticleCodeActions(tracker, checks, store, world),
      ArticleCodeActions.metadata,
    ),
    // What the workspace taught the recogniser changed: every open article is read again with it.
    learned.onDidChange(() => vscode.workspace.textDocuments.forEach(d => tracker.refresh(d.uri))),
    vscode.languages.registerHoverProvider({ scheme: '*' }, new ArticleHoverProvider(tracker, store, schemas, world)),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, mentions),
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, mentions),
    lenses,
    vscode.languages.registerCodeLensProvider(ARTICLE_SELECTOR, lenses),
  ];
}

/** The commands, the views' own registrations and the watchers of files changed on disk. */
function commandsAndWatchers(parts: Parts, context: vscode.ExtensionContext): vscode.Disposable[] {
  const { tracker, store, schemas, analysis, index, registry, problems, labelling, comparison } = parts;
  return [
    ...registerCommands(tracker, store, schemas),
    ...registerRelationCommands(store, schemas),
    ...registerAttributeCommands(store, schemas),
    labelling,
    comparison,
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, comparison, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    ...registerOrphanCommands(store),
    ...registerInterchangeCommands(store),
    ...registerSuggestionCommands(tracker, store),
    ...registerBatchAnalysis(tracker, store, analysis, schemas),
    ...watchYamlFiles(store, index, registry, schemas),
    ...watchGoneFiles(problems, store.flow.files),
    ...parts.annotations.disposables,
    ...registerEntitySearch(tracker, store.flow.files),
    ...parts.statusBar.disposables,
    ...registerRegistryCommands(tracker, registry),
    ...registerLinkCommands(tracker, store),
    ...registerLargeArticleCommand(tracker),
    registerLabelEveryOccurrence(store),
    registerSampleCommand(context.extensionUri),
    registerGitMerging(context, store.flow),
    registerWalkthroughCommand(context.extension.id),
  ];
}
