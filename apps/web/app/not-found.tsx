import type { Metadata } from 'next';
import { ChooserMain } from '@/components/site/LanguageChooser';

export const metadata: Metadata = { title: 'Page not found · Dostyk' };

/** The 404 for paths outside any language (out/404.html): the five languages to continue from. */
export default function GlobalNotFound() {
  return (
    <ChooserMain heading="Page not found" note="This page does not exist. Choose a language to continue:" />
  );
}
