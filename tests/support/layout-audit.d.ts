export interface LayoutAudit {
  widgets: number;
  brokenWords: string[];
  overflowing: string[];
  pageOverflow: number;
}
export function auditLayout(): LayoutAudit;
export function expandAll(): void;
