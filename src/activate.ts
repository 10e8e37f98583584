import * as vscode from 'vscode';
import { ArticleAnalysis, EntityModelLoader } from './editor/analysis';
import { AnnotationsView, registerAnnotationsView } from './editor/annotationsView';
import { ARTICLE_SELECTOR } from './editor/articleFilter';
import { ArticleTracker } from './editor/articles';
import { registerBatchAnalysis } from './editor/batchAnalysis';
import { registerCommands } from './editor/commands';
import { DecorationPainter } from './editor/decorations';
import { registerEntitySearch } from './editor/entitySearch';
import { ArticleHoverProvider } from './editor/hovers';
import { registerInterchangeCommands } from './editor/interchange';
import { KnowledgeService } from './editor/knowledge';
import { registerLabelEveryOccurrence } from './editor/labelEveryOccurrence';
import { EntityMentionProvider } from './editor/mentions';
import { registerOrphanCommands } from './editor/orphans';
import { EntityOutlineProvider } from './editor/outline';
import { ProblemReporter } from './editor/problems';
import { registerRegistryCommands } from './editor/registryCommands';
import { RegistryStore } from './editor/registryStore';
import { ReplaceFile } from './editor/sidecarFiles';
import { SidecarStore } from './editor/sidecarStore';
import { createStatusBar } from './editor/statusBar';
import { watchYamlFiles } from './editor/sidecarWatcher';
import { registerSuggestionCommands } from './editor/suggestions';
import { registerSampleCommand } from './editor/walkthrough';
import { WorkspaceIndex } from './editor/workspaceIndex';

/** What `activate` returns: the pieces integration tests observe. */
export interface ArticleAnnotatorApi {
  tracker: ArticleTracker;
  store: SidecarStore;
  painter: DecorationPainter;
  registry: RegistryStore;
  knowledge: KnowledgeService;
  index: WorkspaceIndex;
  annotationsView: AnnotationsView;
  statusBar: vscode.StatusBarItem;
  /** Milliseconds `activateExtension` took; reported by the tests next to the benchmark figures. */
  activationMs: number;
}

/**
 * Shared activation for the Node and browser builds. Cheap by design: it only wires objects together;
 * the entity model is read on first analysis and sidecars when their article opens.
 */
export function activateExtension(context: vscode.ExtensionContext, replaceFile: ReplaceFile): ArticleAnnotatorApi {
  const started = performance.now();
  const problems = new ProblemReporter();
  const store = new SidecarStore(problems, replaceFile);
  const analysis = new ArticleAnalysis(new EntityModelLoader(context.extensionUri));
  const painter = new DecorationPainter();
  const registry = new RegistryStore(replaceFile);
  const index = new WorkspaceIndex(store);
  const knowledge = new KnowledgeService(registry, index);
  const tracker = new ArticleTracker(analysis, store, painter, knowledge);
  const annotations = registerAnnotationsView(index, store);
  const statusBar = createStatusBar(tracker);
  const mentions = new EntityMentionProvider(tracker);
  context.subscriptions.push(
    problems, store, analysis, painter, registry, index, knowledge, tracker,
    vscode.languages.registerHoverProvider({ scheme: '*' }, new ArticleHoverProvider(tracker, store)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new EntityOutlineProvider(tracker), { label: 'Entities' }),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, mentions),
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, mentions),
    ...registerCommands(tracker, store),
    ...registerOrphanCommands(store),
    ...registerInterchangeCommands(store),
    ...registerSuggestionCommands(tracker, store),
    ...registerBatchAnalysis(tracker, store, analysis),
    ...watchYamlFiles(store, index, registry),
    ...annotations.disposables,
    ...registerEntitySearch(tracker),
    ...statusBar.disposables,
    ...registerRegistryCommands(tracker, registry),
    registerLabelEveryOccurrence(store),
    registerSampleCommand(context.extensionUri),
  );
  return {
    tracker, store, painter, registry, knowledge, index, annotationsView: annotations.view, statusBar: statusBar.item,
    activationMs: performance.now() - started,
  };
}
