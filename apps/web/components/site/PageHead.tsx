import Head from 'next/head';
import { headLinks, type PageHeadData } from '@/lib/metadata';

/** Title, description, canonical URL, hreflang alternates, Open Graph and the viewport of a page. */
export function PageHead({ head }: { head: PageHeadData }) {
  // The home page leads with the name ("Dostyk · tagline"); every other page ends with it.
  const title = head.path ? `${head.title} · Dostyk` : `Dostyk · ${head.title}`;
  const { canonical, alternates, ogLocale, image } = headLinks(head);
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)" />
      <meta name="theme-color" content="#14161a" media="(prefers-color-scheme: dark)" />
      <meta name="color-scheme" content="light dark" />
      <title>{title}</title>
      <meta name="description" content={head.description} />
      {head.noindex && <meta name="robots" content="noindex" />}
      {!head.noindex && canonical && <link rel="canonical" href={canonical} />}
      {!head.noindex &&
        alternates.map((a) => <link key={a.hrefLang} rel="alternate" hrefLang={a.hrefLang} href={a.href} />)}
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      {canonical && <meta property="og:url" content={canonical} />}
      <meta property="og:site_name" content="Dostyk" />
      <meta property="og:locale" content={ogLocale} />
      {image && (
        <>
          <meta property="og:image" content={image} />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content="Dostyk" />
        </>
      )}
      <meta property="og:type" content="website" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      {image && <meta name="twitter:image" content={image} />}
      <link rel="icon" href="/favicon.svg" />
    </Head>
  );
}
