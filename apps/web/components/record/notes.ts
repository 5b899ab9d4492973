/**
 * Footnote numbers of a record page: a source's number is its place in the record's `sources` list, so the
 * same source has the same number wherever it is cited on the page.
 */
export class SourceNotes {
  private readonly index: Map<string, number>;
  constructor(
    readonly ids: readonly string[],
    /** Anchor prefix, unique per page section when a page has several source lists. */
    readonly prefix = 'source',
  ) {
    this.index = new Map(ids.map((id, i) => [id, i + 1]));
  }
  number(id: string): number | undefined {
    return this.index.get(id);
  }
  anchor(n: number): string {
    return `${this.prefix}-${n}`;
  }
  /** Sources cited by a claim that the record does not declare get numbers after the declared ones. */
  ensure(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.index.size + 1;
      this.index.set(id, n);
      (this.ids as string[]).push(id);
    }
    return n;
  }
}
