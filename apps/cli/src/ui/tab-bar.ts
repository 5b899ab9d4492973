/**
 * The tab bar's words for a width (shared by the TabBar component and the painted first frame): every tab
 * labelled where it fits; else the other tabs' labels shortened, then down to their numbers, then the
 * `dostyk` name dropped; the active tab keeps its label longest, so the bar always says where you are.
 * Keep this module free of Ink and React (the first paint uses it before they load).
 */
import type { T } from '../i18n/messages.js';
import { displayWidth, truncate } from '../text/width.js';
import { TABS, type Tab } from './lists.js';

export interface TabBarWords {
  brand: string;
  tabs: { name: Tab; text: string; active: boolean }[];
  lang: string;
}

export const BRAND = 'dostyk ';
/** Columns a shortened label keeps. */
const SHORT = 4;

export function tabBarWords(t: T, tab: Tab, lang: string, width: number): TabBarWords {
  const langText = ` ${lang.toUpperCase()} `;
  const label = (name: Tab, i: number, how: 'full' | 'short' | 'number') => {
    const text = t(`tab.${name}`);
    if (name === tab || how === 'full') return ` ${i + 1} ${text} `;
    if (how === 'short') return ` ${i + 1} ${truncate(text, SHORT).replace(/…$/, '')} `;
    return ` ${i + 1} `;
  };
  const levels: [brand: boolean, how: 'full' | 'short' | 'number'][] = [
    [true, 'full'],
    [true, 'short'],
    [true, 'number'],
    [false, 'number'],
  ];
  for (const [brand, how] of levels) {
    const words: TabBarWords = {
      brand: brand ? BRAND : '',
      tabs: TABS.map((name, i) => ({ name, text: label(name, i, how), active: name === tab })),
      lang: langText,
    };
    if (widthOf(words) <= width) return words;
  }
  // Only the active tab, cut to the width if it must be.
  const i = TABS.indexOf(tab);
  return {
    brand: '',
    tabs: [{ name: tab, text: truncate(label(tab, i, 'full'), Math.max(1, width - 1)), active: true }],
    lang: '',
  };
}

/** Columns the words take: a space before each tab, the language on the right. */
export const widthOf = (w: TabBarWords): number =>
  displayWidth(w.brand) + w.tabs.reduce((n, x) => n + 1 + displayWidth(x.text), 0) + displayWidth(w.lang);
