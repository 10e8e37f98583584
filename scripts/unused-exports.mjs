// Lists exports that no other file imports (`node scripts/unused-exports.mjs`, part of the lint stage), with
// the TypeScript compiler's own module resolution over the project (src, test, scripts). An export counts as
// used when another file imports it by name, takes it from a namespace import (`ns.name`), uses the whole
// namespace, or re-exports it under a name that is itself used. The entry points' exports are used by their
// hosts (VS Code, the `bin` script, the test runners). Exits with 1 and names each unused export.
import path from 'node:path';
import ts from 'typescript';
import { repoRoot } from './test-host/paths.mjs';

/** Files whose exports their host calls: VS Code, bin/article-annotator.js, the editor and web test runners. */
const ENTRY_POINTS = [
  'src/extension.node.ts',
  'src/extension.web.ts',
  'src/cli/main.ts',
  'test/editor/index.ts',
  'test/web/index.ts',
  'test/editor/testExtension.node.ts',
  'test/editor/testExtension.web.ts',
].map(f => path.join(repoRoot, f));

function createProgram() {
  const configFile = ts.findConfigFile(repoRoot, ts.sys.fileExists, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot);
  return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
}

const program = createProgram();
const checker = program.getTypeChecker();
const ours = program.getSourceFiles().filter(f => !f.isDeclarationFile && !f.fileName.includes('/node_modules/'));
const isOurs = new Set(ours.map(f => f.fileName));

/** The project file a module specifier leads to, or undefined for a package. */
function moduleFile(specifier) {
  const symbol = checker.getSymbolAtLocation(specifier);
  const file = symbol?.valueDeclaration?.getSourceFile?.() ?? symbol?.declarations?.[0]?.getSourceFile?.();
  return file && isOurs.has(file.fileName) ? file.fileName : undefined;
}

function exportsOf(fileName) {
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(fileName));
  return symbol ? checker.getExportsOfModule(symbol).map(s => s.name) : [];
}

const used = new Set(); // `${file}#${name}`
const forwards = new Map(); // `${file}#${name}` -> keys it re-exports
const addForward = (from, to) => forwards.set(from, [...(forwards.get(from) ?? []), to]);
const useAll = file => exportsOf(file).forEach(name => used.add(`${file}#${name}`));

for (const source of ours) {
  const namespaces = new Map(); // local name -> module file
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const target = moduleFile(statement.moduleSpecifier);
      if (!target) continue;
      const { name, namedBindings } = statement.importClause;
      if (name) used.add(`${target}#default`);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) namespaces.set(namedBindings.name.text, target);
      else if (namedBindings)
        for (const element of namedBindings.elements)
          used.add(`${target}#${(element.propertyName ?? element.name).text}`);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const target = moduleFile(statement.moduleSpecifier);
      if (!target) continue;
      if (!statement.exportClause)
        for (const name of exportsOf(target)) addForward(`${source.fileName}#${name}`, `${target}#${name}`);
      else if (ts.isNamedExports(statement.exportClause))
        for (const element of statement.exportClause.elements)
          addForward(
            `${source.fileName}#${element.name.text}`,
            `${target}#${(element.propertyName ?? element.name).text}`,
          );
    }
  }
  if (namespaces.size === 0) continue;
  const visit = node => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      namespaces.has(node.expression.text)
    ) {
      used.add(`${namespaces.get(node.expression.text)}#${node.name.text}`);
      return;
    }
    if (ts.isIdentifier(node) && namespaces.has(node.text) && !ts.isNamespaceImport(node.parent))
      useAll(namespaces.get(node.text)); // the namespace object itself is passed on
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
}

for (const entry of ENTRY_POINTS) useAll(entry);
// Re-exports carry use on to what they re-export.
const queue = [...used];
while (queue.length > 0) {
  for (const next of forwards.get(queue.pop()) ?? [])
    if (!used.has(next)) {
      used.add(next);
      queue.push(next);
    }
}

const unused = ours.flatMap(source =>
  exportsOf(source.fileName)
    .filter(name => !used.has(`${source.fileName}#${name}`))
    .map(name => `${path.relative(repoRoot, source.fileName)}: ${name}`),
);
if (unused.length > 0) {
  console.error(`Exports no other file uses (remove the export, or the code):\n  ${unused.join('\n  ')}`);
  process.exit(1);
}
console.log(`No unused exports in ${ours.length} files.`);
