import { Box, Text } from 'ink';
import type { MessageKey, T } from '../../i18n/messages.js';

const KEYS: [keys: string, what: MessageKey][] = [
  ['Tab  Shift+Tab  1-5', 'help.tabs'],
  ['↑ ↓  j k  PgUp PgDn', 'help.move'],
  ['g  G', 'help.ends'],
  ['Tab  Shift+Tab', 'help.links'],
  ['Enter', 'help.open'],
  ['Esc  Backspace', 'help.back'],
  ['/', 'help.search'],
  ['f', 'help.filters'],
  ['Space  c  ← →', 'help.filterKeys'],
  ['← →', 'help.source'],
  ['o', 'help.openSource'],
  ['y', 'help.command'],
  ['l', 'help.lang'],
  ['?', 'help.help'],
  ['q  Ctrl+C', 'help.quit'],
];

/** Every key, in the current language. */
export function HelpOverlay({ t, width, height }: { t: T; width: number; height: number }) {
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={2} overflowY="hidden">
      <Text bold>{t('help.title')}</Text>
      <Text> </Text>
      {KEYS.map(([keys, what]) => (
        <Text key={keys} wrap="truncate-end">
          <Text bold>{keys.padEnd(22)}</Text>
          {t(what)}
        </Text>
      ))}
      <Text> </Text>
      <Text dimColor>{t('help.close')}</Text>
    </Box>
  );
}
