import { useLocale, useTranslations } from 'next-intl';

export function NotFoundView() {
  const t = useTranslations('notFound');
  const locale = useLocale();
  return (
    <div className="page prose-page not-found">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('body')}</p>
      <ul className="link-list">
        <li>
          <a href={`/${locale}`}>{t('home')}</a>
        </li>
        <li>
          <a href={`/${locale}/projects`}>{t('projects')}</a>
        </li>
        <li>
          <a href={`/${locale}/search`}>{t('search')}</a>
        </li>
      </ul>
    </div>
  );
}
