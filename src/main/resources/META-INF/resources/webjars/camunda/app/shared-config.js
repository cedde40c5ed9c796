// What every webapp of Capacity Award shares (each app's scripts/config.js imports it): the
// programme's name, Chinese first (a browser that prefers English gets English) and the date formats.
export default {
  app: {
    name: '学会能力提升专项',
    vendor: '武汉市科协'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
