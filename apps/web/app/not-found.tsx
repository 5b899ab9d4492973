import { LanguageChooser } from '@/components/site/LanguageChooser';

/** The 404 for paths outside any language (out/404.html). */
export default function GlobalNotFound() {
  return (
    <LanguageChooser
      heading="Page not found"
      note="This page does not exist. Choose a language to continue:"
    />
  );
}
