/** Message catalogues nest namespaces; leaves are ICU strings. */
export type Messages = { [key: string]: string | Messages };

/**
 * A view of a message catalogue that notes every message read through it. A page renders once at build
 * time through it, and ships only the messages it read (`used()`), not the catalogue.
 */
export function trackMessages(messages: Messages): { messages: Messages; used(): Messages } {
  const used: Messages = {};
  const wrap = (node: Messages, into: Messages): Messages =>
    new Proxy(node, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof key !== 'string' || !Object.hasOwn(target, key)) return value;
        if (typeof value === 'string') {
          into[key] = value;
          return value;
        }
        if (typeof value === 'object' && value !== null) {
          const child = (into[key] ?? {}) as Messages;
          into[key] = child;
          return wrap(value, child);
        }
        return value;
      },
    });
  const prune = (node: Messages): Messages =>
    Object.fromEntries(
      Object.entries(node)
        .map(([k, v]) => [k, typeof v === 'string' ? v : prune(v)] as const)
        .filter(([, v]) => typeof v === 'string' || Object.keys(v).length > 0),
    );
  return { messages: wrap(messages, used), used: () => prune(used) };
}
