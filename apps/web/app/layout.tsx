import type { ReactNode } from 'react';
import '../styles/base.css';
import '../styles/chooser.css';

/**
 * Every page is a Pages Router page (pages/). app/ keeps the route handlers (downloads, og images, sitemap,
 * robots), and Next makes the site's global 404 (out/404.html) from app/not-found.tsx when app/ exists;
 * this layout is that page's document.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" />
      </head>
      <body>{children}</body>
    </html>
  );
}
