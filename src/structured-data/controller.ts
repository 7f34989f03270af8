import type {ReactiveController} from 'lit';
import type {OccupationData} from '../data/dataset.js';
import type {CareerElement} from '../internal/career-element.js';
import type {SchemaOptions} from './occupation-schema.js';

/** What an element offering `structured-data` gives the controller. */
export interface StructuredDataHost extends CareerElement {
  structuredData: boolean;
  readonly shownData: OccupationData | undefined;
}

/**
 * Keeps the element's JSON-LD in step with what it shows. The code that builds and writes it is a lazy chunk,
 * loaded only when an element on the page has `structured-data`.
 */
export class StructuredDataController implements ReactiveController {
  #written = '';

  constructor(
    private readonly host: StructuredDataHost,
    private readonly options: () => SchemaOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const {host} = this;
    const data = host.shownData;
    if (!host.structuredData || host.state !== 'complete' || !data) {
      if (!host.structuredData && this.#written) {
        host.querySelector(':scope > script[data-career-widgets="structured-data"]')?.remove();
        this.#written = '';
      }
      return;
    }
    const options = this.options();
    const key = JSON.stringify([data.occupation.code, options]);
    if (key === this.#written) return;
    this.#written = key;
    import('./write.js')
      .then(({writeStructuredData}) => writeStructuredData(host, data, options))
      .catch((error: unknown) => console.warn('[career-widgets] structured-data could not be written:', error));
  }
}
