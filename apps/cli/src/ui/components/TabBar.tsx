import { Box, Text } from 'ink';
import type { T } from '../../i18n/messages.js';
import type { Tab } from '../lists.js';
import { tabBarWords } from '../tab-bar.js';
import { useTheme } from '../theme.js';

/** The tabs with their number keys, and the language on the right; labels give way on narrow screens. */
export function TabBar({ tab, t, lang, width }: { tab: Tab; t: T; lang: string; width: number }) {
  const { color } = useTheme();
  const words = tabBarWords(t, tab, lang, width);
  return (
    <Box width={width} height={1} justifyContent="space-between" overflow="hidden">
      <Text wrap="truncate-end">
        {words.brand ? (
          <Text bold {...(color ? { color: 'cyan' } : {})}>
            {words.brand}
          </Text>
        ) : null}
        {words.tabs.map(({ name, text, active }) => (
          <Text key={name}>
            {' '}
            <Text inverse={active} bold={active}>
              {text}
            </Text>
          </Text>
        ))}
      </Text>
      <Text dimColor>{words.lang}</Text>
    </Box>
  );
}
