/**
 * Exchange rates are data: annual averages as a central bank published them, each with its source. A rate
 * is listed only for a year and currency read in the cited release; a missing year stays missing (no
 * interpolation, no rate borrowed from a neighbouring year).
 */

export interface RateSource {
  url: string;
  publisher: string;
  title: string;
  /** The release's date as printed on the page. */
  date: string;
}

export interface ExchangeRate {
  currency: string;
  year: number;
  /** The annual average as published. */
  value: number;
  /** How the publisher quotes it: currency units per US dollar, or US dollars per currency unit. */
  quote: 'per-usd' | 'usd-per-unit';
  source: RateSource;
}

const FED = 'Board of Governors of the Federal Reserve System';
const G5A = 'Foreign Exchange Rates -- G.5A Annual';
const g5a2016: RateSource = {
  url: 'https://federalreserve.gov/releases/g5a/20160104/default.htm',
  publisher: FED,
  title: G5A,
  date: '2016-01-04',
};
const g5a2021: RateSource = {
  url: 'https://federalreserve.gov/releases/g5a/20210104',
  publisher: FED,
  title: G5A,
  date: '2021-11-01',
};
const g5a2024: RateSource = {
  url: 'https://federalreserve.gov/releases/g5a/20240201',
  publisher: FED,
  title: G5A,
  date: '2024-02-01',
};

/** Rows as printed: currency, quote, then [year, value] pairs, from one release. */
const rows = (
  source: RateSource,
  table: [currency: string, quote: ExchangeRate['quote'], values: [number, number][]][],
): ExchangeRate[] =>
  table.flatMap(([currency, quote, values]) =>
    values.map(([year, value]) => ({ currency, year, value, quote, source })),
  );

/**
 * Annual averages of the Federal Reserve's G.5A release (averages of the daily noon buying rates in New
 * York certified for customs purposes). The euro and the pound are quoted in US dollars per unit.
 */
export const EXCHANGE_RATES: readonly ExchangeRate[] = [
  ...rows(g5a2016, [
    [
      'CNY',
      'per-usd',
      [
        [2015, 6.2827],
        [2014, 6.162],
        [2013, 6.1478],
        [2012, 6.3093],
      ],
    ],
    [
      'EUR',
      'usd-per-unit',
      [
        [2015, 1.1096],
        [2014, 1.3297],
        [2013, 1.3281],
        [2012, 1.2859],
      ],
    ],
    [
      'GBP',
      'usd-per-unit',
      [
        [2015, 1.5284],
        [2014, 1.6484],
        [2013, 1.5642],
        [2012, 1.5853],
      ],
    ],
  ]),
  ...rows(g5a2021, [
    [
      'CNY',
      'per-usd',
      [
        [2019, 6.9081],
        [2018, 6.609],
        [2017, 6.7569],
      ],
    ],
    [
      'EUR',
      'usd-per-unit',
      [
        [2019, 1.1194],
        [2018, 1.1817],
        [2017, 1.1301],
      ],
    ],
    [
      'GBP',
      'usd-per-unit',
      [
        [2019, 1.2768],
        [2018, 1.3363],
        [2017, 1.289],
      ],
    ],
  ]),
  ...rows(g5a2024, [
    [
      'CNY',
      'per-usd',
      [
        [2023, 7.0809],
        [2022, 6.729],
        [2021, 6.4508],
        [2020, 6.9042],
      ],
    ],
    [
      'EUR',
      'usd-per-unit',
      [
        [2023, 1.0817],
        [2022, 1.0534],
        [2021, 1.183],
        [2020, 1.141],
      ],
    ],
    [
      'GBP',
      'usd-per-unit',
      [
        [2023, 1.244],
        [2022, 1.2371],
        [2021, 1.3764],
        [2020, 1.2829],
      ],
    ],
  ]),
];

const BY_KEY = new Map(EXCHANGE_RATES.map((r) => [`${r.currency}:${r.year}`, r]));

/** The sourced annual average for a currency and year, if one was read. */
export const exchangeRate = (currency: string, year: number): ExchangeRate | undefined =>
  BY_KEY.get(`${currency}:${year}`);

/** US dollars per one unit of the currency, from a rate as published. */
export const usdPerUnit = (r: ExchangeRate): number => (r.quote === 'usd-per-unit' ? r.value : 1 / r.value);
