import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/internal/safe-url.js';

describe('safeUrl', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'https://user:pass@evil.example',
    '',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(null));
  }
  it('keeps https, http and mailto', () => {
    expect(safeUrl('https://www.onetcenter.org/')).to.equal('https://www.onetcenter.org/');
    expect(safeUrl('mailto:career@college.example')).to.equal('mailto:career@college.example');
  });
});
