export interface LayoutAudit {
  widgets: number;
  brokenWords: string[];
  overflowing: string[];
  pageOverflow: number;
}
export function auditLayout(doc?: Document): LayoutAudit;
export function expandAll(doc?: Document): void;
