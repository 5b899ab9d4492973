import { NotFoundView } from '@/components/pages/NotFoundView';

export default function LocaleNotFound() {
  return <NotFoundView />;
}
