// Sends a visitor of `/` to the site in the first of their browser languages that Dostyk has, else English.
(() => {
  const have = ['en', 'it', 'ru', 'kk', 'zh'];
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language || 'en'];
  const pick = wanted.map((l) => String(l).toLowerCase().split('-')[0]).find((l) => have.includes(l)) ?? 'en';
  location.replace(`/${pick}${location.search}${location.hash}`);
})();
