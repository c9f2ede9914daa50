import {test} from 'node:test';
import assert from 'node:assert/strict';
import {XmlError, parseXml} from './xml-check.js';

test('the checker reads a well-formed document, decoding text and attributes', () => {
  const root = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; &#60;2&#x3E;"><b>t &lt;&apos;&quot;&gt;</b><c/><![CDATA[<raw>]]></a>\n');
  assert.equal(root.name, 'a');
  assert.equal(root.attributes.x, '1 & <2>');
  assert.deepEqual(root.children.map((c) => c.name), ['b', 'c']);
  assert.equal(root.children[0]!.text, 't <\'">');
  assert.equal(root.text, '<raw>');
});

test('the checker refuses what is not well-formed XML', () => {
  const bad = [
    '<a><b></a></b>', // crossed
    '<a>', // unclosed
    '<a/><b/>', // two roots
    '<a>x & y</a>', // bare ampersand
    '<a>&nbsp;</a>', // entity XML does not define
    '<a>&#0;</a>', // reference to a forbidden character
    '<a x=1/>', // unquoted attribute
    '<a x="<"/>', // "<" in an attribute
    '<a x="1" x="2"/>', // duplicate attribute
    '<a>]]></a>', // CDATA end in text
    '<a>\u0000</a>', // forbidden character
    '<a>\ud800</a>', // lone surrogate
    'text<a/>', // text outside the root
    '<!DOCTYPE a><a/>',
    '',
  ];
  for (const source of bad) assert.throws(() => parseXml(source), XmlError, JSON.stringify(source));
});
