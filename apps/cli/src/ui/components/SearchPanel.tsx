import { Box, Text } from 'ink';
import type { T } from '../../i18n/messages.js';
import { safeLine } from '../../text/sanitize.js';
import { truncate } from '../../text/width.js';
import type { Item } from '../lists.js';
import { ListPane } from './ListPane.js';

/** The live search: the text being typed, then the hits (best first) as a list. */
export function SearchPanel({
  text,
  hits,
  index,
  width,
  height,
  t,
}: {
  text: string;
  hits: Item[];
  index: number;
  width: number;
  height: number;
  t: T;
}) {
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text wrap="truncate-end">
        <Text bold>{`${t('search.title')}: `}</Text>
        {text === '' ? <Text dimColor>{t('search.placeholder')}</Text> : truncate(safeLine(text), width - 12)}
        <Text inverse> </Text>
      </Text>
      <Text dimColor wrap="truncate-end">
        {text !== '' && hits.length === 0 ? t('search.none') : t('search.hint')}
      </Text>
      <ListPane items={hits} index={index} width={width} height={Math.max(1, height - 2)} focused t={t} />
    </Box>
  );
}
