// How firmly a title belongs to its occupation (data/pipeline/title-strength.ts), on hand-made evidence.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseTitleEvidence} from '../../data/pipeline/sources/onet-titles.js';
import {titleStrengths} from '../../data/pipeline/title-strength.js';

const ALTERNATE = 'O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n';
const REPORTED = 'O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n';

test('evidence: sources counted per title, reported and shown flags from the reported titles', () => {
  const evidence = parseTitleEvidence(
    `${ALTERNATE}29-1141.00\tRegistered Nurse (RN)\tRN\t02,03,04,06,08,09,10\n29-1141.03\tRegistered Nurse (RN)\tRN\t02,10\n`,
    `${REPORTED}29-1141.00\tStaff Nurse\tY\n29-1141.03\tNurse\tN\n`,
  );
  assert.deepEqual(evidence.get('29-1141.00')?.get('registered nurse (rn)'), {sources: 7, reported: false, shown: false});
  assert.deepEqual(evidence.get('29-1141.00')?.get('staff nurse'), {sources: 0, reported: true, shown: true});
  assert.deepEqual(evidence.get('29-1141.03')?.get('nurse'), {sources: 0, reported: true, shown: false});
});

test('strength: a title several occupations share leads to the one O*NET ties it to most firmly', () => {
  const evidence = parseTitleEvidence(
    `${ALTERNATE}29-1141.00\tRegistered Nurse (RN)\tRN\t02,03,04,06,08,09,10\n29-1141.03\tRegistered Nurse (RN)\tRN\t02,10\n` +
      `31-1131.00\tCertified Nursing Assistant (CNA)\tCNA\t02,04,06,08,10\n29-9093.00\tCertified Nursing Assistant (CNA)\tCNA\t10\n`,
    `${REPORTED}31-1131.00\tCertified Nursing Assistant (CNA)\tY\n`,
  );
  const [rn, criticalCare, nursingAssistants, surgicalAssistants] = titleStrengths(
    [
      {code: '29-1141.00', title: 'Registered Nurses', alternateTitles: ['Registered Nurse (RN)']},
      {code: '29-1141.03', title: 'Critical Care Nurses', alternateTitles: ['Registered Nurse (RN)']},
      {code: '31-1131.00', title: 'Nursing Assistants', alternateTitles: ['Certified Nursing Assistant (CNA)']},
      {code: '29-9093.00', title: 'Surgical Assistants', alternateTitles: ['Certified Nursing Assistant (CNA)']},
    ],
    evidence,
  );
  assert.deepEqual([rn, criticalCare], [[3], [1]]);
  assert.deepEqual([nursingAssistants, surgicalAssistants], [[3], [0]]);
});

test("strength: words in another occupation's own title or shown title outrank a one-source alternate title", () => {
  const evidence = parseTitleEvidence(
    `${ALTERNATE}43-6014.00\tPolice\tn/a\t08\n43-3071.00\tCashier\tn/a\t04\n41-2011.00\tCashier\tn/a\t02,04,06,10\n`,
    `${REPORTED}33-3051.00\tPolice Officer\tY\n41-2011.00\tCashier\tY\n`,
  );
  const strengths = titleStrengths(
    [
      {code: '33-3051.00', title: "Police and Sheriff's Patrol Officers", alternateTitles: ['Police Officer']},
      {code: '43-6014.00', title: 'Secretaries and Administrative Assistants', alternateTitles: ['Police']},
      {code: '41-2011.00', title: 'Cashiers', alternateTitles: ['Cashier']},
      {code: '43-3071.00', title: 'Tellers', alternateTitles: ['Cashier']},
    ],
    evidence,
  );
  assert.deepEqual(strengths, [[3], [0], [3], [0]]);
});

test('strength: occupations tied alike to a title stay equals; one source is less certain than several', () => {
  const evidence = parseTitleEvidence(
    `${ALTERNATE}25-2021.00\tTeacher\tn/a\t02,04,06,10\n25-2031.00\tTeacher\tn/a\t02,04,06\n29-2072.00\tCoder\tn/a\t02\n29-2072.00\tHealth Information Coder\tn/a\t04,08\n`,
    `${REPORTED}25-2021.00\tTeacher\tY\n25-2031.00\tTeacher\tY\n`,
  );
  const strengths = titleStrengths(
    [
      {code: '25-2021.00', title: 'Elementary School Teachers', alternateTitles: ['Teacher']},
      {code: '25-2031.00', title: 'Secondary School Teachers', alternateTitles: ['Teacher']},
      {code: '29-2072.00', title: 'Medical Records Specialists', alternateTitles: ['Coder', 'Health Information Coder', 'Abstractor']},
    ],
    evidence,
  );
  // Abstractor: in neither file here, counted as one source.
  assert.deepEqual(strengths, [[3], [3], [1, 2, 1]]);
});
