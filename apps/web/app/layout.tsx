import type { ReactNode } from 'react';

/**
 * The real root layout is app/[locale]/layout.tsx, which knows the language for <html lang>.
 * This one only passes through, so that `/` (the language chooser) and the global 404 can render their own document.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
