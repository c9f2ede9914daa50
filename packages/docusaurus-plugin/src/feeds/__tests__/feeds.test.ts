import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {FEED_FILES, renderAtom, renderJsonFeed, renderRss} from '../index.js';
import {HOSTILE, HOSTILE_CLEAN, hostileFeed, sampleFeed} from './fixtures.js';
import {child, findAll, parseXml, type XmlElement} from './xml-check.js';

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const textOf = (element: XmlElement | undefined, name: string): string | undefined => (element ? child(element, name)?.text : undefined);

/** The HTML of an entry, parsed (it is built as XHTML-compatible markup): which elements does it contain? */
function htmlElements(html: string): XmlElement {
  return parseXml(`<div>${html}</div>`);
}

function elementNames(root: XmlElement): string[] {
  return [...new Set([root.name, ...root.children.flatMap(elementNames)])].sort();
}

describe('RSS 2.0', () => {
  const xml = renderRss(sampleFeed());
  const rss = parseXml(xml);
  const channel = child(rss, 'channel')!;
  const items = findAll(rss, 'item');

  test('well-formed, with the required channel elements', () => {
    assert.equal(rss.name, 'rss');
    assert.equal(rss.attributes.version, '2.0');
    assert.equal(textOf(channel, 'title'), 'Acme roadmap changes');
    assert.equal(textOf(channel, 'link'), 'https://example.com/roadmap');
    assert.equal(textOf(channel, 'description'), 'What changed in the Acme roadmap, version by version.');
    assert.equal(textOf(channel, 'language'), 'en');
    assert.equal(textOf(channel, 'lastBuildDate'), 'Sun, 30 Jun 2024 00:00:00 GMT');
    const self = child(channel, 'atom:link')!;
    assert.deepEqual(self.attributes, {href: `https://example.com/roadmap/feeds/${FEED_FILES.rss}`, rel: 'self', type: 'application/rss+xml'});
  });

  test('one item per entry, newest first, with title, link, guid and description', () => {
    assert.deepEqual(items.map((item) => textOf(item, 'title')), ['1.2: 1 added, 1 rescheduled, 1 status change', '1.1: 1 retitled', '1.0: no changes']);
    assert.deepEqual(items.map((item) => textOf(item, 'link')), ['https://example.com/roadmap/versions/1.2', 'https://example.com/roadmap/versions/1.1', 'https://example.com/roadmap/versions/1.0']);
    assert.deepEqual(items.map((item) => [child(item, 'guid')!.attributes.isPermaLink, textOf(item, 'guid')]), [
      ['false', 'roadmap@1.2'],
      ['false', 'roadmap@1.1'],
      ['false', 'roadmap@1.0'],
    ]);
  });

  test('pubDate in RFC 822, left out for an undated version', () => {
    assert.deepEqual(items.map((item) => textOf(item, 'pubDate')), ['Sun, 30 Jun 2024 00:00:00 GMT', undefined, 'Tue, 05 Mar 2024 00:00:00 GMT']);
    for (const item of items) {
      const date = textOf(item, 'pubDate');
      if (date !== undefined) assert.match(date, RFC822);
    }
  });

  test('the description is an HTML list of the changes, links made absolute', () => {
    const html = htmlElements(textOf(items[0], 'description')!);
    assert.equal(textOf(html, 'p'), '1 added, 1 rescheduled, 1 status change');
    const list = findAll(html, 'li');
    assert.deepEqual(list.map((li) => child(li, 'a')?.attributes.href ?? null), ['https://example.com/roadmap#plugins', 'https://example.com/roadmap#sharding', null]);
    assert.deepEqual(list.map((li) => child(li, 'a')?.text ?? li.text), ['Added “Plugins” (2024 Q4)', '“Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3', '“Dark mode” done (was planned)']);
  });
});

describe('Atom 1.0', () => {
  const atom = parseXml(renderAtom(sampleFeed()));
  const entries = findAll(atom, 'entry');

  test('well-formed, with the required feed elements', () => {
    assert.equal(atom.name, 'feed');
    assert.equal(atom.attributes.xmlns, 'http://www.w3.org/2005/Atom');
    assert.equal(atom.attributes['xml:lang'], 'en');
    assert.equal(textOf(atom, 'id'), 'https://example.com/roadmap/feeds/atom.xml');
    assert.equal(textOf(atom, 'title'), 'Acme roadmap changes');
    assert.equal(textOf(atom, 'updated'), '2024-06-30T00:00:00Z');
    assert.equal(textOf(child(atom, 'author'), 'name'), 'Acme roadmap changes');
    const links = atom.children.filter((c) => c.name === 'link').map((l) => [l.attributes.rel, l.attributes.href]);
    assert.deepEqual(links, [
      ['self', 'https://example.com/roadmap/feeds/atom.xml'],
      ['alternate', 'https://example.com/roadmap'],
    ]);
  });

  test('entries: absolute ids, titles, links, RFC 3339 updated (an undated version borrows the newest date)', () => {
    assert.deepEqual(entries.map((e) => textOf(e, 'id')), [
      'https://example.com/roadmap/feeds/atom.xml#roadmap%401.2',
      'https://example.com/roadmap/feeds/atom.xml#roadmap%401.1',
      'https://example.com/roadmap/feeds/atom.xml#roadmap%401.0',
    ]);
    assert.deepEqual(entries.map((e) => textOf(e, 'updated')), ['2024-06-30T00:00:00Z', '2024-06-30T00:00:00Z', '2024-03-05T00:00:00Z']);
    for (const e of entries) {
      assert.match(textOf(e, 'updated')!, RFC3339);
      assert.ok(textOf(e, 'title'));
      assert.equal(child(e, 'content')!.attributes.type, 'html');
      assert.equal(child(e, 'link')!.attributes.rel, 'alternate');
    }
  });

  test('with no dated version at all, <updated> is 1970-01-01', () => {
    const feed = sampleFeed();
    feed.entries = feed.entries.map((e) => ({...e, date: null}));
    const undated = parseXml(renderAtom(feed));
    assert.deepEqual([undated, ...findAll(undated, 'entry')].map((e) => textOf(e, 'updated')), Array(4).fill('1970-01-01T00:00:00Z'));
  });

  test('an id that already is an IRI is kept', () => {
    const feed = sampleFeed();
    feed.entries = [{...feed.entries[0]!, id: 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66'}];
    assert.equal(textOf(findAll(parseXml(renderAtom(feed)), 'entry')[0], 'id'), 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66');
  });
});

describe('JSON Feed 1.1', () => {
  const json = renderJsonFeed(sampleFeed());

  test('top-level fields', () => {
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.title, 'Acme roadmap changes');
    assert.equal(json.home_page_url, 'https://example.com/roadmap');
    assert.equal(json.feed_url, 'https://example.com/roadmap/feeds/feed.json');
    assert.equal(json.language, 'en');
  });

  test('items: id, url, title, content_html, RFC 3339 date_published only when dated', () => {
    assert.deepEqual(json.items.map((item) => item.id), ['roadmap@1.2', 'roadmap@1.1', 'roadmap@1.0']);
    assert.deepEqual(json.items.map((item) => item.date_published), ['2024-06-30T00:00:00Z', undefined, '2024-03-05T00:00:00Z']);
    assert.ok(!('date_published' in json.items[1]!));
    for (const item of json.items) {
      assert.ok(item.title && item.content_html && item.url?.startsWith('https://example.com/'));
      htmlElements(item.content_html);
    }
  });

  test('the _roadmark extension carries the version, counts and changes', () => {
    assert.deepEqual(json.items[0]!._roadmark, {
      version: '1.2',
      summary: {total: 3, byKind: {added: 1, rescheduled: 1, status: 1, dropped: 0}},
      changes: [
        {kind: 'added', summary: 'Added “Plugins” (2024 Q4)', url: 'https://example.com/roadmap#plugins'},
        {kind: 'rescheduled', summary: '“Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3', url: 'https://example.com/roadmap#sharding'},
        {kind: 'status', summary: '“Dark mode” done (was planned)', url: null},
      ],
    });
  });

  test('survives JSON serialization unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });
});

describe('hostile roadmap text', () => {
  const feed = hostileFeed();

  for (const [name, render] of [
    ['RSS', renderRss],
    ['Atom', renderAtom],
  ] as const) {
    test(`${name}: well-formed, no raw markup, text comes back as written (minus forbidden characters)`, () => {
      const xml = render(feed);
      assert.ok(!/<script|<img|]]>/i.test(xml), 'no raw <script>, <img> or ]]>');
      assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe]/.test(xml), 'no forbidden control characters');
      const root = parseXml(xml);
      const title = name === 'RSS' ? textOf(child(root, 'channel'), 'title') : textOf(root, 'title');
      assert.equal(title, HOSTILE_CLEAN);
      const entry = findAll(root, name === 'RSS' ? 'item' : 'entry')[0]!;
      assert.equal(textOf(entry, 'title'), `${HOSTILE_CLEAN}: 1 added, 1 dropped`);
    });

    test(`${name}: the entry HTML holds the hostile text as text, and no unsafe link`, () => {
      const root = parseXml(render(feed));
      const entry = findAll(root, name === 'RSS' ? 'item' : 'entry')[0]!;
      const html = textOf(entry, name === 'RSS' ? 'description' : 'content')!;
      const tree = htmlElements(html);
      assert.deepEqual(elementNames(tree), ['a', 'div', 'li', 'p', 'ul']);
      const [first, second] = findAll(tree, 'li');
      assert.equal(child(first!, 'a'), undefined, 'javascript: link left out');
      assert.equal(first!.text, HOSTILE_CLEAN);
      assert.equal(child(second!, 'a')!.attributes.href, 'https://example.com/roadmap#%22%3E%3Cscript%3E');
      assert.equal(child(second!, 'a')!.text, '<img src=x onerror=alert(1)>');
    });
  }

  test('JSON Feed: HTML escaped, text cleaned, unsafe links left out', () => {
    const json = renderJsonFeed(feed);
    const [item] = json.items;
    assert.equal(json.title, HOSTILE_CLEAN);
    assert.equal(item!.id, HOSTILE_CLEAN);
    assert.ok(!/<script|<img/i.test(item!.content_html));
    const tree = htmlElements(item!.content_html);
    assert.equal(findAll(tree, 'li')[0]!.text, HOSTILE_CLEAN);
    assert.equal(item!._roadmark.changes[0]!.url, null);
    assert.equal(item!._roadmark.changes[0]!.summary, HOSTILE_CLEAN);
    assert.ok(!JSON.stringify(json).includes('\\u0000'));
  });

  test('the raw input really is hostile', () => {
    assert.notEqual(HOSTILE, HOSTILE_CLEAN);
    assert.throws(() => parseXml(`<t>${HOSTILE}</t>`));
  });
});

describe('determinism', () => {
  test('the same input renders to the same bytes, whatever the object identity', () => {
    assert.equal(renderRss(sampleFeed()), renderRss(structuredClone(sampleFeed())));
    assert.equal(renderAtom(sampleFeed()), renderAtom(structuredClone(sampleFeed())));
    assert.equal(JSON.stringify(renderJsonFeed(sampleFeed())), JSON.stringify(renderJsonFeed(structuredClone(sampleFeed()))));
  });

  test('dates are computed in UTC: weekdays and month boundaries are right', () => {
    const feed = sampleFeed();
    feed.entries = [
      {...feed.entries[0]!, date: '2024-02-29'},
      {...feed.entries[1]!, date: '2023-12-31'},
      {...feed.entries[2]!, date: '2024-13-01'}, // not a date: treated as undated
    ];
    const items = findAll(parseXml(renderRss(feed)), 'item');
    assert.deepEqual(items.map((item) => textOf(item, 'pubDate')), ['Thu, 29 Feb 2024 00:00:00 GMT', 'Sun, 31 Dec 2023 00:00:00 GMT', undefined]);
  });
});
