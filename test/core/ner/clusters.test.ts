import * as assert from 'assert';
import { WordClusters } from '../../../src/core/ner/clusters';
import { formatClusterFile, parseClusterFile } from '../../../src/training/clusterFile';

// Invented words in a two-level tree of four branches: leaves 0-15, coarse clusters 0-3.
const leaves: string[][] = Array.from({ length: 16 }, () => []);
leaves[0] = ['varnholt', 'quellmark'];
leaves[1] = ['dresmore'];
leaves[6] = ['tamberlin'];
leaves[15] = ['ostrevan', 'plimbury', 'zorvane'];

describe('WordClusters', () => {
  const clusters = WordClusters.fromLeaves(leaves, 2);

  it('finds a word by the line of its leaf', () => {
    assert.strictEqual(clusters.leaf('varnholt'), 0);
    assert.strictEqual(clusters.leaf('quellmark'), 0);
    assert.strictEqual(clusters.leaf('dresmore'), 1);
    assert.strictEqual(clusters.leaf('tamberlin'), 6);
    assert.strictEqual(clusters.leaf('zorvane'), 15);
    assert.strictEqual(clusters.size, 7);
  });

  it('gives coarser clusters as prefixes of the leaf path', () => {
    assert.strictEqual(clusters.cluster('dresmore', 1), 0);
    assert.strictEqual(clusters.cluster('varnholt', 1), 0);
    assert.strictEqual(clusters.cluster('tamberlin', 1), 1);
    assert.strictEqual(clusters.cluster('tamberlin', 2), 6);
    assert.strictEqual(clusters.cluster('plimbury', 1), 3);
  });

  it('gives the leaf for levels below the tree', () => {
    assert.strictEqual(clusters.cluster('tamberlin', 3), 6);
  });

  it('answers -1 for words it does not hold, whatever the level', () => {
    assert.strictEqual(clusters.leaf('glimmerford'), -1);
    assert.strictEqual(clusters.cluster('glimmerford', 1), -1);
    assert.strictEqual(clusters.cluster('Varnholt', 2), -1, 'the table is in lower case; callers lower the word');
    assert.strictEqual(WordClusters.empty().leaf('varnholt'), -1);
  });

  it('refuses words that would break the text form', () => {
    assert.throws(() => WordClusters.fromLeaves([['two words']], 1), /bad word/);
    assert.throws(() => WordClusters.fromLeaves([['Capital']], 1), /bad word/);
    assert.throws(() => WordClusters.fromLeaves([['']], 1), /bad word/);
  });
});

describe('word cluster file', () => {
  it('round-trips the leaves and the depth through its header line', () => {
    const text = formatClusterFile(leaves, 2, { source: 'invented' });
    const back = parseClusterFile(text);
    assert.strictEqual(back.depth, 2);
    assert.strictEqual(back.text, WordClusters.fromLeaves(leaves, 2).text);
    assert.strictEqual(back.cluster('tamberlin', 2), 6);
    assert.strictEqual(back.leaf('zorvane'), 15);
  });

  it('rejects a tree with another number of branches', () => {
    assert.throws(() => parseClusterFile('{"depth":2,"branches":2}\nvarnholt\n'), /branches/);
  });
});
