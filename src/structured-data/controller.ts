import type {ReactiveController} from 'lit';
import type {OccupationData} from '../data/dataset.js';
import type {CareerElement} from '../internal/career-element.js';
import type {SchemaOptions} from './occupation-schema.js';

/** What an element offering `structured-data` gives the controller. */
export interface StructuredDataHost extends CareerElement {
  structuredData: boolean;
  readonly shownData: OccupationData | undefined;
}

const SCRIPT = ':scope > script[data-career-widgets="structured-data"]';

/**
 * Google reads one `Occupation` per page: the first connected element that wants JSON-LD owns the page's block.
 * The others wait in the order they asked, and the next one takes over when the owner turns it off or leaves.
 */
const waiting = new Set<StructuredDataController>();
let owner: StructuredDataController | undefined;

let noted = false;

/**
 * Keeps the element's JSON-LD in step with what it shows. The code that builds and writes it is a lazy chunk,
 * loaded only when an element on the page has `structured-data`.
 */
export class StructuredDataController implements ReactiveController {
  /** What the last write was asked for (occupation and options); empty when nothing is written or asked. */
  #asked = '';

  constructor(
    private readonly host: StructuredDataHost,
    private readonly options: () => SchemaOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const {host} = this;
    if (!host.structuredData || !host.isConnected) return this.#release();
    waiting.add(this);
    if (owner && owner !== this) return this.#noteSecond();
    owner = this;
    const data = host.shownData;
    if (host.state !== 'complete' || !data) return; // loading: the block shown stays until the new data is in
    const key = JSON.stringify([data.occupation.code, this.options()]);
    if (key === this.#asked) return;
    this.#asked = key;
    import('./write.js')
      .then(({writeStructuredData}) => {
        // The element may have turned it off, left, or changed what it shows while the writer was loading.
        if (owner !== this || this.#asked !== key) return;
        writeStructuredData(host, data, this.options());
      })
      .catch((error: unknown) => console.warn('[career-widgets] structured-data could not be written:', error));
  }

  hostDisconnected(): void {
    this.#release();
  }

  /** Gives up the block (and the place in line); the next element that wants it takes over. */
  #release(): void {
    waiting.delete(this);
    if (this.#asked) {
      this.host.querySelector(SCRIPT)?.remove();
      this.#asked = '';
    }
    if (owner !== this) return;
    owner = undefined;
    const next = [...waiting].find((controller) => controller.host.isConnected);
    next?.host.requestUpdate();
  }

  #noteSecond(): void {
    if (noted) return;
    noted = true;
    console.info(
      `[career-widgets] structured-data: only one Occupation per page is allowed (Google's rule); <${this.host.localName}> adds none while another element shows one.`,
    );
  }
}
