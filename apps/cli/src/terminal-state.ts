/**
 * What must be undone before anything is printed after a crash (the alternate screen). Kept in a module
 * of its own so that the entry point can reach it without loading the interactive explorer.
 */
let restore: (() => void) | undefined;

export const setRestore = (f: (() => void) | undefined) => {
  restore = f;
};

/** Leave the alternate screen if the explorer is on it; safe to call any number of times. */
export const restoreTerminal = () => {
  restore?.();
};
