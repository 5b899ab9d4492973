// Sends a visitor of `/` to the site in the first of their browser languages that Dostyk has, else English.
(() => {
  var have = ['en', 'it', 'ru', 'kk', 'zh'];
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  var pick = 'en';
  for (var i = 0; i < wanted.length; i++) {
    var base = String(wanted[i]).toLowerCase().split('-')[0];
    if (have.indexOf(base) !== -1) {
      pick = base;
      break;
    }
  }
  location.replace('/' + pick + location.search + location.hash);
})();
