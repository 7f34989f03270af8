import type {SocGroup} from '../../src/data/dataset-types.js';
import type {SocEntry} from './sources/soc.js';

/**
 * SOC groups each code sits in. The SOC file lists groups in hierarchical order (major, its minors, their
 * broads, their detaileds), so walking it once gives every code's parents; ranges like minor 15-1200
 * cannot be derived from the digits alone.
 */
export class SocHierarchy {
  readonly entries = new Map<string, SocEntry>();
  private readonly parents = new Map<string, SocGroup[]>();

  constructor(soc: SocEntry[]) {
    const open: Partial<Record<SocEntry['level'], SocGroup>> = {};
    const depth = ['major', 'minor', 'broad', 'detailed'] as const;
    for (const e of soc) {
      this.entries.set(e.code, e);
      const d = depth.indexOf(e.level);
      for (const lower of depth.slice(d)) delete open[lower];
      const chain = depth
        .slice(0, d)
        .map((l) => open[l])
        .filter((g): g is SocGroup => !!g);
      const group: SocGroup = {level: e.level, code: e.code, title: e.title};
      this.parents.set(e.code, [...chain, group]);
      open[e.level] = group;
    }
  }

  /**
   * Groups from major down to the code itself. A BLS aggregate code that the SOC does not list (e.g.
   * 21-1018) takes the chain of its broad group (21-1010), the first six characters plus 0.
   */
  chain(code: string): SocGroup[] {
    return this.parents.get(code) ?? this.parents.get(`${code.slice(0, 6)}0`) ?? this.parents.get(`${code.slice(0, 2)}-0000`) ?? [];
  }

  majorGroups(): {code: string; title: string}[] {
    return [...this.entries.values()].filter((e) => e.level === 'major').map((e) => ({code: e.code, title: e.title}));
  }
}
