import {expect} from '@open-wc/testing';
import {DatasetError} from '../../src/data/errors.js';
import {hostContentFor, hostContentForProgram, loadOverlay, normaliseOverlayUrl, parseOverlay, validateOverlay} from '../../src/data/overlay.js';
import type {HostOverlay} from '../../src/data/overlay-types.js';

const sample = async (): Promise<HostOverlay> => (await fetch('/demo/hosts/north-shore-overlay.json')).json();

function refused(value: unknown): DatasetError {
  try {
    validateOverlay(value, 'test.json');
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the overlay to be refused');
}

describe('host content (overlay) in the data layer', () => {
  it('accepts the demo overlay, loaded once per page like a dataset file', async () => {
    const url = new URL('/demo/hosts/north-shore-overlay.json', location.href).href;
    const [a, b] = await Promise.all([loadOverlay(url), loadOverlay(url)]);
    expect(a).to.equal(b);
    expect(a.host.name).to.equal('North Shore Technical College');
  });

  it("merges an occupation's own entry, its SOC entry and its programs' entries, without repeats", async () => {
    const overlay = await sample();
    const content = hostContentFor(overlay, {code: '29-9021.00', soc: '29-9021', programs: [{cip: '51.0707'}, {cip: '51.2706'}]})!;
    expect(content.host.name).to.equal('North Shore Technical College');
    expect(content.programs.map((p) => p.name)).to.deep.equal(['Health Information Technology']);
    expect(content.certifications.map((c) => c.issuer)).to.deep.equal(['AHIMA', 'NCRA']);
    expect(content.wages[0]!.median).to.equal(63500);
    expect(hostContentFor(overlay, {code: '15-1252.00', soc: '15-1252', programs: []})).to.equal(null);
    expect(hostContentForProgram(overlay, '51.0713')!.programs[0]!.name).to.equal('Medical Coding');
  });

  const bad: [string, (o: any) => void, RegExp][] = [
    [
      'a javascript: link',
      (o) => (o.programs['51.0707'].programs[0].url = 'JaVaScRiPt:alert(1)'),
      /programs\.51\.0707\.programs\[0\]\.url: .* not an absolute https, http or mailto link/,
    ],
    ['a link with credentials', (o) => (o.host.url = 'https://user:pass@evil.example/'), /host\.url/],
    [
      'an http video',
      (o) => (o.occupations['29-9021'].videos = [{url: 'http://example.com/v.mp4', title: 'x'}]),
      /videos\[0\]\.url: .* not an absolute https URL/,
    ],
    ['percentiles out of order', (o) => (o.occupations['29-9021'].wages[0].p25 = 99999), /wages\[0\]: percentiles are out of order/],
    ['a wage row without figures', (o) => (o.occupations['29-9021'].wages = [{label: 'x', source: 'y', date: '2026'}]), /needs a median/],
    ['a wage of 1e309', (o) => (o.occupations['29-9021'].wages[0].median = Infinity), /median/],
    ['a bad occupation key', (o) => (o.occupations['nurse'] = {}), /unexpected key "nurse"/],
    ['a CIP key without its zero', (o) => (o.programs['1.0000'] = {}), /unexpected key "1\.0000"/],
    ['a title that is not text', (o) => (o.programs['51.0707'].programs[0].name = {toString: 1}), /name: expected text/],
    ['a 10,000-character name', (o) => (o.host.name = 'x'.repeat(10_000)), /host\.name: text longer than 500/],
    ['a bad date', (o) => (o.updated = 'last fall'), /updated: "last fall" is not a date/],
  ];
  for (const [what, edit, message] of bad) {
    it(`refuses ${what}, saying where`, async () => {
      const overlay = structuredClone(await sample()) as any;
      edit(overlay);
      const error = refused(overlay);
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.match(message);
    });
  }

  it('refuses other overlay versions, bad JSON, and non-http overlay URLs', async () => {
    expect(refused({overlayVersion: 2, host: {name: 'x'}}).kind).to.equal('version');
    for (const value of [null, [], 'abc', {}]) expect(refused(value).kind).to.equal('invalid');
    expect(
      await parseOverlay('{"overlayVersion": 1,', 'inline').then(
        () => null,
        (error: unknown) => error,
      ),
    )
      .to.be.instanceOf(DatasetError)
      .with.property('message')
      .match(/not valid JSON/);
    expect(() => normaliseOverlayUrl('javascript:alert(1)', location.href)).to.throw(DatasetError, /http or https/);
    expect(normaliseOverlayUrl('/x/overlay.json#top', 'https://college.example/p/')).to.equal('https://college.example/x/overlay.json');
  });

  // A college's overlay can be megabytes (its programs for every career): validating it must not freeze the page.
  it('validates a big overlay a slice at a time, each slice its own task (the same verdict as in one go)', async () => {
    const overlay = structuredClone(await sample()) as any;
    const entry = overlay.occupations['29-9021'];
    for (let i = 0; i < 1_000; i++) overlay.occupations[`29-${String(1000 + i)}`] = structuredClone(entry);
    const json = JSON.stringify(overlay);
    let tasks = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      tasks += 1;
      setTimeout(count);
    };
    setTimeout(count);
    const parsed = await parseOverlay(json, 'inline in <career-profile>');
    counting = false;
    expect(Object.keys(parsed.occupations!)).to.have.length(1_002);
    expect(tasks, 'tasks that ran while it was validated').to.be.at.least(3);
    overlay.occupations['29-1999'].wages[0].p25 = 99999;
    const error = await parseOverlay(JSON.stringify(overlay), 'inline').then(
      () => null,
      (e: unknown) => e as DatasetError,
    );
    expect(error!.message).to.equal(refused(overlay).message.replace('test.json', 'inline'));
  });

  /** A valid overlay of about `bytes`: the demo's entry for 29-9021 under as many occupation codes as it takes. */
  const overlayOfSize = async (bytes: number): Promise<string> => {
    const overlay = structuredClone(await sample()) as any;
    const entry = overlay.occupations['29-9021'];
    const size = JSON.stringify(entry).length + 16;
    for (let i = 0; JSON.stringify(overlay).length + size < bytes; i++) {
      for (let j = 0; j < 100; j++)
        overlay.occupations[`${String(11 + (i % 80)).padStart(2, '0')}-${String(1000 + ((i * 100 + j) % 9000))}.${String(i % 100).padStart(2, '0')}`] = entry;
    }
    return JSON.stringify(overlay);
  };
  const blobUrl = (json: string) => URL.createObjectURL(new Blob([json], {type: 'application/json'}));

  // Reading and parsing an overlay is one task that cannot be split: the cap keeps that task short.
  it('refuses an overlay over the 2 MB size cap, inline and by URL, saying so', async () => {
    const json = await overlayOfSize(2.2 * 1024 * 1024);
    expect(() => JSON.parse(json)).not.to.throw(); // a valid overlay, refused only for its size
    const inline = await parseOverlay(json, 'inline').then(
      () => null,
      (e: unknown) => e as DatasetError,
    );
    expect(inline).to.be.instanceOf(DatasetError);
    expect(inline!.kind).to.equal('invalid');
    expect(inline!.message).to.match(/^The host content \(overlay\) inline is larger than 2 MB; the most a host content \(overlay\) file may be/);
    const url = blobUrl(json);
    const byUrl = await loadOverlay(url).then(
      () => null,
      (e: unknown) => e as DatasetError,
    );
    expect(byUrl).to.be.instanceOf(DatasetError);
    expect(byUrl!.kind).to.equal('invalid');
    expect(byUrl!.message).to.equal(`${url} is larger than 2 MB; the most a host content (overlay) file may be, so that reading it never freezes the page.`);
  });

  it('accepts an overlay just under the size cap, inline and by URL', async () => {
    const json = await overlayOfSize(1.9 * 1024 * 1024);
    expect(json.length).to.be.above(1.8 * 1024 * 1024);
    const count = Object.keys(JSON.parse(json).occupations).length;
    expect(Object.keys((await parseOverlay(json, 'inline')).occupations!)).to.have.length(count);
    expect(Object.keys((await loadOverlay(blobUrl(json))).occupations!)).to.have.length(count);
  });

  it('keeps translation hooks for occupation titles and descriptions', async () => {
    const overlay = structuredClone(await sample()) as any;
    overlay.occupations['29-9021'].translations = {es: {title: 'Tecnólogos de información de salud', description: '…'}, 'es-US': {title: 'x'}};
    expect(validateOverlay(overlay, 'x').occupations!['29-9021']!.translations!.es!.title).to.contain('Tecnólogos');
    overlay.occupations['29-9021'].translations = {'<script>': {title: 'x'}};
    expect(refused(overlay).message).to.match(/unexpected key/);
  });
});
