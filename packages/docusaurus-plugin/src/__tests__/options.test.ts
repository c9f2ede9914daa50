import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {DEFAULT_OPTIONS} from '../options.js';
import {normalize} from './helpers.js';

describe('validateOptions', () => {
  test('fills every default and the id', () => {
    const options = normalize({});
    assert.equal(options.id, 'default');
    assert.equal(options.path, DEFAULT_OPTIONS.path);
    assert.equal(options.routeBasePath, 'roadmap');
    assert.equal(options.onLintIssue, 'warn');
    assert.equal(options.fiscalYearStartMonth, 1);
    assert.equal(options.timelineComponent, '@theme/RoadmapTimelinePage');
    assert.equal(options.parseWorkers, 'auto');
  });

  test('keeps given values', () => {
    const options = normalize({id: 'second', routeBasePath: '/plans/', fiscalYearStartMonth: 10, onLintIssue: 'throw', themes: {docs: {label: 'Docs', aliases: ['Documentation']}}});
    assert.equal(options.id, 'second');
    assert.equal(options.fiscalYearStartMonth, 10);
    assert.equal(options.onLintIssue, 'throw');
    assert.deepEqual(options.themes.docs, {label: 'Docs', aliases: ['Documentation']});
    assert.equal(normalize({parseWorkers: 0}).parseWorkers, 0);
    assert.equal(normalize({parseWorkers: 3}).parseWorkers, 3);
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['fiscalYearStartMonth', {fiscalYearStartMonth: 13}, /"fiscalYearStartMonth" must be less than or equal to 12/],
    ['onLintIssue', {onLintIssue: 'loud'}, /"onLintIssue" must be one of \[ignore, log, warn, throw\]/],
    ['defaultZoom', {defaultZoom: 'week'}, /"defaultZoom" must be one of \[auto, month, quarter, half, year\]/],
    ['include', {include: []}, /"include" must contain at least 1 items/],
    ['themes key', {themes: {'Bad Id': {}}}, /"themes\.Bad Id" is not allowed|lowercase theme id/],
    ['theme color', {themes: {docs: {color: 'url(x)'}}}, /"themes\.docs\.color" must be a CSS color/],
    ['timelineComponent', {timelineComponent: 'Timeline'}, /"timelineComponent" must be a module path/],
    ['editUrl', {editUrl: 42}, /"editUrl" must be a URL string or a function/],
    ['parseWorkers', {parseWorkers: 'many'}, /"parseWorkers" must be "auto" or a whole number of worker threads from 0 to 64/],
    ['parseWorkers count', {parseWorkers: 2.5}, /"parseWorkers" must be "auto" or a whole number of worker threads from 0 to 64/],
    ['parseWorkers range', {parseWorkers: -1}, /"parseWorkers" must be "auto" or a whole number/],
    ['unknown option', {colour: 'red'}, /"colour" is not an option of docusaurus-plugin-roadmark/],
  ];
  for (const [name, options, message] of invalid) {
    test(`rejects a bad ${name}, naming the option`, () => {
      assert.throws(() => normalize(options as never), message);
    });
  }
});
