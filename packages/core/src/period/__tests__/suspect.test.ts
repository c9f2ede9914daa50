import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findSuspectPeriod} from '../index.js';

test('flags quarters, halves and fiscal parts that do not exist', () => {
  assert.deepEqual(findSuspectPeriod('Q5 2024'), {index: 0, length: 2, raw: 'Q5', message: 'Unknown quarter "Q5": quarters are Q1–Q4'});
  assert.deepEqual(findSuspectPeriod('Ship it in Q0 2024'), {index: 11, length: 2, raw: 'Q0', message: 'Unknown quarter "Q0": quarters are Q1–Q4'});
  assert.equal(findSuspectPeriod("Q7'24")?.raw, 'Q7');
  assert.equal(findSuspectPeriod('2024 Q5')?.message, 'Unknown quarter "Q5": quarters are Q1–Q4');
  assert.deepEqual(findSuspectPeriod('H3 2024'), {index: 0, length: 2, raw: 'H3', message: 'Unknown half "H3": halves are H1–H2'});
  assert.equal(findSuspectPeriod('2024-H3')?.message, 'Unknown half "H3": halves are H1–H2');
  assert.deepEqual(findSuspectPeriod('### FY23 Q7'), {index: 4, length: 7, raw: 'FY23 Q7', message: 'Unknown quarter "Q7": quarters are Q1–Q4'});
  assert.equal(findSuspectPeriod('Q6 FY24')?.raw, 'Q6 FY24');
  assert.equal(findSuspectPeriod('2024年第五季度')?.raw, '2024年第五季度');
});

test('flags impossible months and days', () => {
  assert.deepEqual(findSuspectPeriod('2024-13'), {index: 0, length: 7, raw: '2024-13', message: 'Invalid month "13" in "2024-13": months are 01–12'});
  assert.equal(findSuspectPeriod('Released 2024-00.')?.raw, '2024-00');
  assert.equal(findSuspectPeriod('2023-02-29')?.message, 'Invalid date "2023-02-29": February 2023 has 28 days');
  assert.equal(findSuspectPeriod('2024-04-31')?.message, 'Invalid date "2024-04-31": April 2024 has 30 days');
  assert.equal(findSuspectPeriod('2024.13.01')?.raw, '2024.13.01');
  assert.equal(findSuspectPeriod('Feb 30, 2024')?.message, 'Invalid date "Feb 30, 2024": February 2024 has 29 days');
  assert.equal(findSuspectPeriod('31 June 2024')?.raw, '31 June 2024');
  assert.equal(findSuspectPeriod('2024年13月')?.raw, '2024年13月');
});

test('flags misspelled months and quarters, and five-digit years', () => {
  assert.deepEqual(findSuspectPeriod('Febuary 2020'), {index: 0, length: 7, raw: 'Febuary', message: 'Unknown month "Febuary": did you mean "February"?'});
  assert.equal(findSuspectPeriod('due Septmber 15, 2021')?.raw, 'Septmber');
  assert.equal(findSuspectPeriod('Ocotber 2019')?.message, 'Unknown month "Ocotber": did you mean "October"?');
  assert.equal(findSuspectPeriod('Decenber 2019')?.message, 'Unknown month "Decenber": did you mean "December"?');
  assert.deepEqual(findSuspectPeriod('Quartr 3'), {index: 0, length: 8, raw: 'Quartr 3', message: 'Unknown word "Quartr": did you mean "Quarter"?'});
  assert.equal(findSuspectPeriod('Qaurter 2 2024')?.raw, 'Qaurter 2');
  assert.equal(findSuspectPeriod('Q3 20245')?.message, 'Invalid year "20245" in "Q3 20245": years have four digits');
});

test('reports the leftmost suspect', () => {
  assert.equal(findSuspectPeriod('H3 2024 and Q5 2024')?.raw, 'H3');
  assert.equal(findSuspectPeriod('Q9 2024 and H3 2024')?.raw, 'Q9');
});

test('null for every valid period', () => {
  for (const text of [
    'Q4 2019', '2019 Q4', '2019Q4', '2019-Q4', 'Q3, 2020', 'Q3 / 2021', "Q4'19", '4Q19', 'Q1 of 2024', 'first quarter of 2024', 'Quarter 3 2021',
    'Q4 2019 (October, November, December)', 'FY23 Q2', 'Q2 FY23', 'FY2023 Q2', 'FY23', 'CY23', 'CY2023 Q1', 'H1 2024', '2024 H1', '1H24',
    '2025h1', "H2'23", 'first half of 2024', '2H 2024', '2022', '2022/2023', '2022-2023', '2022–2024', '2022-23', 'November 2018', 'Nov. 2018',
    '2018-11', '11/2018', 'Jul-Sep 2021', 'July to September 2021', 'Oct 2023 – Jan 2024', 'Feb 15, 2018', '15 Feb 2018',
    'February 15th, 2018', '2018-02-15', '2018.02.15', '2018/02/15', 'Feb 29, 2024', 'early 2019', 'mid-2019', 'late 2019',
    'by June 2025', 'mid-April 2025', '2024年第一季度', '2024年3月', '2018年2月15日', '2024年上半年', 'After Q2 2024', 'Quarter 4 2019',
  ]) {
    assert.equal(findSuspectPeriod(text), null, text);
  }
});

test('null for ordinary prose, versions and numbers', () => {
  for (const text of [
    'Python 3.8 support', 'TensorFlow 2.0 Is Coming', 'Match 2020 results', 'Marsh 2020', 'Mary 2020', 'Quarters 3 and 4 of 2024',
    'the 2024/25 season', 'Kubernetes 1.24, 1.25, 1.26', 'H3 headings are styled', 'Q5 is a model name', 'top 10 requests',
    'Roadmap 2022', 'Qdrant 2023 Roadmap', 'Release 2024.13', 'issue #2024-13', 'Quartet 3', 'Juniper 2020 summit', '',
  ]) {
    assert.equal(findSuspectPeriod(text), null, text);
  }
});
