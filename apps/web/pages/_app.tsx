import type { AppProps } from 'next/app';
// The site's styles, one file per part of the page, in cascade order (tokens and elements first, print last).
import '../styles/base.css';
import '../styles/header.css';
import '../styles/page.css';
import '../styles/record.css';
import '../styles/atlas.css';
import '../styles/projects.css';
import '../styles/timeline.css';
import '../styles/figures.css';
import '../styles/home.css';
import '../styles/lists.css';
import '../styles/chooser.css';
import '../styles/motion-print.css';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
