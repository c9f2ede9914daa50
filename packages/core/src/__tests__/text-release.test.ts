/** A release named inside an item's text (extract/text-release.ts): forms from ESP-IDF's and TensorFlow's roadmaps. */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {flattenItems, parseRoadmap} from '../index.js';

const releases = (text: string) => flattenItems(parseRoadmap(text).items).map((i) => [i.title, i.release]);

test("a version after the project's name in the title is the item's release", () => {
  const text = ['# ESP-IDF 项目路线图 2026', '', '* 发布 IDF v6.0', '* ESP-IDF v6.1 正在升级至 MbedTLS v4.x', '* 发布 IDF v5.2.7 和 IDF v5.2.8', '* 升级至 MbedTLS v4.x', '* 支持 ESP32-H4 芯片'].join('\n');
  assert.deepEqual(releases(text), [
    ['发布 IDF v6.0', 'v6.0'],
    // Another product's version ("MbedTLS v4.x") is not the project's.
    ['ESP-IDF v6.1 正在升级至 MbedTLS v4.x', 'v6.1'],
    // Two releases named: neither is the item's.
    ['发布 IDF v5.2.7 和 IDF v5.2.8', null],
    ['升级至 MbedTLS v4.x', null],
    ['支持 ESP32-H4 芯片', null],
  ]);
});

test("a release heading's name counts when the title names no project; a release from a heading or column wins", () => {
  const text = [
    '# Roadmap', '', '## TensorFlow 2.0 Is Coming', '', '* Eager execution by default', '', '## APIs', '',
    '* tf.contrib is discontinued with TensorFlow 2.0.', '* Support for Python 3.8', '* Support for Kubernetes 1.24', '', '## 2.1', '', '* Keras with TensorFlow 2.0 models',
  ].join('\n');
  assert.deepEqual(releases(text), [
    ['Eager execution by default', '2.0'],
    ['tf.contrib is discontinued with TensorFlow 2.0.', '2.0'],
    ['Support for Python 3.8', null],
    ['Support for Kubernetes 1.24', null],
    ['Keras with TensorFlow 2.0 models', '2.1'],
  ]);
});

test('no project name, no release from text: a bare version in prose stays unread', () => {
  assert.deepEqual(releases(['# Roadmap', '', '* Ship 2.0 of the client', '* Upgrade to Node 20.1'].join('\n')), [
    ['Ship 2.0 of the client', null],
    ['Upgrade to Node 20.1', null],
  ]);
});

test('"1.0 in the following release" under a 0.7 item names release 1.0 (Kubeflow); "(already 1.0)" says done', () => {
  const text = ['# Kubeflow roadmap', '', '## Kubeflow 0.7', '', '* kfctl to beta quality in 0.7', '  * 1.0 in the following release', '* TFJob and PyTorch (already 1.0)'].join('\n');
  const items = parseRoadmap(text).items;
  assert.deepEqual(flattenItems(items).map((i) => [i.title, i.release, i.status]), [
    ['kfctl to beta quality in 0.7', '0.7', null],
    ['1.0 in the following release', '1.0', null],
    ['TFJob and PyTorch (already 1.0)', '0.7', 'done'],
  ]);
});
