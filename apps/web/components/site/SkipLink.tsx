/** The first thing a keyboard reaches on every page: a jump past the header to the page's content. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="skip-link">
      {label}
    </a>
  );
}
