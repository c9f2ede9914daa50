import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {displayTitle, roadmapSlug} from '../slug.js';

describe('names', () => {
  test('slugs from paths', () => {
    assert.equal(roadmapSlug('TensorFlow.md'), 'tensorflow');
    assert.equal(roadmapSlug('qdrant/Roadmap 2024.md'), 'qdrant/roadmap-2024');
    assert.equal(roadmapSlug('kubeflow/README.md'), 'kubeflow');
    assert.equal(roadmapSlug('README.md'), 'readme');
  });
  test('generic titles get the file name', () => {
    assert.equal(displayTitle('Roadmap', 'AllenNLP.md'), 'AllenNLP Roadmap');
    assert.equal(displayTitle('路标', 'MindSpore.md'), 'MindSpore 路标');
    assert.equal(displayTitle('Kubeflow 2019 roadmap', 'kubeflow/README.md'), 'Kubeflow 2019 roadmap');
    assert.equal(displayTitle(null, 'feast/README.md'), 'feast');
    assert.equal(displayTitle('Roadmap', 'roadmap.md', 'TensorFlow roadmap'), 'TensorFlow roadmap', 'a generic file name takes the instance title');
    assert.equal(displayTitle('Acme roadmap', 'roadmap.md', 'Roadmap'), 'Acme roadmap');
  });
});
