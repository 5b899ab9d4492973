import { Box, Text } from 'ink';
import type { T } from '../../i18n/messages.js';
import { TABS, type Tab } from '../lists.js';
import { useTheme } from '../theme.js';

/** The tabs with their number keys, and the language on the right. */
export function TabBar({ tab, t, lang, width }: { tab: Tab; t: T; lang: string; width: number }) {
  const { color } = useTheme();
  return (
    <Box width={width} height={1} justifyContent="space-between" overflow="hidden">
      <Text wrap="truncate-end">
        <Text bold {...(color ? { color: 'cyan' } : {})}>
          dostyk{' '}
        </Text>
        {TABS.map((name, i) => {
          const active = name === tab;
          return (
            <Text key={name}>
              {' '}
              <Text inverse={active} bold={active}>
                {` ${i + 1} ${t(`tab.${name}`)} `}
              </Text>
            </Text>
          );
        })}
      </Text>
      <Text dimColor>{` ${lang.toUpperCase()} `}</Text>
    </Box>
  );
}
